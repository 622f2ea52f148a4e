"""Front-matter Markdown fields (a step's body, tip and warning, a question's help) rendered through one safe path.

Each field is rendered on its own, never by the page's Markdown: with a restricted configuration (no attribute
lists, no Markdown in HTML, no footnotes, raw HTML shown as text), then sanitized by nh3 (ammonia) with an
allowlist: no ``on*``, ``style`` or ``id`` attribute survives, only http(s), mailto and relative URLs. Links to a
page's file (``../about/x.md#y``) are resolved here against the page ids (guide.links), relative to the page the
text was written on, and written as URLs relative to the page that shows it; link_errors() reports the links
that resolve to no page (a content error naming file and field, markup/field_links.py).

In a Markdown template (``*.md.jinja``) the field becomes a token, a single word the page's Markdown leaves alone;
insert_fragments() puts the HTML in its place once the page is HTML (hooks/model_hook.py). The token carries the
HTML itself (base32) behind a random mark of this process, which no front-matter text can know.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

import markdown
import nh3
from markupsafe import Markup

from ..links import linked_page, page_url

# Python-Markdown and pymdown-extensions syntax a field may use: what the real content writes (links, emphasis,
# lists, code) and what CONTRIBUTING.md promises (admonitions), without anything that writes attributes or ids.
EXTENSIONS = [
    "admonition",
    "def_list",
    "tables",
    "pymdownx.betterem",
    "pymdownx.caret",
    "pymdownx.mark",
    "pymdownx.tilde",
    "pymdownx.smartsymbols",
]
TAGS = {
    *("p", "br", "hr", "blockquote", "div", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd"),
    *("a", "strong", "em", "del", "ins", "mark", "sup", "sub"),
    *("table", "thead", "tbody", "tr", "th", "td"),
}
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}  # class: CLASSES (nh3 wants it in one place only)
ADMONITION_TYPES = (
    "note abstract summary tldr info todo tip hint important success check done question help faq warning caution "
    "attention failure fail missing danger error bug example quote cite"
).split()
CLASSES = {"div": {"admonition", *ADMONITION_TYPES}, "p": {"admonition-title"}}
URL_SCHEMES = {"http", "https", "mailto"}

_MARK = f"GUIDEMARKDOWN{secrets.token_hex(8).upper()}"
_TOKEN = re.compile(f"(<p>)?{_MARK}([A-Z2-7]+)(</p>)?")


@dataclass(frozen=True)
class FieldLinks:
    """Where a Markdown field was written (``source``) and which page shows it (``current``), as page ids."""

    source: str
    current: str


@cache
def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=EXTENSIONS)
    md.preprocessors.deregister("html_block")  # raw HTML is text: Markdown escapes it like any other text
    md.inlinePatterns.deregister("html")
    return md


def markdown_html(text: str) -> str:
    """A field's Markdown as HTML, before sanitizing (raw HTML comes out as text)."""
    md = _markdown()
    md.reset()
    return md.convert(text)


def _resolver(links: FieldLinks) -> Callable[[str, str, str], str | None]:
    def resolve(element: str, attribute: str, value: str) -> str | None:
        if element != "a" or attribute != "href":
            return value
        if value.startswith("//"):
            return None  # another host without a scheme: only https:// links leave the site
        found = linked_page(links.source, value)
        if found is None:
            return None if value.endswith(".md") or ".md#" in value else value
        target, fragment = found
        return page_url(links.current, target) + (f"#{fragment}" if fragment else "")

    return resolve


def render_field(text: str, links: FieldLinks) -> str:
    """The sanitized HTML of one Markdown field shown on page ``links.current``."""
    return nh3.clean(
        markdown_html(text),
        tags=TAGS,
        attributes=ATTRIBUTES,
        allowed_classes=CLASSES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_resolver(links),
        link_rel=None,
        strip_comments=True,
    )


PAPER_TAGS = (TAGS - {"a"}) | {"span", "h1", "h2", "h3", "h4", "h5", "h6"}


def sanitized_for_paper(html: str) -> str:
    """The printed sheet's Markdown fields (paper.py: links already made text) through the same allowlist."""
    return nh3.clean(html, tags=PAPER_TAGS, attributes={"ol": {"start"}}, link_rel=None, strip_comments=True)


def fragment_token(html: str) -> Markup:
    """A single word standing for ``html`` in Markdown, until insert_fragments() replaces it."""
    return Markup(_MARK + base64.b32encode(html.encode("utf-8")).decode("ascii").rstrip("="))


def _fragment(match: re.Match[str]) -> str:
    payload = match.group(2)
    html = base64.b32decode(payload + "=" * (-len(payload) % 8)).decode("utf-8")
    if match.group(1) and match.group(3):
        return html  # the token's paragraph becomes the fragment's blocks
    return (match.group(1) or "") + html + (match.group(3) or "")


def insert_fragments(page_html: str) -> str:
    """The page's HTML with every fragment token replaced by its HTML."""
    return _TOKEN.sub(_fragment, page_html) if _MARK in page_html else page_html


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, value))


def field_links(text: str) -> list[tuple[str, str]]:
    """Every (element, URL) a field's Markdown links to or loads, as its HTML has them before sanitizing."""
    parser = _Links()
    parser.feed(markdown_html(text))
    parser.close()
    return parser.links
