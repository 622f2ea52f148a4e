"""Helpers shared by the MkDocs hooks: where the site model lives, which languages are built.

Not a hook itself (mkdocs.yml does not list it); the hooks import it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.pages import PageRecord
from guide.site import Site

SITE_KEY = "guide_site"  # config.extra key of the validated site model, set by content_model.on_files
HOOKS_DIR = Path(__file__).resolve().parent
# The core's templates as flow_pages reads them; procedure_pages reads <theme.custom_dir>/guide (the same folder
# in every config of this repository).
CORE_TEMPLATES = HOOKS_DIR.parent / "overrides" / "guide"


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


def drop_templates(files: Any, templates_dir: Path) -> Any:
    """MkDocs copies every theme file that is not ``*.html`` into the site; keep the core's templates out.

    Both flow_pages and procedure_pages call it, as a site may use either alone (the flow test fixtures do)."""
    templates_dir = templates_dir.resolve()
    folder = templates_dir.name + "/"
    for file in [file for file in files if file.src_uri.startswith(folder) and file.abs_src_path]:
        if Path(file.abs_src_path).resolve().is_relative_to(templates_dir):
            files.remove(file)
    return files
