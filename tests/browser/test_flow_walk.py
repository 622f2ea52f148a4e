"""Click through the fixture site's decision flow from the start page to every outcome, with JavaScript on and off.

Every answer of every question a reader can reach is clicked; each click must land on the page the front matter
names, every reached question is walked on, and the walk ends on scenarios and procedures only. The real site's
flow is walked, every path of it and the situations' options and "if this did not work" included, by
test_journey_walk.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.flow_walk import click_through, expected_clicks, flow_graph
from tests.support.paths import REPO_ROOT, page_path

pytestmark = pytest.mark.browser

FLOW_OK = REPO_ROOT / "tests" / "fixtures" / "flow-ok"


def check_walk(browser: Browser, base_url: str, docs: Path, lang: str, javascript: bool) -> None:
    graph = flow_graph(docs, lang)
    # The start page asks the first question itself; the first question's own page is walked from as well.
    assert graph.first is not None
    clicks = click_through(browser, base_url, [page_path("index", lang), page_path(graph.first, lang)], javascript)
    assert clicks == expected_clicks(graph)
    kinds = {page_path(page_id, lang): graph.kind(page_id) for page_id in graph.nodes}
    ends = {landed for landed in clicks.values() if landed not in {path for path, _ in clicks}}
    assert ends and {kinds[end] for end in ends} <= {"scenario", "procedure"}
    reachable_outcomes = {
        page_path(edge.target, lang)
        for edge in graph.edges
        if edge.kind == "answer" and graph.kind(edge.target) in ("scenario", "procedure")
    }
    assert ends == reachable_outcomes


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fixture_flow_click_through(
    browser: Browser, fixture_site_url: Callable[[str], str], lang: str, javascript: bool
) -> None:
    check_walk(browser, fixture_site_url("flow-ok"), FLOW_OK / "docs", lang, javascript)
