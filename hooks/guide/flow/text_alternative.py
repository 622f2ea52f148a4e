"""The flowchart's text alternative: the flow as a nested list of questions, answers and where they lead.

Each page is spelled out once, the first time the flow reaches it (depth first, answers in order); later
mentions are plain links. Scenarios list their options and procedures their ``then``, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..links import page_link
from ..markup.environment import render
from .flowchart.source import node_texts
from .graph import FlowGraph


@dataclass
class FlowTextNode:
    page_id: str
    kind: str
    text: str
    link: str
    repeated: bool = False
    branches: list[FlowTextBranch] = field(default_factory=list)


@dataclass
class FlowTextBranch:
    kind: str  # answer, option or then
    label: str | None
    node: FlowTextNode


def flow_text_tree(graph: FlowGraph, current: str) -> FlowTextNode:
    """The tree from the first question, with links relative to page ``current``."""
    assert graph.first is not None
    texts = {text.page_id: text for text in node_texts(graph)}
    spelled_out: set[str] = set()

    def node(page_id: str) -> FlowTextNode:
        text = texts[page_id]
        result = FlowTextNode(page_id, text.kind, text.text, page_link(current, page_id))
        if page_id in spelled_out:
            result.repeated = graph.edges_from(page_id) != []
            return result
        spelled_out.add(page_id)
        for edge in graph.edges_from(page_id):
            result.branches.append(FlowTextBranch(edge.kind, edge.label, node(edge.target)))
        return result

    return node(graph.first)


def render_flow_text(graph: FlowGraph, current: str) -> str:
    return render("flow/text-alternative.md.jinja", lang=graph.lang, root=flow_text_tree(graph, current))
