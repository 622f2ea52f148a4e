"""Click through the decision flow from the start page to every outcome, with JavaScript on and off.

Every answer of every question a reader can reach is clicked; each click must land on the page the front matter
names, every reached question is walked on, and the walk ends on scenarios and procedures only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.flow_walk import click_through, expected_clicks, flow_graph
from tests.flow.flow_html import page_path
from tests.support.build import build_site
from tests.support.serve import serve_dir

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
FLOW_OK = REPO / "tests" / "fixtures" / "flow-ok"


@pytest.fixture(scope="module")
def fixture_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result = build_site(FLOW_OK / "mkdocs.yml", tmp_path_factory.mktemp("flow-ok") / "site")
    assert result.ok, result.output
    with serve_dir(result.site_dir) as url:
        yield url


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
def test_real_flow_click_through(browser: Browser, site_url: str, lang: str, javascript: bool) -> None:
    check_walk(browser, site_url, REPO / "docs", lang, javascript)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fixture_flow_click_through(browser: Browser, fixture_site_url: str, lang: str, javascript: bool) -> None:
    check_walk(browser, fixture_site_url, FLOW_OK / "docs", lang, javascript)
