"""A procedure page's generated Markdown: summary, what to have at hand, time, step tabs, waiting periods, next pages.

The markup is in ``overrides/guide/procedure.md.jinja``; this module prepares what it needs.
"""

from __future__ import annotations

from pathlib import Path

from .procedure_view import NextPage, procedure_phases, relative_page_link
from .schema import ProcedurePage
from .site import Site
from .templates import template_env

PROCEDURE_TEMPLATE = "procedure.md.jinja"


def next_pages(page: ProcedurePage, *, page_id: str, lang: str, site: Site) -> list[NextPage]:
    """The page's ``then`` pages in its language, as relative links titled with each page's title."""
    return [
        NextPage(href=relative_page_link(page_id, target), title=site.page(lang, target).title) for target in page.then
    ]


def render_procedure_markdown(page: ProcedurePage, *, lang: str, then: list[NextPage], templates_dir: Path) -> str:
    """The Markdown that follows the page's own body."""
    template = template_env(templates_dir).get_template(PROCEDURE_TEMPLATE)
    return template.render(page=page, phases=procedure_phases(page), then=then, lang=lang)
