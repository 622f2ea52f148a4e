"""What the offline copy of the guide holds, read from a built site: the pages of each language and the files they
load, and a version that changes whenever any of them changes.

The pages are every page of the site model in that language (the start page first: the service worker looks for it
to know which languages a reader kept); the files are the stylesheets, scripts and images those pages load from the
site itself. Everything is a URL path relative to the site root, as the service worker resolves it against its own
folder. The version is a hash of every one of those paths and files' bytes: a new build that changes any page or
file has a new version, and the service worker of that build replaces the old copy.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin, urlsplit

from ..links import page_location
from ..model.site import Site

START_PAGE_ID = "index"
VERSION_LENGTH = 16  # hex digits of the SHA-256


class OfflineCopyError(Exception):
    """The built site lacks a file the offline copy needs (the message names it)."""


@dataclass(frozen=True)
class OfflineCopy:
    version: str
    files: tuple[str, ...]  # what the pages load, shared by every language
    pages: dict[str, tuple[str, ...]]  # language -> the pages' URL paths, the start page first

    def as_data(self) -> dict[str, object]:
        return {
            "version": self.version,
            "files": list(self.files),
            "pages": {k: list(v) for k, v in self.pages.items()},
        }


# The tags that can load a file, quoted attribute values and all: only these are parsed, not the whole page (every
# page holds the whole menu, so parsing whole pages grew with the square of the number of pages).
_LOADING_TAG = re.compile(r"""<(?:link|script|img)\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)


class _Loads(HTMLParser):
    """The addresses a page loads as it opens: stylesheets, icons, scripts and images."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        rel = (found.get("rel") or "").lower().split()
        if tag == "link" and ("stylesheet" in rel or "icon" in rel):
            self._add(found.get("href"))
        elif tag in ("script", "img"):
            self._add(found.get("src"))

    def _add(self, address: str | None) -> None:
        if address:
            self.addresses.append(address)


def _site_path(page_path: str, address: str) -> str | None:
    """An address as a path under the site root, seen from the page at ``page_path``; None for other hosts and
    for ``data:`` and similar URLs."""
    parts = urlsplit(address)
    if parts.scheme or parts.netloc:
        return None
    resolved = urlsplit(urljoin("/" + page_path, address)).path
    path = normpath(resolved).lstrip("/")
    return None if path.startswith("..") or path in ("", ".") else path


def _page_file(site_dir: Path, page_path: str) -> Path:
    return site_dir / page_path / "index.html"


def page_paths(site: Site, lang: str) -> tuple[str, ...]:
    """The URL paths of every page of the site model in ``lang``, the start page first."""
    ids = sorted(record.page_id for record in site.in_language(lang))
    ids.sort(key=lambda page_id: page_id != START_PAGE_ID)
    return tuple(page_location(page_id, lang, site.default_lang) for page_id in ids)


def offline_copy(site: Site, site_dir: Path) -> OfflineCopy:
    """The offline copy of the site built into ``site_dir`` from ``site``. Raises OfflineCopyError naming a page or
    file the build did not write."""
    pages = {lang: page_paths(site, lang) for lang in site.languages}
    files: dict[str, None] = {}
    for page_path in (path for paths in pages.values() for path in paths):
        page_file = _page_file(site_dir, page_path)
        if not page_file.is_file():
            raise OfflineCopyError(f"/{page_path} was not built ({page_file} is missing)")
        loads = _Loads()
        for tag in _LOADING_TAG.findall(page_file.read_text(encoding="utf-8")):
            loads.feed(tag)
            loads.reset()  # after a lone <script> tag the parser would read what follows as the script's text
        for address in loads.addresses:
            path = _site_path(page_path, address)
            if path is None:
                continue
            if not (site_dir / path).is_file():
                raise OfflineCopyError(f"/{page_path} loads {address}, which is not in the built site")
            files[path] = None
    digest = hashlib.sha256()
    for path in sorted(files) + sorted(path for paths in pages.values() for path in paths):
        file = site_dir / path if path in files else _page_file(site_dir, path)
        digest.update(path.encode("utf-8") + b"\0" + file.read_bytes() + b"\0")
    return OfflineCopy(digest.hexdigest()[:VERSION_LENGTH], tuple(sorted(files)), pages)
