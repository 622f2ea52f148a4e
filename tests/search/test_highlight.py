"""Highlighting on Japanese pages in Chromium: the page a search result opens marks the query's words, whole.

Material marks the terms of ?h= on the page; search-highlight.js sets them to the words of the query as typed
(window.guideSearch.highlightTerms), not the segmenter's pieces (機種変, 確).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.search.browser_search import open_search, run_query
from tests.support.browser import assert_only_local, open_page

pytestmark = pytest.mark.browser

MARKS_JS = "() => Array.from(document.querySelectorAll('article mark[data-md-highlight]'), mark => mark.textContent)"


@pytest.fixture
def ja_search(browser: Browser, site_url: str) -> Iterator[Page]:
    page, log = open_page(browser, site_url)
    open_search(page)
    yield page
    assert not log.page_errors, log.page_errors
    assert_only_local(log)
    page.context.close()


def open_first_result(page: Page, query: str, site_url: str) -> list[str]:
    """Search `query`, open its first result; the texts marked on the page opened."""
    links, _ = run_query(page, query, root=site_url)
    assert links, f"no result for {query!r}"
    page.locator("li.md-search-result__item > a.md-search-result__link").first.click()
    page.wait_for_url("**?h=*")
    page.wait_for_selector("article mark[data-md-highlight]")
    return page.evaluate(MARKS_JS)


def test_a_kanji_compound_is_marked_whole(ja_search: Page, site_url: str) -> None:
    marks = open_first_result(ja_search, "機種変更", site_url)
    assert set(marks) == {"機種変更"}, marks


def test_a_single_kanji_inside_another_word_is_never_marked(ja_search: Page, site_url: str) -> None:
    """The start page says 確かめます as well as 確認コード: only 確認 and コード are marked."""
    marks = open_first_result(ja_search, "確認コード", site_url)
    assert "確かめ" in ja_search.locator("article").inner_text(), "the page no longer holds the case this tests"
    assert "確認" in marks and set(marks) <= {"確認", "コード"}, sorted(set(marks))


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("機種変更", ["機種変更"]),
        ("確認コードが届かない", ["確認", "コード", "届かない"]),  # a single kanji keeps its kana
        ("自動音声 読み上げ", ["自動音声", "読み上げ"]),
        ("電話番号を解約した", ["電話番号", "解約"]),  # a compound loses its ending
        ("iPhoneをなくした", ["iphone", "なくした"]),  # a hiragana word is not cut
        ("ＳＭＳが届かない", ["sms", "届かない"]),
        ("にんしょう", ["にんしょう"]),  # not に + んしょう
    ],
)
def test_highlight_words_are_the_words_typed(typed: str, words: list[str], ja_search: Page) -> None:
    assert ja_search.evaluate("typed => window.guideSearch.highlightTerms(typed)", typed) == words
