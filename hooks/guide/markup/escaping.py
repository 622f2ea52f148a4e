"""Make front-matter text safe to place in generated Markdown and HTML.

Front-matter text is text: a title like ``<b>*x*</b>`` must show those characters, never become markup. (Markdown
fields take another path: markup/fragments.py.)
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Characters that can start Markdown (or pymdown-extensions) inline syntax. They become numeric character
# references rather than backslash escapes: Python-Markdown only unescapes some characters, and
# an entity is never syntax.
_MARKDOWN_ACTIVE = re.compile(r"[\\`*_{}\[\]()#+\-.!|~^=:@$]")


def markdown_text(value: object) -> Markup:
    """Inline text that Markdown renders literally: HTML-escaped, then every active character as an entity."""
    html_safe = str(escape(str(value)))
    # Leave the entities that html escaping produced (&amp; &lt; &#34; ...) intact.
    parts = re.split(r"(&(?:[a-z]+|#[0-9]+);)", html_safe)
    return Markup("".join(part if part.startswith("&") else _MARKDOWN_ACTIVE.sub(_entity, part) for part in parts))


def _entity(match: re.Match[str]) -> str:
    return f"&#{ord(match.group(0))};"


def markdown_block(value: object) -> Markup:
    """Markdown with raw HTML made text: only ``&`` and ``<`` are escaped, so all Markdown syntax keeps working.
    Used by the printed sheet (paper.py); the web page's Markdown fields take markup/fragments.py."""
    return Markup(str(value).replace("&", "&amp;").replace("<", "&lt;"))


def single_line(value: object) -> str:
    """Collapse whitespace so a value cannot break out of a one-line Markdown construct (tab titles, list items)."""
    return " ".join(str(value).split())
