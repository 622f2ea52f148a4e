"""A situation page (kind scenario): its options as numbered choices right under the title and summary, the page's
own Markdown as background, and a way back at the end. The markup is in templates/flow/situation*.md.jinja."""

from __future__ import annotations

from ..links import page_link
from ..markup.environment import render, strings_of
from ..model.citations import citation, rests_on_older
from ..model.schema import ScenarioPage
from ..model.site import Site
from .choices import Choice
from .graph import FlowGraph

OPTIONS_HEADING_ID = "guide-options"


def option_choices(
    site: Site, lang: str, scenario: ScenarioPage, current: str, *, after: int = 0, cited: bool = False
) -> list[Choice]:
    """The situation's options from number ``after + 1`` on, as choices linked from page ``current``. An option may
    lead to any page (a procedure, a question, an explanation): the link text is that page's title. ``cited``: with
    the option's source marks (only on the situation page itself, where its source list is)."""
    return [
        Choice(
            site.page(lang, option.page).title,
            option.when,
            page_link(current, option.page),
            number,
            citation(option, scenario.sources) if cited else None,
        )
        for number, option in enumerate(scenario.options, start=1)
        if number > after
    ]


def render_situation_top(site: Site, graph: FlowGraph, page_id: str) -> str:
    """What comes right under the title: the summary and the options, in order."""
    page = graph.nodes[page_id].page
    assert isinstance(page, ScenarioPage)
    return render(
        "flow/situation.md.jinja",
        lang=graph.lang,
        summary=page.summary,
        options=option_choices(site, graph.lang, page, page_id, cited=True),
        heading_id=OPTIONS_HEADING_ID,
        older_legend=_older_legend(page, graph.lang),
    )


def _older_legend(page: ScenarioPage, lang: str) -> str | None:
    """What the mark of an option resting on Apple's older text means, said once under the options."""
    if not rests_on_older(page):
        return None
    c = strings_of(lang, "citations")
    return c["older_legend"].format(mark=c["older_mark"])


def render_way_back(graph: FlowGraph, page_id: str) -> str:
    """The end of a situation page: back to the question that leads here (the first in flow order), and the start."""
    previous = graph.previous_question(page_id)
    start_id = graph.start.page_id if graph.start else "index"
    return render(
        "flow/way-back.md.jinja",
        lang=graph.lang,
        previous=page_link(page_id, previous) if previous else None,
        start=page_link(page_id, start_id),
    )
