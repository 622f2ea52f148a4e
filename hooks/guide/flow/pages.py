"""Markdown for the flow's pages: a question page's question, answers and way back; the start page's lists.

Links are Markdown links to the target's ``.md`` file relative to the current page, so MkDocs validates them and
the i18n plugin points them at the page's own language. The markup is in hooks/guide/templates/flow/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ..links import page_link
from ..markup.environment import render
from ..model.schema import Page, ProcedurePage, QuestionPage, ScenarioPage
from .flowchart.figure import FLOWCHART_MARKER, FLOWCHART_PAGE_ID
from .graph import FlowGraph

QUESTION_HEADING_ID = "guide-question"


@dataclass(frozen=True)
class AnswerLink:
    label: str
    hint: str | None
    link: str


@dataclass(frozen=True)
class OutcomeLink:
    title: str
    summary: str | None
    link: str


def question_context(page: QuestionPage, current: str) -> dict[str, Any]:
    """Template context of one question rendered on page ``current`` (the question page or the start page)."""
    return {
        "question": page.question,
        "help": page.help,
        "answers": [AnswerLink(a.label, a.hint, page_link(current, a.next)) for a in page.answers],
        "heading_id": QUESTION_HEADING_ID,
    }


def render_question_page(graph: FlowGraph, page_id: str, flowchart: bool) -> str:
    """The generated part of a question page. ``flowchart``: the site has a flowchart page to link to."""
    page = graph.nodes[page_id].page
    assert isinstance(page, QuestionPage)
    previous = graph.previous_question(page_id)
    start_id = graph.start.page_id if graph.start else "index"
    back = {"link": page_link(page_id, previous or start_id), "to_start": previous is None}
    return render(
        "flow/question-page.md.jinja",
        lang=graph.lang,
        back=back,
        flowchart_marker=Markup(FLOWCHART_MARKER),
        flowchart_link=page_link(page_id, FLOWCHART_PAGE_ID) if flowchart else None,
        **question_context(page, page_id),
    )


def _summary(page: Page) -> str | None:
    if isinstance(page, ScenarioPage | ProcedurePage):
        return page.summary
    return page.description


def render_start(graph: FlowGraph, flowchart: bool) -> str:
    """The start page's generated part: the first question, then links to every scenario and procedure."""
    assert graph.start is not None and graph.first is not None
    current = graph.start.page_id
    first = graph.nodes[graph.first].page
    assert isinstance(first, QuestionPage)

    def outcomes(kind: str) -> list[OutcomeLink]:
        pages = [(page_id, graph.nodes[page_id].page) for page_id in graph.of_kind(kind)]
        return [OutcomeLink(page.title, _summary(page), page_link(current, page_id)) for page_id, page in pages]

    return render(
        "flow/start.md.jinja",
        lang=graph.lang,
        scenarios=outcomes("scenario"),
        procedures=outcomes("procedure"),
        flowchart_link=page_link(current, FLOWCHART_PAGE_ID) if flowchart else None,
        **question_context(first, current),
    )


def insert_after_title(markdown: str, generated: str) -> str:
    """Put generated Markdown right under the page's ``# title`` line if it has one, else at the top."""
    lines = markdown.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.strip() == "":
            continue
        if line.startswith("# "):
            return "".join(lines[: index + 1]) + "\n" + generated + "\n" + "".join(lines[index + 1 :])
        break
    return generated + "\n" + markdown
