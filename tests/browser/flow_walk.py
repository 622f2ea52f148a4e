"""Walk the decision flow in Chromium by clicking answer links, the way a reader does."""

from __future__ import annotations

from collections import deque
from datetime import date
from pathlib import Path

from guide.flow.graph import FlowGraph, build_flow_graph
from guide.model.site import load_site
from playwright.sync_api import Browser

from tests.support.browser import block_non_local
from tests.support.paths import page_path

ANSWER = "nav.guide-answers[aria-labelledby='guide-question'] a.guide-answer"  # a question's, not a situation's


def flow_graph(docs: Path, lang: str) -> FlowGraph:
    site, _ = load_site(docs, today=date.today())
    return build_flow_graph(site, lang)


def expected_clicks(graph: FlowGraph) -> dict[tuple[str, int], str]:
    """(page path, answer index) -> the page path the click must land on, for the start page and every question
    a reader reaches by answering."""
    assert graph.start is not None and graph.first is not None
    lang = graph.lang
    first = graph.nodes[graph.first]
    clicks = {(page_path("index", lang), i): page_path(a.next, lang) for i, a in enumerate(first.page.answers)}
    queue, seen = deque([graph.first]), {graph.first}
    while queue:
        page_id = queue.popleft()
        for index, edge in enumerate(graph.edges_from(page_id)):
            clicks[(page_path(page_id, lang), index)] = page_path(edge.target, lang)
            if graph.kind(edge.target) == "question" and edge.target not in seen:
                seen.add(edge.target)
                queue.append(edge.target)
    return clicks


def click_through(browser: Browser, base_url: str, starts: list[str], javascript: bool) -> dict[tuple[str, int], str]:
    """From `starts`, click every answer of every page reached by clicking; (path, index) -> landing path."""
    context = browser.new_context(java_script_enabled=javascript)
    context.route("**/*", block_non_local)
    page = context.new_page()
    clicks: dict[tuple[str, int], str] = {}
    queue, seen = deque(starts), set(starts)
    try:
        while queue:
            path = queue.popleft()
            page.goto(base_url + path, wait_until="load")
            for index in range(page.locator(ANSWER).count()):
                if index:
                    page.go_back(wait_until="load")
                with page.expect_navigation(wait_until="load"):
                    page.locator(ANSWER).nth(index).click()
                landed = page.url.removeprefix(base_url).split("#")[0]
                clicks[(path, index)] = landed
                if landed not in seen:
                    seen.add(landed)
                    queue.append(landed)
    finally:
        context.close()
    return clicks
