"""Make links with a script-running scheme inert in rendered HTML.

Page bodies are Markdown (with raw HTML), so ``[x](javascript:alert(1))`` or a footnote's link would run script
when tapped; hooks/model_hook.py runs this over every page's content. Python-Markdown writes every attribute as
``name="value"`` with ``&``, ``<``, ``>`` and ``"`` escaped; raw HTML of a page body may also quote with ``'`` or not
at all. Only attributes inside start tags are touched, never text. (Front-matter Markdown fields are sanitized on
their own path, markup/fragments.py; the Content-Security-Policy refuses ``javascript:`` URLs as well.)
"""

from __future__ import annotations

import html
import re

UNSAFE_SCHEMES = ("javascript", "vbscript", "data")

_START_TAG = re.compile(r"<[A-Za-z][^<>]*>")
_URL_ATTRIBUTE = re.compile(
    r"""\s(?P<name>href|src|action|formaction|xlink:href|data)\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s"'=<>`]+)""", re.I
)
# Browsers drop ASCII tab and newline anywhere in a URL, and leading/trailing C0 controls and spaces.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20]")


def scheme_of(url: str) -> str:
    """The scheme a browser would see in an attribute value (entities decoded, ignored characters removed)."""
    cleaned = _IGNORED_BY_BROWSERS.sub("", html.unescape(url)).lower()
    scheme, colon, _ = cleaned.partition(":")
    return scheme if colon and re.fullmatch(r"[a-z][a-z0-9+.\-]*", scheme) else ""


def is_unsafe_url(url: str) -> bool:
    return scheme_of(url) in UNSAFE_SCHEMES


def inert_unsafe_links(page_html: str) -> str:
    """Drop every URL attribute whose scheme runs script (the element stays, as plain text or an empty image)."""

    def attribute(match: re.Match[str]) -> str:
        value = match.group("value")
        return "" if is_unsafe_url(value.strip("'\"") if value[0] in "'\"" else value) else match.group(0)

    def tag(match: re.Match[str]) -> str:
        return _URL_ATTRIBUTE.sub(attribute, match.group(0))

    return _START_TAG.sub(tag, page_html)
