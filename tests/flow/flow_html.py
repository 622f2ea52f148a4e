"""Read the decision flow back from built HTML: answer links, the way back, the flowchart's node links."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from tests.support.paths import page_path

__all__ = ["answer_targets", "back_target", "flowchart_targets", "page_path", "read_page", "resolve"]

SITE_ROOT = "http://site.invalid/"


def read_page(site_dir: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def resolve(path: str, href: str) -> str:
    """An href on page `path`, as a URL path relative to the site root."""
    return urljoin(SITE_ROOT + path, href).removeprefix(SITE_ROOT)


def answer_targets(site_dir: Path, path: str) -> list[str]:
    soup = read_page(site_dir, path)
    return [resolve(path, str(a["href"])) for a in soup.select("nav.guide-answers a.guide-answer")]


def back_target(site_dir: Path, path: str) -> str:
    [back] = read_page(site_dir, path).select("a.guide-back")
    return resolve(path, str(back["href"]))


def flowchart_targets(site_dir: Path, path: str) -> list[str]:
    soup = read_page(site_dir, path)
    return [resolve(path, str(a["href"])) for a in soup.select("svg.guide-flow a[href]")]
