""" "If this did not work", derived from the flow graph: for each situation offering the page, its later options;
for each question leading here, its other answers; always a way back to the first question."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guide.flow.fallbacks import fallback_groups, has_fallbacks, render_fallbacks
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.flow.rules import flow_errors
from guide.model.site import Site, load_site

from tests.flow.journey_site import journey_graph, journey_site
from tests.support.pages import valid, write_both
from tests.support.paths import DOCS_DIR


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return journey_site(tmp_path)


@pytest.fixture
def graph(site: Site) -> FlowGraph:
    return journey_graph(site)


def summary(site: Site, graph: FlowGraph, page_id: str) -> list[tuple[str, str, list[tuple[int | None, str, str]]]]:
    """(kind, source, [(number, text, link)]) of every group."""
    return [
        (group.kind, group.source, [(c.number, c.text, c.link) for c in group.choices])
        for group in fallback_groups(site, graph, page_id)
    ]


def test_later_options_of_each_situation_and_other_answers_of_each_question(site: Site, graph: FlowGraph) -> None:
    assert summary(site, graph, "procedures/device") == [
        (
            "scenario",
            "scenarios/phone",
            [
                (2, "Get a text", "sms.md"),
                (3, "Why it happens", "../about/info.md"),
                (4, "Request recovery", "recovery.md"),
            ],
        ),
        ("question", "check/second", [(None, "None", "recovery.md")]),
    ]
    assert summary(site, graph, "procedures/sms") == [
        (
            "scenario",
            "scenarios/phone",
            [(3, "Why it happens", "../about/info.md"), (4, "Request recovery", "recovery.md")],
        ),
        ("scenario", "scenarios/number", [(2, "Request recovery", "recovery.md")]),
    ]


def test_the_last_option_keeps_a_way_back_to_its_situation(site: Site, graph: FlowGraph) -> None:
    groups = fallback_groups(site, graph, "procedures/recovery")
    assert [(group.source, group.choices) for group in groups[:2]] == [
        ("scenarios/phone", ()),
        ("scenarios/number", ()),
    ]
    markdown = render_fallbacks(site, graph, "procedures/recovery")
    assert markdown.count("This was the last way to try for this situation.") == 2
    assert "[Back to the list for this situation](../scenarios/phone.md){ .guide-fallback__source }" in markdown
    assert "[Back to the list for this situation](../scenarios/number.md){ .guide-fallback__source }" in markdown


def test_which_pages_end_with_fallbacks(site: Site, graph: FlowGraph) -> None:
    with_fallbacks = {page_id for page_id in graph.page_kinds if has_fallbacks(site, graph, page_id)}
    # Every procedure (the prevention step reached by `then` too) and the explanation an option leads to; not the
    # questions and situations (their answers and options lead on), nor pages outside the flow.
    assert with_fallbacks == {
        "procedures/device",
        "procedures/sms",
        "procedures/recovery",
        "procedures/prevent",
        "about/info",
    }


def test_markdown_of_the_section(site: Site, graph: FlowGraph) -> None:
    markdown = render_fallbacks(site, graph, "procedures/device")
    lines = markdown.splitlines()
    assert lines[0] == "## If this did not work { #guide-fallbacks data-search-exclude }"
    assert '<details class="guide-fallback" id="guide-fallbacks-1" markdown>' in lines  # closed: one of two
    assert '<summary class="guide-fallback__title">Situation: New phone</summary>' in lines
    assert '<summary class="guide-fallback__title">Question: Do you have a device?</summary>' in lines
    assert (
        '2. [<span class="guide-answer__number">2</span>Get a text<span class="guide-answer__hint">when the number '
        "works</span>](sms.md){ .guide-answer }"
    ) in lines
    assert "- [None](recovery.md){ .guide-answer }" in lines
    assert "[Back to this question](../check/second.md){ .guide-fallback__source }" in lines
    assert lines[-3:] == ["[Start again from the first question](../index.md){ .guide-back }", "", "</nav>"]
    assert 'data-others="Came from another question or situation?"' in markdown


def test_a_single_group_is_open_and_pages_reached_by_then_only_lead_to_the_start(site: Site, graph: FlowGraph) -> None:
    explanation = render_fallbacks(site, graph, "about/info")
    assert explanation.startswith("## What to do next { #guide-fallbacks data-search-exclude }")
    assert '<details class="guide-fallback" id="guide-fallbacks-1" open markdown>' in explanation
    prevention = render_fallbacks(site, graph, "procedures/prevent")
    assert "<details" not in prevention
    assert "start again from the first question" in prevention
    assert "[Start again from the first question](../index.md){ .guide-back }" in prevention


def test_japanese_strings(site: Site) -> None:
    markdown = render_fallbacks(site, journey_graph(site, "ja"), "procedures/device")
    assert markdown.startswith("## うまくいかなかったときは { #guide-fallbacks data-search-exclude }")
    assert 'data-others="ほかの質問や状況から来た場合"' in markdown
    assert '<summary class="guide-fallback__title">状況: New phone</summary>' in markdown


def test_titles_in_summaries_are_html_escaped(tmp_path: Path) -> None:
    journey_site(tmp_path)
    write_both(
        tmp_path,
        "check/second",
        {
            **valid("question"),
            "question": '<img src=x onerror="a()">',
            "answers": [
                {"label": "<b>Device</b>", "next": "procedures/device"},
                {"label": "None", "next": "procedures/recovery"},
            ],
        },
    )
    site = load_site(tmp_path, today=date(2026, 11, 24))[0]
    markdown = render_fallbacks(site, journey_graph(site), "procedures/recovery")
    assert "<img" not in markdown and "&lt;img src=x onerror=&#34;a()&#34;&gt;" in markdown
    assert "<b>" not in markdown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_real_flow_every_procedure_ends_with_a_way_on(lang: str) -> None:
    """On the real content: every procedure has the section, and every procedure offered by a situation or reached
    by an answer has at least one group (the reader who came from there finds their next step)."""
    site = load_site(DOCS_DIR, today=date.today(), checks=(flow_errors,))[0]
    graph = build_flow_graph(site, lang)
    for page_id in graph.of_kind("procedure"):
        assert has_fallbacks(site, graph, page_id), page_id
        reached_by = {edge.kind for edge in graph.edges_to(page_id)}
        groups = fallback_groups(site, graph, page_id)
        assert bool(groups) == bool(reached_by & {"answer", "option"}), page_id
