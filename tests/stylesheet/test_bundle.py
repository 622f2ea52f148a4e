"""guide.stylesheet: our source stylesheets as one screen file and one print file."""

from __future__ import annotations

import pytest
from guide.stylesheet.bundle import BundleError, bundle
from guide.stylesheet.css import CssError, minify, rules


def test_minify_drops_comments_and_spaces_but_not_strings() -> None:
    text = '/* a note */\n.a  >  .b ,\n.c {\n  content: "/* kept */  x" ;\n  margin: 0 auto;\n}\n'
    assert minify(text) == '.a > .b,.c{content: "/* kept */  x";margin: 0 auto;}'


def test_minify_refuses_an_unclosed_comment_or_string() -> None:
    with pytest.raises(CssError, match="comment opened on line 2 is not closed"):
        minify("a{}\n/* open")
    with pytest.raises(CssError, match="string is not closed"):
        minify('a{content:"open\n}')


def test_rules_walk_the_top_level_with_nested_blocks() -> None:
    found = rules(minify('@charset "UTF-8";@media print{@page{margin:0}a{b:c}}x{y:"}"}'))
    assert [(rule.prelude, rule.body) for rule in found] == [
        ('@charset "UTF-8"', None),
        ("@media print", "@page{margin:0}a{b:c}"),
        ("x", 'y:"}"'),
    ]
    with pytest.raises(CssError, match="not closed"):
        rules("a{b{c}")
    with pytest.raises(CssError, match="closes nothing"):
        rules("a{}}")


def test_print_rules_go_to_the_print_file_in_source_order() -> None:
    result = bundle(
        [
            ("one.css", ".a { color: red }\n@media print { .a { display: none } }\n@media screen { .b { x: y } }"),
            ("two.css", "@media  PRINT { @page { margin: 1cm } }\n.c { z: w }"),
        ]
    )
    assert result.screen == ".a{color: red}@media screen{.b{x: y}}.c{z: w}\n"
    assert result.print == ".a{display: none}@page{margin: 1cm}\n"


def test_a_media_query_that_only_mentions_print_stays_on_screen() -> None:
    result = bundle([("a.css", "@media print and (min-width: 10em) { .a { b: c } }")])
    assert result.print == "\n" and "@media print and (min-width: 10em)" in result.screen


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("x{}a { b: c", "block is not closed: 'a{b: c'"),
        ("@import url(x.css);", "@import cannot stand inside a bundle"),
        ('a { content: "x }', "string is not closed on its line"),
    ],
)
def test_a_broken_source_is_named_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(BundleError, match=rf"^broken\.css: .*{reason}"):
        bundle([("fine.css", "a{b:c}"), ("broken.css", text)])
