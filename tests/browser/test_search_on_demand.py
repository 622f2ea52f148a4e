"""The search index and our search scripts load only when the reader starts to search
(overrides/partials/guide/search-on-demand.html); the scripts come first, so the index reaches Material's search
worker through search-scope.js."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from tests.support.browser import PageLog

pytestmark = pytest.mark.browser

OpenSitePage = Callable[..., tuple[Page, PageLog]]
INDEX = "search/search_index.json"
SEARCH_SCRIPTS = ("search-scope.js", "search-input.js", "search-highlight.js", "search-steps.js", "search-fallback.js")


def index_requests(log: PageLog) -> list[str]:
    return [url for url in log.requests if url.endswith(INDEX)]


def search_script_requests(log: PageLog) -> list[str]:
    return [url.rsplit("/", 1)[-1] for url in log.requests if url.endswith(SEARCH_SCRIPTS)]


@pytest.mark.parametrize("path", ["", "en/procedures/offline-code/", "flowchart/"])
def test_a_page_that_is_only_read_does_not_load_the_index(open_site_page: OpenSitePage, path: str) -> None:
    page, log = open_site_page(path)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    assert index_requests(log) == []
    assert search_script_requests(log) == []


@pytest.mark.parametrize(("path", "query"), [("", "確認コード"), ("en/", "recovery key")])
def test_focusing_search_loads_the_index_and_finds_results(open_site_page: OpenSitePage, path: str, query: str) -> None:
    page, log = open_site_page(path)
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").first.click()  # the search field in the header, as a reader clicks it
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    page.wait_for_selector("li.md-search-result__item")
    assert len(index_requests(log)) == 1
    assert search_script_requests(log) == list(SEARCH_SCRIPTS)
    assert page.locator("li.md-search-result__item").count() >= 1


def test_keyboard_shortcut_also_starts_search(open_site_page: OpenSitePage) -> None:
    page, log = open_site_page("en/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")  # Material's shortcut focuses the search field
    page.keyboard.insert_text("trusted device")
    page.keyboard.press("End")
    page.wait_for_selector("li.md-search-result__item")
    assert len(index_requests(log)) == 1


def test_a_page_opened_from_a_search_result_loads_the_index_to_highlight(open_site_page: OpenSitePage) -> None:
    page, log = open_site_page("en/procedures/offline-code/?h=trusted")
    page.wait_for_selector("mark[data-md-highlight]")
    assert len(index_requests(log)) == 1


def test_the_index_is_asked_for_only_once_the_search_scripts_have_run(open_site_page: OpenSitePage) -> None:
    """Otherwise Material would hand the worker the index of both languages, unscoped (search-scope.js)."""
    page, _ = open_site_page("en/")
    page.wait_for_load_state("networkidle")
    events: list[str] = []
    page.on("requestfinished", lambda request: events.append("done " + request.url.rsplit("/", 1)[-1]))
    page.on("request", lambda request: events.append("asked " + request.url.rsplit("/", 1)[-1]))
    with page.expect_request_finished(lambda request: request.url.endswith(INDEX)):
        page.locator("input.md-search__input").first.focus()
    assert page.evaluate("typeof window.guideSearch.normaliseQuery") == "function"
    asked = events.index("asked search_index.json")
    assert all(events.index("done " + script) < asked for script in SEARCH_SCRIPTS)
