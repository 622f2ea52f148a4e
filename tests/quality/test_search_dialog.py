"""axe on the search dialog with results shown (the helper's way in), both languages, both colour schemes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.quality.axe import run_axe, run_axe_dark
from tests.support.browser import assert_only_local, open_page

pytestmark = pytest.mark.browser

QUERIES = {"": "確認コード", "en/": "recovery"}


@pytest.mark.parametrize("start", sorted(QUERIES))
def test_search_results_have_no_axe_violations(browser: Browser, site_url: str, start: str) -> None:
    page, log = open_page(browser, site_url + start, bypass_csp=True)  # axe is injected inline
    try:
        page.focus(".md-search__input")
        page.keyboard.insert_text(QUERIES[start])
        page.keyboard.press("End")
        page.wait_for_selector(".md-search-result__item mark", timeout=15_000)
        violations = run_axe(page) + run_axe_dark(page)
    finally:
        page.context.close()
    assert not violations, "axe on the search results:\n" + "\n".join(violation.describe() for violation in violations)
    assert_only_local(log)
