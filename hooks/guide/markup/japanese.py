"""Japanese line breaks: a soft line break of the Markdown source next to a Japanese character is no space.

Browsers draw the newline that Markdown keeps inside a paragraph as a space. Japanese puts no space between
sentences or words, so 「届きます。\\nSMSや」 would read 「届きます。 SMSや」. On Japanese pages such a newline (with
the spaces or tabs around it) is removed where the nearest character of text on either side, across inline tags,
is Japanese: kana, kanji or full-width punctuation. Text inside ``<pre>``, ``<code>``, ``<script>``, ``<style>`` and
``<textarea>`` is left as it is; so is every newline between two non-Japanese characters (English keeps its spaces).
"""

from __future__ import annotations

import re

# Kana, kanji (with the iteration marks), CJK punctuation, full-width forms.
JAPANESE = re.compile(
    r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
KEPT_ELEMENTS = frozenset({"pre", "code", "script", "style", "textarea"})
_TOKEN = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)")
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _is_japanese(char: str | None) -> bool:
    return char is not None and JAPANESE.match(char) is not None


def join_japanese_lines(html: str) -> str:
    """``html`` with every soft line break next to Japanese text removed (see the module's docstring)."""
    tokens = _TOKEN.split(html)  # text at even indexes, tags and comments at odd ones
    texts = range(0, len(tokens), 2)
    kept = _kept_texts(tokens)
    # The nearest character of text before and after each text token, across tags, from the original text.
    before: dict[int, str | None] = {}
    last = None
    for index in texts:
        before[index] = last
        stripped = tokens[index].rstrip()
        last = stripped[-1] if stripped else last
    after: dict[int, str | None] = {}
    following = None
    for index in reversed(texts):
        after[index] = following
        stripped = tokens[index].lstrip()
        following = stripped[0] if stripped else following
    for index in texts:
        if "\n" in tokens[index] and index not in kept:
            tokens[index] = _join(tokens[index], before=before[index], after=after[index])
    return "".join(tokens)


def _kept_texts(tokens: list[str]) -> set[int]:
    """Indexes of the text tokens inside an element whose text is kept as it is."""
    kept, depth = set(), 0
    for index, token in enumerate(tokens):
        if index % 2 == 0:
            if depth:
                kept.add(index)
            continue
        match = _TAG_NAME.match(token)
        if match and match.group(2).lower() in KEPT_ELEMENTS and not token.endswith("/>"):
            depth = max(depth - 1, 0) if match.group(1) else depth + 1
    return kept


def _join(text: str, *, before: str | None, after: str | None) -> str:
    """Remove the soft breaks of one text token where the nearest text on either side is Japanese."""

    def replace(match: re.Match[str]) -> str:
        left = text[: match.start()].rstrip()
        right = text[match.end() :].lstrip()
        previous = left[-1] if left else before
        following = right[0] if right else after
        return "" if _is_japanese(previous) or _is_japanese(following) else match.group(0)

    return _SOFT_BREAK.sub(replace, text)


def joins_lines(locale: str | None) -> bool:
    """Whether a page in ``locale`` gets its Japanese soft line breaks removed: Japanese pages only."""
    return locale == "ja"
