"""The flowchart: DOT from the graph, laid out by the real `dot`, restyled into linked, classed, escaped SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from guide.flow.flowchart.dot import NODE_LABEL_COLUMNS, dot_source, layout_svg
from guide.flow.flowchart.figure import flowchart_figure, flowchart_layout
from guide.flow.flowchart.labels import wrap_label
from guide.flow.flowchart.source import drawn_edges, flowchart_source
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.model.site import load_site

from tests.support.hostile import HOSTILE_DOT
from tests.support.pages import CITE, valid, write_both, write_minimal_site
from tests.support.paths import REPO_ROOT

FLOW_OK = REPO_ROOT / "tests" / "fixtures" / "flow-ok" / "docs"
TODAY = date(2026, 11, 24)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def graph() -> FlowGraph:
    return build_flow_graph(load_site(FLOW_OK, today=TODAY)[0], "ja")


def figure(graph: FlowGraph) -> ET.Element:
    layout = flowchart_layout(graph)
    html = flowchart_figure(layout, lambda page_id: f"/x/{page_id}/")
    return ET.fromstring(html)


def hostile_graph(tmp_path: Path, text: str) -> FlowGraph:
    write_minimal_site(tmp_path)
    question = valid("question", question=text)
    question["answers"][0]["label"] = text
    write_both(tmp_path, "check/first", question)
    write_both(tmp_path, "procedures/a", valid("procedure", title=text))
    return build_flow_graph(load_site(tmp_path, today=TODAY)[0], "en")


def link_name(anchor: ET.Element) -> str | None:
    title = anchor.find(f"{SVG}title")
    return None if title is None else title.text


def svg_texts(element: ET.Element) -> list[str]:
    return [text.text or "" for text in element.iter(f"{SVG}text")]


@pytest.mark.parametrize("text", HOSTILE_DOT)
def test_front_matter_text_comes_out_as_text(tmp_path: Path, text: str) -> None:
    """Every label survives dot and the restyling as the same characters: no DOT syntax, escape or markup."""
    chart = figure(hostile_graph(tmp_path, text))
    anchors = {link_name(a): a for a in chart.iter(f"{SVG}a")}
    single_line = " ".join(text.split())
    assert set(anchors) == {"Start: Title", f"Question: {single_line}", f"Procedure: {single_line}"}
    expected_lines = wrap_label(text, "en", NODE_LABEL_COLUMNS)
    assert svg_texts(anchors[f"Question: {single_line}"]) == expected_lines
    assert svg_texts(anchors[f"Procedure: {single_line}"]) == expected_lines
    answer_edges = [g for g in chart.iter(f"{SVG}g") if "guide-flow__edge--answer" in (g.get("class") or "")]
    [edge] = answer_edges  # both answers lead to procedures/a: one arrow, both labels
    assert "".join("".join(svg_texts(edge)).split()) == "".join(f"{single_line} / No".split())


@pytest.mark.parametrize("text", HOSTILE_DOT)
def test_dot_sees_three_nodes_and_two_edges(tmp_path: Path, text: str) -> None:
    """Labels cannot add nodes or edges to the DOT source."""
    svg = layout_svg(dot_source(flowchart_source(hostile_graph(tmp_path, text), "Start")))
    assert svg.count('class="node"') == 3
    assert svg.count('class="edge"') == 2


def test_every_node_is_a_link_with_a_name_and_kind_class(graph: FlowGraph) -> None:
    chart = figure(graph)
    nodes = [g for g in chart.iter(f"{SVG}g") if "guide-flow__node" in (g.get("class") or "")]
    links = {a.get("href"): (link_name(a), g.get("class")) for g in nodes for a in g.iter(f"{SVG}a")}
    assert links == {
        "/x/index/": ("はじめ: テスト用の案内", "guide-flow__node guide-flow__node--start"),
        "/x/check/device/": (
            "質問: 同じApple Accountでサインインしている、ほかのAppleデバイスが手元にありますか?",
            "guide-flow__node guide-flow__node--question",
        ),
        "/x/check/number/": (
            '質問: 信頼できる電話番号で SMS を受け取れますか? <b>&amp;</b> "]; a -> b [ {{ x }} \\N',
            "guide-flow__node guide-flow__node--question",
        ),
        "/x/scenarios/number-gone/": ("状況: 電話番号が使えない", "guide-flow__node guide-flow__node--scenario"),
        "/x/procedures/on-device/": (
            "手順: 信頼できるデバイスでコードを見る",
            "guide-flow__node guide-flow__node--procedure",
        ),
        "/x/procedures/by-sms/": ("手順: SMSでコードを受け取る", "guide-flow__node guide-flow__node--procedure"),
        "/x/procedures/recovery/": (
            "手順: アカウントの復旧を申請する",
            "guide-flow__node guide-flow__node--procedure",
        ),
        "/x/procedures/add-number/": ("手順: 電話番号を追加する", "guide-flow__node guide-flow__node--procedure"),
    }


def test_questions_and_outcomes_have_different_shapes(graph: FlowGraph) -> None:
    """Questions are rounded boxes, the start a pill, scenarios and procedures square boxes."""
    chart = figure(graph)
    corners: dict[str, set[str | None]] = {}
    for g in chart.iter(f"{SVG}g"):
        if "guide-flow__node" in (g.get("class") or ""):
            kind = (g.get("class") or "").split()[1].removeprefix("guide-flow__node--")
            [box] = g.iter(f"{SVG}rect")
            corners.setdefault(kind, set()).add(box.get("rx"))
            assert [child.tag.removeprefix(SVG) for child in g.iter() if child.tag.endswith(("rect", "path"))] == [
                "rect"
            ]
    assert corners["question"] == {"8"}
    [start_rx] = corners["start"]
    assert start_rx is not None and float(start_rx) > 8
    assert corners["scenario"] == corners["procedure"] == {None}


def test_coordinates_are_whole_numbers(graph: FlowGraph) -> None:
    chart = figure(graph)
    for element in chart.iter():
        for name in ("d", "points", "x", "y", "width", "height", "transform"):
            if name in element.attrib and element.tag != f"{SVG}svg":
                assert "." not in element.attrib[name], (element.tag, name, element.attrib[name])


def test_dot_colours_fonts_and_ids_are_gone(graph: FlowGraph) -> None:
    chart = figure(graph)
    for element in chart.iter():
        assert not {"fill", "stroke", "font-family", "font-size", "id"} & set(element.attrib) or element.tag in (
            f"{SVG}title",
            f"{SVG}desc",
            f"{SVG}marker",
        ), (element.tag, element.attrib)
    assert chart.find(f".//{SVG}polygon[@fill='white']") is None


def test_svg_has_title_description_and_is_a_labelled_group(graph: FlowGraph) -> None:
    svg = figure(graph).find(f".//{SVG}svg")
    assert svg is not None
    assert svg.get("role") == "group"
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and desc is not None
    assert svg.get("aria-labelledby") == title.get("id") and svg.get("aria-describedby") == desc.get("id")
    assert title.text == "確認コードが届かないときのフローチャート"
    assert "どの枠も、そのページへのリンクです" in (desc.text or "")


def test_nodes_follow_the_flow_order_after_the_edges(graph: FlowGraph) -> None:
    """Keyboard order: the start, then the pages in flow order; edges are drawn underneath."""
    chart = figure(graph)
    layer = chart.find(f".//{SVG}svg/{SVG}g")
    assert layer is not None
    classes = [child.get("class") or "" for child in layer]
    first_node = next(i for i, c in enumerate(classes) if "node" in c)
    assert all("edge" in c for c in classes[:first_node]) and all("node" in c for c in classes[first_node:])
    hrefs = [a.get("href") for a in layer.iter(f"{SVG}a")]
    assert hrefs == ["/x/index/"] + [f"/x/{page_id}/" for page_id in graph.order]


def test_answers_to_the_same_page_share_one_labelled_arrow(graph: FlowGraph) -> None:
    chart = figure(graph)
    edge_texts = [
        " ".join(svg_texts(g)) for g in chart.iter(f"{SVG}g") if "guide-flow__edge--answer" in (g.get("class") or "")
    ]
    assert "いいえ / わからない" in [" ".join(text.split()) for text in edge_texts]


def test_options_are_drawn_only_where_they_are_the_only_way(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    answers = [{"label": "a", "next": "procedures/a"}, {"label": "s", "next": "scenarios/s"}]
    question = valid("question", answers=answers)
    write_both(tmp_path, "check/first", question)
    options = [
        {"page": "procedures/a", "when": "first", "cite": CITE},
        {"page": "procedures/b", "when": "else", "cite": CITE},
    ]
    write_both(tmp_path, "scenarios/s", valid("scenario", options=options))
    write_both(tmp_path, "procedures/b", valid("procedure"))
    graph = build_flow_graph(load_site(tmp_path, today=TODAY)[0], "ja")
    options_drawn = [(e.source, e.target) for e in drawn_edges(graph) if e.kind == "option"]
    assert options_drawn == [("scenarios/s", "procedures/b")]


def test_arrowheads_are_one_shared_marker(graph: FlowGraph) -> None:
    chart = figure(graph)
    [marker] = chart.iter(f"{SVG}marker")
    edges = [g for g in chart.iter(f"{SVG}g") if "guide-flow__edge" in (g.get("class") or "")]
    assert edges and all(g.find(f"{SVG}polygon") is None for g in edges)
    assert {path.get("marker-end") for g in edges for path in g.iter(f"{SVG}path")} == {f"url(#{marker.get('id')})"}
