"""MkDocs hook: finish Material's search index with what the site model knows (see guide/search_index.py).

mkdocs-static-i18n builds every language and then rewrites search/search_index.json from the entries of all
languages in its own on_post_build (priority -100); this hook runs after it (priority -200) and rewrites the
file once more. The rewrite is idempotent, so the inner (per-language) builds may run it too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guide.search_html import SectionText, page_sections
from guide.search_index import SearchIndexError, SearchPage, rewrite_index, search_pages
from hook_support import site_of
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

INDEX_PATH = Path("search") / "search_index.json"


def _step_sections(site_dir: Path, pages: list[SearchPage]) -> dict[str, list[SectionText]]:
    """The step sections of every built procedure page, by index location."""
    sections = {}
    for page in pages:
        built = site_dir / page.location / "index.html"
        if page.step_titles and built.is_file():
            sections[page.location] = page_sections(built.read_text(encoding="utf-8"))
    return sections


@event_priority(-200)  # after mkdocs-static-i18n has written the index of all languages (-100)
def on_post_build(config: Any) -> None:
    site_dir = Path(config.site_dir)
    path = site_dir / INDEX_PATH
    if not path.is_file():
        return
    pages = search_pages(site_of(config))
    index = json.loads(path.read_text(encoding="utf-8"))
    try:
        index = rewrite_index(index, pages, _step_sections(site_dir, pages))
    except SearchIndexError as error:
        raise PluginError(f"search index: {error}") from None
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
