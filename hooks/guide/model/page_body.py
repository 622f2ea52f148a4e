"""What a page's Markdown body may hold: no raw HTML that runs, styles, loads or sends anything.

Python-Markdown passes a body's raw HTML through as it is, and the page policy cannot tell an author's inline
``<script>`` or ``<style>`` from the theme's. So a body is refused, with its file and line, when it has a raw
element that runs script, restyles or redirects the page, loads another document or sends a form (REFUSED), or an
event-handler attribute (``onclick=`` …) on any element. The check reads the body once it is HTML, so code blocks,
code spans and link addresses (text or attributes there) and HTML comments are not elements. Refusing instead of
removing: a guide's author learns at once that the page would not show what they wrote, and no page of ours needs any
of these.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .errors import ContentError
from .front_matter import FRONT_MATTER

REFUSED = {
    "script": "runs script",
    "style": "restyles the page",
    "meta": "can redirect the page or change its policy",
    "link": "loads another file into the page",
    "base": "changes where every link of the page goes",
    "iframe": "shows another document inside the page",
    "object": "loads a plugin or another document",
    "embed": "loads a plugin or another document",
    "form": "sends what a reader types somewhere",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in REFUSED:
            self.found.append((f"<{tag}", f"<{tag}> {REFUSED[tag]}: raw HTML of this kind is not allowed in a page"))
        for name, _ in attrs:
            if name.startswith("on"):
                self.found.append((name, f"<{tag} {name}=…> runs script: event-handler attributes are not allowed"))

    handle_startendtag = handle_starttag


def body_errors(file: str, body_html: str, source: str) -> list[ContentError]:
    """The refused raw HTML of a page body rendered as ``body_html`` (where code is text and a link's address an
    attribute), each named by the first line of the page's ``source`` that holds it."""
    parser = _Tags()
    parser.feed(body_html)
    parser.close()
    return [ContentError(file, _line_of(source, needle), reason) for needle, reason in parser.found]


def _line_of(source: str, needle: str) -> str:
    """The first line after the front matter (whose fields are checked on their own) that holds ``needle``."""
    header = FRONT_MATTER.match(source)
    pattern = re.compile(re.escape(needle) + (r"\b" if needle.startswith("<") else r"\s*="), re.I)
    found = pattern.search(source, header.end() if header else 0)
    return f"line {source.count(chr(10), 0, found.start()) + 1}" if found else ""
