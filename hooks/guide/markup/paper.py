"""Markdown fields of front matter (step body, tip, warning) as HTML for the printed step sheet.

Paper has no links: a link prints as its text, followed by its address when it leads off the site (the reader may
type it), and an image as its alt text. The Markdown is parsed with Python-Markdown's core syntax only (no attribute
lists, no HTML blocks): raw HTML is escaped before parsing (``markdown_block``), so the result holds Markdown's own
elements and no attribute but a list's ``start``; nh3's allowlist (fragments.py) makes sure of it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from urllib.parse import urlsplit

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from .escaping import markdown_block
from .fragments import sanitized_for_paper

# Kana, CJK ideographs, CJK and full-width punctuation: a line break next to one of them is no space in Japanese.
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
# A soft line break (a single newline inside a paragraph) with a Japanese character on either side; a next line that
# starts a list item, a quote or a heading keeps its break.
_CJK_SOFT_BREAK = re.compile(rf"(?:(?<=[{_CJK}])\n(?=[^\s\-*+>#\d])|(?<=\S)\n(?=[{_CJK}]))")


def printed_address(url: str) -> str:
    """A URL as a reader types it: no scheme, no ``www.``; ``https://www.example.org/a/`` is ``example.org/a/``."""
    parts = urlsplit(url)
    if not parts.netloc:
        return url
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.removeprefix('www.')}{parts.path}{query}"


class _PaperLinks(Treeprocessor):
    """Links become their text (plus the address of an off-site link), images their alt text; no attributes."""

    def run(self, root: ElementTree.Element) -> None:
        for element in root.iter():
            if element.tag == "a":
                href = element.get("href", "")
                element.tag = "span"
                element.attrib.clear()
                address = _off_site_address(href)
                if address and address not in "".join(element.itertext()):
                    element.tail = f" ({address}){element.tail or ''}"
            elif element.tag == "img":
                element.tag = "span"
                element.text = element.get("alt", "")
                element.attrib.clear()


def _off_site_address(href: str) -> str | None:
    parts = urlsplit(href)
    return printed_address(href) if parts.scheme in ("http", "https") and parts.netloc else None


class _PaperExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - name fixed by Python-Markdown
        md.treeprocessors.register(_PaperLinks(md), "guide_paper_links", 5)  # after inline parsing (20)


@cache
def _converter() -> markdown.Markdown:
    """One converter per process (making one costs more than converting a field); reset before each use."""
    return markdown.Markdown(extensions=["sane_lists", _PaperExtension()])


def markdown_on_paper(value: object, lang: str) -> Markup:
    """A Markdown field as HTML for the printed sheet, in the page's language."""
    text = str(value).strip()
    if lang == "ja":
        text = _CJK_SOFT_BREAK.sub("", text)
    return Markup(sanitized_for_paper(_converter().reset().convert(str(markdown_block(text)))))
