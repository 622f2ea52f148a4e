"""The procedure fixture site built with MkDocs --strict: every procedure page has its step tabs, anchors, next
pages and step sheet; hostile front matter stays text; MkDocs validates links to and inside steps."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from guide.model.reading import read_front_matter
from guide.model.schema import ProcedurePage
from guide.model.validation import validate_front_matter

from tests.procedures.fixture_site import FIXTURE_DIR, FIXTURE_NAME, FIXTURE_URL, build_variant
from tests.procedures.test_qr import svg_modules, symbol_modules
from tests.support.hostile import HOSTILE

PROCEDURES = ["procedures/eleven-steps", "procedures/two-phases"]
LANGS = {"ja": "", "en": "en/"}


@pytest.fixture(scope="module")
def site(built_fixture_site: Callable[[str], Path]) -> Path:
    return built_fixture_site(FIXTURE_NAME)


def front_matter(page_id: str, lang: str) -> ProcedurePage:
    file = f"{page_id}.md" if lang == "ja" else f"{page_id}.{lang}.md"
    data, errors = read_front_matter(file, (FIXTURE_DIR / "docs" / file).read_text(encoding="utf-8"))
    assert data is not None, errors
    page, errors = validate_front_matter(file, data)
    assert isinstance(page, ProcedurePage), errors
    return page


def built_page(site: Path, page_id: str, lang: str) -> BeautifulSoup:
    html = (site / LANGS[lang] / page_id / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


NO_PASSWORD = {"ja": "この用紙にパスワードは書かないでください。", "en": "Never write your password on this sheet."}
CASES = [(page_id, lang) for page_id in PROCEDURES for lang in LANGS]


@pytest.mark.parametrize(("page_id", "lang"), CASES)
def test_one_tab_per_step_with_its_anchor(site: Path, page_id: str, lang: str) -> None:
    page, soup = front_matter(page_id, lang), built_page(site, page_id, lang)
    labels = [label.get_text() for label in soup.select(".guide-steps .tabbed-labels > label")]
    assert labels == [f"{number}. {step.title}" for number, step in enumerate(page.all_steps, start=1)]
    for number, step in enumerate(page.all_steps, start=1):
        anchor = soup.find_all(id=f"step-{step.id}")
        assert len(anchor) == 1, f"#step-{step.id} should be on the page once"
        assert anchor[0].find_parent(class_="tabbed-block") is not None
        progress = anchor[0].select_one(".guide-step__progress").get_text()
        total = len(page.all_steps)
        assert progress == (f"手順 {number} / {total}" if lang == "ja" else f"Step {number} of {total}")


@pytest.mark.parametrize(("page_id", "lang"), CASES)
def test_one_tab_set_per_phase_under_its_heading(site: Path, page_id: str, lang: str) -> None:
    page, soup = front_matter(page_id, lang), built_page(site, page_id, lang)
    sets = soup.select(".guide-steps > .tabbed-set")
    assert len(sets) == len(page.all_phases)
    for phase, tab_set in zip(page.all_phases, sets, strict=True):
        heading = tab_set.find_parent(class_="guide-steps").find_previous_sibling("h2")
        expected_id = f"phase-{phase.id}" if page.phases else "procedure-steps"
        assert heading is not None and heading["id"] == expected_id
        waits = [wait["id"] for wait in soup.select(".guide-wait")]
        assert (f"wait-{phase.id}" in waits) == (phase.wait is not None)


def test_waiting_period_callout_sits_between_the_tab_sets(site: Path) -> None:
    soup = built_page(site, "procedures/two-phases", "en")
    wait = soup.find(id="wait-request")
    assert "guide-wait" in wait["class"]
    assert wait.find_previous_sibling(class_="guide-steps") is not None
    assert wait.find_next_sibling(class_="guide-steps") is not None
    text = " ".join(wait.get_text().split())
    for part in ("Waiting period: Several days or more", "Meanwhile, do", "Do this", "Meanwhile, avoid", "Avoid this"):
        assert part in text


@pytest.mark.parametrize("lang", LANGS)
def test_previous_and_next_links_point_at_step_anchors(site: Path, lang: str) -> None:
    page, soup = front_matter("procedures/eleven-steps", lang), built_page(site, "procedures/eleven-steps", lang)
    ids = [step.id for step in page.all_steps]
    for index, step_id in enumerate(ids):
        block = soup.find(id=f"step-{step_id}").find_parent(class_="tabbed-block")
        previous = block.select_one("a.guide-step__previous")
        following = block.select_one("a.guide-step__next")
        assert (previous["href"] if previous else None) == (f"#step-{ids[index - 1]}" if index else None)
        assert (following["href"] if following else None) == (
            f"#step-{ids[index + 1]}" if index + 1 < len(ids) else None
        )


def test_ui_labels_and_older_labels(site: Path) -> None:
    ja = built_page(site, "procedures/eleven-steps", "ja").find(id="step-forgot-password").find_parent("div")
    assert ja.select_one(".guide-step__labels").get_text() == "タップする項目: 「パスワードをお忘れですか?」"
    assert ja.select_one(".guide-step__older").get_text() == (
        "iOS 17 以前: 「Apple IDをお持ちでないか忘れた場合」 → 「Apple IDを忘れた場合」"
    )
    en = built_page(site, "procedures/eleven-steps", "en").find(id="step-forgot-password").find_parent("div")
    labels = en.select_one(".guide-step__labels")
    assert [strong.get_text() for strong in labels.find_all("strong")] == ["Forgot password?"]
    assert en.select_one(".guide-step__older").get_text() == (
        "iOS 17 and earlier: Don't have an Apple ID or forgot it? → Forgot Apple ID"
    )


def test_tip_and_warning_are_admonitions(site: Path) -> None:
    block = built_page(site, "procedures/eleven-steps", "en").find(id="step-start-recovery").find_parent("div")
    warning = block.select_one(".admonition.warning")
    assert warning is not None and "do not try to sign in" in warning.get_text()
    tip_block = built_page(site, "procedures/eleven-steps", "ja").find(id="step-enter-account").find_parent("div")
    assert tip_block.select_one(".admonition.tip .admonition-title").get_text() == "ヒント"


@pytest.mark.parametrize("lang", LANGS)
def test_next_pages_link_to_the_same_language(site: Path, lang: str) -> None:
    soup = built_page(site, "procedures/two-phases", lang)
    links = soup.find(id="procedure-then").find_next_sibling("ul").find_all("a")
    assert [link["href"] for link in links] == ["../eleven-steps/", "../../"]
    expected = front_matter("procedures/eleven-steps", lang).title
    assert links[0].get_text() == expected


@pytest.mark.parametrize(("page_id", "lang"), CASES)
def test_step_sheet(site: Path, page_id: str, lang: str) -> None:
    page, soup = front_matter(page_id, lang), built_page(site, page_id, lang)
    sheet = soup.select_one(".md-content__inner > .guide-sheet")
    assert sheet is not None and sheet.has_attr("hidden") and sheet.has_attr("data-search-exclude")
    assert sheet.select_one(".guide-sheet__title").get_text() == page.title
    items = sheet.select(".guide-sheet__step")
    assert [item.select_one(".guide-sheet__step-name").get_text() for item in items] == [
        step.title for step in page.all_steps
    ]
    assert [item.select_one(".guide-sheet__number").get_text() for item in items] == [
        f"{number}." for number in range(1, len(page.all_steps) + 1)
    ]
    assert all(item.select_one(".guide-sheet__box") for item in items)
    blanks = [dt.get_text() for dt in sheet.select(".guide-sheet__blanks dt")]
    assert all(blank.label in blanks for blank in page.sheet)
    assert sheet.select_one(".guide-sheet__password").get_text() == NO_PASSWORD[lang]
    url = f"{FIXTURE_URL}{LANGS[lang]}{page_id}/"
    assert sheet.select_one(".guide-sheet__address .guide-sheet__url").get_text() == url.removeprefix("https://")
    assert svg_modules(str(sheet.find("svg"))) == symbol_modules(url)


def test_sheet_and_step_navigation_stay_out_of_search(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    for absent in ("パスワードは書かないでください", "Never write your password", "次の手順:", "Next step:"):
        assert absent not in text


def test_no_markup_from_hostile_front_matter_anywhere(site: Path) -> None:
    for html_file in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        where = html_file.relative_to(site)
        for script in soup.find_all("script"):
            assert "alert(1)" not in script.get_text(), f"{where}: a <script> from front matter"
        assert not soup.select("img[onerror]"), f"{where}: an <img onerror> from front matter"
        for element in soup.find_all(href=True):
            assert not element["href"].lower().startswith("javascript:"), f"{where}: {element}"
        assert soup.title is not None and "<script>" not in str(soup.title).replace("&lt;script&gt;", "")


def test_hostile_text_is_shown_literally(site: Path) -> None:
    soup = built_page(site, "procedures/two-phases", "en")
    hostile = HOSTILE
    assert soup.find(id="step-sign-in").select_one("strong").get_text() == f"Sign in {hostile}"
    assert soup.select_one(".guide-sheet__blanks dt").get_text() == f"Recovery phone number {hostile}"
    assert soup.select_one("h1").get_text().strip() == f"Two phases and a waiting period {hostile}"
    assert soup.title.get_text().startswith(f"Two phases and a waiting period {hostile}")


def test_core_templates_are_not_published(site: Path) -> None:
    published = [path.relative_to(site).as_posix() for path in site.rglob("*") if path.suffix in (".jinja", ".j2")]
    assert published == []


def test_links_inside_step_bodies_are_checked(tmp_path: Path) -> None:
    def break_link(docs: Path) -> None:
        for file in ("procedures/two-phases.md", "procedures/two-phases.en.md"):
            path = docs / file
            path.write_text(path.read_text(encoding="utf-8").replace("(eleven-steps.md)", "(missing.md)"))

    result = build_variant(tmp_path, break_link)
    assert not result.ok
    assert re.search(r"procedures/two-phases(\.en)?\.md.*missing\.md", result.output), result.output


def test_step_anchors_are_checked(tmp_path: Path) -> None:
    def link_steps(docs: Path) -> None:
        for file in ("index.md", "index.en.md"):
            path = docs / file
            text = path.read_text(encoding="utf-8")
            path.write_text(text + "\n[ok](procedures/eleven-steps.md#step-forgot-password)\n", encoding="utf-8")

    assert build_variant(tmp_path / "ok", link_steps).ok

    def link_missing_step(docs: Path) -> None:
        for file in ("index.md", "index.en.md"):
            path = docs / file
            text = path.read_text(encoding="utf-8")
            path.write_text(text + "\n[bad](procedures/eleven-steps.md#step-no-such-step)\n", encoding="utf-8")

    result = build_variant(tmp_path / "bad", link_missing_step)
    assert not result.ok
    assert "step-no-such-step" in result.output
