"""The Jinja environment of the core's templates (hooks/guide/templates/) and the interface strings.

Templates are named ``<feature>/<name>.md.jinja`` (Markdown the hooks add to a page) or ``<feature>/<name>.html.jinja``
(HTML). Autoescape is on for every template, Markdown ones included; front-matter text goes through ``md_text``
(shown literally) and Markdown fields through ``md_block``: rendered on their own and sanitized (markup/fragments.py),
with links resolved from the context's ``field_links`` (a FieldLinks: where the text was written, which page shows
it). In a Markdown template the result is a token the page's Markdown leaves alone, replaced by the HTML later. The
printed step sheet uses ``md_paper`` (HTML without links, see ``paper.py``; sanitized by the same allowlist).
Interface strings are one table per language, ``hooks/guide/strings/<lang>.yml``; templates read them as
``strings[lang].<section>``.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.exceptions import TemplateRuntimeError
from jinja2.runtime import Context
from markupsafe import Markup

from .escaping import markdown_text, single_line
from .fragments import FieldLinks, fragment_token, render_field
from .paper import markdown_on_paper

CORE_DIR = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = CORE_DIR / "templates"
STRINGS_DIR = CORE_DIR / "strings"


def interface_strings() -> dict[str, dict[str, Any]]:
    """Every language's table of interface strings, by language code (the file name).

    Read again when a file changes (``make serve`` shows an edit at once), otherwise once per process."""
    files = sorted(STRINGS_DIR.glob("*.yml"))
    return _read_strings(tuple((path, path.stat().st_mtime_ns) for path in files))


@lru_cache(maxsize=1)
def _read_strings(files: tuple[tuple[Path, int], ...]) -> dict[str, dict[str, Any]]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path, _ in files}


def strings_of(lang: str, section: str) -> dict[str, Any]:
    """One section (``flow``, ``procedures``, ``page``) of a language's interface strings."""
    return interface_strings()[lang][section]


@cache
def template_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_text"] = lambda value: markdown_text(single_line(value))
    env.filters["md_block"] = markdown_block
    env.filters["md_paper"] = markdown_on_paper  # HTML templates for paper: {{ field | md_paper(lang) }}
    return env


@pass_context
def markdown_block(context: Context, value: object) -> Markup:
    """A Markdown field through the safe path: a token in a Markdown template, the sanitized HTML in an HTML one."""
    links = context.get("field_links")
    if not isinstance(links, FieldLinks):
        raise TemplateRuntimeError(f"{context.name}: md_block needs field_links (a FieldLinks) in the context")
    html = render_field(str(value), links)
    return fragment_token(html) if str(context.name).endswith(".md.jinja") else Markup(html)


def render(template: str, **context: Any) -> str:
    """Render one of the core's templates, e.g. ``render("flow/start.md.jinja", lang="ja", ...)``; the template
    also gets ``strings``, every language's interface strings."""
    return template_env().get_template(template).render(strings=interface_strings(), **context)
