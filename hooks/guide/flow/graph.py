"""The decision flow of one language as a graph: questions, scenarios and procedures joined by flow edges.

Flow edges come from front matter: a question's answers (``next``), a scenario's options (``page``) and a
procedure's ``then``. Answers must lead into the flow; options and ``then`` may also point at explanation or
reference pages, which are ordinary links and not part of the flow.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

from ..model.reading import PageRecord
from ..model.schema import ProcedurePage, QuestionPage, ScenarioPage, StartPage
from ..model.site import Site

FLOW_KINDS = ("question", "scenario", "procedure")

EdgeKind = Literal["answer", "option", "then"]


@dataclass(frozen=True)
class FlowEdge:
    """One edge: ``source`` page id, the front-matter field it comes from, and the ``target`` page id."""

    source: str
    field: str  # e.g. "answers[2].next"
    target: str
    kind: EdgeKind
    label: str | None = None  # the answer's label (answers only)
    hint: str | None = None  # the answer's hint (answers only)


@dataclass(frozen=True)
class FlowGraph:
    """The flow of one language. ``order`` lists the pages reachable from the first question, breadth first."""

    lang: str
    start: PageRecord | None
    nodes: dict[str, PageRecord]  # every question, scenario and procedure page of the language
    edges: tuple[FlowEdge, ...]
    page_kinds: dict[str, str]  # the kind of every page of the language, inside the flow or not

    @property
    def first(self) -> str | None:
        page = self.start.page if self.start else None
        return page.first if isinstance(page, StartPage) else None

    def kind(self, page_id: str) -> str:
        return self.nodes[page_id].page.kind

    def edges_from(self, page_id: str) -> list[FlowEdge]:
        return [edge for edge in self.edges if edge.source == page_id]

    def edges_to(self, page_id: str) -> list[FlowEdge]:
        return [edge for edge in self.edges if edge.target == page_id]

    @cached_property
    def order(self) -> tuple[str, ...]:
        """Pages reachable from the first question, in flow order (breadth first, answers in their order)."""
        first = self.first
        if first is None or first not in self.nodes:
            return ()
        seen = {first: None}
        queue = deque([first])
        while queue:
            for edge in self.edges_from(queue.popleft()):
                if edge.target not in seen:
                    seen[edge.target] = None
                    queue.append(edge.target)
        return tuple(seen)

    def of_kind(self, kind: str) -> list[str]:
        """Page ids of one kind: those in flow order first, then the unreachable ones by id."""
        order = self.order
        rest = sorted(set(self.nodes) - set(order))
        return [page_id for page_id in (*order, *rest) if self.kind(page_id) == kind]

    def previous_question(self, page_id: str) -> str | None:
        """The question that leads here, the first in flow order if several; None for the first question."""
        order = self.order
        edges = self.edges_to(page_id)
        sources = {edge.source for edge in edges if edge.kind == "answer" and edge.source in order}
        return min(sources, key=order.index) if sources else None


def flow_edges(record: PageRecord, nodes: dict[str, PageRecord]) -> Iterator[FlowEdge]:
    """The edges leaving one page, in front-matter order; links to pages outside the flow are left out."""
    page = record.page
    if isinstance(page, QuestionPage):
        for index, answer in enumerate(page.answers):
            if answer.next in nodes:
                field = f"answers[{index}].next"
                yield FlowEdge(record.page_id, field, answer.next, "answer", answer.label, answer.hint)
    elif isinstance(page, ScenarioPage):
        for index, option in enumerate(page.options):
            if option.page in nodes:
                yield FlowEdge(record.page_id, f"options[{index}].page", option.page, "option", option.when)
    elif isinstance(page, ProcedurePage):
        for index, target in enumerate(page.then):
            if target in nodes:
                yield FlowEdge(record.page_id, f"then[{index}]", target, "then")


def start_pages(site: Site, lang: str) -> list[PageRecord]:
    return [record for record in site.in_language(lang) if isinstance(record.page, StartPage)]


@lru_cache(maxsize=8)  # every page of a build asks for its language's graph: built once per site and language
def build_flow_graph(site: Site, lang: str) -> FlowGraph:
    records = site.in_language(lang)
    nodes = {record.page_id: record for record in records if record.page.kind in FLOW_KINDS}
    edges = tuple(edge for record in nodes.values() for edge in flow_edges(record, nodes))
    starts = start_pages(site, lang)
    return FlowGraph(
        lang=lang,
        start=starts[0] if starts else None,
        nodes=nodes,
        edges=edges,
        page_kinds={record.page_id: record.page.kind for record in records},
    )
