"""Search through an input method in Chromium, as a Japanese reader types: kana composed, a candidate committed.

The composition and the commit come through the DevTools protocol the way a real IME drives Chromium
(Input.imeSetComposition, then Input.insertText with no key event, like a tap on an iPhone's candidate bar).
search-input.js makes Material search the committed words and keeps the IME's keys away from the results.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.search.browser_search import (
    PLACEHOLDER_SHOWN_JS,
    READ_RESULTS_JS,
    SEARCH_INPUT,
    clear_search,
    commit,
    compose,
    meta_text,
    open_search,
    press_ime_key,
    run_query,
)
from tests.support.browser import assert_only_local, open_page

pytestmark = pytest.mark.browser


@pytest.fixture
def search_page(browser: Browser, site_url: str) -> Iterator[Page]:
    page, log = open_page(browser, site_url)
    open_search(page)
    yield page
    assert not log.page_errors, log.page_errors
    assert_only_local(log)
    page.context.close()


def committed_results(page: Page) -> list[list[str]]:
    """The result links once Material has answered the box's query (not the empty one)."""
    page.wait_for_function(f"() => !({PLACEHOLDER_SHOWN_JS})()", timeout=10_000)
    page.wait_for_selector("li.md-search-result__item")
    return page.evaluate(READ_RESULTS_JS)


@pytest.mark.parametrize(("kana", "word"), [("かいやく", "解約"), ("きしゅへん", "機種変更")])
def test_a_committed_candidate_is_searched_without_another_key(
    search_page: Page, site_url: str, kana: str, word: str
) -> None:
    page = search_page
    placeholder = meta_text(page)
    compose(page, kana)
    page.wait_for_timeout(300)  # time for a search that should not happen
    assert meta_text(page) == placeholder, "the composition in progress was searched"
    commit(page, word)
    assert page.input_value(SEARCH_INPUT) == word
    results = [urlsplit(item[0]).path for item in committed_results(page)]
    typed, _ = run_query(page, word, root=site_url)  # the same word typed from the keyboard
    assert results == ["/" + item[0].split("#")[0] for item in typed], (results[:3], typed[:3])


def test_enter_and_arrows_of_the_input_method_never_open_or_move_through_results(search_page: Page) -> None:
    page = search_page
    start = page.url
    compose(page, "かいやく")
    commit(page, "解約")
    assert committed_results(page)
    compose(page, "きしゅ")
    press_ime_key(page, "Enter")  # Chromium's order: the Enter comes while composing (isComposing)
    commit(page, "機種")
    press_ime_key(page, "Enter")  # WebKit's order: the confirming Enter comes after compositionend, keyCode 229
    press_ime_key(page, "ArrowDown")
    page.wait_for_timeout(300)
    assert page.url == start, "a key of the input method opened a result"
    assert page.evaluate("document.activeElement.matches('input.md-search__input')"), "focus left the search box"
    assert page.input_value(SEARCH_INPUT) == "解約機種"
    # A plain Enter still opens the first result: only the input method's keys are held back.
    clear_search(page)
    page.keyboard.insert_text("解約")
    assert committed_results(page)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url != start)
