"""Turn dot's SVG into the site's flowchart: links on nodes, classes instead of colours, nothing dot-specific left.

dot's fill, stroke and font attributes are removed: the site's CSS colours the chart with Material's variables, so
it follows the light and dark schemes and prints in black on white. Each node becomes an ``<a>`` with ``href`` and
an accessible name (a ``<title>`` child); the current node (on question pages) gets a class and ``aria-current``.
The result is serialised by ElementTree, so every text from front matter is XML-escaped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from .flowchart import EDGE_ID_PREFIX, NODE_ID_PREFIX

SVG_NS = "{http://www.w3.org/2000/svg}"
DROPPED_ATTRIBUTES = ("fill", "stroke", "font-family", "font-size", "text-anchor", "stroke-width", "id", "class")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
COORDINATE_ATTRIBUTES = ("d", "points", "x", "y", "transform")
ROUNDED_KINDS = {"start": None, "question": 8}  # rx of the box: None = half the height (a pill)
NODE_CLASS = "guide-flow__node"
EDGE_CLASS = "guide-flow__edge"


@dataclass(frozen=True)
class FlowchartDrawing:
    """The chart's size (dot's units, 1 unit = 1 CSS px at natural size) and its inner SVG markup."""

    width: int
    height: int
    view_box: str
    body: Markup


@dataclass(frozen=True)
class NodeLink:
    href: str
    name: str  # the link's accessible name, e.g. "質問: ほかのAppleデバイスが手元にありますか?"
    kind: str  # start, question, scenario or procedure


def style_flowchart(
    svg_text: str, link_of: Callable[[str], NodeLink], current: str | None = None, arrow_id: str = "guide-flow-arrow"
) -> FlowchartDrawing:
    """Restyle dot's SVG: ``link_of(page_id)`` gives each node's link, ``current`` is the page id to highlight.

    Arrowheads become ``marker-end`` references to ``arrow_id``, a <marker> the figure template defines once.
    """
    root = ET.fromstring(svg_text)
    _strip_namespaces(root)
    graph = root.find("g")
    if graph is None:
        raise ValueError("dot's SVG has no graph group")
    edges, nodes = [], []
    for child in list(graph):
        graph.remove(child)
        child_id = child.get("id", "")
        if child.tag != "g":
            continue  # the graph's <title> and background polygon
        if child_id.startswith(NODE_ID_PREFIX):
            page_id = child_id.removeprefix(NODE_ID_PREFIX)
            nodes.append(_node(child, page_id, link_of(page_id), current == page_id))
        elif child_id.startswith(EDGE_ID_PREFIX):
            edges.append(_edge(child, child_id.removeprefix(EDGE_ID_PREFIX).split(":")[0], arrow_id))
    # Edges first, nodes on top; nodes in flow order, so the keyboard moves through the chart as the flow goes.
    graph.extend(edges + nodes)
    graph.attrib = {"transform": _whole_numbers(graph.get("transform", "").replace("scale(1 1) rotate(0) ", ""))}
    _x, _y, width, height = (float(number) for number in root.get("viewBox", "0 0 0 0").split())
    body = "".join(ET.tostring(child, encoding="unicode") for child in [graph])
    return FlowchartDrawing(
        width=round(width), height=round(height), view_box=f"0 0 {width:g} {height:g}", body=Markup(body)
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


def _node(group: ET.Element, page_id: str, link: NodeLink, is_current: bool) -> ET.Element:
    classes = [NODE_CLASS, f"{NODE_CLASS}--{link.kind}"] + ([f"{NODE_CLASS}--current"] if is_current else [])
    node = ET.Element("g", {"class": " ".join(classes)})
    anchor = ET.SubElement(node, "a", {"href": link.href})
    if is_current:
        anchor.set("aria-current", "page")
    # The name as a <title> child: screen readers read it, pointers show it as a tooltip, and unlike aria-label it
    # does not compete with the drawn text (whose line breaks are not spaces).
    ET.SubElement(anchor, "title").text = link.name
    anchor.extend(_node_parts(group, link.kind))
    return node


def _edge(group: ET.Element, kind: str, arrow_id: str) -> ET.Element:
    """An edge's curve and label; dot's arrowhead polygon gives way to one shared marker (a tenth of the bytes)."""
    edge = ET.Element("g", {"class": f"{EDGE_CLASS} {EDGE_CLASS}--{kind}"})
    parts = [part for part in _drawing_parts(group) if part.tag != "polygon"]
    for part in parts:
        if part.tag == "path":
            part.set("marker-end", f"url(#{arrow_id})")
    edge.extend(parts)
    return edge
