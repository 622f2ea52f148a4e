"""The one text normalisation of the search index and of queries (docs/assets/javascripts/search-scope.js).

- NFKC normalisation of every indexed text (ＳＭＳ → SMS, ｺｰﾄﾞ → コード);
- a word break wherever the script changes (確認|コード), which the search separator in mkdocs.yml splits at.
"""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    """The one text normalisation of index and query: NFKC (full-width Latin → ASCII, half-width kana → kana)."""
    return unicodedata.normalize("NFKC", text)


# The characters NFKC folds into "<", ">" or "&" (＜ → <). Index fields are HTML: folded, they must stay text.
HTML_ACTIVE_FORMS = {
    "\uff1c": "&lt;",
    "\ufe64": "&lt;",
    "\uff1e": "&gt;",
    "\ufe65": "&gt;",
    "\uff06": "&amp;",
    "\ufe60": "&amp;",
}
_HTML_ACTIVE_FORM = re.compile(f"[{''.join(HTML_ACTIVE_FORMS)}]")  # found faster than by str.translate


def _as_entity(match: re.Match[str]) -> str:
    return HTML_ACTIVE_FORMS[match.group()]


# Where the script changes inside a word (確認|コード, iPhone|を, 2|段階), the index gets a zero-width space, which
# the search separator in mkdocs.yml splits at. The separator itself cannot say "where the script changes":
# that takes a lookbehind, which Safari before 16.4 (iOS 15 on an old iPhone) cannot compile, and search
# would not start there at all. The browser script splits queries the same way (search-scope.js).
WORD_BREAK = "\u200b"
_SCRIPTS = ("0-9A-Za-z", "ぁ-ゟ", "ァ-ヺー-ヿ", "一-鿿㐀-䶿々〆")


# The last character before each change of script (the break goes after it).
_BEFORE_SCRIPT_CHANGE = re.compile(
    "|".join(f"[{script}](?=[{''.join(other for other in _SCRIPTS if other != script)}])" for script in _SCRIPTS)
)


def _with_break(match: re.Match[str]) -> str:
    return match.group() + WORD_BREAK  # a function is faster here than a replacement template


def split_scripts(text: str) -> str:
    """Text with a zero-width space wherever Latin/digits, hiragana, katakana and kanji meet."""
    return _BEFORE_SCRIPT_CHANGE.sub(_with_break, text)


def normalise_html(html_text: str) -> str:
    """The indexed form of an HTML field: normalised, folded markup characters as entities (＜ → &lt;), and
    a word break where the script changes. Tags are untouched: their names and the brackets are one script."""
    return split_scripts(normalise(_HTML_ACTIVE_FORM.sub(_as_entity, html_text)))
