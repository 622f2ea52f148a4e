"""A script for one kind of content loads exactly on the pages that hold that content (overrides/main.html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.html_site import read_pages

SCRIPTS = {  # script -> a CSS selector for the markup it works on
    "steps.js": ".guide-steps, [data-guide-print]",
    "fallbacks.js": "[data-guide-fallbacks]",
    "flowchart.js": "[data-guide-flowchart]",
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_content_script_loads_where_its_content_is_and_nowhere_else(built_site: Path, script: str) -> None:
    pages = read_pages(built_site)
    holding, loading = set(), set()
    for path, page in pages.items():
        if page.soup.select_one(SCRIPTS[script]) is not None:
            holding.add(path)
        if any(tag["src"].endswith("javascripts/" + script) for tag in page.soup.select("script[src]")):
            loading.add(path)
    assert len(holding) >= 2  # both languages
    assert loading == holding
