"""MkDocs hook: the menu follows the flow, with section titles in the page's language (the core's guide.flow.menu);
the footer's previous/next links never jump across the flow; a long section lists only part of itself on a page
(guide.flow.menu.shown_entries: ``guide_menu_hidden`` in the page's context, overrides/partials/nav-item.html), so
the pages do not grow with the site.

Runs before mkdocs-static-i18n's on_nav (priority -100), once per language build: the navigation MkDocs made from
the folders ("About", "Check", ...) is rebuilt from the same Page objects.
"""

from __future__ import annotations

from guide.flow.menu import footer_neighbours, menu_sections, shown_entries
from hook_support import record_of, site_of
from mkdocs.structure.nav import Navigation, Section

MENU_HIDDEN_KEY = "guide_menu_hidden"


def on_nav(nav, config, files):
    pages = {}
    for page in nav.pages:
        record = record_of(page, config)
        if record is not None:
            pages[record.page_id] = (record, page)
    if not pages:
        return nav
    lang = next(iter(pages.values()))[0].lang
    sections = menu_sections(site_of(config), lang)
    items, ordered = [], []
    for section in sections:
        members = [pages[page_id][1] for page_id in section.page_ids if page_id in pages]
        ordered += members
        if section.title is None:
            items += members
            for page in members:
                page.parent = None
        else:
            group = Section(section.title, members)
            for page in members:
                page.parent = group
            items.append(group)
    others = [page for page in nav.pages if page not in ordered]  # pages outside the content model
    for page in others:
        page.parent = None
    kinds = {page_id: record.page.kind for page_id, (record, _) in pages.items()}
    neighbours = footer_neighbours(sections, kinds)
    for page_id, (previous, following) in neighbours.items():
        if page_id in pages:
            page = pages[page_id][1]
            page.previous_page = pages[previous][1] if previous in pages else None
            page.next_page = pages[following][1] if following in pages else None
    return Navigation(items + others, ordered + others)


def hidden_entries(nav, page) -> frozenset[str]:
    """The src_uri of every page the menu leaves out on ``page`` (None: a page outside the menu, such as 404)."""
    hidden = set()
    for item in nav.items:
        if not isinstance(item, Section):
            continue
        members = [child for child in item.children if not isinstance(child, Section)]
        current = members.index(page) if page in members else None
        shown = shown_entries(len(members), current)
        hidden.update(member.file.src_uri for index, member in enumerate(members) if index not in shown)
    return frozenset(hidden)


def on_page_context(context, page, config, nav):
    context[MENU_HIDDEN_KEY] = hidden_entries(nav, page)
    return context


def on_template_context(context, template_name, config):
    if context.get("nav") is not None:
        context[MENU_HIDDEN_KEY] = hidden_entries(context["nav"], None)
    return context
