"""Printing a procedure page gives its step sheet, the whole procedure in large type, on A4 and on Letter.

Chromium prints every procedure of the real site and of the fixture site (its 16-step procedure is the longest the
sheet is designed for) in both languages to PDF with print media; PyMuPDF reads the PDF back:
- every piece of the procedure is printed, in order: step titles, the first and last words of every detail, warning
  and tip, the labels to tap, every item of the waiting period, the blanks and the reader's timeline, the sources;
- body text (details, warnings, tips, labels, waiting period, blanks) is 12pt or more, nothing is under 9.5pt;
- at most 3 pages of A4 (4 of Letter, which is shorter); no blank page; no page holds only blanks; no step is split
  across pages;
- the page's address is printed whole on one line; nothing is printed within 3 mm of the paper's edge (where a
  printer cuts), nor outside it;
- none of the web page's chrome is printed.
PNGs of every page and a table of the measurements go to tests/output/print/ (not committed) for a person to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from guide.links import page_location
from guide.markup.paper import printed_address
from guide.model.reading import PageRecord, read_pages
from guide.model.schema import ProcedurePage
from playwright.sync_api import Browser

from tests.print.expected import Piece, blank_labels, procedure_text, sheet_pieces
from tests.print.sheet_pdf import MM, PrintedSheet, read_sheet, save_pngs, squeeze
from tests.procedures.fixture_site import FIXTURE_DIR, FIXTURE_NAME, FIXTURE_URL
from tests.support.browser import DESKTOP_VIEWPORT, block_non_local, open_page
from tests.support.paths import REPO_ROOT
from tests.support.site_config import load_layout

pytestmark = pytest.mark.browser

REAL_URL = load_layout(REPO_ROOT / "mkdocs.yml").site_url
OUTPUT_DIR = REPO_ROOT / "tests" / "output" / "print"
PAPERS = ["A4", "Letter"]
# The longest procedure fits on 3 pages of A4; Letter is 6% shorter: it may take a page more, but cuts nothing.
MAX_PAGES = {"A4": 3, "Letter": 4}
BODY_PT = 12.0
MIN_PT = 9.5
EDGE_MM = 3.0  # nothing printed this close to the paper's edge
LONGEST = "procedures/longest"
# Text of the web page around the sheet that must not be printed: header, search, navigation, table of contents,
# tab chrome and step navigation, print button, footer.
CHROME = {
    "ja": ["検索", "目次", "手順 1 /", "次の手順", "前の手順", "手順書を印刷", "この日付の時点の", "Made with"],
    "en": [
        "Search",
        "Table of contents",
        "Step 1 of",
        "Next step",
        "Previous step",
        "Print step sheet",
        "Checked against",
    ],
}
FOOTER = {"ja": "この手順書はAppleの公式情報をもとに独自に書いたものです", "en": "Writtenindependently"}


def procedures_in(docs_dir: Path) -> list[PageRecord]:
    records, errors = read_pages(docs_dir, "ja", ("ja", "en"))
    assert not errors, errors
    return [record for record in records if isinstance(record.page, ProcedurePage)]


def page_path(record: PageRecord) -> str:
    return page_location(record.page_id, record.lang, "ja")


def next_pages(record: PageRecord, docs_dir: Path, base_url: str) -> list[tuple[str, str]]:
    records, _ = read_pages(docs_dir, "ja", ("ja", "en"))
    titles = {(other.page_id, other.lang): other.page.title for other in records}
    page = record.page
    assert isinstance(page, ProcedurePage)
    return [(titles[target, record.lang], base_url + page_location(target, record.lang, "ja")) for target in page.then]


@dataclass
class Measurement:
    pages: int
    smallest_pt: float
    body_pt: float  # the size most characters are printed at


@pytest.fixture(scope="module")
def measurements() -> Iterator[dict[str, Measurement]]:
    """Collects what each print measured and writes the table tests/output/print/measurements.md."""
    shutil.rmtree(OUTPUT_DIR, ignore_errors=True)
    OUTPUT_DIR.mkdir(parents=True)
    found: dict[str, Measurement] = {}
    yield found
    rows = [f"| {name} | {m.pages} | {m.smallest_pt:g} | {m.body_pt:g} |" for name, m in sorted(found.items())]
    header = ["| sheet (language, page, paper) | pages | smallest pt | body pt |", "|---|---|---|---|"]
    (OUTPUT_DIR / "measurements.md").write_text("\n".join(header + rows) + "\n", encoding="utf-8")


def print_to_pdf(
    browser: Browser, url: str, pdf: Path, paper: str, *, javascript: bool = True, dark: bool = False
) -> PrintedSheet:
    if dark:  # the reader's system in dark mode: Material picks its dark palette as the page loads
        context = browser.new_context(color_scheme="dark", viewport=DESKTOP_VIEWPORT)
        context.route("**/*", block_non_local)
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    else:
        page, _ = open_page(browser, url, javascript)
    try:
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), format=paper)
    finally:
        page.context.close()
    return read_sheet(pdf)


def find_in_order(sheet: PrintedSheet, pieces: list[Piece]) -> tuple[dict[Piece, int], list[str]]:
    """Each piece's page, looking for each one after the one before (the sheet prints them in this order); and
    the pieces that are not there."""
    pages: dict[Piece, int] = {}
    missing: list[str] = []
    text = sheet.text
    offsets = [0]
    for page in sheet.pages:
        offsets.append(offsets[-1] + len(page.text))
    cursor = 0
    for piece in pieces:
        start = text.find(piece.text, cursor)
        if start < 0:
            missing.append(f"{piece.what}: {piece.text!r}")
            continue
        pages[piece] = max(number for number, offset in enumerate(offsets[:-1]) if offset <= start)
        cursor = start + len(piece.text)
    return pages, missing


def check_sheet(sheet: PrintedSheet, pieces: list[Piece], record: PageRecord, page_url: str, paper: str) -> Measurement:
    where = f"{record.file} on {paper}"
    assert 1 <= len(sheet.pages) <= MAX_PAGES[paper], f"{where}: {len(sheet.pages)} pages"
    assert all(page.text for page in sheet.pages), f"{where}: a blank page among {len(sheet.pages)}"

    pages, missing = find_in_order(sheet, pieces)
    assert not missing, f"{where}: not printed (or out of order):\n" + "\n".join(missing)

    small = []
    for piece in pieces:
        if piece.body:
            glyphs = next(found for page, found in sheet.find(piece.text) if page == pages[piece])
            small += (
                [f"{piece.what}: {min(g.size for g in glyphs):.1f}pt"] if min(g.size for g in glyphs) < BODY_PT else []
            )
    assert not small, f"{where}: body text under {BODY_PT}pt:\n" + "\n".join(small)
    sizes = sheet.sizes()
    assert min(sizes) >= MIN_PT, f"{where}: text at {min(sizes)}pt ({sizes[min(sizes)]} characters)"
    grey = "".join(glyph.char for page in sheet.pages for glyph in page.glyphs if glyph.color != 0)
    assert not grey, f"{where}: text that is not black: {grey[:80]!r}"

    steps: dict[int, set[int]] = {}
    for piece, page in pages.items():
        if piece.step is not None:
            steps.setdefault(piece.step, set()).add(page)
    split = [f"step {step} on pages {sorted(p + 1 for p in on)}" for step, on in steps.items() if len(on) > 1]
    assert not split, f"{where}: steps split across pages: {split}"
    for number in range(len(sheet.pages)):
        has_blank = any(piece.blank and page == number for piece, page in pages.items())
        has_step = any(piece.step is not None and page == number for piece, page in pages.items())
        assert has_step or not has_blank, f"{where}: page {number + 1} holds the blanks without any step"

    for piece in pieces:
        if piece.step is not None and piece.what.endswith(" title"):
            start = piece.text[: len(f"{piece.step}.") + 1]  # the number and the title's first character
            assert [start] in sheet.lines_of(start), f"{where}: {piece.what}: the number is not on the title's line"

    address = printed_address(page_url)
    assert [address] in sheet.lines_of(address), f"{where}: the address {address} is not printed whole on one line"
    for piece in pieces:
        if piece.address:
            broken = [
                lines for lines in sheet.lines_of(piece.text) if any(not line.endswith("/") for line in lines[:-1])
            ]
            assert not broken, f"{where}: {piece.what} breaks inside a word: {broken}"
    edge = EDGE_MM * MM
    for number, page in enumerate(sheet.pages, start=1):
        outside = [
            g.char
            for g in page.glyphs
            if g.box[0] < edge or g.box[1] < edge or g.box[2] > page.width - edge or g.box[3] > page.height - edge
        ]
        assert not outside, f"{where}: page {number}: text at the paper's edge or beyond: {''.join(outside)!r}"

    page = record.page
    assert isinstance(page, ProcedurePage)
    own = procedure_text(page, record.lang)
    for chrome in [*CHROME[record.lang], FOOTER[record.lang]]:
        # A word of the chrome may be a word of the procedure too (検索: "search by name and address").
        printed, in_procedure = sheet.text.count(squeeze(chrome)), own.count(squeeze(chrome))
        assert printed <= in_procedure, f"{where}: page chrome {chrome!r} is printed"
    return Measurement(len(sheet.pages), min(sizes), sizes.most_common(1)[0][0])


def run_print(
    browser: Browser,
    tmp_path: Path,
    measurements: dict[str, Measurement],
    *,
    record: PageRecord,
    paper: str,
    served_at: str,
    published_at: str,
    docs_dir: Path,
    label: str,
) -> PrintedSheet:
    pdf = tmp_path / "sheet.pdf"
    sheet = print_to_pdf(browser, served_at + page_path(record), pdf, paper)
    stem = f"{label}-{record.lang}-{record.page_id.replace('/', '-')}-{paper}"
    save_pngs(pdf, OUTPUT_DIR, stem)
    page_url = published_at + page_path(record)
    page = record.page
    assert isinstance(page, ProcedurePage)
    pieces = sheet_pieces(page, record.lang, page_url, next_pages(record, docs_dir, published_at))
    measurements[stem] = check_sheet(sheet, pieces, record, page_url, paper)
    return sheet


# The fixture site: an 11-step procedure, a phased one with hostile text, and the longest procedure the sheet is
# designed for (16 steps in two phases, a waiting period, warnings and tips on most steps, 10 sources, 5 blanks).

FIXTURE_DOCS = FIXTURE_DIR / "docs"
FIXTURE_RECORDS = procedures_in(FIXTURE_DOCS)


@pytest.fixture(scope="module")
def fixture_url(fixture_site_url: Callable[[str], str]) -> str:
    return fixture_site_url(FIXTURE_NAME)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("record", FIXTURE_RECORDS, ids=lambda record: record.file)
def test_fixture_procedure_prints_as_its_step_sheet(
    browser: Browser,
    fixture_url: str,
    tmp_path: Path,
    measurements: dict[str, Measurement],
    record: PageRecord,
    paper: str,
) -> None:
    run_print(
        browser,
        tmp_path,
        measurements,
        record=record,
        paper=paper,
        served_at=fixture_url,
        published_at=FIXTURE_URL,
        docs_dir=FIXTURE_DOCS,
        label="fixture",
    )


def test_the_fixture_has_the_longest_procedure_in_both_languages() -> None:
    longest = [record for record in FIXTURE_RECORDS if record.page_id == LONGEST]
    assert sorted(record.lang for record in longest) == ["en", "ja"]
    for record in longest:
        page = record.page
        assert isinstance(page, ProcedurePage)
        steps = page.all_steps
        assert len(steps) >= 16 and len(page.all_phases) >= 2
        assert any(phase.wait for phase in page.all_phases)
        assert sum(step.warning is not None for step in steps) >= 8
        assert sum(step.tip is not None for step in steps) >= 6
        assert len(page.sources) >= 10 and len(page.sheet) >= 5
        real = [other.page for other in REAL_RECORDS if other.lang == record.lang]
        assert all(len(steps) >= len(other.all_steps) - 2 for other in real if isinstance(other, ProcedurePage))


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
    web_page = read_sheet(tmp_path / "page.pdf")
    procedure = record.page
    assert isinstance(procedure, ProcedurePage)
    pieces = sheet_pieces(procedure, record.lang, FIXTURE_URL + page_path(record), [])
    with pytest.raises(AssertionError, match="chrome|not printed|pages|pt"):
        check_sheet(web_page, pieces, record, FIXTURE_URL + page_path(record), "A4")
    assert squeeze("手順 1 / 11") in web_page.text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_same_sheet_with_and_without_javascript(
    browser: Browser, fixture_url: str, tmp_path: Path, lang: str
) -> None:
    """The print button (scripts on, any step tab open) and the browser's own print without scripts give the same
    sheet: the sheet does not depend on the tabs or on the script."""
    record = next(record for record in FIXTURE_RECORDS if record.page_id == LONGEST and record.lang == lang)
    url = fixture_url + page_path(record)
    with_script = print_to_pdf(browser, url + "#step-new-password", tmp_path / "script.pdf", "A4")
    without = print_to_pdf(browser, url, tmp_path / "plain.pdf", "A4", javascript=False)
    assert [page.text for page in with_script.pages] == [page.text for page in without.pages]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_reader_in_dark_mode_prints_the_same_black_on_white_sheet(
    browser: Browser, fixture_url: str, tmp_path: Path, lang: str
) -> None:
    record = next(record for record in FIXTURE_RECORDS if record.page_id == LONGEST and record.lang == lang)
    page = record.page
    assert isinstance(page, ProcedurePage)
    url = fixture_url + page_path(record)
    dark = print_to_pdf(browser, url, tmp_path / "dark.pdf", "A4", dark=True)
    light = print_to_pdf(browser, url, tmp_path / "light.pdf", "A4")
    assert [p.text for p in dark.pages] == [p.text for p in light.pages]
    pieces = sheet_pieces(page, lang, FIXTURE_URL + page_path(record), next_pages(record, FIXTURE_DOCS, FIXTURE_URL))
    check_sheet(dark, pieces, record, FIXTURE_URL + page_path(record), "A4")


def test_blanks_on_the_sheet_of_the_longest_procedure_are_the_page_blanks_and_the_timeline() -> None:
    record = next(record for record in FIXTURE_RECORDS if record.page_id == LONGEST and record.lang == "en")
    page = record.page
    assert isinstance(page, ProcedurePage)
    assert blank_labels(page, "en") == [
        "Apple Account (email or phone number) — do not write your password",
        "Recovery phone number (where Apple sends the ready notice)",
        "Where you started (device / browser)",
        "Date requested",
        "Date and time in Apple's confirmation email",
        "Check again on",
    ]


# The real site: every procedure page in both languages.

REAL_DOCS = REPO_ROOT / "docs"
REAL_RECORDS = procedures_in(REAL_DOCS)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("record", REAL_RECORDS, ids=lambda record: record.file)
def test_real_procedure_prints_as_its_step_sheet(
    browser: Browser,
    site_url: str,
    tmp_path: Path,
    measurements: dict[str, Measurement],
    record: PageRecord,
    paper: str,
) -> None:
    run_print(
        browser,
        tmp_path,
        measurements,
        record=record,
        paper=paper,
        served_at=site_url,
        published_at=REAL_URL,
        docs_dir=REAL_DOCS,
        label="site",
    )
