"""The reader's journey through the flow, computed from the site model and walked in Chromium.

A journey step is a link a reader follows from one page of the flow to the next: the start page's answers (it
asks the first question), a question's answers, a situation's options (to explanation pages too) and a procedure's
``then``. What a page shows depends only on its address and, with JavaScript, on the page the reader came from
(fallbacks.js reads document.referrer and stores nothing). So the walk opens every page the start page leads to
once, finds on it the link of each of its steps (visible, or in a <details> a reader can open) and goes on by that
link's address; and, with JavaScript, follows by a click the steps chosen by the test into pages whose "if this
did not work" has a group for the page the step comes from. Every path (``flow_paths``) is made of walked steps.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from guide.flow.graph import FlowGraph
from guide.model.schema import QuestionPage, ScenarioPage
from playwright.sync_api import Browser, Page

from tests.support.browser import block_non_local
from tests.support.paths import page_path

FLOW_KINDS = ("start", "question", "scenario", "procedure")
PHONE = {"width": 375, "height": 667}


def journey_steps(graph: FlowGraph) -> dict[str, list[str]]:
    """Page id -> the page ids a reader goes on to from it, in the order the page offers them."""
    assert graph.start is not None and graph.first is not None
    first = graph.nodes[graph.first].page
    assert isinstance(first, QuestionPage)
    steps: dict[str, list[str]] = {graph.start.page_id: [answer.next for answer in first.answers]}
    for page_id, record in graph.nodes.items():
        targets = [edge.target for edge in graph.edges_from(page_id)]
        if isinstance(record.page, ScenarioPage):  # options to pages outside the flow are journey steps too
            targets = [option.page for option in record.page.options]
        steps[page_id] = targets
    return {page_id: list(dict.fromkeys(targets)) for page_id, targets in steps.items()}


def flow_paths(steps: dict[str, list[str]], start: str) -> list[tuple[str, ...]]:
    """Every path from the start page to a page with no step onward (the flow has no cycles)."""
    paths: list[tuple[str, ...]] = []

    def walk(path: tuple[str, ...]) -> None:
        following = steps.get(path[-1], [])
        if not following:
            paths.append(path)
        for target in following:
            walk((*path, target))

    walk((start,))
    return paths


@dataclass(frozen=True)
class Arrival:
    """The "if this did not work" of ``page_id`` as shown to a reader who clicked a link on ``came_from``."""

    page_id: str
    came_from: str
    first_group_source: str | None  # URL path the first group leads back to
    first_group_open: bool
    folded_groups: int  # groups folded under "Came from another ...?"


@dataclass
class Walk:
    status: dict[str, int] = field(default_factory=dict)  # page id -> HTTP status when opened by its link
    links: dict[tuple[str, str], str] = field(default_factory=dict)  # step -> URL path of the link found for it
    missing_links: list[tuple[str, str]] = field(default_factory=list)
    ways_on: dict[str, list[str]] = field(default_factory=dict)  # page id -> flow pages its content links to
    arrivals: list[Arrival] = field(default_factory=list)


# The content's links a reader can see or open (those in a closed <details>, not those in a hidden step panel),
# as URL paths, and the flow pages among them other than this one.
READ_LINKS = """(flowPaths) => {
  const content = document.querySelector("article.md-content__inner");
  const links = [...content.querySelectorAll("a[href]")].filter(
    (a) => !a.classList.contains("headerlink") && (a.checkVisibility() || a.closest("details")),
  );
  const paths = [...new Set(links.map((a) => new URL(a.href).pathname))];
  return { paths, waysOn: paths.filter((p) => p !== location.pathname && flowPaths.includes(p)) };
}"""

# Open the <details> a link to `target` is in, as a reader would, and mark the link to be clicked.
MARK_LINK = """(target) => {
  const content = document.querySelector("article.md-content__inner");
  const links = [...content.querySelectorAll("a[href]")].filter(
    (a) => new URL(a.href).pathname === target && (a.checkVisibility() || a.closest("details")),
  );
  const link = links.find((a) => a.classList.contains("guide-answer")) || links[0];
  if (!link) return false;
  for (let details = link.closest("details"); details; details = details.parentElement.closest("details")) {
    if (!details.open) details.querySelector(":scope > summary").click();
  }
  document.querySelectorAll("[data-guide-walk]").forEach((a) => a.removeAttribute("data-guide-walk"));
  link.setAttribute("data-guide-walk", "");
  return true;
}"""

READ_FALLBACKS = """() => {
  const section = document.querySelector("article [data-guide-fallbacks]");
  const first = section ? section.querySelector(":scope > details.guide-fallback") : null;
  const source = first ? first.querySelector("a.guide-fallback__source") : null;
  return {
    source: source ? new URL(source.href).pathname : null,
    open: first ? first.open : false,
    folded: section ? section.querySelectorAll(".guide-fallbacks__others details.guide-fallback").length : 0,
  };
}"""


def walk_journey(
    browser: Browser, base_url: str, graph: FlowGraph, javascript: bool, arrive_from: dict[str, set[str]]
) -> Walk:
    """From the start page, open every page the journey reaches by the links found on the page before it.
    ``arrive_from[page_id]``: the pages from which a step into ``page_id`` is followed by a click (JavaScript on)."""
    assert graph.start is not None
    lang = graph.lang
    steps = journey_steps(graph)
    site_root = "/" + base_url.split("/", 3)[3]

    def url_path(page_id: str) -> str:
        return site_root + page_path(page_id, lang)

    flow_urls = [url_path(page_id) for page_id, kind in graph.page_kinds.items() if kind in FLOW_KINDS]
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE)
    context.route("**/*", block_non_local)
    page = context.new_page()
    walk = Walk()
    start = graph.start.page_id
    address = {start: base_url + page_path(start, lang)}
    queue, seen = deque([start]), {start}
    try:
        while queue:
            source = queue.popleft()
            response = page.goto(address[source], wait_until="load")
            walk.status[source] = response.status if response else 0
            found = page.evaluate(READ_LINKS, flow_urls)
            walk.ways_on[source] = found["waysOn"]
            for target in steps.get(source, []):
                if url_path(target) not in found["paths"]:
                    walk.missing_links.append((source, target))
                    continue
                walk.links[(source, target)] = url_path(target)
                if target not in seen:
                    seen.add(target)
                    address[target] = base_url.removesuffix(site_root.lstrip("/")) + url_path(target).lstrip("/")
                    queue.append(target)
                if javascript and source in arrive_from.get(target, set()):
                    walk.arrivals.append(_arrive(page, url_path(target), target, source))
    finally:
        context.close()
    return walk


def _arrive(page: Page, target_path: str, target: str, source: str) -> Arrival:
    """Click the link on the current page, read what the target shows, and come back."""
    assert page.evaluate(MARK_LINK, target_path)
    with page.expect_navigation(wait_until="load"):
        page.locator("[data-guide-walk]").click()
    assert page.evaluate("location.pathname") == target_path
    found = page.evaluate(READ_FALLBACKS)
    page.go_back(wait_until="load")
    return Arrival(target, source, found["source"], found["open"], found["folded"])
