"""Front-matter Markdown fields go through one safe path: restricted Markdown, nh3's allowlist, links resolved."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from guide.markup.environment import template_env
from guide.markup.fragments import FieldLinks, fragment_token, insert_fragments, render_field
from guide.markup.unsafe_links import scheme_of

HERE = FieldLinks(source="procedures/a", current="procedures/a")

# Each would make an attribute, an element, an id or a script-running URL if the page's Markdown read the field.
HOSTILE_FIELDS = [
    "Tap here\n{: onmouseover=alert(1) }",
    "Config\n{: #__config }",
    "[x](https://example.org){ onclick=alert(1) #__config style=color:red }",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '<div markdown="1">*x*</div>',
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](jav&#x61;script:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>) [v](vbscript:msgbox(1))",
    "[r][1]\n\n[1]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "![x](https://example.org/x.png)",
    "Text[^1]\n\n[^1]: [f](javascript:alert(1))",
    '!!! warning "t" { onclick=alert(1) }\n    body',
    "[x](//evil.example/a)",
]


def elements(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("text", HOSTILE_FIELDS)
def test_hostile_fields_come_out_inert(text: str) -> None:
    soup = elements(render_field(text, HERE))
    for element in soup.find_all(True):
        assert element.name not in ("script", "img", "iframe", "object", "style"), element
        for name, value in element.attrs.items():
            assert not name.startswith("on") and name not in ("style", "id"), element
            if name == "href":
                assert scheme_of(value) in ("", "https", "http", "mailto"), element
                assert not value.startswith("//"), element


def test_markdown_stays_markdown() -> None:
    soup = elements(render_field("**Tap** [Settings](https://example.org)\n\n- a\n- b", HERE))
    assert soup.find("strong").get_text() == "Tap"
    assert soup.find("a")["href"] == "https://example.org"
    assert [li.get_text() for li in soup.find_all("li")] == ["a", "b"]


def test_admonitions_keep_their_classes_and_nothing_else() -> None:
    soup = elements(render_field('!!! warning "Careful"\n    Body', HERE))
    assert soup.find("div")["class"] == ["admonition", "warning"]
    assert soup.find("p")["class"] == ["admonition-title"]


def test_raw_html_is_shown_as_text() -> None:
    soup = elements(render_field("<b>bold</b> `a<b` & more", HERE))
    assert soup.find("b") is None
    assert soup.get_text() == "<b>bold</b> a<b & more"


def test_attribute_lists_are_text() -> None:
    assert elements(render_field("Tap\n{: #__config onmouseover=alert(1) }", HERE)).get_text() == (
        "Tap\n{: #__config onmouseover=alert(1) }"
    )


@pytest.mark.parametrize(
    ("links", "href", "expected"),
    [
        (HERE, "b.md", "../b/"),
        (HERE, "../about/e.md#part", "../../about/e/#part"),
        (FieldLinks(source="check/first", current="index"), "../about/e.md", "about/e/"),
        (FieldLinks(source="check/first", current="index"), "second.md", "check/second/"),
    ],
)
def test_links_to_page_files_become_page_urls_from_the_page_showing_them(links, href, expected) -> None:
    assert elements(render_field(f"[x]({href})", links)).find("a")["href"] == expected


def test_a_token_survives_markdown_and_becomes_the_fragment() -> None:
    import markdown

    token = fragment_token("<p><strong>x</strong></p>\n<ul>\n<li>y</li>\n</ul>")
    assert token.isalnum()
    html = markdown.markdown(f'!!! tip "t"\n\n    {token}\n', extensions=["admonition"])
    assert insert_fragments(html) == (
        '<div class="admonition tip">\n<p class="admonition-title">t</p>\n'
        "<p><strong>x</strong></p>\n<ul>\n<li>y</li>\n</ul>\n</div>"
    )


def test_md_block_needs_to_know_where_the_text_was_written() -> None:
    with pytest.raises(Exception, match="field_links"):
        template_env().from_string("{{ text | md_block }}").render(text="x")


def test_md_block_gives_html_in_an_html_template_and_a_token_in_a_markdown_one() -> None:
    env = template_env()
    html = env.from_string("{{ text | md_block }}").render(text="**x**", field_links=HERE)
    assert html == "<p><strong>x</strong></p>"
