""" "If this did not work": where a reader goes from a procedure (or a page an option leads to) when it did not help,
derived from the flow graph.

For each situation that offers the page: its options after this one, in order, with their conditions. For each
question whose answer leads here: its other answers. Then, always, a way back to the first question. Every group
is on the page (no JavaScript needed); fallbacks.js puts first the group of the page the reader came from.
The markup is in templates/flow/fallbacks.md.jinja.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..links import page_link
from ..markup.environment import render
from ..model.schema import ProcedurePage, QuestionPage, ScenarioPage
from ..model.site import Site
from .choices import Choice
from .graph import FlowGraph
from .situations import option_choices

FALLBACKS_HEADING_ID = "guide-fallbacks"


@dataclass(frozen=True)
class FallbackGroup:
    """The ways on from one page that leads here: a situation's later options or a question's other answers."""

    kind: Literal["scenario", "question"]
    source: str  # page id of the situation or question
    title: str  # the situation's title, or the question
    link: str  # to that page
    choices: tuple[Choice, ...]
    heading_id: str


def fallback_groups(site: Site, graph: FlowGraph, page_id: str) -> list[FallbackGroup]:
    """Situations first, then questions, each in flow order; links are relative to ``page_id``."""
    groups: list[FallbackGroup] = []
    for scenario_id in graph.of_kind("scenario"):
        scenario = graph.nodes[scenario_id].page
        assert isinstance(scenario, ScenarioPage)
        numbers = [number for number, option in enumerate(scenario.options, start=1) if option.page == page_id]
        if numbers:
            choices = option_choices(site, graph.lang, scenario, page_id, after=numbers[0])
            groups.append(_group("scenario", scenario_id, scenario.title, page_id, choices, len(groups)))
    for question_id in graph.of_kind("question"):
        question = graph.nodes[question_id].page
        assert isinstance(question, QuestionPage)
        if any(answer.next == page_id for answer in question.answers):
            choices = [
                Choice(answer.label, answer.hint, page_link(page_id, answer.next))
                for answer in question.answers
                if answer.next != page_id
            ]
            groups.append(_group("question", question_id, question.question, page_id, choices, len(groups)))
    return groups


def _group(
    kind: Literal["scenario", "question"], source: str, title: str, page_id: str, choices: list[Choice], index: int
) -> FallbackGroup:
    link = page_link(page_id, source)
    return FallbackGroup(kind, source, title, link, tuple(choices), f"{FALLBACKS_HEADING_ID}-{index + 1}")


def has_fallbacks(site: Site, graph: FlowGraph, page_id: str) -> bool:
    """Procedures of the flow, and every other page that a situation's option or a procedure's ``then`` leads to
    (an explanation read on the way); question and situation pages have answers and options of their own."""
    if page_id not in graph.page_kinds:
        return False
    kind = graph.page_kinds[page_id]
    if kind == "procedure":
        return True
    if kind in ("question", "scenario", "start"):
        return False
    for record in graph.nodes.values():
        page = record.page
        if isinstance(page, ScenarioPage) and any(option.page == page_id for option in page.options):
            return True
        if isinstance(page, ProcedurePage) and page_id in page.then:
            return True
    return False


def render_fallbacks(site: Site, graph: FlowGraph, page_id: str) -> str:
    """The section that ends the page."""
    start_id = graph.start.page_id if graph.start else "index"
    return render(
        "flow/fallbacks.md.jinja",
        lang=graph.lang,
        procedure=graph.page_kinds.get(page_id) == "procedure",
        groups=fallback_groups(site, graph, page_id),
        heading_id=FALLBACKS_HEADING_ID,
        start=page_link(page_id, start_id),
    )
