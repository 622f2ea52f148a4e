"""The flow graph of the fixture flow (tests/fixtures/flow-ok): edges, flow order, the way back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.model.site import load_site

from tests.support.pages import valid, write_both, write_minimal_site

FLOW_OK = Path(__file__).resolve().parents[1] / "fixtures" / "flow-ok" / "docs"
TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module", params=["ja", "en"])
def graph(request: pytest.FixtureRequest) -> FlowGraph:
    site, _ = load_site(FLOW_OK, today=TODAY)
    return build_flow_graph(site, request.param)


def test_nodes_are_the_flow_pages(graph: FlowGraph) -> None:
    assert sorted(graph.nodes) == [
        "check/device",
        "check/number",
        "procedures/add-number",
        "procedures/by-sms",
        "procedures/on-device",
        "procedures/recovery",
        "scenarios/number-gone",
    ]
    assert graph.start is not None and graph.start.page_id == "index" and graph.first == "check/device"


def test_edges_keep_field_and_label(graph: FlowGraph) -> None:
    device = [(e.field, e.target, e.kind) for e in graph.edges_from("check/device")]
    assert device == [
        ("answers[0].next", "procedures/on-device", "answer"),
        ("answers[1].next", "check/number", "answer"),
        ("answers[2].next", "check/number", "answer"),
    ]
    assert [e.hint is not None for e in graph.edges_from("check/device")] == [False, False, True]
    assert [(e.kind, e.target) for e in graph.edges_from("scenarios/number-gone")] == [
        ("option", "procedures/recovery")
    ]
    assert [(e.kind, e.target) for e in graph.edges_from("procedures/recovery")] == [("then", "procedures/add-number")]


def test_flow_order_is_breadth_first_in_answer_order(graph: FlowGraph) -> None:
    assert graph.order == (
        "check/device",
        "procedures/on-device",
        "check/number",
        "procedures/by-sms",
        "scenarios/number-gone",
        "procedures/recovery",
        "procedures/add-number",
    )
    assert graph.of_kind("procedure") == [
        "procedures/on-device",
        "procedures/by-sms",
        "procedures/recovery",
        "procedures/add-number",
    ]


def test_previous_question(graph: FlowGraph) -> None:
    assert graph.previous_question("check/device") is None  # the first question: back to the start
    assert graph.previous_question("check/number") == "check/device"


def test_previous_question_is_the_first_in_flow_order(tmp_path: Path) -> None:
    """check/c is reached from check/b and check/first: the way back goes to check/first, earlier in the flow."""
    write_minimal_site(tmp_path)

    def question(*targets: str) -> dict:
        return valid("question", answers=[{"label": t, "next": t} for t in targets])

    write_both(tmp_path, "check/first", question("check/b", "check/c"))
    write_both(tmp_path, "check/b", question("check/c", "procedures/a"))
    write_both(tmp_path, "check/c", question("procedures/a", "procedures/a"))
    graph = build_flow_graph(load_site(tmp_path, today=TODAY)[0], "ja")
    assert graph.order[:3] == ("check/first", "check/b", "check/c")
    assert graph.previous_question("check/c") == "check/first"
    assert graph.previous_question("check/b") == "check/first"
