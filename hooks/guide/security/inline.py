"""Inline scripts and styles, found by parsing HTML (html.parser): in a finished page, and in the templates that
may write them.

A script is inline when it has no ``src``; one whose ``type`` is a JSON data block (Material's ``__config``) never
runs and needs no hash. Text inside an attribute value (``srcdoc="<script>…"``) or a comment is not an element.
Template sources are parsed the same way, their Jinja left in the blocks' text; ``TemplateBlocks`` renders those
blocks with a page's own context, which gives the exact texts the policy may allow on that page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import jinja2

DATA_TYPES = {"application/json", "application/ld+json"}
_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)


@dataclass(frozen=True)
class InlineBlock:
    kind: str  # "script" or "style"
    text: str
    line: int

    @property
    def preview(self) -> str:
        text = " ".join(self.text.split())
        return repr(text if len(text) <= 40 else text[:39] + "…")


@dataclass
class ParsedPage:
    head_end: int | None = None  # where the policy goes: after <head> and its <meta charset>
    policies: list[int] = field(default_factory=list)  # lines of <meta http-equiv="Content-Security-Policy">
    blocks: list[InlineBlock] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [found.end() for found in re.finditer("\n", text)]
        self.parsed = ParsedPage()
        self._open: tuple[str, int] | None = None  # the inline block being read: kind, line
        self._open_at = 0  # where its text starts
        self._chunks: list[str] = []
        self._after_head: int | None = None  # the end of <head>, while no other element followed it

    def _end_of_tag(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column + len(self.get_starttag_text() or "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag == "head" and self.parsed.head_end is None:
            self.parsed.head_end = self._after_head = self._end_of_tag()
        elif self._after_head is not None:
            if tag == "meta" and "charset" in values:
                self.parsed.head_end = self._end_of_tag()
            self._after_head = None
        if tag == "meta" and values.get("http-equiv", "").strip().lower() == "content-security-policy":
            self.parsed.policies.append(self.getpos()[0])
        if tag == "style" or (
            tag == "script" and "src" not in values and values.get("type", "").strip().lower() not in DATA_TYPES
        ):
            self._open, self._chunks, self._open_at = (tag, self.getpos()[0]), [], self._end_of_tag()

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._chunks.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == self._open[0]:
            self.parsed.blocks.append(InlineBlock(tag, "".join(self._chunks), self._open[1]))
            self._open = None


def parse_page(html: str) -> ParsedPage:
    parser = _Parser(html)
    parser.feed(html)
    parser.close()
    if parser._open is not None:  # an unclosed <script> or <style> runs to the end (html.parser drops its text)
        parser.parsed.blocks.append(InlineBlock(parser._open[0], html[parser._open_at :], parser._open[1]))
    return parser.parsed


def inline_blocks(parsed: ParsedPage | str) -> list[InlineBlock]:
    return (parse_page(parsed) if isinstance(parsed, str) else parsed).blocks


def template_blocks(source: str) -> list[str]:
    """The Jinja source of every inline script and style a template may write (Jinja comments left out)."""
    return [block.text for block in inline_blocks(_JINJA_COMMENT.sub("", source))]


class TemplateBlocks:
    """The inline blocks of a set of templates, compiled once per build in the theme's Jinja environment."""

    def __init__(self, environment: jinja2.Environment, sources: Iterable[str]) -> None:
        self.templates = []
        environment = environment.overlay(keep_trailing_newline=True)  # a block's text ends as it does in its file
        for source in sources:
            for block in template_blocks(source):
                try:
                    self.templates.append(environment.from_string(block))
                except jinja2.TemplateError:
                    continue  # a block cut out of a larger Jinja construct: it cannot be rendered alone

    def render(self, context: Mapping[str, Any]) -> set[str]:
        """The texts these blocks have on one page (rendered with that page's template context)."""
        texts = set()
        for template in self.templates:
            try:
                texts.add(template.render(context))
            except Exception:  # noqa: BLE001, S112 - a block that needs its template's own variables
                continue
        return texts
