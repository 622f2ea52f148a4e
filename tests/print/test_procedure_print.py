"""Printing a procedure page gives its step sheet: Chromium prints it to an A4 PDF (print media), poppler's
pdftotext and pdfinfo read it back. Every step title and blank is there once, the page chrome is not, and an
11-step procedure fits on at most two pages with no blank page."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from guide.model.reading import PageRecord, read_pages
from guide.model.schema import ProcedurePage
from playwright.sync_api import Browser

from tests.procedures.fixture_site import FIXTURE_DIR, FIXTURE_NAME, FIXTURE_URL
from tests.support.browser import open_page
from tests.support.paths import REPO_ROOT
from tests.support.site_config import load_layout

pytestmark = pytest.mark.browser

REAL_URL = load_layout(REPO_ROOT / "mkdocs.yml").site_url
MAX_PAGES = 2
NO_PASSWORD = {"ja": "この用紙にパスワードは書かないでください。", "en": "Never write your password on this sheet."}
# Text of the web page around the sheet that must not be printed: header, search, navigation, table of contents,
# tab chrome and step navigation, print button, sources, footer.
CHROME = {
    "ja": ["検索", "目次", "手順 1 /", "次の手順", "前の手順", "手順書を印刷", "出典", "この日付の時点の", "Made with"],
    "en": ["Search", "Table of contents", "Step 1 of", "Next step", "Previous step", "Print step sheet", "Sources"],
}
FOOTER = {"ja": "この手順書はAppleの公式情報をもとに独自に書いたものです", "en": "Writtenindependently"}


@dataclass(frozen=True)
class PrintedSheet:
    text: str  # all whitespace removed: pdftotext breaks lines anywhere, Japanese has no spaces anyway
    page_texts: list[str]
    pages: int


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def pdf_text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    command = ["pdftotext", "-raw", *pages, str(pdf), "-"]  # -raw: the order Chromium drew the text in
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def print_to_pdf(browser: Browser, url: str, pdf: Path) -> PrintedSheet:
    page, _ = open_page(browser, url)
    try:
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), format="A4")
    finally:
        page.context.close()
    pages = pdf_pages(pdf)
    return PrintedSheet(
        text=squeeze(pdf_text(pdf)),
        page_texts=[squeeze(pdf_text(pdf, number)) for number in range(1, pages + 1)],
        pages=pages,
    )


def procedures_in(docs_dir: Path) -> list[PageRecord]:
    records, errors = read_pages(docs_dir, "ja", ("ja", "en"))
    assert not errors, errors
    return [record for record in records if isinstance(record.page, ProcedurePage)]


def page_path(record: PageRecord) -> str:
    return ("" if record.lang == "ja" else f"{record.lang}/") + record.page_id + "/"


def assert_is_the_sheet(sheet: PrintedSheet, record: PageRecord, page_url: str) -> None:
    page = record.page
    assert isinstance(page, ProcedurePage)
    assert squeeze(page.title) in sheet.text
    for item in page.requires:
        assert squeeze(item) in sheet.text, f"what to have at hand: {item!r} is not printed"
    for number, step in enumerate(page.all_steps, start=1):
        assert squeeze(f"{number}. {step.title}") in sheet.text, f"step {number} {step.title!r} is not printed"
        for label in step.labels:
            assert squeeze(label) in sheet.text, f"step {number}: UI label {label!r} is not printed"
    for blank in page.sheet:
        assert squeeze(blank.label) in sheet.text, f"blank {blank.label!r} is not printed"
    assert squeeze(NO_PASSWORD[record.lang]) in sheet.text
    assert squeeze(page_url) in sheet.text, f"the page's address {page_url} is not printed"
    own_text = squeeze(" ".join([page.title, *page.requires, *(step.title for step in page.all_steps)]))
    for chrome in [*CHROME[record.lang], FOOTER[record.lang]]:
        # A word of the chrome may be a word of the procedure too (検索: "search by name and address").
        printed, own = sheet.text.count(squeeze(chrome)), own_text.count(squeeze(chrome))
        assert printed <= own, f"page chrome {chrome!r} is printed"
    assert all(sheet.page_texts), f"a blank page among {sheet.pages} pages"


# The fixture site: an 11-step procedure and a phased one, in both languages.

FIXTURE_RECORDS = procedures_in(FIXTURE_DIR / "docs")


@pytest.fixture(scope="module")
def fixture_url(fixture_site_url: Callable[[str], str]) -> str:
    return fixture_site_url(FIXTURE_NAME)


@pytest.mark.parametrize("record", FIXTURE_RECORDS, ids=lambda record: record.file)
def test_fixture_procedure_prints_as_its_step_sheet(
    browser: Browser, fixture_url: str, tmp_path: Path, record: PageRecord
) -> None:
    sheet = print_to_pdf(browser, fixture_url + page_path(record), tmp_path / "sheet.pdf")
    assert_is_the_sheet(sheet, record, FIXTURE_URL + page_path(record))
    assert 1 <= sheet.pages <= MAX_PAGES, f"{sheet.pages} A4 pages"


def test_the_fixture_has_an_eleven_step_procedure_in_both_languages() -> None:
    eleven = [record.lang for record in FIXTURE_RECORDS if len(record.page.all_steps) == 11]  # type: ignore[union-attr]
    assert sorted(eleven) == ["en", "ja"]


def test_the_check_tells_the_web_page_from_the_sheet(browser: Browser, fixture_url: str, tmp_path: Path) -> None:
    """Printed without print.css, the page prints as a web page (tabs, step navigation, sources): not a sheet."""
    record = next(record for record in FIXTURE_RECORDS if record.file == "procedures/eleven-steps.md")
    page, _ = open_page(browser, fixture_url + page_path(record))
    try:
        page.evaluate("() => document.querySelector('link[href$=\"print.css\"]').remove()")
        page.emulate_media(media="print")
        page.pdf(path=str(tmp_path / "page.pdf"), format="A4")
    finally:
        page.context.close()
    text = squeeze(pdf_text(tmp_path / "page.pdf"))
    web_page = PrintedSheet(text=text, page_texts=[text], pages=pdf_pages(tmp_path / "page.pdf"))
    with pytest.raises(AssertionError, match="chrome|not printed"):
        assert_is_the_sheet(web_page, record, FIXTURE_URL + page_path(record))
    assert squeeze("手順 1 / 11") in text


# The real site: every procedure page in both languages.

REAL_RECORDS = procedures_in(REPO_ROOT / "docs")


@pytest.mark.parametrize("record", REAL_RECORDS, ids=lambda record: record.file)
def test_real_procedure_prints_as_its_step_sheet(
    browser: Browser, site_url: str, tmp_path: Path, record: PageRecord
) -> None:
    sheet = print_to_pdf(browser, site_url + page_path(record), tmp_path / "sheet.pdf")
    assert_is_the_sheet(sheet, record, REAL_URL + page_path(record))
    steps = len(record.page.all_steps)  # type: ignore[union-attr]
    assert 1 <= sheet.pages <= MAX_PAGES, f"{sheet.pages} A4 pages for {steps} steps"
