"""A page body's raw HTML: what runs, restyles, redirects, loads or sends is refused with the line that holds it;
code, link addresses and comments are text."""

from __future__ import annotations

import markdown
import pytest
from guide.model.page_body import body_errors

HEADER = "---\nkind: reference\ntitle: '<script> in a title is the schema''s business'\n---\n\n"


def errors(body: str) -> list[str]:
    source = HEADER + body
    rendered = markdown.markdown(body, extensions=["md_in_html", "fenced_code"])
    return [str(error) for error in body_errors("x.md", rendered, source)]


@pytest.mark.parametrize("tag", ["script", "style", "meta", "link", "base", "iframe", "object", "embed", "form"])
def test_each_refused_element_names_its_line(tag: str) -> None:
    found = errors(f"Text.\n\n<{tag}></{tag}>\n")
    assert len(found) == 1 and found[0].startswith(f"x.md: line 8: <{tag}> "), found


def test_an_event_handler_on_any_element() -> None:
    assert errors("Text <b onclick=alert(1)>b</b>.\n") == [
        "x.md: line 6: <b onclick=…> runs script: event-handler attributes are not allowed"
    ]


def test_code_link_addresses_and_comments_are_text() -> None:
    body = (
        "Use `<script>` here.\n\n```html\n<script>alert(1)</script>\n```\n\n"
        "[d](data:text/html,<script>alert(1)</script>)\n\n<!-- <style>x</style> -->\n"
    )
    assert errors(body) == []


def test_safe_raw_html_passes() -> None:
    assert (
        errors('<div markdown="1">\n\n*x* <a href="a.md">a</a> <details><summary>s</summary>t</details>\n\n</div>\n')
        == []
    )
