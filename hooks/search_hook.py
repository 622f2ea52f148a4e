"""MkDocs hook: finish Material's search index with what the site model knows (the core's guide.search).

- on_page_content: while each procedure page is built, its step panels are read from the page's content (the body
  Material's search indexes, not the whole built page) and kept in ``config.extra`` until the end of the build;
- on_post_build: the index is rewritten once, with those step sections, after mkdocs-static-i18n has written it.

mkdocs-static-i18n builds the default language, then, from its own on_post_build (priority -100), builds every
other language with the same config object, and writes search/search_index.json afresh from the entries of all
languages. This hook's on_post_build (priority -200) therefore runs in each nested language build too, where
anything it wrote would be overwritten: there it does nothing (hook_support.is_nested_language_build).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guide.flow.graph import build_flow_graph
from guide.links import page_location
from guide.model.schema import ProcedurePage
from guide.search.fallback import search_fallback
from guide.search.index import SearchIndexError, SearchPage, rewrite_index, search_pages
from guide.search.sections import SectionText, content_sections, page_sections
from hook_support import is_nested_language_build, record_of, site_of
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

INDEX_PATH = Path("search") / "search_index.json"
# config.extra key: the step sections of the procedure pages built so far in this build, by index location.
# Set afresh when a build starts; the nested language builds add theirs (their pages have other locations).
STEP_SECTIONS_KEY = "guide_search_step_sections"


def _collected(config: Any) -> dict[str, list[SectionText]]:
    return config.extra.setdefault(STEP_SECTIONS_KEY, {})


def on_pre_build(config: Any) -> None:
    if not is_nested_language_build(config):  # the nested builds add to what the default language's build read
        config.extra[STEP_SECTIONS_KEY] = {}


@event_priority(-200)  # after every other hook has changed the content: read it as search will index it
def on_page_content(html: str, page: Any, config: Any, files: Any) -> None:
    record = record_of(page, config)
    if record is None or not isinstance(record.page, ProcedurePage) or not record.page.all_steps:
        return
    location = page_location(record.page_id, record.lang, site_of(config).default_lang)
    _collected(config)[location] = content_sections(html)


def _step_sections(config: Any, pages: list[SearchPage]) -> dict[str, list[SectionText]]:
    """The step sections of every built procedure page, by index location."""
    collected = _collected(config)
    sections = {}
    for page in pages:
        if not page.step_titles:
            continue
        if page.location in collected:
            sections[page.location] = collected[page.location]
            continue
        # Not rendered in this build (`mkdocs serve --dirty` renders changed pages only): read the built page.
        built = Path(config.site_dir) / page.location / "index.html"
        if built.is_file():
            sections[page.location] = page_sections(built.read_text(encoding="utf-8"))
    return sections


@event_priority(-200)  # after mkdocs-static-i18n has written the index of all languages (-100)
def on_post_build(config: Any) -> None:
    if is_nested_language_build(config):
        return  # mkdocs-static-i18n writes the index again when all languages are built; rewrite that one
    path = Path(config.site_dir) / INDEX_PATH
    if not path.is_file():
        return
    pages = search_pages(site_of(config))
    try:
        index = rewrite_index(json.loads(path.read_bytes()), pages, _step_sections(config, pages))
    except SearchIndexError as error:
        raise PluginError(f"search index: {error}") from None
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


FALLBACK_CONTEXT_KEY = "guide_search_fallback"  # read by overrides/partials/guide/search-fallback.html


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """The first question and its answers, linked relative to this page, for the search dialog's empty result."""
    record = record_of(page, config)
    if record is None:
        return context
    site = site_of(config)
    fallback = search_fallback(build_flow_graph(site, record.lang))
    if fallback is None:
        return context

    def href(page_id: str) -> str:
        return get_relative_url(page_location(page_id, record.lang, site.default_lang) or ".", page.url or ".")

    context[FALLBACK_CONTEXT_KEY] = {
        "question": fallback.question,
        "question_href": href(fallback.question_page),
        "answers": [{"label": answer.label, "href": href(answer.page_id)} for answer in fallback.answers],
    }
    return context
