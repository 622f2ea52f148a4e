"""Procedure step tabs in Chromium, on the procedure fixture site: tabs by mouse and keyboard, #step-... addresses,
previous/next, the print button, and every step readable without JavaScript."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.procedures.fixture_site import FIXTURE_NAME
from tests.support.browser import PageLog, assert_only_local, open_page

pytestmark = pytest.mark.browser

ELEVEN = "procedures/eleven-steps/"
PHASED = "procedures/two-phases/"
ELEVEN_IDS = [
    "open-settings",
    "tap-account",
    "sign-in-manually",
    "forgot-password",
    "enter-account",
    "confirm-number",
    "didnt-get-code",
    "number-unavailable",
    "start-recovery",
    "recovery-number",
    "confirm-recovery-number",
]
PHASED_IDS = ["open-settings", "request-recovery", "open-message", "sign-in"]
# Material fetches sitemap.xml beside each hreflang alternate, which 404s (tracked in tests/browser/test_start_page.py).
SITEMAP_404 = re.compile(r"status of 404 .*sitemap\.xml")
PHONE = {"width": 390, "height": 844}

OpenPage = Callable[..., tuple[Page, PageLog]]


@pytest.fixture(scope="module")
def fixture_url(fixture_site_url: Callable[[str], str]) -> str:
    return fixture_site_url(FIXTURE_NAME)


@pytest.fixture
def open_fixture_page(browser: Browser, fixture_url: str) -> Iterator[OpenPage]:
    opened: list[Page] = []

    def open_path(path: str, javascript: bool = True, viewport: dict[str, int] | None = None) -> tuple[Page, PageLog]:
        page, log = open_page(browser, fixture_url + path, javascript, viewport=viewport)
        opened.append(page)
        return page, log

    yield open_path
    for page in opened:
        page.context.close()


def visible_steps(page: Page) -> list[str]:
    """Ids (without "step-") of the step titles that are rendered, in page order."""
    return page.eval_on_selector_all(
        ".guide-step__title", "els => els.filter(el => el.checkVisibility()).map(el => el.id.slice(5))"
    )


def address_hash(page: Page) -> str:
    return page.evaluate("location.hash")


def in_view_below_header(page: Page, selector: str) -> bool:
    """The element's top is inside the viewport, not hidden under Material's sticky header; for a step, the row of
    step tabs above it is in view too."""
    return page.evaluate(
        """selector => {
          const el = document.querySelector(selector);
          const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
          const tabs = el.closest(".tabbed-set")?.querySelector(".tabbed-labels");
          const top = (tabs || el).getBoundingClientRect().top;
          return top >= header - 1 && el.getBoundingClientRect().bottom < window.innerHeight;
        }""",
        selector,
    )


def test_first_step_of_every_phase_is_shown_on_load(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page(PHASED)
    assert visible_steps(page) == ["open-settings", "open-message"]
    assert address_hash(page) == ""


def test_clicking_a_tab_shows_its_step_and_puts_it_in_the_address(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page(ELEVEN)
    page.locator(".guide-steps .tabbed-labels > label").nth(2).click()
    assert visible_steps(page) == ["sign-in-manually"]
    assert address_hash(page) == "#step-sign-in-manually"


@pytest.mark.parametrize(
    ("path", "step", "expected"),
    [
        (ELEVEN, "forgot-password", ["forgot-password"]),
        ("en/" + ELEVEN, "confirm-recovery-number", ["confirm-recovery-number"]),
        (PHASED, "request-recovery", ["request-recovery", "open-message"]),
        ("en/" + PHASED, "sign-in", ["open-settings", "sign-in"]),
    ],
)
def test_a_step_address_opens_its_tab(open_fixture_page: OpenPage, path: str, step: str, expected: list[str]) -> None:
    page, _ = open_fixture_page(f"{path}#step-{step}")
    assert visible_steps(page) == expected
    assert in_view_below_header(page, f"#step-{step}")


def test_next_and_previous_links(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page("en/" + ELEVEN)
    for index in range(1, len(ELEVEN_IDS)):
        page.locator(f"#step-{ELEVEN_IDS[index - 1]} ~ .guide-step__nav a.guide-step__next").click()
        assert visible_steps(page) == [ELEVEN_IDS[index]]
        assert address_hash(page) == f"#step-{ELEVEN_IDS[index]}"
        assert in_view_below_header(page, f"#step-{ELEVEN_IDS[index]}")
    last = page.locator(f"#step-{ELEVEN_IDS[-1]} ~ .guide-step__nav")
    assert last.locator("a.guide-step__next").count() == 0
    last.locator("a.guide-step__previous").click()
    assert visible_steps(page) == [ELEVEN_IDS[-2]]
    assert page.evaluate("document.activeElement.id") == f"step-{ELEVEN_IDS[-2]}"


def test_browser_back_returns_to_the_previous_step(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page(ELEVEN)
    page.locator("#step-open-settings ~ .guide-step__nav a.guide-step__next").click()
    page.locator("#step-tap-account ~ .guide-step__nav a.guide-step__next").click()
    assert visible_steps(page) == ["sign-in-manually"]
    page.go_back()
    page.wait_for_function("location.hash === '#step-tap-account'")
    assert visible_steps(page) == ["tap-account"]


def test_next_from_the_end_of_a_phase_leads_to_the_waiting_period(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page(PHASED + "#step-request-recovery")
    page.locator("#step-request-recovery ~ .guide-step__nav a.guide-step__next").click()
    assert address_hash(page) == "#wait-request"
    assert in_view_below_header(page, "#wait-request")


def focused(page: Page) -> dict[str, str]:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          return { tag: el.tagName, id: el.id, cls: el.className, inSteps: String(!!el.closest('.guide-steps')) };
        }"""
    )


def press_tab_until(page: Page, condition: Callable[[dict[str, str]], bool], limit: int = 60) -> dict[str, str]:
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if condition(now):
            return now
    raise AssertionError(f"Tab never reached the element (last focus: {focused(page)})")


def outline_of(page: Page, selector: str) -> str:
    return page.evaluate(
        "s => { const c = getComputedStyle(document.querySelector(s)); return c.outlineStyle + ' ' + c.outlineWidth; }",
        selector,
    )


def test_keyboard_only(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page(ELEVEN)
    # Tab reaches the step tabs (the checked radio input of the set) ...
    press_tab_until(page, lambda el: el["tag"] == "INPUT" and el["inSteps"] == "true")
    label = ".guide-steps .tabbed-labels > label:nth-child(1)"
    assert not outline_of(page, label).startswith("none"), "the focused tab has no visible focus outline"
    # ... the arrow keys switch steps ...
    page.keyboard.press("ArrowRight")
    assert visible_steps(page) == ["tap-account"]
    assert address_hash(page) == "#step-tap-account"
    page.keyboard.press("ArrowLeft")
    assert visible_steps(page) == ["open-settings"]
    # ... Tab goes on to the "next step" link, which shows its focus, and Enter follows it.
    press_tab_until(page, lambda el: "guide-step__next" in el["cls"])
    assert not outline_of(page, "a.guide-step__next:focus").startswith("none")
    page.keyboard.press("Enter")
    assert visible_steps(page) == ["tap-account"]
    assert page.evaluate("document.activeElement.id") == "step-tap-account"
    # Focus continues inside the new step: the next Tab stops on one of its links.
    press_tab_until(page, lambda el: el["tag"] == "A", limit=5)
    in_step = "document.activeElement.closest('.tabbed-block').contains(document.getElementById('step-tap-account'))"
    assert page.evaluate(in_step)


@pytest.mark.parametrize("path", [ELEVEN, "en/" + ELEVEN, PHASED, "en/" + PHASED])
def test_without_javascript_every_step_is_readable(open_fixture_page: OpenPage, path: str) -> None:
    page, _ = open_fixture_page(path, javascript=False)
    expected = ELEVEN_IDS if ELEVEN in path else PHASED_IDS
    assert visible_steps(page) == expected
    bodies = page.locator(".guide-steps .tabbed-block > p:not(.guide-step__title, .guide-step__nav)").all()
    assert bodies and all(body.is_visible() for body in bodies)
    assert not page.locator(".guide-steps .tabbed-labels").first.is_visible()
    assert not page.locator("[data-guide-print]").is_visible()


@pytest.mark.parametrize("path", [ELEVEN, "en/" + ELEVEN])
def test_print_button_prints(open_fixture_page: OpenPage, path: str) -> None:
    page, _ = open_fixture_page(path)
    page.evaluate("() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; }")
    button = page.locator("[data-guide-print]")
    assert button.is_visible()
    assert button.inner_text() == ("手順書を印刷" if path == ELEVEN else "Print step sheet")
    button.click()
    assert page.evaluate("window.printed") == 1


def test_tabs_chosen_on_another_visit_do_not_carry_over(open_fixture_page: OpenPage, fixture_url: str) -> None:
    page, _ = open_fixture_page(ELEVEN)
    page.locator(".guide-steps .tabbed-labels > label").nth(4).click()  # Material remembers this label ...
    assert visible_steps(page) == ["enter-account"]
    page.goto(fixture_url + ELEVEN, wait_until="networkidle")  # ... and would reopen it here
    assert visible_steps(page) == ["open-settings"]


@pytest.mark.parametrize("path", [ELEVEN, "en/" + PHASED])
def test_no_errors_and_nothing_but_local_requests(open_fixture_page: OpenPage, path: str) -> None:
    page, log = open_fixture_page(path)
    page.locator(".guide-steps .tabbed-labels > label").nth(1).click()
    assert_only_local(log)
    errors = [error for error in log.console_errors + log.page_errors if not SITEMAP_404.search(error)]
    assert not errors, errors


def test_phone_viewport_has_no_sideways_scrolling(open_fixture_page: OpenPage) -> None:
    page, _ = open_fixture_page(ELEVEN + "#step-forgot-password", viewport=PHONE)
    assert visible_steps(page) == ["forgot-password"]
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    for link in page.locator("#step-forgot-password ~ .guide-step__nav a").all():
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["height"] >= 44, "tap targets should be at least 44 px high"


@pytest.mark.parametrize("width", [1280, 800, 375], ids=["desktop", "tablet", "phone"])
def test_every_step_tab_is_in_view_without_scrolling_the_row(open_fixture_page: OpenPage, width: int) -> None:
    """Eleven tabs wrap onto more rows: a row that scrolled sideways would hide the later steps, and hold nothing a
    keyboard can focus until Material's script has run (axe: scrollable-region-focusable). A step's address then
    shows the step's title below all the rows. (Without JavaScript the tabs are hidden: every step is shown.)"""
    page, _ = open_fixture_page(f"{ELEVEN}#step-number-unavailable", viewport={"width": width, "height": 667})
    row = page.locator(".guide-steps .tabbed-labels").first
    assert row.evaluate("el => el.scrollWidth <= el.clientWidth && getComputedStyle(el).overflowX === 'visible'")
    outside = row.evaluate(
        """row => {
          const box = row.getBoundingClientRect();
          return [...row.children].filter(label => {
            const r = label.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1 || r.width < 44 || r.height < 44;
          }).length;
        }"""
    )
    assert outside == 0
    assert in_view_below_header(page, "#step-number-unavailable")
