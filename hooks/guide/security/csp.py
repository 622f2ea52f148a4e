"""The Content-Security-Policy of a built page, as a ``<meta http-equiv>`` at the top of its ``<head>``.

Only the page's own files run and load: scripts, styles, images, fonts, the search index and the search worker come
from the site itself (``'self'``), and the inline scripts and styles this page has are allowed by their SHA-256
hashes, computed from the finished page (Material's inline scripts differ from page to page: one holds the path to
the site's root). Nothing else runs: an inline event handler (``onclick=``), a ``javascript:`` URL or an injected
``<script>`` is refused by the browser, and no request goes to another host. Each directive and why:

- ``default-src 'self'``: everything not named below (connect for the search index, fonts, frames, the worker);
- ``script-src 'self' <hashes>``: Material's bundle and ours, and the page's inline scripts by hash;
- ``style-src 'self' <hashes>``: the stylesheets, and inline ``<style>`` elements by hash (the no-script styles
  of procedure pages); style attributes are not allowed (none are written);
- ``img-src 'self' data:`` — the one relaxation: Material's stylesheet draws its icons (admonitions, lists, the
  search field) as CSS masks from ``data:`` SVG images, and the browser checks those against img-src. ``data:``
  images run nothing;
- ``object-src 'none'``, ``base-uri 'self'``, ``form-action 'self'``: no plugins, no ``<base>`` pointing
  elsewhere, no form sent anywhere else.
``frame-ancestors`` cannot be set by a ``<meta>`` (GitHub Pages sets no headers).
"""

from __future__ import annotations

import base64
import hashlib
import re

_SCRIPT = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</script\s*>", re.S | re.I)
_STYLE = re.compile(r"<style(?:\s[^>]*)?>(?P<body>.*?)</style\s*>", re.S | re.I)
_SOURCE = re.compile(r"\ssrc\s*=", re.I)
_TYPE = re.compile(r"""\stype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.I)
_JAVASCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript"}
_HEAD_START = re.compile(r"<head(?:\s[^>]*)?>(?:\s*<meta charset=[^>]*>)?", re.I)
META_NAME = "Content-Security-Policy"


def source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _runs(attributes: str) -> bool:
    """An inline script the browser runs: no ``src``, and JavaScript (not a data block such as Material's config)."""
    found = _TYPE.search(attributes)
    return not _SOURCE.search(attributes) and (found is None or found["type"].lower() in _JAVASCRIPT_TYPES)


def policy(page_html: str) -> str:
    scripts = dict.fromkeys(
        source_hash(found["body"]) for found in _SCRIPT.finditer(page_html) if _runs(found["attributes"])
    )
    styles = dict.fromkeys(source_hash(found["body"]) for found in _STYLE.finditer(page_html))
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *scripts],
        "style-src": ["'self'", *styles],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def with_policy(page_html: str) -> str:
    """The page with its policy as the first element of ``<head>`` after the charset (it applies to what follows)."""
    head = _HEAD_START.search(page_html)
    if head is None or META_NAME in page_html[: head.end() + 200]:
        return page_html
    meta = f'\n  <meta http-equiv="{META_NAME}" content="{policy(page_html)}">'
    return page_html[: head.end()] + meta + page_html[head.end() :]
