"""Walk every path of the flow from the start page, in both languages, with and without JavaScript, on a phone's
screen, following only links in the page content: every step's link is on its page and leads to a page that
answers, and every page reached has a way on. A new dead end fails here. With JavaScript, a page's "if this did
not work" opens first the group of the situation or question the reader came from, and folds the others."""

from __future__ import annotations

from datetime import date

import pytest
from guide.flow.fallbacks import fallback_groups, has_fallbacks
from guide.flow.graph import build_flow_graph
from guide.flow.rules import flow_errors
from guide.model.site import load_site
from playwright.sync_api import Browser

from tests.browser.journey_walk import flow_paths, journey_steps, walk_journey
from tests.support.paths import DOCS_DIR, page_path

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_path_of_the_flow_has_a_way_on(browser: Browser, site_url: str, lang: str, javascript: bool) -> None:
    site = load_site(DOCS_DIR, today=date.today(), checks=(flow_errors,))[0]
    graph = build_flow_graph(site, lang)
    assert graph.start is not None
    steps = journey_steps(graph)
    paths = flow_paths(steps, graph.start.page_id)
    assert len(paths) > 100  # the real flow: hundreds of ways through it
    groups = {
        page_id: [group.source for group in fallback_groups(site, graph, page_id)]
        for page_id in graph.page_kinds
        if has_fallbacks(site, graph, page_id)
    }
    # Arrivals that fallbacks.js rearranges, into every page with several groups: from the source of its last group
    # (which must move first) and from the first question among its sources (its groups come after the situations').
    arrive_from = {
        page_id: {sources[-1], *[source for source in sources if graph.kind(source) == "question"][:1]}
        for page_id, sources in groups.items()
        if len(sources) > 1
    }

    walk = walk_journey(browser, site_url, graph, javascript, arrive_from)

    assert walk.missing_links == [], "journey steps without a link in the page's content"
    assert {page_id: status for page_id, status in walk.status.items() if status != 200} == {}
    for path in paths:
        assert set(zip(path, path[1:], strict=False)) <= set(walk.links), path
    assert set(walk.status) == {page_id for path in paths for page_id in path}
    assert sorted(page_id for page_id, ways_on in walk.ways_on.items() if not ways_on) == [], "pages without a way on"

    expected_arrivals = {(page_id, source) for page_id, sources in arrive_from.items() for source in sources}
    assert {(a.page_id, a.came_from) for a in walk.arrivals} == (expected_arrivals if javascript else set())
    for arrival in walk.arrivals:
        assert arrival.first_group_source == "/" + page_path(arrival.came_from, lang), arrival
        assert arrival.first_group_open, arrival
        assert arrival.folded_groups == len(groups[arrival.page_id]) - 1, arrival
