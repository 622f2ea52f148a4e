"""The generated Markdown of question and start pages: relative links to .md files, placement under the title."""

from __future__ import annotations

from datetime import date

import pytest
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.flow.pages import (
    FLOWCHART_MARKER,
    insert_after_title,
    render_question_page,
    render_start,
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
    assert "## Do you have another Apple device signed in with the same Apple Account? { #guide-question" in markdown
    assert "- [Yes](../procedures/on-device.md){ .guide-answer }" in markdown
    assert '- [I&#39;m not sure<span class="guide-answer__hint">The next question shows how to check&#46;</span>]' in (
        markdown
    )
    assert "[Back to the start](../index.md){ .guide-back }" in markdown
    assert FLOWCHART_MARKER in markdown and "(../flowchart.md){ .guide-flowchart-link }" in markdown


def test_question_page_without_flowchart_page(graph: FlowGraph) -> None:
    markdown = render_question_page(graph, "check/number", flowchart=False)
    assert "[Back to the previous question](device.md){ .guide-back }" in markdown
    assert "flowchart.md" not in markdown


def test_question_text_cannot_become_markup(graph: FlowGraph) -> None:
    markdown = render_question_page(graph, "check/number", flowchart=False)
    heading = next(line for line in markdown.splitlines() if line.startswith("## "))
    assert (
        "<b>" not in heading
        and "{{" not in heading
        and "[" not in heading.removesuffix("{ #guide-question .guide-question__text }")
    )


def test_start_markdown_lists_outcomes_in_flow_order(graph: FlowGraph) -> None:
    markdown = render_start(graph, flowchart=True)
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
