"""A procedure page's generated Markdown: summary, what to have at hand, time, step tabs, waiting periods, next pages.

The markup is in ``hooks/guide/templates/procedures/procedure.md.jinja``; this module prepares what it needs.
"""

from __future__ import annotations

from ..links import page_link
from ..markup.environment import render
from ..markup.fragments import FieldLinks
from ..model.schema import ProcedurePage
from ..model.site import Site
from .timeline import timeline_token
from .view import NextPage, certainty_note, procedure_phases

PROCEDURE_TEMPLATE = "procedures/procedure.md.jinja"


def next_pages(page: ProcedurePage, *, page_id: str, lang: str, site: Site) -> list[NextPage]:
    """The page's ``then`` pages in its language, as relative links titled with each page's title."""
    return [NextPage(href=page_link(page_id, target), title=site.page(lang, target).title) for target in page.then]


def render_procedure_markdown(page: ProcedurePage, *, page_id: str, lang: str, then: list[NextPage]) -> str:
    """The Markdown that follows the page's own body (``page_id``: the page's id, which its links start from)."""
    phases = procedure_phases(page)
    timelines = {
        phase.id: timeline_token(phase.timeline, lang=lang, heading_level=3) for phase in phases if phase.timeline
    }
    return render(
        PROCEDURE_TEMPLATE,
        page=page,
        phases=phases,
        timelines=timelines,
        then=then,
        lang=lang,
        certainty_note=certainty_note(page, lang),
        field_links=FieldLinks(source=page_id, current=page_id),
    )
