"""What the search box offers when a query finds nothing: the flow's first question and its answers, as links.

A reader who cannot name their problem in words the index knows can still answer the first question.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..flow.graph import FlowGraph
from ..model.schema import QuestionPage


@dataclass(frozen=True)
class FallbackLink:
    label: str
    page_id: str


@dataclass(frozen=True)
class SearchFallback:
    question: str  # the first question's text
    question_page: str  # its page id
    answers: tuple[FallbackLink, ...]


def search_fallback(graph: FlowGraph) -> SearchFallback | None:
    """The first question and where each of its answers leads; None for a site without a flow."""
    first = graph.nodes.get(graph.first or "")
    if first is None or not isinstance(first.page, QuestionPage):
        return None
    answers = tuple(FallbackLink(edge.label or "", edge.target) for edge in graph.edges_from(first.page_id))
    return SearchFallback(first.page.question, first.page_id, answers)
