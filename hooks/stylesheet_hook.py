"""MkDocs hook: the site's own stylesheets as one file for the screen and one for print (the core's
guide.stylesheet), built from the sources that mkdocs.yml lists under ``extra_css``.

- on_config: the sources are kept aside and ``extra_css`` emptied, so Material links none of them;
- on_files: the sources are not copied into the site (the pages load the bundle only);
- on_env: every template (the 404 page too) gets ``guide_stylesheets``, the two files a page links
  (overrides/main.html);
- on_post_build: the two files are written, once every language is built and before the offline copy (-300) reads
  what the pages load. Inside mkdocs-static-i18n's nested language builds it does nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.stylesheet.bundle import BundleError, bundle
from hook_support import is_nested_language_build
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

SOURCES_KEY = "guide_stylesheet_sources"
CONTEXT_KEY = "guide_stylesheets"
SCREEN = "assets/stylesheets/guide.css"
PRINT = "assets/stylesheets/guide-print.css"


def on_config(config: Any) -> Any:
    if SOURCES_KEY not in config.extra:
        config.extra[SOURCES_KEY] = [str(source) for source in config.extra_css]
    config.extra_css = []
    return config


def on_files(files: Any, config: Any) -> Any:
    for source in config.extra[SOURCES_KEY]:
        file = files.get_file_from_path(source)
        if file is not None:
            files.remove(file)
    return files


def on_env(env: Any, config: Any, files: Any) -> Any:
    env.globals[CONTEXT_KEY] = {"screen": SCREEN, "print": PRINT}  # every template, the 404 page too
    return env


@event_priority(-250)
def on_post_build(config: Any) -> None:
    if is_nested_language_build(config):
        return
    docs = Path(config.docs_dir)
    sources = []
    for source in config.extra[SOURCES_KEY]:
        path = docs / source
        if not path.is_file():
            raise PluginError(f"stylesheets: {source} (mkdocs.yml extra_css) is not under {docs}")
        sources.append((source, path.read_text(encoding="utf-8")))
    try:
        result = bundle(sources)
    except BundleError as error:
        raise PluginError(f"stylesheets: {error}") from None
    site = Path(config.site_dir)
    for name, text in ((SCREEN, result.screen), (PRINT, result.print)):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
