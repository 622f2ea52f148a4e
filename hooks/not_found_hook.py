"""MkDocs hook: the 404 page in every language (the core's guide.flow.not_found).

GitHub Pages answers every missing address with the one ``404.html`` at the site's root. mkdocs-static-i18n builds
each language's 404.html into that same place, the last language over the others; so the default language's build
writes it, with every language's section (overrides/404.html), and the nested language builds write nothing
(MkDocs skips a template whose output is empty).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from guide.flow.not_found import not_found_html
from hook_support import is_nested_language_build, site_of
from markupsafe import Markup

NOT_FOUND_TEMPLATE = "404.html"
CONTEXT_KEY = "guide_not_found"  # read by overrides/404.html


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    if template_name == NOT_FOUND_TEMPLATE:
        root = urlsplit(config.site_url or "/").path or "/"
        context[CONTEXT_KEY] = Markup(not_found_html(site_of(config), root))  # noqa: S704 - the core escaped it
    return context


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    if template_name == NOT_FOUND_TEMPLATE and is_nested_language_build(config):
        return ""
    return output_content
