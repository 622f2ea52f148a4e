"""The generated Markdown of question and start pages: the question as a question page's heading, relative links to
.md files, the questions on the way here, the start page's first screen, placement under the title."""

from __future__ import annotations

from datetime import date

import pytest
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.flow.pages import (
    answered_questions,
    insert_after_title,
    render_question_page,
    render_start,
    split_lead,
)
from guide.flow.text_alternative import flow_text_tree, render_flow_text
from guide.model.site import load_site

from tests.support.paths import REPO_ROOT

FLOW_OK = REPO_ROOT / "tests" / "fixtures" / "flow-ok" / "docs"


@pytest.fixture(scope="module")
def graph() -> FlowGraph:
    return build_flow_graph(load_site(FLOW_OK, today=date(2026, 11, 24))[0], "en")


def test_question_page_markdown(graph: FlowGraph) -> None:
    markdown = render_question_page(graph, "check/device", flowchart=True)
    # The question is the page's one heading of level 1 (the title stays the <title> and the menu entry).
    assert markdown.startswith(
        "# Do you have another Apple device signed in with the same Apple Account? { #guide-question"
    )
    assert [line for line in markdown.splitlines() if line.startswith("# ")] == [markdown.splitlines()[0]]
    assert "- [Yes](../procedures/on-device.md){ .guide-answer }" in markdown
    assert '- [I&#39;m not sure<span class="guide-answer__hint">The next question shows how to check&#46;</span>]' in (
        markdown
    )
    assert "[Back to the start](../index.md){ .guide-back }" in markdown
    assert "(../flowchart.md){ .guide-flowchart-link }" in markdown
    assert "guide-flowchart -->" not in markdown  # no small chart: the questions on the way here instead
    assert "#guide-answered" not in markdown  # the first question has none before it


def test_question_page_without_flowchart_page(graph: FlowGraph) -> None:
    markdown = render_question_page(graph, "check/number", flowchart=False)
    assert "[Back to the previous question](device.md){ .guide-back }" in markdown
    assert "flowchart.md" not in markdown


def test_question_page_lists_the_questions_on_the_way_here(graph: FlowGraph) -> None:
    [device] = answered_questions(graph, "check/number")
    assert device.link == "device.md"
    assert device.answers == ("No", "I'm not sure")  # both answers lead on to this question
    assert answered_questions(graph, "scenarios/number-gone")[-1].answers == ("My number changed",)
    assert [item.link for item in answered_questions(graph, "scenarios/number-gone")] == [
        "../check/device.md",
        "../check/number.md",
    ]
    markdown = render_question_page(graph, "check/number", flowchart=False)
    assert "## Your questions so far { #guide-answered }" in markdown
    assert (
        "1. [Do you have another Apple device signed in with the same Apple Account?](device.md)"
        '<br><span class="guide-answered__answer">→ No / I&#39;m not sure</span>'
    ) in markdown


def test_question_text_cannot_become_markup(graph: FlowGraph) -> None:
    markdown = render_question_page(graph, "check/number", flowchart=False)
    heading = next(line for line in markdown.splitlines() if line.startswith("# "))
    assert (
        "<b>" not in heading
        and "{{" not in heading
        and "[" not in heading.removesuffix("{ #guide-question .guide-question__text }")
    )


def test_start_page_asks_the_first_question_before_the_introduction(graph: FlowGraph) -> None:
    body = "One line that says what the guide does.\nStill the lead.\n\nThe introduction.\n\nMore of it.\n"
    markdown = render_start(graph, flowchart=True, body=body)
    lines = markdown.splitlines()
    assert lines[0] == "# Test guide { .guide-start__title }"
    title, lead, question, answer = (
        lines.index(line)
        for line in (
            lines[0],
            "One line that says what the guide does.",
            next(line for line in lines if line.startswith("## Do you have")),
            next(line for line in lines if "{ .guide-answer }" in line),
        )
    )
    assert title < lead < question < answer < lines.index("The introduction.") < lines.index("More of it.")
    assert lines[lead + 1] == "Still the lead."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lead.\n\nRest.\n\nMore.\n", ("Lead.", "Rest.\n\nMore.")),
        ("\nLead only.\n", ("Lead only.", "")),
        ("", ("", "")),
    ],
)
def test_split_lead(body: str, expected: tuple[str, str]) -> None:
    assert split_lead(body) == expected


def test_start_markdown_lists_outcomes_in_flow_order(graph: FlowGraph) -> None:
    markdown = render_start(graph, flowchart=True, body="")
    links = [line.split("](")[1].split(")")[0] for line in markdown.splitlines() if line.startswith("- [")]
    assert links == [
        "procedures/on-device.md",  # the first question's answers
        "check/number.md",
        "check/number.md",
        "scenarios/number-gone.md",  # every scenario
        "procedures/on-device.md",  # every procedure
        "procedures/by-sms.md",
        "procedures/recovery.md",
        "procedures/add-number.md",
    ]


def test_text_alternative_spells_out_each_page_once(graph: FlowGraph) -> None:
    tree = flow_text_tree(graph, "flowchart")
    [yes, no, not_sure] = tree.branches
    assert (yes.label, yes.node.page_id) == ("Yes", "procedures/on-device")
    assert no.node.page_id == not_sure.node.page_id == "check/number"
    assert [b.node.page_id for b in no.node.branches] == ["procedures/by-sms", "scenarios/number-gone"]
    assert not_sure.node.repeated and not_sure.node.branches == []
    [option] = no.node.branches[1].node.branches
    assert (option.kind, option.label, option.node.page_id) == (
        "option",
        "when nothing else works",
        "procedures/recovery",
    )
    assert option.node.branches[0].kind == "then"
    markdown = render_flow_text(graph, "flowchart")
    assert "        - My number changed → Situation: [The number does not work](scenarios/number-gone.md)" in markdown
    assert "(continued above)" in markdown


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("# Title\n\nBody\n", "# Title\n\nGEN\n\n\nBody\n"),
        ("\n# Title\n", "\n# Title\n\nGEN\n\n"),
        ("Body only\n", "GEN\n\nBody only\n"),
        ("", "GEN\n\n"),
    ],
)
def test_insert_after_title(markdown: str, expected: str) -> None:
    assert insert_after_title(markdown, "GEN\n") == expected
