"""MkDocs hook: the reader's timeline of a waiting period (the core's guide.procedures.timeline).

- on_page_markdown: an explanation page with ``timeline`` shows the one of the procedure it names, before its first
  section (a procedure shows its own in the waiting period's box: procedures_hook.py);
- on_page_context: a page that shows a timeline gets ``guide_timeline``, and with it timeline.css and timeline.js
  (overrides/main.html): no other page loads them.
"""

from __future__ import annotations

from typing import Any

from guide.model.schema import ExplanationPage
from guide.procedures.timeline import borrowed_timeline, has_timeline, insert_before_first_section, timeline_token
from hook_support import record_of, site_of

TIMELINE_CONTEXT_KEY = "guide_timeline"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    record = record_of(page, config)
    if record is None or not isinstance(record.page, ExplanationPage):
        return markdown
    view = borrowed_timeline(site_of(config), record.lang, record.page)
    if view is None:
        return markdown
    return insert_before_first_section(markdown, timeline_token(view, lang=record.lang, heading_level=2))


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    record = record_of(page, config)
    if record is not None and has_timeline(record.page):
        context[TIMELINE_CONTEXT_KEY] = True
    return context
