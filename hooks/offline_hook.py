"""MkDocs hook: the service worker of the offline copy (the core's guide.offline), written into the site root once
every page of every language is built.

Every page of a build that writes the worker loads docs/assets/javascripts/offline.js, which registers it
(``guide_offline`` in the page's context, overrides/main.html): a site built without this hook (the test fixtures)
asks for no worker that is not there.

on_post_build runs after mkdocs-static-i18n has built the other languages from its own on_post_build (priority
-100) and after search_hook's rewrite of the index (-200); inside those nested language builds it does nothing
(hook_support.is_nested_language_build), since the pages of the other languages are not written yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.offline.copy import OfflineCopyError
from guide.offline.worker import write_worker
from hook_support import is_nested_language_build, site_of
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

OFFLINE_CONTEXT_KEY = "guide_offline"


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    context[OFFLINE_CONTEXT_KEY] = True
    return context


@event_priority(-300)
def on_post_build(config: Any) -> None:
    if is_nested_language_build(config):
        return
    try:
        write_worker(site_of(config), Path(config.site_dir))
    except OfflineCopyError as error:
        raise PluginError(f"offline copy: {error}") from None
