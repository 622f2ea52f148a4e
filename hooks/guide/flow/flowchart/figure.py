"""The flowchart: laid out and styled once per language (flowchart_layout), linked on each page (flowchart_figure).

The figure's markup is in ``hooks/guide/templates/flow/flowchart.html.jinja``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from ...markup.environment import render, strings_of
from ..graph import FlowGraph
from .dot import dot_source, layout_svg
from .source import FlowchartSource, LayoutError, flowchart_source
from .svg import FlowchartLayout, NodeName, style_flowchart

FIGURE_ID = "guide-flowchart"
FLOWCHART_PAGE_ID = "flowchart"  # the page showing the whole chart
FLOWCHART_MARKER = "<!-- guide-flowchart -->"  # put into a page's Markdown; the figure replaces it in the HTML
FIGURE_TEMPLATE = "flow/flowchart.html.jinja"


def flowchart_layout(graph: FlowGraph, *, figure_id: str = FIGURE_ID) -> FlowchartLayout:
    """The chart of the graph's language, the same for every page, named with the language's flow strings.

    Cheap to call on every page: the graph is reduced to hashable values (texts and edges, no phrase breaking yet)
    and the layout is memoised by them in this process, so DOT, dot and the restyling run once per language and
    flow, however many pages show the chart.
    """
    strings = strings_of(graph.lang, "flow")
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
    svg = layout_svg(dot_source(source))
    try:
        return style_flowchart(svg, names, lang=source.lang, figure_id=figure_id)
    except (ET.ParseError, ValueError, KeyError) as error:
        raise LayoutError(f"Graphviz's SVG cannot be read: {' '.join(str(error).split())[:200]}") from None


def flowchart_figure(layout: FlowchartLayout, href_of: Callable[[str], str]) -> str:
    """HTML of the flowchart; ``href_of(page_id)`` is the URL of a page as seen from the page showing the chart."""
    return render(FIGURE_TEMPLATE, layout=layout, href_of=href_of)
