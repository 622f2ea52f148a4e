"""Page weight: what a page transfers with gzip, from the URLs the browser actually requested.

The test server sends files uncompressed, so each requested file is looked up in the built site and
gzip-compressed here (level 6, the zlib default) when it is text; images and fonts count as they are.
The search index is excluded: it is data for the search dialog, not for reading the page.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from tests.support.html_site import locate

KB = 1000
# The first view: the HTML and the stylesheets in <head> that hold up the first paint (not media="print"), which a
# reader waits for before seeing anything. Budgets are what the site needs now plus a little room: a change that
# adds weight must raise them here, where it shows in review.
FIRST_VIEW_BUDGET = 49 * KB
FIRST_VIEW_MEDIAN = 40 * KB
PAGE_BUDGET = 120 * KB
FLOWCHART_BUDGET = 150 * KB
FLOWCHART_PAGES = frozenset({"flowchart/", "en/flowchart/"})
# The offline copy of one language (every page and the files they load), fetched once in the background after a
# first visit by the service worker: not page weight, a budget of its own (bench/weight.py reports it).
COPY_BUDGET = 750 * KB
EXCLUDED = frozenset({"search/search_index.json"})
COMPRESSED_SUFFIXES = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".map"})
NOT_FOUND_PAGE = "404.html"


@dataclass(frozen=True)
class Transfer:
    path: str  # URL path relative to the site root
    size: int  # bytes on the wire with gzip


@dataclass(frozen=True)
class PageWeight:
    page: str
    transfers: tuple[Transfer, ...]

    @property
    def total(self) -> int:
        return sum(transfer.size for transfer in self.transfers)

    @property
    def budget(self) -> int:
        return budget_for(self.page)

    def over_budget(self) -> str | None:
        """None within the budget, else a message naming the page, the budget and the biggest transfers."""
        if self.total <= self.budget:
            return None
        biggest = sorted(self.transfers, key=lambda transfer: -transfer.size)[:5]
        listing = ", ".join(f"/{transfer.path} {transfer.size / KB:.1f} KB" for transfer in biggest)
        return (
            f"/{self.page}: {self.total / KB:.1f} KB transferred with gzip, over its budget of "
            f"{self.budget // KB} KB ({self.budget} bytes); biggest: {listing}"
        )


def budget_for(page: str) -> int:
    return FLOWCHART_BUDGET if page in FLOWCHART_PAGES else PAGE_BUDGET


@lru_cache(maxsize=512)
def transferred_size(file: Path) -> int:
    data = file.read_bytes()
    if file.suffix.lower() in COMPRESSED_SUFFIXES:
        return len(gzip.compress(data, compresslevel=6, mtime=0))
    return len(data)


def site_path(url: str, base_url: str) -> str | None:
    """The path of `url` relative to the site root, or None when it is not a request to the site."""
    if not url.startswith(base_url):
        return None
    return unquote(urlsplit(url[len(base_url) :]).path)


def page_weight(site_dir: Path, base_url: str, page: str, requested: list[str]) -> PageWeight:
    """Sum what `page` transferred: each distinct URL once (the browser caches), the search index excluded."""
    transfers: dict[str, Transfer] = {}
    for url in requested:
        path = site_path(url, base_url)
        if path is None or path in EXCLUDED or path in transfers:
            continue
        file = locate(site_dir, path) or site_dir / NOT_FOUND_PAGE  # a missing file is answered with 404.html
        if file.is_file():
            transfers[path] = Transfer(path, transferred_size(file))
    return PageWeight(page, tuple(transfers.values()))


def copy_weight(site_dir: Path, paths: list[str]) -> int:
    """What fetching these URL paths of the offline copy transfers with gzip (a page's path is its folder)."""
    files = [locate(site_dir, path) for path in paths]
    missing = [path for path, file in zip(paths, files, strict=True) if file is None]
    assert not missing, f"not in the built site: {missing}"
    return sum(transferred_size(file) for file in files if file is not None)


_HEAD = re.compile(r"<head\b.*?</head>", re.S | re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def blocking_stylesheets(html: str, page: str) -> list[str]:
    """The site paths of the stylesheets a page's <head> links that hold up the first paint."""
    head = _HEAD.search(html)
    found = []
    for tag in _LINK.findall(head.group(0) if head else ""):
        attributes = {match[0].lower(): match[1] or match[2] or match[3] for match in _ATTRIBUTE.findall(tag)}
        if "stylesheet" not in attributes.get("rel", "").lower().split():
            continue
        if attributes.get("media", "all").strip().lower() == "print":
            continue
        found.append(unquote(urlsplit(urljoin("/" + page, attributes.get("href", ""))).path).lstrip("/"))
    return found


def first_view(site_dir: Path, page: str) -> PageWeight:
    """What a reader waits for before the first paint: the page's HTML and its blocking stylesheets, with gzip."""
    file = locate(site_dir, page) or site_dir / page
    transfers = [Transfer(page, transferred_size(file))]
    for path in blocking_stylesheets(file.read_text(encoding="utf-8"), page):
        sheet = locate(site_dir, path)
        assert sheet is not None, f"/{page} links {path}, which is not in the built site"
        transfers.append(Transfer(path, transferred_size(sheet)))
    return PageWeight(page, tuple(transfers))
