"""The real pages' claims: every procedure step, warning and waiting period and every situation option cites a
source of its page; no Japanese step asks the reader to tap an English label."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from guide.model.citations import cited_claims
from guide.model.schema import ProcedurePage, ScenarioPage
from guide.model.site import Site, load_site

DOCS = Path(__file__).resolve().parents[2] / "docs"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
# Names that Japanese screens show in Latin letters (Apple's Japanese support pages write them so).
LATIN_ON_JAPANESE_SCREENS = {"Apple Account", "iCloud", "Face ID", "Touch ID", "Apple ID", "iPhone", "iPad", "Mac"}


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS, today=date.today())[0]


def test_every_procedure_step_warning_and_wait_and_every_option_is_cited(site: Site) -> None:
    uncited, counted = [], 0
    for record in site.records.values():
        if not isinstance(record.page, ProcedurePage | ScenarioPage):
            continue
        sources = {source.id for source in record.page.sources}
        for claim in cited_claims(record.page):
            if not claim.required:
                continue
            counted += 1
            if not claim.claim.cite or not set(claim.claim.cite) <= sources:
                uncited.append(f"{record.file}: {claim.path}")
    assert counted > 300, f"only {counted} claims found: is the content there?"
    assert uncited == []


def test_every_procedure_step_cites_a_source(site: Site) -> None:
    steps = [
        (record.file, step.id, step.cite)
        for record in site.records.values()
        if isinstance(record.page, ProcedurePage)
        for step in record.page.all_steps
    ]
    assert steps and [(file, step) for file, step, cite in steps if not cite] == []


def test_no_japanese_step_shows_an_english_label_to_tap(site: Site) -> None:
    english = [
        f"{record.file}: {step.id}: {label!r}"
        for record in site.in_language("ja")
        if isinstance(record.page, ProcedurePage)
        for step in record.page.all_steps
        for label in step.labels
        if not JAPANESE.search(label) and label not in LATIN_ON_JAPANESE_SCREENS
    ]
    assert english == []


def test_the_english_label_check_would_catch_one(site: Site) -> None:
    assert not JAPANESE.search("Forgot password?") and "Forgot password?" not in LATIN_ON_JAPANESE_SCREENS
    assert JAPANESE.search("「設定」") and JAPANESE.search("パスワードをお忘れですか?")
