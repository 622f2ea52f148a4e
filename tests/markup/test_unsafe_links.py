"""Links whose scheme runs script lose their URL; every other link is left exactly as it was."""

from __future__ import annotations

import pytest
from guide.markup.unsafe_links import inert_unsafe_links, is_unsafe_url

from tests.procedures.rendering import markdown_to_html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_script_schemes_are_unsafe(url: str) -> None:
    assert is_unsafe_url(url)


@pytest.mark.parametrize(
    "url",
    ["https://support.apple.com/", "../about/x/", "#step-a", "mailto:help@example.org", "tel:+81", "x.md", ""],
)
def test_ordinary_urls_are_safe(url: str) -> None:
    assert not is_unsafe_url(url)


def test_markdown_links_with_script_schemes_lose_their_href() -> None:
    html = markdown_to_html("[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](https://example.org/) [d](#step-a)")
    inert = inert_unsafe_links(html)
    assert inert == ('<p><a>a</a> <a>b</a> <a href="https://example.org/">c</a> <a href="#step-a">d</a></p>')


def test_other_attributes_stay() -> None:
    html = '<a class="x" href="javascript:alert(1)" title="t">x</a><img alt="i" src="data:image/png;base64,AA">'
    assert inert_unsafe_links(html) == '<a class="x" title="t">x</a><img alt="i">'
