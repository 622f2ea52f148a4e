"""Helpers shared by the MkDocs hooks: where the site model lives and which languages are built.

Not a hook itself (mkdocs.yml does not list it); the hooks import it.
"""

from __future__ import annotations

from typing import Any

from guide.pages import PageRecord
from guide.site import Site

SITE_KEY = "guide_site"  # config.extra key of the validated site model, set by content_model.on_files


def site_languages(config: Any) -> tuple[str, tuple[str, ...]]:
    """The default language and all built languages, from the i18n plugin's configuration."""
    i18n = config.plugins["i18n"].config
    languages = tuple(lang.locale for lang in i18n.languages if lang.build)
    default = next(lang.locale for lang in i18n.languages if lang.default)
    return default, languages


def site_of(config: Any) -> Site:
    return config.extra[SITE_KEY]


def record_of(page: Any, config: Any) -> PageRecord | None:
    """The validated record behind a MkDocs page (None for pages outside the content model)."""
    return site_of(config).by_file(page.file.src_uri)
