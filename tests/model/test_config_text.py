"""mkdocs.yml's printed text (hooks/guide/model/config_text.py): plain text, and links that are relative or http(s)."""

from __future__ import annotations

import pytest
from guide.model.config_text import config_text_errors


def errors_of(values: dict, prefix: str = "") -> list[str]:
    return [str(error) for error in config_text_errors({prefix: values})]


def test_the_real_kinds_of_text_pass() -> None:
    values = {
        "site_name": "確認コードが届かないときのガイド",
        "copyright": "Written independently from Apple's official information. Not affiliated with Apple Inc.",
        "site_description": None,
        "extra": {
            "alternate": [{"name": "English", "link": "/en/", "lang": "en"}, {"link": "https://example.org/ja/"}],
            "generator": False,
            "scope": "/",
            "empty": "",
        },
    }
    assert errors_of(values) == []


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"site_name": "Guide <img src=x onerror=alert(1)>"}, "mkdocs.yml: site_name: contains '<' at character 7"),
        ({"copyright": 'A" onmouseover="x'}, "mkdocs.yml: copyright: contains '\"' at character 2"),
        ({"site_description": "a &lt;b"}, "mkdocs.yml: site_description: contains '&'"),
        ({"extra": {"scope": '/"+alert(1)+"'}}, "mkdocs.yml: extra.scope: contains '\"'"),
        ({"extra": {"note": "x\\u0022"}}, "mkdocs.yml: extra.note: contains '\\\\'"),
        ({"site_name": "Apple\U000e0041"}, "mkdocs.yml: site_name: contains U+E0041 (TAG LATIN CAPITAL LETTER A)"),
        (
            {"extra": {"social": [{"link": "javascript:alert(1)"}]}},
            "extra.social[0].link: 'javascript:alert(1)': a link",
        ),
        ({"extra": {"social": [{"link": "JaVaScRiPt:alert(1)"}]}}, "not javascript:"),
        ({"extra": {"homepage": "//evil.example/"}}, "extra.homepage: '//evil.example/': a link to another host"),
        ({"extra": {"x": "data:text/html,hi"}}, "extra.x: 'data:text/html,hi': a link here is relative or http(s)://"),
        ({"extra": {"link": "https://apple.com@evil.example/"}}, "a user name before '@' hides the real host"),
    ],
)
def test_markup_invisible_characters_and_foreign_links_are_refused(values: dict, expected: str) -> None:
    found = errors_of(values)
    assert len(found) == 1 and expected in found[0], found


def test_a_language_s_overrides_are_named_by_their_place() -> None:
    found = errors_of({"copyright": "<b>x</b>", "name": "English"}, "plugins.i18n.languages[1]")
    assert found == [
        "mkdocs.yml: plugins.i18n.languages[1].copyright: contains '<' at character 1: the theme prints this text "
        'into every page as HTML, so it holds no <, >, &, ", ` or \\'
    ]
