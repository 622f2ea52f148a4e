"""The Content-Security-Policy of a built page, as a ``<meta http-equiv>`` at the top of its ``<head>``.

Only the page's own files run and load: scripts, styles, images, fonts, the search index and the search worker come
from the site itself (``'self'``), and the inline scripts and styles that the templates write (Material's and ours)
are allowed by their SHA-256 hashes. Those hashes come from the templates, never from the finished page: the
inline blocks of every template are rendered with the page's own context (``guide.security.inline``: Material's
differ from page to page, one holds the path to the site's root), and a page holding any other inline script or
style (a page body's ``<script>``, whatever a hook wrote) is refused: ``PolicyError``. The page is parsed as HTML,
so text inside attribute values or comments is never a script. Each directive and why:

- ``default-src 'self'``: everything not named below (connect for the search index, fonts, frames, the worker);
- ``script-src 'self' <hashes>``: Material's bundle and ours, and the templates' inline scripts by hash;
- ``style-src 'self' <hashes>``: the stylesheets, and the templates' inline ``<style>`` elements by hash (the
  no-script styles of procedure pages); style attributes are not allowed (none are written);
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
from collections.abc import Iterable

from .inline import inline_blocks, parse_page

META_NAME = "Content-Security-Policy"


class PolicyError(Exception):
    """A page the policy cannot cover: an inline script or style the templates did not write, or a second policy."""


def source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(script_hashes: Iterable[str], style_hashes: Iterable[str]) -> str:
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *dict.fromkeys(script_hashes)],
        "style-src": ["'self'", *dict.fromkeys(style_hashes)],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def with_policy(page_html: str, allowed: Iterable[str], body: str = "") -> str:
    """The page with its one policy as the first element of ``<head>`` after the charset (it applies to what
    follows). ``allowed``: the texts of the inline scripts and styles the templates rendered for this page;
    ``body``: the page's own content (its Markdown as HTML), which holds none at all, even one a template also
    writes."""
    for block in inline_blocks(body):
        raise PolicyError(
            f"its body holds an inline <{block.kind}> ({block.preview}): page bodies hold no script or style; "
            "put it in a file under docs/assets/"
        )
    allowed_hashes = {source_hash(text) for text in allowed}
    parsed = parse_page(page_html)
    if parsed.head_end is None:
        raise PolicyError("has no <head> to carry the Content-Security-Policy")
    if parsed.policies:
        raise PolicyError(
            f"line {parsed.policies[0]}: a <meta http-equiv> Content-Security-Policy the page already holds "
            "(only hooks/csp_hook.py writes the policy)"
        )
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for block in inline_blocks(parsed):
        digest = source_hash(block.text)
        if digest not in allowed_hashes:
            raise PolicyError(
                f"line {block.line}: an inline <{block.kind}> that no template wrote ({block.preview}): "
                "pages hold no inline script or style of their own; put it in a file under docs/assets/"
            )
        hashes[block.kind].append(digest)
    meta = f'\n  <meta http-equiv="{META_NAME}" content="{policy(hashes["script"], hashes["style"])}">'
    return page_html[: parsed.head_end] + meta + page_html[parsed.head_end :]
