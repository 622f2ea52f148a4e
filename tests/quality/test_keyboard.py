"""Keyboard only (Tab and Enter, nothing else): from the start page through the questions to a procedure, then
through every step and waiting period of it with the "next step" links. Each focused control must show its focus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from guide.flow.graph import build_flow_graph
from guide.model.schema import ProcedurePage
from guide.model.site import load_site
from guide.model.validation import validate_front_matter
from playwright.sync_api import Browser, Page

from tests.quality.keyboard_walk import Walk, longest_walk, procedure_anchors, shown_after_wait
from tests.support.browser import open_page
from tests.support.pages import CITE, SOURCE
from tests.support.paths import REPO_ROOT, page_path

pytestmark = pytest.mark.browser

MAX_TABS = 120  # the header, search and sidebar come before the content

FOCUSED_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName,
    classes: el.className && typeof el.className === "string" ? el.className : "",
    href: el.getAttribute("href") || "",
    url: el.href || "",
    focusShown: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== "none",
    inView: box.bottom > 0 && box.top < innerHeight && box.width > 0,
  };
}
"""


def walk_for(lang: str) -> Walk:
    site, _ = load_site(REPO_ROOT / "docs", today=date.today())
    return longest_walk(build_flow_graph(site, lang))


def tab_to(page: Page, wanted: Callable[[dict], bool], what: str) -> dict:
    """Press Tab until the focused element is the wanted one; it must be visible and show its focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused and wanted(focused):
            assert focused["inView"], f"{what} has focus but is not scrolled into view"
            assert focused["focusShown"], f"{what} has focus but shows no focus outline"
            return focused
    raise AssertionError(f"{MAX_TABS} presses of Tab never reached {what} on {page.url}")


def answer_to(url: str) -> Callable[[dict], bool]:
    return lambda el: "guide-answer" in el["classes"] and el["url"] == url


def visible(page: Page, anchor: str) -> bool:
    return page.evaluate("id => { const e = document.getElementById(id); return !!e && e.checkVisibility(); }", anchor)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_keyboard_only_from_the_start_through_a_procedure(browser: Browser, site_url: str, lang: str) -> None:
    walk = walk_for(lang)
    assert len(walk.pages) >= 3, f"the walk is too short to test anything: {walk.pages}"
    page, _ = open_page(browser, site_url + page_path("index", lang))
    try:
        for here, there in zip(walk.pages, walk.pages[1:], strict=False):
            target = site_url + page_path(there, lang)
            tab_to(page, answer_to(target), f"the answer to {there}")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            assert page.url == target, f"Enter on the answer on {here} led to {page.url}"
        for current, following in zip(walk.anchors, walk.anchors[1:], strict=False):
            assert visible(page, current), f"{current} is not shown"
            if following in walk.shown:
                continue
            focused = tab_to(
                page, lambda el: "guide-step__next" in el["classes"], f"the next-step link after {current}"
            )
            assert focused["href"] == f"#{following}", f"the next-step link after {current} leads elsewhere"
            page.keyboard.press("Enter")
            page.wait_for_function("h => location.hash === h", arg=f"#{following}")
            assert visible(page, following), f"Enter on the next-step link did not show {following}"
        assert visible(page, walk.anchors[-1])
    finally:
        page.context.close()


def test_the_walk_covers_every_step_and_wait_in_reading_order() -> None:
    step = {"title": "t", "cite": CITE}
    page, errors = validate_front_matter(
        "walk.md",
        {
            "kind": "procedure",
            "title": "T",
            "reviewed": "2026-11-01",
            "sources": [SOURCE],
            "summary": "s",
            "time": "t",
            "phases": [
                {
                    "id": "one",
                    "title": "1",
                    "steps": [{**step, "id": "a"}, {**step, "id": "b"}],
                    "wait": {"duration": "d", "summary": "s", "cite": CITE},
                },
                {"id": "two", "title": "2", "steps": [{**step, "id": "c"}, {**step, "id": "d"}]},
            ],
        },
    )
    assert isinstance(page, ProcedurePage), [str(error) for error in errors]
    anchors = procedure_anchors(page)
    assert anchors == ("step-a", "step-b", "wait-one", "step-c", "step-d")
    assert shown_after_wait(anchors) == {"step-c"}
