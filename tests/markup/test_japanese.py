"""Japanese pages: a soft line break next to Japanese text is no space; English, code and preformatted text keep
their line breaks."""

from __future__ import annotations

import pytest
from guide.markup.japanese import join_japanese_lines, joins_lines


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>届きます。\nSMSや電話</p>", "<p>届きます。SMSや電話</p>"),  # the example
        ("<p>Apple ID)\nの確認</p>", "<p>Apple ID)の確認</p>"),  # Japanese after the break
        ("<p>です。  \n  次に</p>", "<p>です。次に</p>"),  # with the spaces around it
        ("<p><strong>です。</strong>\nSMS</p>", "<p><strong>です。</strong>SMS</p>"),  # across a closing tag
        ('<p>Apple\n<a href="x">アカウント</a></p>', '<p>Apple<a href="x">アカウント</a></p>'),  # across an opening tag
        ("<li>「設定」\n</li>\n<li>次</li>", "<li>「設定」</li><li>次</li>"),  # between blocks: harmless
        ("<p>Apple\nAccount</p>", "<p>Apple\nAccount</p>"),  # English keeps its space
        ("<p>2 factor\n(SMS)</p>", "<p>2 factor\n(SMS)</p>"),
        ("<pre><code>一\n二</code></pre>", "<pre><code>一\n二</code></pre>"),  # preformatted text is kept
        ("<p><code>設定\n一般</code>です</p>", "<p><code>設定\n一般</code>です</p>"),
        ("<script>var a = '一'\n+ '二'</script>", "<script>var a = '一'\n+ '二'</script>"),
        ('<p title="一\n二">x</p>', '<p title="一\n二">x</p>'),  # attributes are not text
        ("<p>全角（かっこ）\nです</p>", "<p>全角（かっこ）です</p>"),  # full-width punctuation
        ("<p>一</p>\n<pre>二\n三</pre>\n<p>四\n五</p>", "<p>一</p><pre>二\n三</pre><p>四五</p>"),
    ],
)
def test_join_japanese_lines(html: str, expected: str) -> None:
    assert join_japanese_lines(html) == expected


def test_only_japanese_pages() -> None:
    assert joins_lines("ja") and not joins_lines("en") and not joins_lines(None)
