"""The flowchart's layout: computed once per language and flow, frozen plain data (pages share it), linked per page."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

import pytest
from guide.flow.flowchart import figure as flowchart_render
from guide.flow.flowchart import source as flowchart
from guide.flow.flowchart.figure import flowchart_figure, flowchart_layout
from guide.flow.flowchart.svg import FlowchartLayout
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.model.site import load_site
from markupsafe import Markup

from tests.support.paths import REPO_ROOT

FLOW_OK = REPO_ROOT / "tests" / "fixtures" / "flow-ok" / "docs"
TODAY = date(2026, 11, 24)
SVG = "{http://www.w3.org/2000/svg}"


def fresh_graph(lang: str = "ja") -> FlowGraph:
    return build_flow_graph(load_site(FLOW_OK, today=TODAY)[0], lang)


def layout_of(graph: FlowGraph) -> FlowchartLayout:
    return flowchart_layout(graph)


def assert_plain_data(value: Any) -> None:
    if is_dataclass(value):
        assert type(value).__dataclass_params__.frozen, type(value)  # type: ignore[attr-defined]
        for field in fields(value):
            assert_plain_data(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            assert_plain_data(item)
    else:
        assert type(value) in (str, int, Markup), type(value)


def test_layout_is_frozen_plain_data() -> None:
    """Every page of a language shows the same layout object: nothing in it can change under another page."""
    assert_plain_data(layout_of(fresh_graph()))


def test_layout_holds_nothing_of_a_page() -> None:
    """Links, the current node and the node names' markup are the figure template's: not in the layout."""
    layout = layout_of(fresh_graph())
    markup = layout.edges + "".join(node.shapes for node in layout.nodes)
    assert "href" not in markup and "aria-current" not in markup and "<title" not in markup and "<a" not in markup
    assert [node.page_id for node in layout.nodes] == ["index", *fresh_graph().order]
    number = layout.node("check/number")
    assert number.kind == "question"
    assert number.name.startswith('質問: 信頼できる電話番号で SMS を受け取れますか? <b>&amp;</b> "]')  # plain text
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt;" in number.shapes  # escaped by ElementTree in the drawn text


def test_layout_is_computed_once_per_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page rebuilds the graph; the DOT (phrase breaking), dot and the restyling run once per language."""
    flowchart_render._layout.cache_clear()
    calls: list[str] = []
    real_dot_source = flowchart_render.dot_source

    def counting_dot_source(source: flowchart.FlowchartSource) -> str:
        calls.append(source.lang)
        return real_dot_source(source)

    monkeypatch.setattr(flowchart_render, "dot_source", counting_dot_source)
    layouts = {}
    for lang in ("ja", "en", "ja", "en", "ja"):
        layouts.setdefault(lang, []).append(layout_of(fresh_graph(lang)))
        ET.fromstring(flowchart_figure(layouts[lang][-1], lambda page_id: f"/x/{page_id}/"))
    assert sorted(calls) == ["en", "ja"]
    assert all(layout is layouts[lang][0] for lang in layouts for layout in layouts[lang])
    assert layouts["ja"][0] != layouts["en"][0]


def test_pages_differ_only_in_links() -> None:
    layout = layout_of(fresh_graph())
    charts = [
        ET.fromstring(flowchart_figure(layout, lambda page_id, p=prefix: f"{p}{page_id}/")) for prefix in ("../", "")
    ]
    anchors = list(charts[0].iter(f"{SVG}a"))
    assert [a.get("href") for a in anchors] == [f"../{node.page_id}/" for node in layout.nodes]
    titles = [a.find(f"{SVG}title") for a in anchors]
    assert [title.text if title is not None else None for title in titles] == [node.name for node in layout.nodes]
    for anchor in charts[1].iter(f"{SVG}a"):
        anchor.set("href", f"../{anchor.get('href')}")
    assert ET.tostring(charts[1]) == ET.tostring(charts[0])
