"""Read a procedure page the way search should see it: each step panel as an entry of its own.

Material's search splits a page at headings (h1–h6 with an id). A procedure's steps are content-tab panels
(``div.tabbed-block``) whose first element carries the step's anchor (``id="step-<id>"``, see
hooks/procedures_hook.py), so Material files the text of every step under the heading above the tabs
("手順", a phase title). ``page_sections`` returns, for each such heading, the section's text without its step
panels and the text of each panel, in the text format of Material's index (escaped text, with ``<p>``, list and
code tags kept). Elements marked ``data-search-exclude`` and the step's own title element are left out.
``content_sections`` reads the same from the page's content alone, while the page is built (hooks/search_hook.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..links import STEP_ANCHOR_PREFIX

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
KEPT_TAGS = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}
SKIPPED_TAGS = {"script", "style", "object", "template"}
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements after which words must not run together ("1. Start2. Unlock" in the tab labels).
BREAKING_TAGS = {"label", "div", "p", "li", "td", "th", "dt", "dd", "tr", "summary", "figcaption"}
PANEL_CLASS = "tabbed-block"


@dataclass
class StepText:
    id: str  # without the "step-" prefix
    text: str


@dataclass
class SectionText:
    """One heading's section: its text outside the step panels, and the panels in page order."""

    id: str
    text: str
    steps: list[StepText] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    skip: bool = False  # the element and all inside it are not indexed
    panel: bool = False
    heading: bool = False


_WHITESPACE = re.compile(r"\s+")
_EMPTY_ELEMENT = re.compile(r"<(p|li|ol|ul|code|pre|sub|sup)>\s*</\1>")
_BLOCK_TAG = re.compile(r"\s*(</?(?:p|li|ol|ul)>)\s*")


def _clean(pieces: list[str]) -> str:
    text = _WHITESPACE.sub(" ", "".join(pieces))
    emptied = 1
    while emptied:  # drop elements that ended up empty, innermost first
        text, emptied = _EMPTY_ELEMENT.subn(" ", text)
    text = _WHITESPACE.sub(" ", text)
    return _BLOCK_TAG.sub(r"\1", text).strip()


class _StepPanelParser(HTMLParser):
    """One pass over the HTML. The stack holds the open elements; counters stand for questions about the whole
    stack (is an open element skipped, a heading, of this tag?), so each event costs the same at any depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.open_tags: dict[str, int] = {}  # tag -> how many such elements are open
        self.skipped = 0  # open elements with skip set
        self.headings = 0  # open elements with heading set
        self.in_article = False
        self.section: _SectionBuffer | None = None
        self.sections: list[_SectionBuffer] = []
        self.panel: _PanelBuffer | None = None

    # -- state helpers -------------------------------------------------------------------------------------
    def _target(self) -> list[str] | None:
        if not self.in_article or self.section is None or self.skipped or self.headings:
            return None
        if self.panel is not None:
            return self.panel.pieces
        return self.section.pieces

    def _push(self, opened: _Open) -> None:
        self.stack.append(opened)
        self.open_tags[opened.tag] = self.open_tags.get(opened.tag, 0) + 1
        self.skipped += opened.skip
        self.headings += opened.heading

    def _pop(self) -> _Open:
        item = self.stack.pop()
        self.open_tags[item.tag] -= 1
        self.skipped -= item.skip
        self.headings -= item.heading
        return item

    # -- HTMLParser events ---------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.in_article = True
        if tag in VOID_TAGS:
            return
        attributes = dict(attrs)
        element_id = attributes.get("id") or ""
        opened = _Open(tag)
        if tag in SKIPPED_TAGS or "data-search-exclude" in attributes:
            opened.skip = True
        if self.in_article and tag in HEADINGS and element_id:
            self.section = _SectionBuffer(element_id)
            self.sections.append(self.section)
            opened.heading = True
        if (
            self.in_article
            and tag == "div"
            and self.panel is None
            and PANEL_CLASS in (attributes.get("class") or "").split()
        ):
            self.panel = _PanelBuffer()
            opened.panel = True
        if self.panel is not None and self.panel.step_id is None and element_id.startswith(STEP_ANCHOR_PREFIX):
            self.panel.step_id = element_id.removeprefix(STEP_ANCHOR_PREFIX)
            opened.skip = True  # the step's title element: the entry's title comes from front matter
        target = self._target()
        self._push(opened)
        if target is not None and tag in KEPT_TAGS and not opened.skip:
            target.append(f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID_TAGS:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article = False
        if not self.open_tags.get(tag):
            return  # a stray end tag
        while self.stack:
            item = self._pop()
            target = self._target()
            if target is not None and not item.skip:
                if item.tag in KEPT_TAGS:
                    target.append(f"</{item.tag}>")
                if item.tag in BREAKING_TAGS:
                    target.append(" ")
            if item.panel:
                self._close_panel()
            if item.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        target = self._target()
        if target is not None:
            target.append(html.escape(data, quote=False))

    def _close_panel(self) -> None:
        panel, self.panel = self.panel, None
        if panel is None or self.section is None:
            return
        if panel.step_id is None:  # an ordinary content tab: its text stays in the section
            self.section.pieces.extend(panel.pieces)
        else:
            self.section.steps.append(StepText(panel.step_id, _clean(panel.pieces)))


@dataclass
class _SectionBuffer:
    id: str
    pieces: list[str] = field(default_factory=list)
    steps: list[StepText] = field(default_factory=list)


@dataclass
class _PanelBuffer:
    step_id: str | None = None
    pieces: list[str] = field(default_factory=list)


def _sections(article_html: str) -> list[SectionText]:
    parser = _StepPanelParser()
    parser.feed(article_html)
    parser.close()
    return [
        SectionText(section.id, _clean(section.pieces), section.steps) for section in parser.sections if section.steps
    ]


def page_sections(page_html: str) -> list[SectionText]:
    """The sections of a built page (inside ``<article>``) that hold step panels, each with its steps."""
    start, end = page_html.find("<article"), page_html.rfind("</article>")
    if 0 <= start < end:  # the rest of the page (navigation, header, footer) is not searched: skip reading it
        page_html = page_html[start : end + len("</article>")]
    return _sections(page_html)


def content_sections(content_html: str) -> list[SectionText]:
    """The sections of a page's content (MkDocs' ``page.content``, the body Material's search indexes) that hold
    step panels: what ``page_sections`` finds in the built page, where the content sits inside ``<article>``."""
    return _sections(f"<article>{content_html}</article>")
