"""Helpers shared by the MkDocs hooks: where the site model and the build cache live, which languages are built.

Not a hook itself (mkdocs.yml does not list it); the hooks import it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from guide.build_cache import BuildCache, fingerprint
from guide.pages import PageRecord
from guide.site import Site

SITE_KEY = "guide_site"  # config.extra key of the validated site model, set by content_model.on_files
CACHE_KEY = "guide_build_cache"  # config.extra key of the build cache, set by content_model.on_files
# GUIDE_BUILD_CACHE=off builds without the cache; any other value is the cache folder to use.
CACHE_ENV = "GUIDE_BUILD_CACHE"
CACHE_FOLDER = Path(".cache") / "guide"  # beside mkdocs.yml, where Material keeps its own plugin caches
HOOKS_DIR = Path(__file__).resolve().parent
# The core's templates as flow_pages reads them; procedure_pages reads <theme.custom_dir>/guide (the same folder
# in every config of this repository). Both are in the cache's fingerprint.
CORE_TEMPLATES = HOOKS_DIR.parent / "overrides" / "guide"
T = TypeVar("T")


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


def new_build_cache(config: Any) -> BuildCache:
    """The cache for one build: its folder, and the fingerprint of the generator (code, templates, pins, config)."""
    setting = os.environ.get(CACHE_ENV, "")
    config_dir = Path(config.config_file_path).resolve().parent
    folder = None if setting == "off" else Path(setting) if setting else config_dir / CACHE_FOLDER
    inputs = [HOOKS_DIR, CORE_TEMPLATES, config_dir / "requirements.txt", Path(config.config_file_path).resolve()]
    if config.theme.custom_dir and (Path(config.theme.custom_dir) / "guide").resolve() != CORE_TEMPLATES.resolve():
        inputs.append(Path(config.theme.custom_dir) / "guide")
    return BuildCache(folder, fingerprint(inputs))


def build_cache_of(config: Any) -> BuildCache:
    return config.extra[CACHE_KEY]


def generated_part(config: Any, name: str, record: PageRecord, make: Callable[[], T]) -> T:
    """A part the hooks generate for a page (its step tabs, step sheet, question, flowchart...), from the cache.

    Everything the hooks generate is a function of the validated site (every page's front matter and file name:
    ``Site.digest``), of the page, and of the generator and mkdocs.yml (the cache's fingerprint), so that is the key.
    Markdown bodies are not part of it: the hooks add to a body, they never read it.
    """
    return build_cache_of(config).get_or_make(name, (site_of(config).digest, record.file), make)


def drop_templates(files: Any, templates_dir: Path) -> Any:
    """MkDocs copies every theme file that is not ``*.html`` into the site; keep the core's templates out.

    Both flow_pages and procedure_pages call it, as a site may use either alone (the flow test fixtures do)."""
    templates_dir = templates_dir.resolve()
    folder = templates_dir.name + "/"
    for file in [file for file in files if file.src_uri.startswith(folder) and file.abs_src_path]:
        if Path(file.abs_src_path).resolve().is_relative_to(templates_dir):
            files.remove(file)
    return files
