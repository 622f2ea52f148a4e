"""The flowchart in Chromium: every node link resolves, links are focusable and named, colours follow the theme,
nothing is requested from another host, and the page stays within its weight budget."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest
from playwright.sync_api import Browser, Page

from tests.support.browser import PageLog, assert_no_errors, assert_only_local, open_page

pytestmark = pytest.mark.browser

OpenSitePage = Callable[..., tuple[Page, PageLog]]
FLOWCHART_PAGES = ["flowchart/", "en/flowchart/"]
NODE_LINKS = "svg.guide-flow a[href]"
BUDGET_BYTES = 150_000


def status_of(url: str) -> int:
    try:
        with urlopen(url, timeout=10) as response:  # noqa: S310 - a local test server
            return response.status
    except HTTPError as error:
        return error.code


@pytest.mark.parametrize("path", FLOWCHART_PAGES)
def test_every_node_link_resolves(open_site_page: OpenSitePage, path: str) -> None:
    page, _ = open_site_page(path)
    hrefs = page.locator(NODE_LINKS).evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(hrefs) >= 20  # the start page and every question, scenario and procedure
    failures = []
    for href in hrefs:
        url = urljoin(page.url, href)
        language_ok = urlsplit(url).path.startswith("/en/") == path.startswith("en/")
        if status_of(url) != 200 or not language_ok:
            failures.append(f"{href} -> {url}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("path", FLOWCHART_PAGES)
def test_flowchart_requests_nothing_from_other_hosts(open_site_page: OpenSitePage, path: str) -> None:
    _, log = open_site_page(path)
    assert_only_local(log)
    assert_no_errors(log)


@pytest.mark.parametrize("path", FLOWCHART_PAGES)
def test_node_links_are_named_and_reachable_by_keyboard(open_site_page: OpenSitePage, path: str) -> None:
    page, _ = open_site_page(path)
    chart = page.locator("svg.guide-flow")
    links = chart.get_by_role("link")
    names = page.locator(NODE_LINKS).evaluate_all("links => links.map(a => a.querySelector('title').textContent)")
    assert links.count() == page.locator(NODE_LINKS).count() and all(names)
    assert chart.get_by_role("link", name=names[1], exact=True).count() == 1  # the first question, by its name
    hrefs = page.locator(NODE_LINKS).evaluate_all("links => links.map(a => a.getAttribute('href'))")
    page.locator(NODE_LINKS).first.focus()
    focused = []
    for _ in hrefs:
        focused.append(page.evaluate("document.activeElement.getAttribute('href')"))
        page.keyboard.press("Tab")
    assert focused == hrefs


def node_colours(page: Page) -> dict[str, str]:
    return page.evaluate(
        """() => {
          const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
          return {
            scheme: document.body.getAttribute('data-md-color-scheme') || '',
            text: style('.guide-flow__node--question text', 'fill'),
            box: style('.guide-flow__node--question rect', 'fill'),
            edge: style('.guide-flow__edge path', 'stroke'),
          };
        }"""
    )


def test_colours_follow_light_dark_and_print(browser: Browser, site_url: str) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(site_url + "flowchart/", wait_until="networkidle")
        colours[scheme] = node_colours(page)
        if scheme == "light":
            page.emulate_media(media="print")
            colours["print"] = node_colours(page)
        context.close()
    assert colours["light"]["scheme"] == "default" and colours["dark"]["scheme"] == "slate"
    assert colours["light"]["text"] != colours["dark"]["text"]
    assert colours["light"]["box"] != colours["dark"]["box"]
    assert colours["print"]["text"] == "rgb(0, 0, 0)" and colours["print"]["box"] == "rgb(255, 255, 255)"
    for scheme in ("light", "dark", "print"):  # no colour left over from dot
        assert colours[scheme]["edge"] not in ("none", "rgb(0, 0, 0)") or scheme == "print"


def transferred_bytes(site_dir: Path, base_url: str, requested: list[str]) -> dict[str, int]:
    """Each local file the page requested, gzip-compressed (level 6) as a web server would send it."""
    sizes = {}
    for url in requested:
        if not url.startswith(base_url):
            continue
        path = urlsplit(url).path.removeprefix(urlsplit(base_url).path)
        file = site_dir / path
        file = file / "index.html" if path.endswith("/") or not path else file
        if file.is_file() and path not in sizes:
            sizes[path] = len(gzip.compress(file.read_bytes(), compresslevel=6, mtime=0))
    return sizes


@pytest.mark.parametrize("path", FLOWCHART_PAGES)
def test_flowchart_page_weight_with_everything_it_loads(
    browser: Browser, built_site: Path, site_url: str, path: str
) -> None:
    """At most 150 KB with gzip: HTML with the inline SVG, CSS, JavaScript, images and the search index."""
    page, log = open_page(browser, site_url + path)
    page.context.close()
    sizes = transferred_bytes(built_site, site_url, log.requests)
    assert path in sizes and any(name.endswith(".css") for name in sizes)
    total = sum(sizes.values())
    listing = ", ".join(f"{name} {size}" for name, size in sorted(sizes.items(), key=lambda item: -item[1]))
    assert total <= BUDGET_BYTES, f"/{path}: {total} bytes with gzip, over {BUDGET_BYTES}: {listing}"
