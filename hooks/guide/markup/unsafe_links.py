"""Make links with a script-running scheme inert in rendered HTML.

Markdown fields keep Markdown, so ``[x](javascript:alert(1))`` in a step body would become a link that runs script
when tapped. Python-Markdown writes every attribute as ``name="value"`` with ``&``, ``<``, ``>`` and ``"`` escaped,
which is what the pattern below relies on.
"""

from __future__ import annotations

import html
import re

UNSAFE_SCHEMES = ("javascript", "vbscript", "data")

_URL_ATTRIBUTE = re.compile(r'\s(?P<name>href|src|action|formaction|xlink:href)="(?P<value>[^"]*)"', re.I)
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

    def replace(match: re.Match[str]) -> str:
        return "" if is_unsafe_url(match.group("value")) else match.group(0)

    return _URL_ATTRIBUTE.sub(replace, page_html)
