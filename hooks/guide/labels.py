"""Wrap node and edge labels of the flowchart into lines that fit a box.

Japanese has no spaces between words: BudouX splits it into phrases (文節), and lines break only between them.
Widths count East Asian wide characters as two columns, so one limit fits both languages.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import budoux


@lru_cache(maxsize=1)
def _japanese_parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def display_width(text: str) -> int:
    """Columns the text takes in a monospace sense: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def phrases(text: str, lang: str) -> list[str]:
    """Pieces of text a line may break between: BudouX phrases for Japanese, words (with their space) otherwise."""
    text = " ".join(text.split())
    if lang == "ja":
        pieces = []
        for chunk in _japanese_parser().parse(text):
            words = chunk.split(" ")
            pieces += [word + " " for word in words[:-1]] + [words[-1]]
        return _openers_to_next([piece for piece in pieces if piece])
    words = text.split(" ")
    return [word + " " for word in words[:-1]] + [words[-1]]


NO_LINE_END = frozenset("(（[［「『【〔〈《")


def _openers_to_next(pieces: list[str]) -> list[str]:
    """An opening bracket at the end of a phrase moves to the start of the next one: it never ends a line."""
    result: list[str] = []
    carry = ""
    for piece in pieces:
        piece = carry + piece
        stripped = piece.rstrip("".join(NO_LINE_END))
        carry = piece[len(stripped) :]
        if stripped:
            result.append(stripped)
    if carry:
        result.append(carry)
    return result


# Characters that never start a line in Japanese typesetting (kinsoku): they hang at the end of the line instead.
NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!）)］]」』】〕〉》ー～"  # closing punctuation, the long vowel mark
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"  # small kana, the repetition mark
)


def _split_long(piece: str, max_width: int) -> list[str]:
    """Cut a phrase wider than a line, never before a character that must not start a line."""
    parts, current = [], ""
    for char in piece:
        if current and display_width(current + char) > max_width and char not in NO_LINE_START:
            parts.append(current)
            current = ""
        current += char
    return [*parts, current] if current else parts


def wrap_label(text: str, lang: str, max_width: int) -> list[str]:
    """Greedy line filling: phrases join a line while it stays within ``max_width`` columns."""
    lines: list[str] = []
    current = ""
    for phrase in phrases(text, lang):
        for piece in _split_long(phrase, max_width) if display_width(phrase.rstrip()) > max_width else [phrase]:
            fits = display_width((current + piece).rstrip()) <= max_width
            if current and not fits and piece[0] not in NO_LINE_START:
                lines.append(current.rstrip())
                current = ""
            current += piece
    if current.strip():
        lines.append(current.rstrip())
    return lines or [""]
