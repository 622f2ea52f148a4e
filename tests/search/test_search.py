"""Search in Chromium against the real build: typed into Material's search box, read from its result list.

Every query of queries.yml must bring its page into the top 3, in the reader's language only; a query whose words
are in a procedure step must show that step first under the page; the page opened from a result highlights the
words and shows the step. Nothing is requested from another host.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.search.browser_search import (
    Query,
    language_root,
    load_queries,
    open_search,
    run_query,
    search,
)
from tests.support.browser import PageLog, assert_only_local, open_page

pytestmark = pytest.mark.browser

QUERIES = load_queries()
LANGUAGES = ("ja", "en")


def in_language(link: str, lang: str) -> bool:
    """A result link (relative to the language root) belongs to that language's pages."""
    if link.startswith(("/", "http")):
        return False  # outside the language root: another language's page
    return lang != "ja" or not link.startswith("en/")


@pytest.fixture(scope="module")
def search_pages(browser: Browser, site_url: str) -> Iterator[dict[str, tuple[Page, PageLog]]]:
    """The start page of each language with its search open, shared by the tests of this module."""
    pages = {}
    for lang in LANGUAGES:
        page, log = open_page(browser, language_root(site_url, lang))
        open_search(page)
        pages[lang] = (page, log)
    yield pages
    for page, _ in pages.values():
        page.context.close()


def test_query_set_is_large_enough() -> None:
    counts = {lang: sum(query.lang == lang for query in QUERIES) for lang in LANGUAGES}
    assert counts["ja"] >= 30 and counts["en"] >= 20, counts


@pytest.mark.parametrize("query", QUERIES, ids=[f"{query.lang}:{query.query}" for query in QUERIES])
def test_query_finds_its_page_in_the_top_3(
    query: Query, search_pages: dict[str, tuple[Page, PageLog]], site_url: str
) -> None:
    page, _ = search_pages[query.lang]
    outcome = search(page, query, root=language_root(site_url, query.lang))
    assert outcome.rank is not None and outcome.rank <= 3, (
        f"{query.query!r}: {query.expect!r} not in the top 3: {outcome.pages[:5]}"
    )
    other = [link for links in outcome.links for link in links if not in_language(link, query.lang)]
    assert not other, f"{query.query!r}: results from another language: {other}"
    if query.step:
        assert outcome.leads_to_step(), (
            f"{query.query!r}: the result does not show step {query.step!r} first: {outcome.links[outcome.rank - 1]}"
        )


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("ＳＭＳが届かない", "sms 届"),  # full-width Latin, particle and ending dropped
        ("ｺｰﾄﾞ", "コード"),  # half-width katakana
        ("確認コードが届かない", "確認 コード 届"),  # kanji and kana split like the index
        ("電話番号を解約した", "電話番号 解約"),
        ("iPhoneをなくした", "iphone なく"),  # a hiragana word: particle off, cut to a stem
        ("にんしょうばんごう", "にん"),  # a query that starts in hiragana starts with a word, not a particle
        ("devices", "device"),
        ("cancelled", "cancel"),
        ("canceled", "cancel"),
        ("recovering", "recover"),
        ("text messages", "text message"),
        ("lost my phone", "lost lose phone"),
        ("the", "the"),  # nothing left: the query as typed
    ],
)
def test_queries_are_normalised_like_the_index(
    typed: str, sent: str, search_pages: dict[str, tuple[Page, PageLog]]
) -> None:
    page, _ = search_pages["ja"]
    assert page.evaluate("typed => window.guideSearch.normaliseQuery(typed)", typed) == sent


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_word_of_both_languages_finds_only_the_page_language(
    lang: str, search_pages: dict[str, tuple[Page, PageLog]], site_url: str
) -> None:
    page, _ = search_pages[lang]
    links, _ = run_query(page, "iPhone SMS Apple", root=language_root(site_url, lang))
    assert len(links) >= 5
    assert all(in_language(link, lang) for item in links for link in item), links


@pytest.mark.parametrize(
    ("lang", "typed", "step", "word"),
    [
        ("ja", "自動音声 読み上げ", "procedures/code-by-sms-or-call/#step-receive-code", "読み上げ"),
        ("en", "map location estimated", "procedures/code-on-trusted-device/#step-check-notice", "map"),
    ],
)
def test_the_step_result_opens_the_step_with_the_words_highlighted(
    lang: str, typed: str, step: str, word: str, browser: Browser, site_url: str
) -> None:
    """`word` is found in that step only; every highlighted piece is a piece of the query."""
    root = language_root(site_url, lang)
    page, log = open_page(browser, root)
    try:
        open_search(page)
        links, _ = run_query(page, typed, root=root)
        assert links and links[0][1:2] == [step], links[:1]
        page.locator("li.md-search-result__item").first.locator("a.md-search-result__link").nth(1).click()
        page.wait_for_url(f"**#{step.split('#')[1]}")
        page.wait_for_selector("mark[data-md-highlight]")
        anchor = page.locator(f"#{step.split('#')[1]}")
        assert anchor.is_visible(), "the step's tab is not open"
        panel = anchor.locator("xpath=ancestor::div[contains(@class, 'tabbed-block')]")
        marked = {text.lower() for text in panel.locator("mark[data-md-highlight]").all_inner_texts()}
        assert word in marked, f"highlighted in the step: {marked}"
        assert all(piece in typed.lower() for piece in marked), marked
        assert not log.page_errors, log.page_errors
        assert_only_local(log)
    finally:
        page.context.close()


def test_search_requests_nothing_from_another_host(search_pages: dict[str, tuple[Page, PageLog]]) -> None:
    """Runs last in this module: the shared pages have loaded the index and answered every query by now."""
    for _, log in search_pages.values():
        assert not log.page_errors, log.page_errors
        assert_only_local(log)
