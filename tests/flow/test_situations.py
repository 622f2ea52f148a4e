"""A situation page's generated Markdown: the summary and the options under the title, numbered in order, each with
its condition, as the answers' component; options may lead to explanations; a way back at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide.flow.graph import FlowGraph
from guide.flow.situations import option_choices, render_situation_top, render_way_back
from guide.model.schema import ScenarioPage
from guide.model.site import Site, load_site

from tests.flow.journey_site import journey_graph, journey_site
from tests.support.pages import CITE, TODAY, valid, write_both


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return journey_site(tmp_path)


@pytest.fixture
def graph(site: Site) -> FlowGraph:
    return journey_graph(site)


def option_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if "{ .guide-answer }" in line]


# The source mark after each option on its own situation page (every option here cites SOURCE, number 1).
MARK = (
    ' <span class="guide-cite" data-search-exclude><span class="guide-cite__label">Source</span> '
    '<a class="guide-cite__ref" href="#source-apple-102606" aria-label="Source 1: Apple">1</a></span>'
)


def test_options_in_order_with_their_conditions(site: Site, graph: FlowGraph) -> None:
    markdown = render_situation_top(site, graph, "scenarios/phone")
    assert option_lines(markdown) == [
        '1. [<span class="guide-answer__number">1</span>Allow on the device<span class="guide-answer__hint">when the '
        "old phone is at hand</span>](../procedures/device.md){ .guide-answer }" + MARK,
        '2. [<span class="guide-answer__number">2</span>Get a text<span class="guide-answer__hint">when the number '
        "works</span>](../procedures/sms.md){ .guide-answer }" + MARK,
        '3. [<span class="guide-answer__number">3</span>Why it happens<span class="guide-answer__hint">when you want '
        "to know why</span>](../about/info.md){ .guide-answer }" + MARK,
        '4. [<span class="guide-answer__number">4</span>Request recovery<span class="guide-answer__hint">when nothing '
        "else works</span>](../procedures/recovery.md){ .guide-answer }" + MARK,
    ]


def test_options_shown_elsewhere_carry_no_source_marks(site: Site) -> None:
    """On another page (a procedure's "if this did not work"), the situation's source list is not there."""
    scenario = site.page("en", "scenarios/phone")
    assert isinstance(scenario, ScenarioPage)
    assert all(choice.cited is None for choice in option_choices(site, "en", scenario, "procedures/device", after=1))


def test_summary_then_options_in_a_named_numbered_list(site: Site, graph: FlowGraph) -> None:
    lines = render_situation_top(site, graph, "scenarios/number").splitlines()
    assert lines[:2] == ["The number is gone&#46;", "{: .guide-summary }"]
    heading = next(index for index, line in enumerate(lines) if line.startswith("## "))
    assert lines[heading] == "## What to try, in this order { #guide-options }"
    nav = next(index for index, line in enumerate(lines) if line.startswith("<nav"))
    assert heading < nav < lines.index(option_lines("\n".join(lines))[0])
    assert lines[nav] == '<nav class="guide-answers guide-answers--numbered" aria-labelledby="guide-options" markdown>'


def test_japanese_strings_on_the_japanese_page(site: Site) -> None:
    markdown = render_situation_top(site, journey_graph(site, "ja"), "scenarios/phone")
    assert "## 試す方法(上から順に) { #guide-options }" in markdown


def test_option_text_cannot_become_markup(tmp_path: Path) -> None:
    journey_site(tmp_path)
    hostile = "<b>*x*</b> [y](z) {{ w }}"
    options = [{"page": "procedures/device", "when": hostile, "cite": CITE}]
    write_both(tmp_path, "scenarios/phone", valid("scenario", title=hostile, summary=hostile, options=options))
    site = load_site(tmp_path, today=TODAY)[0]
    markdown = render_situation_top(site, journey_graph(site), "scenarios/phone")
    assert "<b>" not in markdown and "{{" not in markdown and "[y]" not in markdown and "*x*" not in markdown
    assert "&lt;b&gt;&#42;x&#42;&lt;/b&gt;" in markdown


def test_way_back_to_the_question_and_the_start(graph: FlowGraph) -> None:
    markdown = render_way_back(graph, "scenarios/phone")
    assert "[Back to the previous question](../check/first.md){ .guide-back }" in markdown
    assert "[Back to the start](../index.md){ .guide-back }" in markdown
