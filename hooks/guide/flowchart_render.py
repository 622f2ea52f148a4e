"""The flowchart figure of one page: lay out the flow (once per language), link and style it, wrap it in a figure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment

from .flow_graph import FlowGraph
from .flowchart import flowchart_dot, layout_svg, node_texts
from .flowchart_svg import NodeLink, style_flowchart


def flow_strings(env: Environment, lang: str) -> dict[str, Any]:
    return env.get_template("flow_strings.j2").module.flow_strings[lang]  # type: ignore[attr-defined]


def flowchart_figure(
    env: Environment,
    graph: FlowGraph,
    href_of: Callable[[str], str],
    *,
    current: str | None = None,
    figure_id: str = "guide-flowchart",
) -> str:
    """HTML of the flowchart; ``href_of(page_id)`` is the URL of a page as seen from the page showing the chart."""
    strings = flow_strings(env, graph.lang)
    texts = {text.page_id: text for text in node_texts(graph)}

    def link_of(page_id: str) -> NodeLink:
        text = texts[page_id]
        name = " ".join(f"{strings['kind'][text.kind]}: {text.text}".split())
        return NodeLink(href_of(page_id), name, text.kind)

    svg = layout_svg(flowchart_dot(graph, strings["start_node"]))
    drawing = style_flowchart(svg, link_of, current, arrow_id=f"{figure_id}-arrow")
    return env.get_template("flowchart-figure.html.j2").render(
        lang=graph.lang,
        drawing=drawing,
        figure_id=figure_id,
        compact=current is not None,
        current_text=" ".join(texts[current].text.split()) if current else None,
    )
