"""The flowchart: laid out and styled once per language (flowchart_layout), linked on each page (flowchart_figure)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from jinja2 import Environment

from .flow_graph import FlowGraph
from .flowchart import FlowchartSource, flowchart_source
from .flowchart_dot import dot_source, layout_svg
from .flowchart_svg import FlowchartLayout, NodeName, style_flowchart

FIGURE_ID = "guide-flowchart"


def flow_strings(env: Environment, lang: str) -> dict[str, Any]:
    return env.get_template("flow_strings.j2").module.flow_strings[lang]  # type: ignore[attr-defined]


def flowchart_layout(graph: FlowGraph, strings: Mapping[str, Any], *, figure_id: str = FIGURE_ID) -> FlowchartLayout:
    """The chart of the graph's language, the same for every page; ``strings`` are the language's flow strings.

    Cheap to call on every page: the graph is reduced to hashable values (texts and edges, no phrase breaking yet)
    and the layout is memoised by them in this process, so DOT, dot and the restyling run once per language and
    flow, however many pages show the chart.
    """
    kind_names = tuple(sorted(strings["kind"].items()))
    return _layout(flowchart_source(graph, strings["start_node"]), kind_names, figure_id)


@lru_cache(maxsize=8)
def _layout(source: FlowchartSource, kind_names: tuple[tuple[str, str], ...], figure_id: str) -> FlowchartLayout:
    """A pure function of its (hashable) arguments, like layout_svg: the memo holds no state of a build."""
    kinds = dict(kind_names)
    names = {
        node.page_id: NodeName(
            node.kind, " ".join(f"{kinds[node.kind]}: {node.text}".split()), " ".join(node.text.split())
        )
        for node in source.nodes
    }
    return style_flowchart(layout_svg(dot_source(source)), names, lang=source.lang, figure_id=figure_id)


def flowchart_figure(
    env: Environment, layout: FlowchartLayout, href_of: Callable[[str], str], *, current: str | None = None
) -> str:
    """HTML of the flowchart; ``href_of(page_id)`` is the URL of a page as seen from the page showing the chart,
    ``current`` the page id of the question page showing it (highlighted and described)."""
    return env.get_template("flowchart-figure.html.j2").render(
        layout=layout,
        href_of=href_of,
        current=current,
        current_text=layout.node(current).text if current else None,
        compact=current is not None,
    )
