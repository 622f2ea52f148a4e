"""A built site read back from disk: its pages, their ids and links, and how a link resolves to a file."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

LINK_ATTRIBUTES = ("href", "src", "xlink:href", "poster")
NOT_CHECKED_SCHEMES = {"mailto", "tel", "data"}
ROOT_SENTINEL = "http://site.invalid/__root__/"


@dataclass(frozen=True)
class Link:
    tag: str
    attribute: str
    value: str


@dataclass
class SitePage:
    """One HTML file: `url_path` is relative to the site root ("" for /, "about/x/" for /about/x/)."""

    url_path: str
    file: Path
    soup: BeautifulSoup = field(repr=False)
    ids: set[str]
    links: list[Link]

    @property
    def display(self) -> str:
        return "/" + self.url_path


class LinkKind(enum.Enum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    NOT_CHECKED = "not checked"
    OUTSIDE_SITE = "outside the site"


@dataclass(frozen=True)
class ResolvedLink:
    kind: LinkKind
    path: str = ""  # INTERNAL: URL path relative to the site root, percent-decoded
    fragment: str = ""  # percent-decoded, without "#"


def url_path_of(relative_file: str) -> str:
    """ "about/x/index.html" -> "about/x/", "index.html" -> "", "404.html" -> "404.html"."""
    if relative_file == "index.html":
        return ""
    if relative_file.endswith("/index.html"):
        return relative_file.removesuffix("index.html")
    return relative_file


def links_of(soup: BeautifulSoup) -> list[Link]:
    links: list[Link] = []
    for element in soup.find_all(True):
        for attribute in LINK_ATTRIBUTES:
            value = element.get(attribute)
            if isinstance(value, str):
                links.append(Link(element.name, attribute, value.strip()))
        srcset = element.get("srcset")
        if isinstance(srcset, str):
            for candidate in srcset.split(","):
                if candidate.strip():
                    links.append(Link(element.name, "srcset", candidate.split()[0]))
    return links


def ids_of(soup: BeautifulSoup) -> set[str]:
    ids = {str(element["id"]) for element in soup.find_all(id=True)}
    ids.update(str(anchor["name"]) for anchor in soup.find_all("a", attrs={"name": True}))
    return ids


def read_page(root: Path, file: Path) -> SitePage:
    soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
    return SitePage(
        url_path=url_path_of(file.relative_to(root).as_posix()),
        file=file,
        soup=soup,
        ids=ids_of(soup),
        links=links_of(soup),
    )


def read_pages(root: Path) -> dict[str, SitePage]:
    """Every .html file under `root`, keyed by URL path."""
    pages = [read_page(root, file) for file in sorted(root.rglob("*.html"))]
    return {page.url_path: page for page in pages}


def resolve(page_url_path: str, value: str, site_url: str) -> ResolvedLink:
    """Where a link written on a page points: a path inside the site, an external URL, or out of scope."""
    parts = urlsplit(value)
    fragment = unquote(parts.fragment)
    if parts.scheme.lower() in NOT_CHECKED_SCHEMES:
        return ResolvedLink(LinkKind.NOT_CHECKED)
    if value == site_url.rstrip("/") or value.startswith(site_url):
        return _inside(value[len(site_url) :] if value.startswith(site_url) else "", fragment)
    if parts.scheme or value.startswith("//"):
        return ResolvedLink(LinkKind.EXTERNAL)
    if parts.path.startswith("/"):
        site_path = urlsplit(site_url).path or "/"
        if not parts.path.startswith(site_path):
            return ResolvedLink(LinkKind.OUTSIDE_SITE, fragment=fragment)
        return _inside(value[len(site_path) :], fragment)
    joined = urlsplit(urljoin(ROOT_SENTINEL + page_url_path, value))
    return _from_sentinel(joined.path, fragment)


def _inside(relative_to_root: str, fragment: str) -> ResolvedLink:
    joined = urlsplit(urljoin(ROOT_SENTINEL, relative_to_root))
    return _from_sentinel(joined.path, fragment)


def _from_sentinel(joined_path: str, fragment: str) -> ResolvedLink:
    sentinel_path = urlsplit(ROOT_SENTINEL).path
    if not joined_path.startswith(sentinel_path):
        return ResolvedLink(LinkKind.OUTSIDE_SITE, fragment=fragment)
    return ResolvedLink(LinkKind.INTERNAL, path=unquote(joined_path[len(sentinel_path) :]), fragment=fragment)


def locate(root: Path, url_path: str) -> Path | None:
    """The file a server would send for `url_path` (a folder gets its index.html), or None."""
    candidate = root / url_path
    if url_path == "" or url_path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None
