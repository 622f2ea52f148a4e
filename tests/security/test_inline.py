"""Inline scripts and styles found by parsing (hooks/guide/security/inline.py): what counts as one, and the texts
the templates' blocks have on one page."""

from __future__ import annotations

import jinja2
from guide.security.inline import TemplateBlocks, inline_blocks, parse_page, template_blocks


def test_only_elements_count_not_attribute_values_or_comments() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        '<iframe srcdoc="<script>alert(1)</script><style>p{}</style>"></iframe>'
        "<!-- <script>alert(2)</script> --><p title='<script>alert(3)</script>'>x</p>"
        "<script>real()</script><script type=module>mod()</script><style>s{}</style></body></html>"
    )
    assert [(block.kind, block.text) for block in inline_blocks(page)] == [
        ("script", "real()"),
        ("script", "mod()"),
        ("style", "s{}"),
    ]


def test_data_blocks_and_loaded_scripts_are_not_inline_scripts() -> None:
    page = '<script type="application/json">{"a": 1}</script><script src="x.js"></script><SCRIPT>up()</SCRIPT>'
    assert [block.text for block in inline_blocks(page)] == ["up()"]


def test_an_unclosed_script_runs_to_the_end_and_counts() -> None:
    assert [block.text for block in inline_blocks("<p>x</p><script>alert(1)")] == ["alert(1)"]


def test_the_policy_goes_after_head_and_its_charset_and_existing_policies_are_found() -> None:
    page = '<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="content-security-policy" content="x">'
    parsed = parse_page(page)
    assert page[: parsed.head_end].endswith('<meta charset="utf-8">')
    assert parsed.policies == [4]
    # A policy's name in text, an attribute or a comment is not a policy.
    text = '<head><meta name="description" content="Content-Security-Policy"><!-- Content-Security-Policy -->'
    assert parse_page(text).policies == []


def test_template_blocks_are_read_from_the_source_without_jinja_comments() -> None:
    source = (
        '{# <script>commented()</script> #}<p title="<script>no()</script>">'
        "<script>go('{{ base_url }}')</script>{% if x %}<style>p{}</style>{% endif %}"
    )
    assert template_blocks(source) == ["go('{{ base_url }}')", "p{}"]


def test_blocks_render_with_the_page_context_and_those_that_cannot_are_left_out() -> None:
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined)
    sources = [
        "<script>go('{{ base_url }}')</script>",
        "<script>{{ own_variable }}</script>",
        "<style>{% if %}</style>",
    ]
    blocks = TemplateBlocks(environment, sources)
    assert blocks.render({"base_url": ".."}) == {"go('..')"}
