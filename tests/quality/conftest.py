"""Fixtures of the quality checks: every built page visited once in Chromium, shared by the checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.quality.tools import ToolMissingError
from tests.quality.visit import PageVisit, built_pages, visit_pages


@pytest.fixture(scope="session")
def site_pages(built_site: Path) -> list[str]:
    pages = built_pages(built_site)
    assert "" in pages and "en/" in pages, f"the built site has no start page in both languages: {pages}"
    return pages


@pytest.fixture(scope="session")
def page_visits(browser: Browser, site_url: str, site_pages: list[str]) -> dict[str, PageVisit]:
    """Every page of the real site, visited once: its requests, console errors and axe violations."""
    try:
        return {visit.page: visit for visit in visit_pages(browser, site_url, site_pages)}
    except ToolMissingError as error:
        pytest.fail(str(error), pytrace=False)
