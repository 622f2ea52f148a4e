"""A page does not grow with the site (hooks/nav_hook.py lists a long menu section in part), and no page is lost:
every page is reached by links from its language's start page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from guide.flow.menu import SECTION_LIMIT

from tests.support.build import build_site
from tests.support.html_site import LinkKind, SitePage, read_pages, resolve
from tests.support.paths import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py: the real docs with copies of every procedure)

SITE_URL = "https://recovery-guide.github.io/"
GROWTH = 1.3  # the most an average page may grow from the real site to a corpus of 2x the procedures
START_PAGES = {"": "ja", "en/": "en"}


def reached_from(pages: dict[str, SitePage], start: str) -> set[str]:
    reached, todo = {start}, [start]
    while todo:
        page = pages[todo.pop()]
        for tag in page.soup.select("a[href]"):
            link = resolve(page.url_path, tag["href"], SITE_URL)
            if link.kind is LinkKind.INTERNAL and link.path in pages and link.path not in reached:
                reached.add(link.path)
                todo.append(link.path)
    return reached


def assert_every_page_reached(pages: dict[str, SitePage]) -> None:
    for start in START_PAGES:
        reached = reached_from(pages, start)
        same_language = {path for path in pages if path.startswith("en/") == (start == "en/")}
        lost = sorted(same_language - reached - {"404.html"})
        assert not lost, f"not reached from /{start}: {lost}"


def average_html(site: Path) -> float:
    files = list(site.rglob("*.html"))
    return sum(file.stat().st_size for file in files) / len(files)


def test_every_page_of_the_real_site_is_reached_from_the_start_page(built_site: Path) -> None:
    assert_every_page_reached(read_pages(built_site))


@pytest.fixture(scope="module")
def doubled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("doubled")
    result = build_site(corpus.make_corpus(root, 2), root / "site")
    assert result.ok, result.output
    return result.site_dir


def test_twice_the_procedures_keep_the_pages_as_they_were(built_site: Path, doubled: Path) -> None:
    pages = read_pages(doubled)
    assert len(pages) > len(read_pages(built_site)) * 1.2
    assert_every_page_reached(pages)
    for path, page in pages.items():
        for section in page.soup.select("nav.md-nav--primary > ul > li.md-nav__item--section"):
            entries = section.select(":scope > nav > ul > li")
            assert len(entries) <= SECTION_LIMIT, f"/{path}: a menu section lists {len(entries)} pages"
    assert average_html(doubled) <= GROWTH * average_html(built_site)
