"""MkDocs hook: validate every page's front matter before anything is rendered (the core's guide.model).

All content errors of the build are reported at once as ``file: field.path: reason``; the build stops
without a traceback; so does mkdocs.yml's text that the theme prints (site_name, copyright, extra: on_config,
guide.model.config_text). The validated site model is handed to the other hooks through ``config.extra``.
mkdocs-static-i18n builds the other languages inside the default language's build, from the same files: they
reuse the model instead of reading the docs again. Material's overrides get the interface strings
(hooks/guide/strings/) as ``guide_strings``.

Once a page is HTML (on_page_content, before the other hooks read it), the tokens that stand for its front-matter
Markdown fields become their sanitized HTML (guide.markup.fragments: the page's own Markdown never reads those
fields), a body with raw HTML that runs, restyles, loads or sends (guide.model.page_body) stops the build, and
links with a script-running scheme (``javascript:``, ``data:``) become inert on every page: page
bodies, footnotes, and what any hook added. After the build it writes the manifest of the parts every page must
hold (guide.generated_parts), which scripts/safe_build.py checks. Every build has this hook, fixture sites included.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path

from guide.flow.rules import flow_errors
from guide.generated_parts import write_manifest
from guide.markup.environment import interface_strings
from guide.markup.field_links import field_link_errors
from guide.markup.fragments import insert_fragments
from guide.markup.unsafe_links import inert_unsafe_links
from guide.model.config_text import TEXT_KEYS, config_text_errors
from guide.model.errors import ContentErrors
from guide.model.page_body import body_errors
from guide.model.site import load_site
from guide.procedures.timeline import timeline_errors
from hook_support import SITE_KEY, is_nested_language_build, site_languages, site_of
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.model_hook")
STRINGS_GLOBAL = "guide_strings"  # Material's overrides: guide_strings[config.theme.language].page


def on_config(config):
    """mkdocs.yml's text that the theme prints (guide.model.config_text), a language's overrides included."""
    sections = {"": {**{key: config[key] for key in TEXT_KEYS}, "extra": dict(config.extra)}}
    i18n = config.plugins.get("i18n")
    for index, language in enumerate(i18n.config.languages if i18n is not None else []):
        keys = ("name", *TEXT_KEYS, "extra")
        sections[f"plugins.i18n.languages[{index}]"] = {key: language.get(key) for key in keys}
    errors = config_text_errors(sections)
    if errors:
        raise PluginError(ContentErrors(errors).report())
    return config


def on_files(files, config):  # runs before the i18n plugin regroups the files by language
    if is_nested_language_build(config) and SITE_KEY in config.extra:
        return files
    default_lang, languages = site_languages(config)
    try:
        site, warnings = load_site(
            Path(config.docs_dir),
            today=date.today(),
            default_lang=default_lang,
            languages=languages,
            checks=(flow_errors, field_link_errors, timeline_errors),
            files=[file.src_uri for file in files.documentation_pages()],
        )
    except ContentErrors as errors:
        raise PluginError(errors.report()) from None
    for warning in warnings:
        log.warning(warning)
    config.extra[SITE_KEY] = site
    return files


def on_env(env, config, files):
    env.globals[STRINGS_GLOBAL] = interface_strings()
    return env


# Front-matter text that Material puts into its templates without escaping (<title>, header, navigation, h1,
# footer links, meta description, search index). Front-matter text is text, so it is HTML-escaped here, once per
# page and language, before any template is rendered.
THEME_TEXT_FIELDS = ("title", "description")


def on_page_markdown(markdown, page, config, files):
    for key in THEME_TEXT_FIELDS:
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key])
    return markdown


def on_page_content(html, page, config, files):
    refused = body_errors(page.file.src_uri, html, page.file.content_string)
    if refused:
        raise PluginError(ContentErrors(refused).report())
    return inert_unsafe_links(insert_fragments(html))


def on_post_build(config):
    if not is_nested_language_build(config):
        write_manifest(Path(config.site_dir), site_of(config))
