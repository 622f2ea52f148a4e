"""The site's menu in the order of the flow, its section titles in the page's language, and the footer's
previous/next links, which never jump across the flow.

Order: the start page and the flowchart; the questions, the situations and the procedures, each in flow order (a
procedure where the flow first recommends it, breadth first through the answers and options in their order); then
the explanations and the reference pages, by page id. Section titles come from the interface strings (``nav``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..markup.environment import strings_of
from ..model.site import Site
from .flowchart.figure import FLOWCHART_PAGE_ID
from .graph import build_flow_graph

# The most pages a menu section lists on a page: a longer section lists a window of this many (see shown_entries).
SECTION_LIMIT = 16
# Pages whose own links lead on (answers, options, "if this did not work"): no footer previous/next there.
FLOW_PAGE_KINDS = frozenset({"start", "question", "scenario", "procedure"})


@dataclass(frozen=True)
class MenuSection:
    title: str | None  # None: pages at the top of the menu
    page_ids: tuple[str, ...]


def menu_sections(site: Site, lang: str) -> list[MenuSection]:
    """Every page of the language once, in menu order; sections without pages are left out."""
    graph = build_flow_graph(site, lang)
    titles = strings_of(lang, "nav")
    kinds = {record.page_id: record.page.kind for record in site.in_language(lang)}
    top = [page_id for page_id, kind in kinds.items() if kind == "start"]
    top += [FLOWCHART_PAGE_ID] if FLOWCHART_PAGE_ID in kinds else []
    groups = [
        (None, top),
        (titles["questions"], graph.of_kind("question")),
        (titles["scenarios"], graph.of_kind("scenario")),
        (titles["procedures"], graph.of_kind("procedure")),
        (titles["explanations"], [p for p, kind in kinds.items() if kind == "explanation" and p not in top]),
        (titles["reference"], [p for p, kind in kinds.items() if kind == "reference"]),
    ]
    sections = [MenuSection(title, tuple(page_ids)) for title, page_ids in groups if page_ids]
    placed = {page_id for section in sections for page_id in section.page_ids}
    rest = tuple(page_id for page_id in kinds if page_id not in placed)  # a kind this menu does not know yet
    return sections + ([MenuSection(None, rest)] if rest else [])


def footer_neighbours(sections: list[MenuSection], kinds: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
    """Previous and next page of every page for the footer: pages outside the flow link to each other in menu
    order; the flow's pages get neither (their answers, options and "if this did not work" lead on)."""
    order = [page_id for section in sections for page_id in section.page_ids]
    outside = [page_id for page_id in order if kinds.get(page_id) not in FLOW_PAGE_KINDS]
    neighbours: dict[str, tuple[str | None, str | None]] = {page_id: (None, None) for page_id in order}
    for index, page_id in enumerate(outside):
        previous = outside[index - 1] if index > 0 else None
        following = outside[index + 1] if index + 1 < len(outside) else None
        neighbours[page_id] = (previous, following)
    return neighbours


def shown_entries(count: int, current: int | None, limit: int = SECTION_LIMIT) -> range:
    """Which entries of a menu section of ``count`` pages a page lists, so that a page does not grow with the site.

    A section of up to ``limit`` pages is listed whole. In a longer one, a page outside it lists its first ``limit``
    pages (the flow's first recommendations); a page inside it lists ``limit`` pages around itself, its neighbours
    in flow order among them, so every page of the section is reached from the first ones, step by step."""
    if count <= limit:
        return range(count)
    if current is None:
        return range(limit)
    start = min(max(current - limit // 2, 0), count - limit)
    return range(start, start + limit)
