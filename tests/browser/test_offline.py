"""The offline copy in Chromium on a phone (docs/assets/javascripts/offline.js and the service worker that
hooks/offline_hook.py writes): after one visit online, a reader walks from the start page to a procedure and opens
its step sheet with the network gone, in each language, and the quiet line says the guide is saved; a new build's
pages replace the old ones on the next online visit.

"Gone" is both: the site's server is stopped and the browser is in playwright's offline mode, so every page and file
of the walk can only come from the copy."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from guide.flow.graph import build_flow_graph
from guide.flow.rules import flow_errors
from guide.model.site import Site, load_site
from guide.offline.copy import offline_copy
from guide.offline.worker import WORKER_FILE, write_worker
from playwright.sync_api import Browser, BrowserContext, Page

from tests.browser.journey_walk import flow_paths, journey_steps
from tests.support.browser import open_page
from tests.support.paths import DOCS_DIR, page_path
from tests.support.serve import serve_dir

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
PROCEDURE = "procedures/request-account-recovery-web"
KEPT = "[data-guide-offline][data-state='{state}']"
# Marks the content link to a URL path (resolved against the page), so that the walk can click it.
MARK_LINK = """(target) => {
  const links = [...document.querySelectorAll("article a[href]")].filter((link) => link.offsetParent !== null);
  const link = links.find((link) => new URL(link.href).pathname === target && !new URL(link.href).hash);
  if (!link) return false;
  link.setAttribute("data-test-next", "");
  return true;
}"""
CACHES = "async () => (await caches.keys())"
# Resolves once the page's origin has exactly these caches (evaluate awaits the promise; wait_for_function would not).
CACHES_BECOME = """async (expected) => {
  for (;;) {
    if ((await caches.keys()).join() === expected.join()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}"""


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS_DIR, today=date.today(), checks=(flow_errors,))[0]


def journey_to(site: Site, lang: str, target: str) -> list[str]:
    """The URL paths of the shortest way from the start page to ``target`` through the flow."""
    graph = build_flow_graph(site, lang)
    assert graph.start is not None
    paths = [path for path in flow_paths(journey_steps(graph), graph.start.page_id) if target in path]
    assert paths, f"no way from the start page to {target}"
    shortest = min(paths, key=lambda path: path.index(target))
    return [page_path(page_id, lang) for page_id in shortest[: shortest.index(target) + 1]]


def phone_context(browser: Browser) -> BrowserContext:
    return browser.new_context(viewport=PHONE)


def status_text(page: Page) -> str:
    return page.inner_text("[data-guide-offline] [data-guide-offline-text]").strip()


def follow_link(page: Page, base_url: str, path: str) -> None:
    target = "/" + path
    assert page.evaluate(MARK_LINK, target), f"no link to {target} on {page.url}"
    with page.expect_navigation(wait_until="load"):
        page.click("[data-test-next]")
    assert page.url == base_url + path


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_after_one_visit_a_reader_walks_to_a_procedure_and_its_sheet_offline(
    browser: Browser, built_site: Path, site: Site, lang: str
) -> None:
    walk = journey_to(site, lang, PROCEDURE)
    assert len(walk) >= 3, walk
    context = phone_context(browser)
    try:
        with serve_dir(built_site) as url:
            page = context.new_page()
            page.goto(url + walk[0], wait_until="load")
            page.wait_for_selector(KEPT.format(state="saved"), timeout=30_000)
            assert status_text(page) == page.get_attribute("[data-guide-offline]", "data-saved")
        context.set_offline(True)  # and the server is stopped
        for path in walk[1:]:
            follow_link(page, url, path)
            assert page.locator("article h1").count() == 1
        page.wait_for_selector(KEPT.format(state="offline"), timeout=10_000)
        assert status_text(page) == page.get_attribute("[data-guide-offline]", "data-offline")
        assert page.locator("button[data-guide-offline-remove]").is_visible()
        page.emulate_media(media="print")
        sheet = page.locator(".guide-sheet")
        assert sheet.is_visible()
        assert page.locator("article h1").inner_text().strip() in sheet.inner_text()
        assert not page.locator(".md-header").is_visible()
    finally:
        context.close()


def test_the_copy_holds_this_sites_pages_and_files_of_the_language_read(
    browser: Browser, built_site: Path, site: Site, site_url: str
) -> None:
    copy = offline_copy(site, built_site)
    context = phone_context(browser)
    try:
        page = context.new_page()
        page.goto(site_url + "en/", wait_until="load")
        page.wait_for_selector(KEPT.format(state="saved"), timeout=30_000)
        assert page.evaluate(CACHES) == [f"guide-offline-{copy.version}"]
        kept = page.evaluate(
            "async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)",
            f"guide-offline-{copy.version}",
        )
        assert sorted(kept) == sorted(site_url + path for path in (*copy.files, *copy.pages["en"]))
    finally:
        context.close()


def test_a_new_build_replaces_the_copy_on_the_next_online_visit(
    browser: Browser, built_site: Path, site: Site, tmp_path: Path
) -> None:
    new_build = tmp_path / "new-build"
    shutil.copytree(built_site, new_build)
    changed = new_build / page_path(PROCEDURE, "ja") / "index.html"
    html = changed.read_text(encoding="utf-8")
    changed.write_text(html.replace("</h1>", " (new build)</h1>", 1), encoding="utf-8")
    old, new = offline_copy(site, built_site).version, write_worker(site, new_build).version
    assert old != new
    later = time.time() + 60  # deployed later: the server's Last-Modified (whole seconds) tells the files apart
    for file in (changed, new_build / WORKER_FILE):
        os.utime(file, (later, later))
    served = tmp_path / "served"
    served.symlink_to(built_site)
    context = phone_context(browser)
    try:
        with serve_dir(served) as url:
            page = context.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_selector(KEPT.format(state="saved"), timeout=30_000)
            assert page.evaluate(CACHES) == [f"guide-offline-{old}"]
            served.unlink()
            served.symlink_to(new_build)  # the new build is deployed
            page.goto(url + "check/situation/", wait_until="load")  # the next online visit
            page.evaluate(CACHES_BECOME, [f"guide-offline-{new}"])
        context.set_offline(True)
        page.goto(url + page_path(PROCEDURE, "ja"), wait_until="load")
        assert page.locator("article h1").inner_text().endswith("(new build)")
    finally:
        context.close()


def test_the_copy_is_fetched_by_the_worker_not_counted_as_the_pages_own(
    browser: Browser, built_site: Path, site: Site, site_url: str
) -> None:
    """Page weight counts the page's own requests (tests/quality); the copy's background download is the worker's."""
    copy = offline_copy(site, built_site)
    page, log = open_page(browser, site_url + "en/", viewport=PHONE)
    try:
        page.wait_for_selector(KEPT.format(state="saved"), timeout=30_000)
        own = {url.removeprefix(site_url) for url in log.requests}
        fetched = {url.removeprefix(site_url) for url in log.worker_requests}
        assert "en/" in own and WORKER_FILE not in own and "en/flowchart/" not in own
        assert {WORKER_FILE, "en/flowchart/", *copy.pages["en"]} <= fetched
    finally:
        page.context.close()
