"""Plain Japanese where the reader acts (issue 20 item 7): in steps, warnings, handback lists, waiting periods and
option conditions no sentence is over 80 characters, every sentence is です・ます, and one thing has one name across
the pages (復旧用連絡先, 自動音声電話; Apple's article titles, on-screen labels in 「」 and search keywords may
differ)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from guide.model.site import Site, load_site

from tests.content.wording import Sentence, body_of, body_warnings, instruction_parts, plain, sentences_of

DOCS = Path(__file__).resolve().parents[2] / "docs"
MAX_SENTENCE = 80
POLITE = re.compile(r"(ます|です|ません|ください|でした|ました|ましょう|ますか|ですか)[。)」]*$")
# A name used across pages, and the other names the pages once gave the same thing.
ONE_TERM = {"復旧用連絡先": ["アカウント復旧用の連絡先", "復旧用の連絡先"], "自動音声電話": ["自動音声の電話"]}
QUOTED = re.compile(r"「[^」]*」")


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS, today=date.today())[0]


def acted_on(site: Site) -> list[tuple[str, Sentence]]:
    """Every Japanese sentence of steps, warnings, handback lists, waiting periods and option conditions, and of
    the warning boxes of procedure bodies (their text, not their title)."""
    found = []
    for record in site.in_language("ja"):
        parts = list(instruction_parts(record.page))
        if record.page_id.startswith("procedures/"):
            parts += [("body warning", box) for box in body_warnings(body_of(DOCS / record.file))]
        found += [(record.file, s) for part, text in parts for s in sentences_of(part, text, "ja")]
    return found


def test_the_sentences_are_found(site: Site) -> None:
    sentences = acted_on(site)
    assert len(sentences) > 400 and any(s.part == "body warning" for _, s in sentences)


def test_no_sentence_is_over_80_characters(site: Site) -> None:
    found = acted_on(site)
    long = [f"{file}: {s.part}: {len(s.text)} characters: {s.text}" for file, s in found if len(s.text) > MAX_SENTENCE]
    assert long == []


def test_every_sentence_and_step_title_is_desu_masu(site: Site) -> None:
    """A sentence that ends with 。 and a step title end politely; option conditions (〜とき) and the list of what
    not to do during a wait (〜すること, under its heading) are phrases, not sentences."""
    plain_ones = [
        f"{file}: {s.part}: {s.text}"
        for file, s in acted_on(site)
        if (s.text.endswith("。") or s.part.endswith(".title")) and not POLITE.search(s.text)
    ]
    assert plain_ones == []


def test_one_name_for_one_thing_across_pages(site: Site) -> None:
    others = []
    for record in site.in_language("ja"):
        page = record.page
        texts = [plain(body_of(DOCS / record.file))] + [text for _, text in instruction_parts(page)]
        texts += [t for t in (page.title, page.description, getattr(page, "summary", None)) if t]
        texts += [getattr(page, "question", None) or ""]
        if record.page_id == "reference/glossary":
            continue  # the glossary names the longer form once, as a synonym
        for text in texts:
            unquoted = QUOTED.sub("", text)
            for term, variants in ONE_TERM.items():
                others += [f"{record.file}: {variant!r} (say {term})" for variant in variants if variant in unquoted]
    assert others == []
