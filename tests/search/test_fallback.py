"""A query that finds nothing offers the flow's first question and its answers: what guide.search.fallback takes
from the flow, and, in Chromium on the real build, what search-fallback.js shows in the page's language and removes
when the next query finds pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import pytest
from guide.flow.graph import build_flow_graph
from guide.links import page_location
from guide.model.site import load_site
from guide.search.fallback import FallbackLink, SearchFallback, search_fallback
from playwright.sync_api import Browser

from tests.search.browser_search import language_root, open_search, run_query
from tests.support.browser import assert_only_local, open_page
from tests.support.pages import TODAY, valid, write_both, write_minimal_site
from tests.support.paths import DOCS_DIR

NONSENSE = "zqxjv"  # no word of any page
FALLBACK = ".md-search-result .guide-search-fallback"


def test_the_fallback_is_the_first_question_and_where_its_answers_lead(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "procedures/b", valid("procedure"))
    answers = [{"label": "Yes", "next": "procedures/a"}, {"label": "No <b>", "next": "procedures/b"}]
    write_both(tmp_path, "check/first", valid("question", question="Is it <here>?", answers=answers))
    site, _ = load_site(tmp_path, today=TODAY)
    fallback = search_fallback(build_flow_graph(site, "en"))
    assert fallback == SearchFallback(
        "Is it <here>?",
        "check/first",
        (FallbackLink("Yes", "procedures/a"), FallbackLink("No <b>", "procedures/b")),
    )


def test_a_site_without_a_flow_offers_nothing(tmp_path: Path) -> None:
    write_both(tmp_path, "about/x", valid("explanation"))
    site, _ = load_site(tmp_path, today=TODAY)
    assert search_fallback(build_flow_graph(site, "ja")) is None


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "start"), [("ja", ""), ("en", "en/"), ("en", "en/procedures/offline-code/")])
def test_nothing_found_offers_the_first_question(browser: Browser, site_url: str, lang: str, start: str) -> None:
    site, _ = load_site(DOCS_DIR, today=date.today())
    expected = search_fallback(build_flow_graph(site, lang))
    assert expected is not None
    page, log = open_page(browser, urljoin(site_url, start))
    try:
        open_search(page)
        links, _ = run_query(page, NONSENSE, root=language_root(site_url, lang))
        assert links == []
        offer = page.locator(FALLBACK)
        offer.wait_for(state="visible")
        hrefs = offer.locator("a").evaluate_all("links => links.map(link => [link.textContent.trim(), link.href])")
        targets = [expected.question_page] + [answer.page_id for answer in expected.answers]
        assert [href for _, href in hrefs] == [
            urljoin(site_url, page_location(target, lang, site.default_lang)) for target in targets
        ]
        assert [text for text, _ in hrefs] == [expected.question] + [answer.label for answer in expected.answers]

        run_query(page, "iPhone", root=language_root(site_url, lang))
        assert page.locator(FALLBACK).count() == 0, "the offer stays after a query that finds pages"
        assert not log.page_errors, log.page_errors
        assert_only_local(log)
    finally:
        page.context.close()
