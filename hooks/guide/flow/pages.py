"""Markdown for the flow's pages: a question page (the question as its heading, answers, the way here and back),
the start page (the first question on the first screen, then the introduction and every outcome).

Links are Markdown links to the target's ``.md`` file relative to the current page, so MkDocs validates them and
the i18n plugin points them at the page's own language. The markup is in hooks/guide/templates/flow/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ..links import page_link
from ..markup.environment import render
from ..markup.fragments import FieldLinks
from ..model.schema import Page, ProcedurePage, QuestionPage, ScenarioPage
from .choices import Choice
from .flowchart.figure import FLOWCHART_PAGE_ID
from .graph import FlowGraph

QUESTION_HEADING_ID = "guide-question"


@dataclass(frozen=True)
class OutcomeLink:
    title: str
    summary: str | None
    link: str


@dataclass(frozen=True)
class AnsweredQuestion:
    """A question on the way to the current one: its text, a link back to it, the answers that lead onward."""

    question: str
    link: str
    answers: tuple[str, ...]


def question_context(page: QuestionPage, page_id: str, current: str, *, level: int) -> dict[str, Any]:
    """Template context of question ``page_id`` rendered on page ``current``: as the page's ``<h1>`` (level 1, its
    own page) or as a section (level 2, the start page)."""
    return {
        "field_links": FieldLinks(source=page_id, current=current),
        "question": page.question,
        "help": page.help,
        "answers": [Choice(a.label, a.hint, page_link(current, a.next)) for a in page.answers],
        "heading_id": QUESTION_HEADING_ID,
        "heading_level": level,
    }


def answered_questions(graph: FlowGraph, page_id: str) -> list[AnsweredQuestion]:
    """The questions from the first one to the one before ``page_id``, each with the answers leading onward, as
    links from ``page_id`` (the first way in flow order where several lead here)."""
    chain: list[AnsweredQuestion] = []
    current = page_id
    while (previous := graph.previous_question(current)) is not None and len(chain) < len(graph.nodes):
        page = graph.nodes[previous].page
        assert isinstance(page, QuestionPage)
        labels = tuple(answer.label for answer in page.answers if answer.next == current)
        chain.append(AnsweredQuestion(page.question, page_link(page_id, previous), labels))
        current = previous
    return chain[::-1]


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
        answered=answered_questions(graph, page_id),
        flowchart_link=page_link(page_id, FLOWCHART_PAGE_ID) if flowchart else None,
        **question_context(page, page_id, page_id, level=1),
    )


def _summary(page: Page) -> str | None:
    if isinstance(page, ScenarioPage | ProcedurePage):
        return page.summary
    return page.description


def split_lead(markdown: str) -> tuple[str, str]:
    """The start page's own Markdown as its lead (the first paragraph, shown above the first question) and the
    rest (shown below the answers)."""
    blocks = markdown.strip().split("\n\n", 1)
    return blocks[0].strip(), (blocks[1].strip() if len(blocks) > 1 else "")


def render_start(graph: FlowGraph, flowchart: bool, *, body: str) -> str:
    """The whole start page: its title, the lead (the first paragraph of ``body``, the page's own Markdown), the
    first question with its answers, the rest of ``body``, then links to every scenario and procedure."""
    assert graph.start is not None and graph.first is not None
    current = graph.start.page_id
    first = graph.nodes[graph.first].page
    assert isinstance(first, QuestionPage)

    def outcomes(kind: str) -> list[OutcomeLink]:
        pages = [(page_id, graph.nodes[page_id].page) for page_id in graph.of_kind(kind)]
        return [OutcomeLink(page.title, _summary(page), page_link(current, page_id)) for page_id, page in pages]

    lead, rest = split_lead(body)
    return render(
        "flow/start.md.jinja",
        lang=graph.lang,
        title=graph.start.page.title,
        lead=Markup(lead),  # the page's own Markdown, not front matter
        rest=Markup(rest),
        scenarios=outcomes("scenario"),
        procedures=outcomes("procedure"),
        flowchart_link=page_link(current, FLOWCHART_PAGE_ID) if flowchart else None,
        **question_context(first, graph.first, current, level=2),
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
