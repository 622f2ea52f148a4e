"""The site on a small phone (375 x 667) in Chromium, both languages: the first screen of the start page, one
heading per question page, tap targets of at least 44 px, the step tabs and the back-to-top button, the language
switch keeping the step, the menu in the page's language, the flowchart legible from its start.

Screenshots of the start page, a situation page and a step are saved to tests/output/phone/ (not committed) so a
person can look at them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from guide.flow.graph import build_flow_graph
from guide.flow.rules import flow_errors
from guide.markup.environment import strings_of
from guide.model.schema import QuestionPage
from guide.model.site import Site, load_site
from playwright.sync_api import Browser, Page

from tests.support.browser import PageLog, open_page
from tests.support.paths import DOCS_DIR, REPO_ROOT, page_path

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
SCREENSHOTS = REPO_ROOT / "tests" / "output" / "phone"
MIN_TARGET = 44
LANGS = ["ja", "en"]
PROCEDURE = "procedures/code-on-trusted-device"  # six steps, each with a long enough panel
LONG_PROCEDURE = "procedures/request-account-recovery"  # phases with many steps
SITUATION = "scenarios/sim-cancelled"

OpenPhonePage = Callable[..., Page]


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS_DIR, today=date.today(), checks=(flow_errors,))[0]


@pytest.fixture
def open_phone_page(browser: Browser, site_url: str) -> Iterator[OpenPhonePage]:
    opened: list[tuple[Page, PageLog]] = []

    def open_path(path: str, javascript: bool = True) -> Page:
        page, log = open_page(browser, site_url + path, javascript, viewport=PHONE, wait_until="load")
        opened.append((page, log))
        return page

    yield open_path
    for page, _ in opened:
        page.context.close()


def save_screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not rendered"
    return found


def header_bottom(page: Page) -> float:
    return box(page, ".md-header")["y"] + box(page, ".md-header")["height"]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", LANGS)
def test_start_page_shows_the_question_and_its_first_answer_without_scrolling(
    open_phone_page: OpenPhonePage, lang: str, javascript: bool
) -> None:
    page = open_phone_page(page_path("index", lang), javascript)
    assert page.evaluate("scrollY") == 0
    question, answer = box(page, "h2#guide-question"), box(page, "a.guide-answer")
    assert question["y"] >= header_bottom(page)
    assert answer["y"] + answer["height"] <= PHONE["height"], f"the first answer ends at {answer}"
    if javascript:
        save_screenshot(page, f"{lang}-start")


@pytest.mark.parametrize("lang", LANGS)
def test_question_page_heading_is_the_question_once(open_phone_page: OpenPhonePage, site: Site, lang: str) -> None:
    question = site.page(lang, "check/trusted-device")
    assert isinstance(question, QuestionPage)
    page = open_phone_page(page_path("check/trusted-device", lang))
    headings = page.locator("article h1").all_inner_texts()
    assert [text.removesuffix("¶").strip() for text in headings] == [question.question]
    assert page.locator("article").inner_text().count(question.question) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_situation_page_shows_its_options_first(open_phone_page: OpenPhonePage, site: Site, lang: str) -> None:
    page = open_phone_page(page_path(SITUATION, lang))
    options = page.locator("nav.guide-answers a.guide-answer")
    assert options.count() == len(site.page(lang, SITUATION).options)
    first = options.first.bounding_box()
    assert first is not None and first["y"] + first["height"] <= PHONE["height"] * 1.5  # just under the summary
    save_screenshot(page, f"{lang}-situation")


def heights_and_widths(page: Page, selector: str) -> list[tuple[float, float]]:
    return page.eval_on_selector_all(
        selector,
        "els => els.filter(el => el.checkVisibility()).map(el => { const r = el.getBoundingClientRect();"
        " return [r.width, r.height]; })",
    )


@pytest.mark.parametrize("lang", LANGS)
def test_step_tabs_are_numbers_of_at_least_44_px(open_phone_page: OpenPhonePage, lang: str) -> None:
    page = open_phone_page(page_path(LONG_PROCEDURE, lang))
    tabs = heights_and_widths(page, ".guide-steps .tabbed-labels > label")
    assert len(tabs) >= 10
    assert all(width >= MIN_TARGET and height >= MIN_TARGET for width, height in tabs), tabs
    # The visible label is the step's number, never a title cut short; the title stays for screen readers.
    shown = page.eval_on_selector_all(
        ".guide-steps .tabbed-labels > label",
        "els => els.map(el => [el.innerText.split('\\n')[0], el.scrollWidth <= el.clientWidth,"
        " el.querySelector('.guide-tab__title').getBoundingClientRect().width])",
    )
    assert all(text.isdigit() and fits and hidden_width <= 1 for text, fits, hidden_width in shown), shown
    names = page.locator(".guide-steps .tabbed-labels > label").first.evaluate("el => el.textContent")
    assert names.startswith("1. ") and len(names) > 4
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("lang", LANGS)
def test_tap_targets_of_the_flow_are_at_least_44_px(open_phone_page: OpenPhonePage, lang: str) -> None:
    targets = {
        page_path("index", lang): "a.guide-answer",
        page_path(SITUATION, lang): "a.guide-answer, a.guide-back",
        page_path(PROCEDURE, lang): ".guide-step__nav a, details.guide-fallback > summary, a.guide-back",
        page_path(LONG_PROCEDURE, lang): ".guide-step__nav a, details.guide-fallback > summary",
    }
    for path, selector in targets.items():
        page = open_phone_page(path)
        sizes = heights_and_widths(page, selector)
        assert sizes, f"{path}: nothing matches {selector}"
        assert all(height >= MIN_TARGET and width >= MIN_TARGET for width, height in sizes), (path, sizes)


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.mark.parametrize("lang", LANGS)
def test_next_step_is_not_under_the_header_or_the_back_to_top_button(open_phone_page: OpenPhonePage, lang: str) -> None:
    page = open_phone_page(page_path(PROCEDURE, lang))
    shown = 0
    for _ in range(4):
        link = page.locator(".tabbed-block:visible a.guide-step__next")
        link.scroll_into_view_if_needed()  # the end of the panel: "next step" then scrolls the page up
        page.mouse.wheel(0, 200)
        page.wait_for_timeout(300)
        link.click()
        page.wait_for_timeout(600)  # Material shows the back-to-top button 250 ms after the page scrolled up
        step = page.evaluate("location.hash")
        title = box(page, step)
        tab = page.evaluate(
            """hash => { const set = document.querySelector(hash).closest('.tabbed-set');
              const inputs = [...set.querySelectorAll(':scope > input')];
              const label = set.querySelectorAll('.tabbed-labels > label')[inputs.findIndex(i => i.checked)];
              const r = label.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; }""",
            step,
        )
        assert tab["y"] >= header_bottom(page) and title["y"] >= header_bottom(page), (step, tab, title)
        assert title["y"] + title["height"] <= PHONE["height"]
        if page.locator(".md-top").first.is_visible():
            shown += 1
            top = box(page, ".md-top")
            assert not overlap(top, tab) and not overlap(top, title), (step, top, tab, title)
    assert shown, "the back-to-top button never showed: the overlap was not checked"
    save_screenshot(page, f"{lang}-step")


@pytest.mark.parametrize("lang", LANGS)
def test_a_step_address_opens_that_step_in_view(open_phone_page: OpenPhonePage, lang: str) -> None:
    page = open_phone_page(page_path(PROCEDURE, lang) + "#step-allow")
    title = box(page, "#step-allow")
    assert page.locator("#step-allow").is_visible()
    assert header_bottom(page) <= title["y"] and title["y"] + title["height"] <= PHONE["height"]


def switch_language(page: Page, lang: str) -> None:
    page.locator(".md-header .md-select").first.hover()
    with page.expect_navigation(wait_until="networkidle"):
        page.locator(f'.md-header a.md-select__link[hreflang="{lang}"]').first.click()


@pytest.mark.parametrize(("lang", "other"), [("ja", "en"), ("en", "ja")])
def test_language_switch_keeps_the_step(open_phone_page: OpenPhonePage, site_url: str, lang: str, other: str) -> None:
    page = open_phone_page(page_path(PROCEDURE, lang) + "#step-check-notice")
    switch_language(page, other)
    assert page.url == site_url + page_path(PROCEDURE, other) + "#step-check-notice"
    assert page.locator("#step-check-notice").is_visible()
    # "Next step" changes the address without a hashchange event; the switch follows it all the same.
    page.locator(".tabbed-block:visible a.guide-step__next").click()
    page.wait_for_function("location.hash === '#step-allow'")
    switch_language(page, lang)
    assert page.url == site_url + page_path(PROCEDURE, lang) + "#step-allow"
    assert page.locator("#step-allow").is_visible()


@pytest.mark.parametrize(("lang", "other"), [("ja", "en"), ("en", "ja")])
def test_language_switch_on_a_question_opens_the_same_question(
    open_phone_page: OpenPhonePage, site: Site, site_url: str, lang: str, other: str
) -> None:
    page = open_phone_page(page_path("check/recovery-key", lang))
    switch_language(page, other)
    assert page.url == site_url + page_path("check/recovery-key", other)
    question = site.page(other, "check/recovery-key")
    assert isinstance(question, QuestionPage)
    assert page.locator("h1#guide-question").inner_text().removesuffix("¶").strip() == question.question


@pytest.mark.parametrize("lang", LANGS)
def test_menu_is_in_the_page_language_and_follows_the_flow(
    open_phone_page: OpenPhonePage, site: Site, lang: str
) -> None:
    page = open_phone_page(page_path(PROCEDURE, lang))
    page.locator(".md-header label.md-header__button[for='__drawer']").click()
    sections = page.eval_on_selector_all(
        "nav.md-nav--primary > ul > li.md-nav__item--section > label.md-nav__link",
        "els => els.map(el => el.textContent.trim())",
    )
    titles = strings_of(lang, "nav")
    assert sections == [titles[key] for key in ("questions", "scenarios", "procedures", "explanations", "reference")]
    if lang == "ja":
        assert not {"About", "Check", "Procedures", "Reference", "Scenarios"} & set(sections)
    graph = build_flow_graph(site, lang)
    questions = page.eval_on_selector_all(
        "nav.md-nav--primary > ul > li.md-nav__item--section:nth-of-type(3) > nav a.md-nav__link",
        "els => els.map(el => el.textContent.trim())",
    )
    assert questions == [site.page(lang, page_id).title for page_id in graph.of_kind("question")]
    assert page.locator(".md-footer__link").count() == 0  # no previous/next across the flow


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", LANGS)
def test_flowchart_is_legible_from_its_start(open_phone_page: OpenPhonePage, lang: str, javascript: bool) -> None:
    page = open_phone_page(page_path("flowchart", lang), javascript)
    sizes = page.eval_on_selector_all(
        "svg.guide-flow text",
        "els => els.map(el => parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM().a)",
    )
    assert sizes and min(sizes) >= 11.9, f"the smallest text is {min(sizes):.2f} px"  # 12 px, less dot's rounding
    start, frame = box(page, ".guide-flow__node--start"), box(page, "[data-guide-flowchart]")
    assert frame["x"] <= start["x"] and start["x"] + start["width"] <= frame["x"] + frame["width"]
    assert page.locator("#guide-flow-text").is_visible()  # the text alternative, without JavaScript too
