"""Which way a keyboard-only reader walks: from the start page along answers to a procedure, then its steps.

Derived from the site model, so the walk follows the content as it is: the procedure with the most steps and
waiting periods that answers alone reach, by the shortest chain of questions.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from guide.flow.graph import FlowGraph
from guide.model.schema import ProcedurePage


@dataclass(frozen=True)
class Walk:
    pages: tuple[str, ...]  # page ids: "index" (showing the first question), the next questions, the procedure
    anchors: tuple[str, ...]  # in the procedure: "step-<id>" and "wait-<phase id>" in reading order
    shown: frozenset[str]  # anchors already on screen when the reader gets there (the first step after a wait)


def procedure_anchors(page: ProcedurePage) -> tuple[str, ...]:
    anchors: list[str] = []
    for phase in page.all_phases:
        anchors += [f"step-{step.id}" for step in phase.steps]
        if phase.wait is not None:
            anchors.append(f"wait-{phase.id}")
    return tuple(anchors)


def shown_after_wait(anchors: tuple[str, ...]) -> frozenset[str]:
    """After a waiting period the next phase's step tabs follow, their first step already shown: no link leads
    there; Tab goes on into it."""
    return frozenset(after for before, after in zip(anchors, anchors[1:], strict=False) if before.startswith("wait-"))


def answer_paths(graph: FlowGraph) -> dict[str, list[str]]:
    """Shortest chain of answers from the first question to every page answers reach (breadth first)."""
    assert graph.first is not None
    paths = {graph.first: [graph.first]}
    queue = deque([graph.first])
    while queue:
        page_id = queue.popleft()
        for edge in graph.edges_from(page_id):
            if edge.kind == "answer" and edge.target not in paths:
                paths[edge.target] = [*paths[page_id], edge.target]
                if graph.kind(edge.target) == "question":
                    queue.append(edge.target)
    return paths


def longest_walk(graph: FlowGraph) -> Walk:
    paths = answer_paths(graph)
    procedures = [page_id for page_id in paths if graph.kind(page_id) == "procedure"]
    assert procedures, "no procedure is reached by answers alone"

    def size(page_id: str) -> tuple[int, int, str]:
        page = graph.nodes[page_id].page
        assert isinstance(page, ProcedurePage)
        return len(procedure_anchors(page)), len(paths[page_id]), page_id

    target = max(procedures, key=size)
    page = graph.nodes[target].page
    assert isinstance(page, ProcedurePage)
    # The start page shows the first question's answers itself, so the walk goes on from its answer.
    anchors = procedure_anchors(page)
    return Walk(pages=("index", *paths[target][1:]), anchors=anchors, shown=shown_after_wait(anchors))
