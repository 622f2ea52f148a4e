"""Uncertainty said once, calmly (issue 20 item 2), on the built pages as a reader reads them:
- sentences that rest on Apple's older text, and sentences that say something is unconfirmed, stay under a low
  ceiling per page; the page says it once near the top (the certainty note) and marks steps and claims instead;
- every procedure that names controls says once that names on the newest iOS may differ, above its first step;
- a warning box of a procedure hedges a claim of older text as the body does.

The ceilings: a page names Apple's older guidance at most once in each place that needs it: the legend of the
certainty note, the warning box, a tap target's era ("Apple IDと呼ばれていたころの説明"), the waiting period's text
and the reader's timeline inside it (which keeps the words: the explanation pages show it without the legend): 5.
"Unconfirmed" at most twice: the note's sentence on the mark and one statement where a place is not known (e.g. on
macOS). Before this change the borrowed-device recovery page had 11 older-source and 4 unconfirmed sentences
(16 「以前」 and 25 「出典」 in its text), most of them the same mark repeated beside every claim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.content.reading import reader_lines, reader_sentences

OLDER_CEILING = 5
UNCONFIRMED_CEILING = 2
OLDER = {
    "ja": re.compile(r"以前の(説明|案内|版|記事)|Apple ?IDの(ころ|時代)|Apple ?IDと呼ばれていたころ|古い(説明|案内)"),
    "en": re.compile(r"older (guidance|instructions|article|text|page)|Apple ID era|called Apple ID", re.IGNORECASE),
}
UNCONFIRMED = {
    "ja": re.compile(r"未確認|確認できていません|確かめられていません|確かめられなかった|確認できません"),
    "en": re.compile(r"not confirmed|unconfirmed|could not confirm|no source confirms", re.IGNORECASE),
}
NAMES_NOTE = {
    "ja": "画面の項目名は、最新のiOSでは少し違うことがあります。",
    "en": "Names on the newest iOS may differ slightly.",
}
SUPPORT_CANNOT_SPEED_UP = {
    "ja": re.compile(r"Appleサポート.*(短く|早め)"),
    "en": re.compile(r"Apple Support.*(shorten|speed)", re.IGNORECASE),
}


def pages(site: Path, lang: str, folder: str) -> list[Path]:
    root = site / "en" if lang == "en" else site
    found = sorted((root / folder).glob("*/index.html"))
    assert found, f"no {folder} pages in {root}"
    return found


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_older_and_unconfirmed_sentences_stay_under_a_low_ceiling(built_site: Path, lang: str) -> None:
    over = []
    for html in pages(built_site, lang, "procedures") + pages(built_site, lang, "scenarios"):
        sentences = reader_sentences(html)
        older = [s for s in sentences if OLDER[lang].search(s)]
        unconfirmed = [s for s in sentences if UNCONFIRMED[lang].search(s)]
        if len(older) > OLDER_CEILING or len(unconfirmed) > UNCONFIRMED_CEILING:
            over.append(f"{html.parent.name}: {len(older)} older {older}, {len(unconfirmed)} unconfirmed {unconfirmed}")
    assert over == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_procedure_naming_controls_says_once_above_its_steps_that_names_may_differ(
    built_site: Path, lang: str
) -> None:
    for html in pages(built_site, lang, "procedures"):
        lines = reader_lines(html)
        notes = [index for index, line in enumerate(lines) if NAMES_NOTE[lang] in line]
        names_controls = 'class="guide-step__labels' in html.read_text(encoding="utf-8")
        assert len(notes) == (1 if names_controls else 0), html
        if not names_controls:
            continue
        progress = "手順 1 /" if lang == "ja" else "Step 1 of"
        first_step = next(index for index, line in enumerate(lines) if line.startswith(progress))
        assert notes[0] < first_step, html


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_procedures_warning_box_hedges_what_only_older_text_says(built_site: Path, lang: str) -> None:
    """The only source for "not even Apple Support can speed up the wait" is Apple's older text (facts §9.1)."""
    checked = 0
    for html in pages(built_site, lang, "procedures"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for box in soup.select("article .admonition.warning"):
            text = box.get_text(" ", strip=True)
            if SUPPORT_CANNOT_SPEED_UP[lang].search(text):
                checked += 1
                assert OLDER[lang].search(text), f"{html.parent.name}: {text}"
    assert checked >= 2  # the two request-account-recovery pages
