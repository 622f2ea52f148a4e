"""The flowchart's layout: a FlowchartSource as Graphviz DOT, laid out by ``dot`` into SVG at build time.

Node ids carry the page id (``p:check/where-asked``) and edge ids the edge kind (``e:answer:3``), so the SVG can be
restyled and linked afterwards (see svg.py). Every label is escaped for DOT: front-matter text never
becomes DOT syntax, an escape sequence or an HTML-like label.
"""

from __future__ import annotations

import resource
import subprocess
from functools import lru_cache

import graphviz

from ...model.errors import shown
from .labels import wrap_label
from .source import EDGE_ID_PREFIX, NODE_ID_PREFIX, FlowchartSource, LayoutError

FONT = "Noto Sans CJK JP"  # the layout measures text with it; Japanese glyph widths then match the browser's
NODE_FONT_SIZE = "14"
EDGE_FONT_SIZE = "12"
NODE_LABEL_COLUMNS = 18  # 9 Japanese characters: keeps the chart narrow enough to read on a laptop
EDGE_LABEL_COLUMNS = 14  # 7 Japanese characters: インターネット fits
SHAPES = {
    "start": {"shape": "box", "style": "rounded"},
    "question": {"shape": "box", "style": "rounded"},
    "scenario": {"shape": "box"},
    "procedure": {"shape": "box"},
}


def dot_escape(line: str) -> str:
    """One line of text as DOT label text: backslashes doubled (no escape sequences such as ``\\N``), ``&`` as
    ``&amp;`` (dot reads entities in labels), never an HTML-like label; quotes are escaped by quoting."""
    return graphviz.escape(line.replace("&", "&amp;"))


@lru_cache(maxsize=2048)
def dot_label(text: str, lang: str, columns: int) -> str:
    """A DOT label: the wrapped lines, each escaped, joined by DOT's centred line break.

    Cached: phrase breaking is most of the work of a layout, and a rebuild after one page changed (mkdocs serve)
    lays the chart out again with mostly the same labels."""
    return graphviz.nohtml("\\n".join(dot_escape(line) for line in wrap_label(text, lang, columns)))


LEFT_WEIGHT = "20"


def dot_source(source: FlowchartSource) -> str:
    """DOT source of the whole flow: start → first question → ... → scenarios and procedures."""
    dot = graphviz.Digraph("flow")
    dot.attr(ordering="out")
    dot.attr(rankdir="TB", nodesep="0.18", ranksep="0.35", pad="0.05", bgcolor="transparent", fontname=FONT)
    dot.attr("node", fontname=FONT, fontsize=NODE_FONT_SIZE, margin="0.12,0.06")
    dot.attr("edge", fontname=FONT, fontsize=EDGE_FONT_SIZE, arrowsize="0.7")
    for node in source.nodes:
        text = source.start_label if node.kind == "start" else node.text
        label = dot_label(text, source.lang, NODE_LABEL_COLUMNS)
        dot.node(_dot_name(node.page_id), label=label, id=NODE_ID_PREFIX + node.page_id, **SHAPES[node.kind])
    index = 0  # the start edge is e:start:0, the others are numbered on their own
    first = next((edge.target for edge in source.edges if edge.kind == "start"), None)
    leftmost = True
    for edge in source.edges:
        if edge.kind == "start":
            dot.edge(_dot_name(edge.source), _dot_name(edge.target), id=f"{EDGE_ID_PREFIX}start:0", weight=LEFT_WEIGHT)
            continue
        attributes = {"id": f"{EDGE_ID_PREFIX}{edge.kind}:{index}"}
        index += 1
        if edge.source == first and leftmost:
            # dot centres a node over its children: pulled over its first answer, the start stays near the left
            # edge, where a phone's frame opens, however wide the flow grows.
            attributes["weight"] = LEFT_WEIGHT
            leftmost = False
        if edge.labels:
            attributes["label"] = dot_label(" / ".join(edge.labels), source.lang, EDGE_LABEL_COLUMNS)
        dot.edge(_dot_name(edge.source), _dot_name(edge.target), **attributes)
    return dot.source


def _dot_name(page_id: str) -> str:
    return graphviz.nohtml(page_id)


DOT_TIMEOUT_SECONDS = 60  # the real chart takes 0.3 s
DOT_MEMORY_BYTES = 2 * 1024**3


def _limit_memory() -> None:  # runs in the child process, before dot starts
    resource.setrlimit(resource.RLIMIT_AS, (DOT_MEMORY_BYTES, DOT_MEMORY_BYTES))


@lru_cache(maxsize=8)
def layout_svg(dot_source: str) -> str:
    """Run ``dot -Tsvg``, bounded in time and memory. Cached by source: the layout is a pure function of the DOT
    text."""
    try:
        done = subprocess.run(
            ["dot", "-Tsvg"],
            input=dot_source.encode("utf-8"),
            capture_output=True,
            timeout=DOT_TIMEOUT_SECONDS,
            preexec_fn=_limit_memory,  # noqa: PLW1509 - no threads are started before it runs
            check=False,
        )
    except FileNotFoundError:
        raise LayoutError(
            "Graphviz `dot` was not found: install the Debian package graphviz (the Makefile does)"
        ) from None
    except subprocess.TimeoutExpired:
        raise LayoutError(f"Graphviz `dot` did not finish in {DOT_TIMEOUT_SECONDS} s: stopped") from None
    if done.returncode != 0:
        message = " ".join(done.stderr.decode("utf-8", "replace").split())
        raise LayoutError(f"Graphviz `dot` failed (exit {done.returncode}): {shown(message, 200)}")
    try:
        return done.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise LayoutError("Graphviz `dot` wrote an SVG that is not UTF-8") from None
