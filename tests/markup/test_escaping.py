"""Front-matter text placed in generated Markdown renders as text, never as markup."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup
from guide.markup.escaping import markdown_text, single_line

from tests.support.hostile import HOSTILE_MARKDOWN

EXTENSIONS = [
    "attr_list",
    "md_in_html",
    "tables",
    "admonition",
    "pymdownx.tilde",
    "pymdownx.caret",
    "pymdownx.mark",
    "pymdownx.keys",
    "pymdownx.smartsymbols",
    "pymdownx.betterem",
]


def render(text: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(text, extensions=EXTENSIONS), "html.parser")


@pytest.mark.parametrize("value", HOSTILE_MARKDOWN)
def test_inline_text_renders_literally(value: str) -> None:
    html = render(str(markdown_text(single_line(value))))
    assert [tag.name for tag in html.find_all(True)] == ["p"]
    assert html.get_text() == single_line(value)


def test_single_line_collapses_newlines() -> None:
    assert single_line('a\n\n=== "b"\n  c') == 'a === "b" c'
