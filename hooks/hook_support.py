"""Helpers shared by the MkDocs hooks: where the site model lives, which languages are built.

Not a hook itself (mkdocs.yml does not list it); the hooks import it (MkDocs puts a hook's folder on sys.path).
"""

from __future__ import annotations

from typing import Any

from guide.model.reading import PageRecord
from guide.model.site import Site

SITE_KEY = "guide_site"  # config.extra key of the validated site model, set by model_hook.on_files


def site_languages(config: Any) -> tuple[str, tuple[str, ...]]:
    """The default language and all built languages, from the i18n plugin's configuration."""
    i18n = config.plugins["i18n"].config
    languages = tuple(lang.locale for lang in i18n.languages if lang.build)
    default = next(lang.locale for lang in i18n.languages if lang.default)
    return default, languages


def is_nested_language_build(config: Any) -> bool:
    """True inside the builds of the other languages, which mkdocs-static-i18n runs from the default language's
    on_post_build with the same config object (its ``building`` flag is set until all of them are done)."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))


def site_of(config: Any) -> Site:
    return config.extra[SITE_KEY]


def record_of(page: Any, config: Any) -> PageRecord | None:
    """The validated record behind a MkDocs page (None for pages outside the content model)."""
    return site_of(config).by_file(page.file.src_uri)
