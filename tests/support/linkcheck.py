"""Offline link checks over a built bilingual site. Each check returns a list of problems, empty when all is well.

A problem reads `page: link: reason`, e.g. `/about/x/: ../missing/: no such file: missing/`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.html_site import LinkKind, SitePage, locate, read_pages, resolve, url_path_of
from tests.support.site_config import SiteLayout

SITEMAP_NAMESPACES = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ALWAYS_PRESENT_FRAGMENTS = {"", "top"}  # "#" and "#top" scroll to the top without an element
HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


@dataclass(frozen=True, order=True)
class Problem:
    page: str
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link}: {self.reason}"


class BuiltSite:
    """A built site on disk plus its layout; pages are parsed once."""

    def __init__(self, root: Path, layout: SiteLayout) -> None:
        self.root = root
        self.layout = layout
        self.pages = read_pages(root)

    def content_pages(self) -> list[SitePage]:
        """Pages that need a twin, a switcher, a sitemap entry and a path from the start page (no 404 pages)."""
        return [page for page in self.pages.values() if not page.url_path.endswith("404.html")]

    def page_at(self, url_path: str) -> SitePage | None:
        file = locate(self.root, url_path)
        if file is None or file.suffix != ".html":
            return None
        return self.pages.get(url_path_of(file.relative_to(self.root).as_posix()))


def check_internal_links(site: BuiltSite) -> list[Problem]:
    """Every internal href/src resolves to a file inside the site."""
    problems = []
    for page in site.pages.values():
        for link in page.links:
            target = resolve(page.url_path, link.value, site.layout.site_url)
            if target.kind is LinkKind.OUTSIDE_SITE:
                problems.append(Problem(page.display, link.value, "points outside the site root"))
            elif target.kind is LinkKind.INTERNAL and locate(site.root, target.path) is None:
                problems.append(Problem(page.display, link.value, f"no such file: /{target.path}"))
    return problems


def check_fragments(site: BuiltSite) -> list[Problem]:
    """Every #fragment of an internal link names an id (or <a name>) in its target page."""
    problems = []
    for page in site.pages.values():
        for link in page.links:
            target = resolve(page.url_path, link.value, site.layout.site_url)
            if target.kind is not LinkKind.INTERNAL or target.fragment.lower() in ALWAYS_PRESENT_FRAGMENTS:
                continue
            target_page = site.page_at(target.path)
            if target_page is not None and target.fragment not in target_page.ids:
                reason = f"no element with id {target.fragment!r} in {target_page.display}"
                problems.append(Problem(page.display, link.value, reason))
    return problems


def check_language_switcher(site: BuiltSite) -> list[Problem]:
    """Every page's language switcher (Material's .md-select__link[hreflang]) points at its twin in each language."""
    problems = []
    layout = site.layout
    for page in site.content_pages():
        switcher = {str(a["hreflang"]): str(a.get("href", "")) for a in page.soup.select("a.md-select__link[hreflang]")}
        for locale in layout.locales:
            expected = layout.twin(page.url_path, locale)
            href = switcher.get(locale)
            if href is None:
                problems.append(Problem(page.display, f"switcher[{locale}]", "no language switcher link"))
                continue
            target = resolve(page.url_path, href, layout.site_url)
            if target.kind is not LinkKind.INTERNAL or target.path != expected:
                reason = f"language switcher for {locale} points at /{target.path} instead of /{expected}"
                problems.append(Problem(page.display, href, reason))
    return problems


def check_twins(site: BuiltSite) -> list[Problem]:
    """No page exists in one language only: /x/ and /en/x/ come in pairs."""
    problems = []
    layout = site.layout
    for page in site.content_pages():
        here = layout.locale_of(page.url_path)
        for locale in layout.locales:
            twin = layout.twin(page.url_path, locale)
            if locale != here and site.page_at(twin) is None:
                reason = f"twin page missing: exists in {here} only"
                problems.append(Problem(page.display, "/" + twin, reason))
    return problems


def check_reachability(site: BuiltSite) -> list[Problem]:
    """Every page can be reached by following <a href> links from the start pages (/ and /en/)."""
    starts = [site.page_at(path) for path in site.layout.start_pages]
    problems = [
        Problem("/" + path, "-", "start page missing")
        for path, page in zip(site.layout.start_pages, starts, strict=True)
        if page is None
    ]
    reached = {page.url_path for page in starts if page is not None}
    queue = deque(reached)
    while queue:
        page = site.pages[queue.popleft()]
        for link in page.links:
            if link.tag != "a":
                continue
            target = resolve(page.url_path, link.value, site.layout.site_url)
            target_page = site.page_at(target.path) if target.kind is LinkKind.INTERNAL else None
            if target_page is not None and target_page.url_path not in reached:
                reached.add(target_page.url_path)
                queue.append(target_page.url_path)
    start_list = " and ".join("/" + path for path in site.layout.start_pages)
    for page in site.content_pages():
        if page.url_path not in reached:
            problems.append(Problem(page.display, "-", f"not reachable by links from {start_list}"))
    return problems


def check_sitemap(site: BuiltSite) -> list[Problem]:
    """sitemap.xml lists every page, with absolute URLs under site_url, and nothing that does not exist."""
    sitemap = site.root / "sitemap.xml"
    if not sitemap.is_file():
        return [Problem("/sitemap.xml", "-", "sitemap.xml missing")]
    site_url = site.layout.site_url
    tree = ElementTree.parse(sitemap)
    locations = [(element.text or "").strip() for element in tree.iterfind("sm:url/sm:loc", SITEMAP_NAMESPACES)]
    alternates = [str(element.get("href", "")) for element in tree.iterfind("sm:url/xhtml:link", SITEMAP_NAMESPACES)]
    problems = []
    listed = set()
    for url in locations + alternates:
        if not url.startswith(site_url) or not urlsplit(url).netloc:
            problems.append(Problem("/sitemap.xml", url, f"not an absolute URL under {site_url}"))
            continue
        target = site.page_at(url[len(site_url) :].split("#")[0])
        if target is None:
            problems.append(Problem("/sitemap.xml", url, "lists a page that does not exist"))
        elif url in locations:
            listed.add(target.url_path)
    for page in site.content_pages():
        if page.url_path not in listed:
            problems.append(
                Problem(page.display, "/sitemap.xml", f"not listed in the sitemap as {site_url}{page.url_path}")
            )
    return problems


def external_url_problem(url: str) -> str | None:
    """Why an external URL is not a well-formed https:// URL, or None."""
    if any(character.isspace() for character in url) or "\\" in url:
        return "malformed URL: contains whitespace or a backslash"
    if url.startswith("//"):
        return "protocol-relative URL: write https://"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "http":
        return "insecure http:// link: use https://"
    if scheme != "https":
        return f"unsupported scheme {scheme}: (only https:// links leave the site)"
    if not url[len("https:") :].startswith("//"):
        return "malformed URL: https: must be followed by //"
    try:
        parts.port  # noqa: B018 - urlsplit checks the port lazily
    except ValueError:
        return "malformed URL: bad port"
    if not is_host_name(parts.hostname or ""):
        return f"malformed URL: {parts.hostname or '(empty)'!s} is not a host name"
    return None


def is_host_name(host: str) -> bool:
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.lower().rstrip(".").split(".")
    return len(labels) >= 2 and all(HOST_LABEL.match(label) for label in labels) and not labels[-1].isdigit()


def check_external_link_form(site: BuiltSite) -> list[Problem]:
    """External links are well-formed https:// URLs (checked offline, for form only)."""
    problems = []
    for page in site.pages.values():
        for link in page.links:
            if resolve(page.url_path, link.value, site.layout.site_url).kind is not LinkKind.EXTERNAL:
                continue
            reason = external_url_problem(link.value)
            if reason is not None:
                problems.append(Problem(page.display, link.value, reason))
    return problems


def external_links(site: BuiltSite) -> dict[str, list[str]]:
    """Every external URL of the site, with the pages that use it (for the opt-in online check)."""
    used_on: dict[str, list[str]] = {}
    for page in site.pages.values():
        for link in page.links:
            if resolve(page.url_path, link.value, site.layout.site_url).kind is LinkKind.EXTERNAL:
                used_on.setdefault(link.value, []).append(page.display)
    return used_on


ALL_CHECKS = (
    check_internal_links,
    check_fragments,
    check_language_switcher,
    check_twins,
    check_reachability,
    check_sitemap,
    check_external_link_form,
)


def check_site(root: Path, layout: SiteLayout) -> list[Problem]:
    """All checks at once, sorted by page."""
    site = BuiltSite(root, layout)
    return sorted(problem for check in ALL_CHECKS for problem in check(site))
