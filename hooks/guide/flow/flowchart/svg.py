"""Turn dot's SVG into the site's flowchart layout: classes instead of colours, nothing dot-specific left.

dot's fill, stroke and font attributes are removed: the site's CSS colours the chart with Material's variables, so
it follows the light and dark schemes and prints in black on white. What does not depend on the page showing the
chart is kept in a FlowchartLayout: the size, the edges and each node's shapes, serialised by ElementTree (so every
text from front matter is XML-escaped). The links (``href``, ``aria-current``, the ``<title>`` naming each node) differ
from page to page and are written by the figure template, templates/flow/flowchart.html.jinja.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup

from .source import EDGE_ID_PREFIX, NODE_ID_PREFIX

SVG_NS = "{http://www.w3.org/2000/svg}"
DROPPED_ATTRIBUTES = ("fill", "stroke", "font-family", "font-size", "text-anchor", "stroke-width", "id", "class")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
COORDINATE_ATTRIBUTES = ("d", "points", "x", "y", "transform")
ROUNDED_KINDS = {"start": None, "question": 8}  # rx of the box: None = half the height (a pill)
EDGE_CLASS = "guide-flow__edge"


@dataclass(frozen=True)
class NodeName:
    """What a node is called: its kind, its accessible name and its text on one line."""

    kind: str  # start, question, scenario or procedure
    name: str  # the link's accessible name, e.g. "質問: ほかのAppleデバイスが手元にありますか?"
    text: str  # e.g. "ほかのAppleデバイスが手元にありますか?" (the node's text on one line)


@dataclass(frozen=True)
class FlowchartNode:
    """One node of the chart. ``name`` and ``text`` are plain text (the template escapes them); ``shapes`` is the
    node's box and texts, the content of its link after the ``<title>``."""

    page_id: str
    kind: str
    name: str
    text: str
    shapes: Markup


@dataclass(frozen=True)
class FlowchartLayout:
    """The chart of one language as any page shows it: plain data, the same for every page.

    Sizes are dot's units (1 unit = 1 CSS px at natural size). ``edges`` (the arrows and their labels, drawn under the
    nodes) points its arrowheads at ``arrow_id``, a <marker> the figure template defines once. ``nodes`` are in flow
    order, so the keyboard moves through the chart as the flow goes.
    """

    lang: str
    figure_id: str
    width: int
    height: int
    view_box: str
    transform: str  # of the group holding edges and nodes
    edges: Markup
    nodes: tuple[FlowchartNode, ...]

    @property
    def arrow_id(self) -> str:
        return f"{self.figure_id}-arrow"

    def node(self, page_id: str) -> FlowchartNode:
        for node in self.nodes:
            if node.page_id == page_id:
                return node
        raise KeyError(f"the flowchart has no node {page_id}")


def style_flowchart(
    svg_text: str, names: Mapping[str, NodeName], *, lang: str, figure_id: str = "guide-flowchart"
) -> FlowchartLayout:
    """Restyle dot's SVG; ``names[page_id]`` says what each node is. Arrowheads become references to the marker."""
    root = ET.fromstring(svg_text)
    _strip_namespaces(root)
    graph = root.find("g")
    if graph is None:
        raise ValueError("dot's SVG has no graph group")
    arrow_id = f"{figure_id}-arrow"
    edges, nodes = [], []
    for child in graph:
        child_id = child.get("id", "")
        if child.tag != "g":
            continue  # the graph's <title> and background polygon
        if child_id.startswith(NODE_ID_PREFIX):
            page_id = child_id.removeprefix(NODE_ID_PREFIX)
            name = names[page_id]
            shapes = "".join(ET.tostring(part, encoding="unicode") for part in _node_parts(child, name.kind))
            nodes.append(FlowchartNode(page_id, name.kind, name.name, name.text, Markup(shapes)))
        elif child_id.startswith(EDGE_ID_PREFIX):
            edge = _edge(child, child_id.removeprefix(EDGE_ID_PREFIX).split(":")[0], arrow_id)
            edges.append(ET.tostring(edge, encoding="unicode"))
    _x, _y, width, height = (float(number) for number in root.get("viewBox", "0 0 0 0").split())
    return FlowchartLayout(
        lang=lang,
        figure_id=figure_id,
        width=round(width),
        height=round(height),
        view_box=f"0 0 {width:g} {height:g}",
        transform=_whole_numbers(graph.get("transform", "").replace("scale(1 1) rotate(0) ", "")),
        edges=Markup("".join(edges)),
        nodes=tuple(nodes),
    )


def _strip_namespaces(root: ET.Element) -> None:
    for element in root.iter():
        element.tag = element.tag.removeprefix(SVG_NS)
        element.tail = None
        for name in [name for name in element.attrib if name.startswith("{")]:
            del element.attrib[name]


def _whole_numbers(value: str) -> str:
    """Coordinates to whole units: a tenth of a pixel is invisible at this size and costs a fifth of the bytes."""
    return NUMBER.sub(lambda match: str(round(float(match.group()))), value)


def _drawing_parts(group: ET.Element) -> list[ET.Element]:
    """The shapes and texts of a node or edge, without dot's tooltips, colours and fonts."""
    parts = [child for child in group if child.tag != "title"]
    for part in parts:
        for element in part.iter():
            for name in DROPPED_ATTRIBUTES:
                element.attrib.pop(name, None)
            for name in COORDINATE_ATTRIBUTES:
                if name in element.attrib:
                    element.set(name, _whole_numbers(element.attrib[name]))
            if element.tag != "text":
                element.text = None
    return parts


def _box(shape: ET.Element, kind: str) -> ET.Element:
    """dot's box (a polygon, or a path for rounded corners) as a <rect>: smaller, and rounded by ``rx``."""
    numbers = [float(number) for number in NUMBER.findall(shape.get("points") or shape.get("d") or "")]
    xs, ys = numbers[0::2], numbers[1::2]
    x, y, width, height = min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)
    rect = ET.Element("rect", {"x": f"{x:g}", "y": f"{y:g}", "width": f"{width:g}", "height": f"{height:g}"})
    if kind in ROUNDED_KINDS:
        rect.set("rx", f"{ROUNDED_KINDS[kind] or height / 2:g}")
    return rect


def _node_parts(group: ET.Element, kind: str) -> list[ET.Element]:
    return [_box(part, kind) if part.tag in ("polygon", "path") else part for part in _drawing_parts(group)]


def _edge(group: ET.Element, kind: str, arrow_id: str) -> ET.Element:
    """An edge's curve and label; dot's arrowhead polygon gives way to one shared marker (a tenth of the bytes)."""
    edge = ET.Element("g", {"class": f"{EDGE_CLASS} {EDGE_CLASS}--{kind}"})
    parts = [part for part in _drawing_parts(group) if part.tag != "polygon"]
    for part in parts:
        if part.tag == "path":
            part.set("marker-end", f"url(#{arrow_id})")
    edge.extend(parts)
    return edge
