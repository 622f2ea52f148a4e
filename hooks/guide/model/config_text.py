"""What mkdocs.yml may say where the theme prints it: text, and links that lead to a page or an http(s) address.

Material prints ``site_name``, ``site_description``, ``copyright`` and the strings of ``extra`` into every page as they
are (its templates do not escape them; some land inside an attribute or an inline script, whose hash the page policy
then allows). So each is plain text: the characters that start markup or leave a quoted value (``<``, ``>``, ``&``,
``"``, a backtick, a backslash) are refused, as are the characters front-matter text may not hold (text_rules). A
string under a link key of ``extra`` (``link``, ``homepage``, ``scope``, ``url``, ``href``), or any one that starts
with a scheme, must be a relative link (not ``//host``) or an ``http(s)://`` address without a user name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from .errors import ContentError, field_path, shown
from .text_rules import check_text

CONFIG_FILE = "mkdocs.yml"
TEXT_KEYS = ("site_name", "site_description", "copyright")
LINK_KEYS = frozenset({"link", "homepage", "scope", "url", "href"})
_MARKUP = re.compile(r"[<>&\"`\\]")
_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.\-]*:")


def _strings(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(item, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _link_problem(url: str) -> str | None:
    parts = urlsplit(url.strip())
    if parts.scheme:
        if parts.scheme.lower() not in ("http", "https"):
            return f"{shown(url)}: a link here is relative or http(s)://, not {parts.scheme}:"
    elif url.strip().startswith("//") or parts.netloc:
        return f"{shown(url)}: a link to another host starts with https://"
    if "@" in parts.netloc:
        return f"{shown(url)}: a user name before '@' hides the real host"
    return None


def _text_problem(text: str) -> str | None:
    if not text.strip():
        return None
    try:
        check_text(text)
    except ValueError as error:
        return str(error)
    found = _MARKUP.search(text)
    if found is not None:
        return (
            f"contains {found.group()!r} at character {found.start() + 1}: the theme prints this text into every page "
            'as HTML, so it holds no <, >, &, ", ` or \\'
        )
    return None


def config_text_errors(sections: Mapping[str, Mapping[str, Any]]) -> list[ContentError]:
    """Problems in the configuration's text, ``sections`` mapping a field path prefix ("" for the top level, e.g.
    "plugins.i18n.languages[1]" for a language's overrides) to its values (its text keys, ``extra``, ``name``)."""
    errors = []
    for prefix, values in sections.items():
        for key, value in values.items():
            for path, text in _strings(value, (key,)):
                named = [part for part in path if isinstance(part, str)]
                problem = _text_problem(text)
                if problem is None and key == "extra" and (named[-1] in LINK_KEYS or _SCHEME.match(text)):
                    problem = _link_problem(text)
                if problem is not None:
                    field = field_path(path)
                    errors.append(ContentError(CONFIG_FILE, f"{prefix}.{field}" if prefix else field, problem))
    return errors
