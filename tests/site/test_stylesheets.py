"""Our stylesheets reach every page as one bundle for the screen and one for print (hooks/stylesheet_hook.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from tests.support.build import BuildResult
from tests.support.html_site import read_pages

MATERIAL = re.compile(r"assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css$")
SCREEN = "assets/stylesheets/guide.css"
PRINT = "assets/stylesheets/guide-print.css"


def sources(repo_root: Path) -> list[str]:
    """mkdocs.yml's extra_css (read as text: the file has tags yaml.safe_load refuses)."""
    config = (repo_root / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"^extra_css:\n((?:  - .*\n)+)", config, re.M)
    assert block is not None, "mkdocs.yml lists no extra_css"
    return [yaml.safe_load(line.split("#")[0].strip()[1:]) for line in block.group(1).splitlines()]


def test_every_page_links_one_stylesheet_of_ours_and_the_print_one_without_waiting(built_site: Path) -> None:
    pages = read_pages(built_site)
    assert len(pages) > 40
    for path, page in pages.items():
        links = page.soup.head.select('link[rel="stylesheet"]')
        ours = [link for link in links if not MATERIAL.search(link["href"])]
        blocking = [link["href"] for link in ours if link.get("media", "all") != "print"]
        printed = [link["href"] for link in ours if link.get("media") == "print"]
        assert [href.rsplit("../", 1)[-1].lstrip("/") for href in blocking] == [SCREEN], f"/{path}: {blocking}"
        assert [href.rsplit("../", 1)[-1].lstrip("/") for href in printed] == [PRINT], f"/{path}: {printed}"


def test_the_bundle_holds_every_source_and_the_sources_are_not_copied(repo_root: Path, built_site: Path) -> None:
    screen = (built_site / SCREEN).read_text(encoding="utf-8")
    printed = (built_site / PRINT).read_text(encoding="utf-8")
    names = sources(repo_root)
    assert len(names) >= 7
    for name in names:
        assert not (built_site / name).exists(), f"{name} is copied into the site beside the bundle"
        text = (repo_root / "docs" / name).read_text(encoding="utf-8")
        # Each source's class names (outside comments) are in the bundle, on screen or in print.
        classes = set(re.findall(r"\.(guide-[\w-]+|md-[\w-]+)", re.sub(r"/\*.*?\*/", "", text, flags=re.S)))
        missing = sorted(name for name in classes if name not in screen and name not in printed)
        assert classes and not missing, f"{name}: not in the bundle: {missing}"
    assert "@page" in printed and "@media print" not in screen and "/*" not in screen


def test_a_broken_source_stops_the_build_with_its_name(
    repo_copy: Path, build_fixture_site: Callable[[Path], BuildResult]
) -> None:
    css = repo_copy / "docs" / "assets" / "stylesheets" / "flow.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.guide-broken { color: red;\n", encoding="utf-8")
    result = build_fixture_site(repo_copy / "mkdocs.yml")
    assert not result.ok
    assert "stylesheets: assets/stylesheets/flow.css: a block is not closed: '.guide-broken{color: red;" in (
        result.output
    )
    assert "Traceback" not in result.output
