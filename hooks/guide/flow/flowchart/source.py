"""What the flowchart is drawn from: the flow graph reduced to hashable values (FlowchartSource).

A FlowchartSource is cheap to build and is the key of the in-process memo of the layout (figure.py): dot.py turns
it into DOT and runs Graphviz once per language and flow in a build.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model.schema import QuestionPage
from ..graph import FlowEdge, FlowGraph

NODE_ID_PREFIX = "p:"
EDGE_ID_PREFIX = "e:"


class LayoutError(RuntimeError):
    """Graphviz could not lay out the flowchart (for example: ``dot`` is not installed)."""


@dataclass(frozen=True)
class FlowNodeText:
    """What a node says: its kind and the full text (a question's question, an outcome's title)."""

    page_id: str
    kind: str
    text: str


def node_texts(graph: FlowGraph) -> list[FlowNodeText]:
    """The start page, then every page of the flow in flow order (unreachable pages, if any, last)."""
    texts = []
    if graph.start is not None:
        texts.append(FlowNodeText(graph.start.page_id, "start", graph.start.page.title))
    order = [*graph.order, *sorted(set(graph.nodes) - set(graph.order))]
    for page_id in order:
        page = graph.nodes[page_id].page
        text = page.question if isinstance(page, QuestionPage) else page.title
        texts.append(FlowNodeText(page_id, page.kind, text))
    return texts


def drawn_edges(graph: FlowGraph) -> list[FlowEdge]:
    """The edges the chart draws: every answer and every ``then``; a scenario's options only where the option is
    the flow's only way to that page. Scenarios list up to seven options each, and drawing them all buries the
    questions under crossing lines; the scenario pages and the text alternative list every option."""
    reached_otherwise = {edge.target for edge in graph.edges if edge.kind != "option"}
    return [edge for edge in graph.edges if edge.kind != "option" or edge.target not in reached_otherwise]


@dataclass(frozen=True)
class DrawnEdge:
    """One arrow of the chart: answers leading to the same page share it, their labels joined."""

    source: str
    target: str
    kind: str  # start, answer, option or then
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class FlowchartSource:
    """Everything the chart is drawn from, as hashable values: what the DOT source, and so the layout, depends on.

    It is cheap to build from the graph (no phrase breaking), so every page can build it and use it as a memo key.
    """

    lang: str
    start_label: str  # the start node's label ("はじめ"); its accessible name uses the start page's title
    nodes: tuple[FlowNodeText, ...]  # in flow order
    edges: tuple[DrawnEdge, ...]  # the start edge (if any) first, then the merged drawn edges


def _merged_edges(graph: FlowGraph) -> list[DrawnEdge]:
    """One drawn edge per (source, target, kind): answers leading to the same page share an arrow."""
    merged: dict[tuple[str, str, str], list[str]] = {}
    for edge in drawn_edges(graph):
        labels = merged.setdefault((edge.source, edge.target, edge.kind), [])
        if edge.kind == "answer" and edge.label:
            labels.append(edge.label)
    return [DrawnEdge(source, target, kind, tuple(labels)) for (source, target, kind), labels in merged.items()]


def flowchart_source(graph: FlowGraph, start_label: str) -> FlowchartSource:
    start_edges = []
    if graph.start is not None and graph.first in graph.nodes:
        start_edges.append(DrawnEdge(graph.start.page_id, graph.first, "start"))
    return FlowchartSource(
        lang=graph.lang,
        start_label=start_label,
        nodes=tuple(node_texts(graph)),
        edges=(*start_edges, *_merged_edges(graph)),
    )
