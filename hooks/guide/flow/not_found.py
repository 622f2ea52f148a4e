"""The page for an address that does not exist (404.html): one page for every language, since GitHub Pages answers
every missing path of the site with the one ``404.html`` at its root.

Each language gets its own section: what happened, the flow's first question with its answers, the start page and
a search form that opens the search of that language's start page (``?q=``). The default language comes first;
docs/assets/javascripts/not-found.js puts the section of the requested path's language first. Links are absolute
paths under the site's root, since the page is served at any depth. The markup is in
hooks/guide/templates/flow/not-found.html.jinja.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..links import page_location
from ..markup.environment import render
from ..model.site import Site
from ..search.fallback import search_fallback
from .graph import build_flow_graph


@dataclass(frozen=True)
class NotFoundLink:
    label: str
    href: str


@dataclass(frozen=True)
class NotFoundSection:
    lang: str
    start_href: str  # the language's start page, also where its search form goes
    question: NotFoundLink | None  # the flow's first question, None for a site without a flow
    answers: tuple[NotFoundLink, ...]


def not_found_sections(site: Site, root: str) -> tuple[NotFoundSection, ...]:
    """One section per language, the default language first; ``root`` is the site's path ("/" or "/guide/")."""
    root = root if root.endswith("/") else f"{root}/"
    ordered = (site.default_lang, *(lang for lang in site.languages if lang != site.default_lang))
    sections = []
    for lang in ordered:

        def href(page_id: str, lang: str = lang) -> str:
            return root + page_location(page_id, lang, site.default_lang)

        fallback = search_fallback(build_flow_graph(site, lang))
        question = None if fallback is None else NotFoundLink(fallback.question, href(fallback.question_page))
        answers = () if fallback is None else tuple(NotFoundLink(a.label, href(a.page_id)) for a in fallback.answers)
        sections.append(NotFoundSection(lang, href("index"), question, answers))
    return tuple(sections)


def not_found_html(site: Site, root: str) -> str:
    """The body of the 404 page: every language's section."""
    return render("flow/not-found.html.jinja", sections=not_found_sections(site, root), root=root)
