"""One visit per built page collects everything the browser checks need: requests, console errors, axe results.

Visiting each page once and checking several things on it keeps the suite fast on a 2-core machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser

from tests.quality.axe import AxeViolation, run_axe, run_axe_dark
from tests.support.browser import PageLog, open_page
from tests.support.html_site import url_path_of


@dataclass(frozen=True)
class PageVisit:
    page: str  # URL path relative to the site root: "", "en/", "procedures/x/", "404.html"
    log: PageLog
    violations: tuple[AxeViolation, ...]  # default (light) scheme, every rule
    dark_violations: tuple[AxeViolation, ...]  # dark (slate) scheme, colour contrast only


def built_pages(site_dir: Path) -> list[str]:
    """Every HTML page of a built site as a URL path, both languages, the 404 page included."""
    return sorted(url_path_of(file.relative_to(site_dir).as_posix()) for file in site_dir.rglob("*.html"))


def visit_pages(browser: Browser, base_url: str, page_paths: list[str], at_once: int = 3) -> list[PageVisit]:
    """Open each page with JavaScript on, wait for the network to settle, then run axe in both colour schemes.

    `at_once` pages load side by side, so the waits for the network to settle overlap (a third faster on two
    cores); each page still gets its own browser context and request log."""
    visits = []
    for start in range(0, len(page_paths), at_once):
        opened = [  # axe is injected as an inline script: the pages' policy is checked in tests/security
            (path, *open_page(browser, base_url + path, wait_until="commit", bypass_csp=True))
            for path in page_paths[start:][:at_once]
        ]
        for path, page, log in opened:
            try:
                page.wait_for_load_state("networkidle")
                visits.append(PageVisit(path, log, tuple(run_axe(page)), tuple(run_axe_dark(page))))
            finally:
                page.context.close()
    return visits
