"""MkDocs hook: procedure pages get step tabs after their body, and a printable step sheet.

Guard first (only pages of kind procedure), then the core's guide.procedures renders:
- on_page_markdown: summary, what to have at hand, time, the steps as content tabs, waiting periods, next pages;
- on_page_context: the step sheet (with the next pages' addresses), included by
  overrides/partials/guide/step-sheet.html.
(Markdown fields come out of the core as tokens that hooks/model_hook.py replaces with their sanitized HTML.)
"""

from __future__ import annotations

from typing import Any

from guide.model.reading import PageRecord
from guide.model.schema import ProcedurePage
from guide.procedures.render import next_pages, render_procedure_markdown
from guide.procedures.sheet import printed_next_pages, render_step_sheet
from hook_support import record_of, site_of
from mkdocs.exceptions import PluginError

STEP_SHEET_CONTEXT_KEY = "guide_step_sheet"


def _procedure(page: Any, config: Any) -> tuple[PageRecord, ProcedurePage] | None:
    record = record_of(page, config)
    if record is None or not isinstance(record.page, ProcedurePage):
        return None
    return record, record.page


def _site_url(config: Any) -> str:
    site_url = config.site_url or ""
    if not site_url:
        raise PluginError("procedures_hook: site_url is required (the step sheet prints each page's address)")
    return site_url


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    found = _procedure(page, config)
    if found is None:
        return markdown
    record, procedure = found
    then = next_pages(procedure, page_id=record.page_id, lang=record.lang, site=site_of(config))
    generated = render_procedure_markdown(procedure, page_id=record.page_id, lang=record.lang, then=then)
    return markdown.rstrip() + "\n\n" + generated


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    found = _procedure(page, config)
    if found is None:
        return context
    record, procedure = found
    site_url = _site_url(config)
    then = printed_next_pages(procedure, lang=record.lang, site=site_of(config), site_url=site_url)
    page_url = site_url.rstrip("/") + "/" + page.url.lstrip("/")
    context[STEP_SHEET_CONTEXT_KEY] = render_step_sheet(procedure, lang=record.lang, page_url=page_url, then=then)
    return context
