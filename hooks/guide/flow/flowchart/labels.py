"""Wrap node and edge labels of the flowchart into lines that fit a box.

Japanese has no spaces between words: BudouX splits it into phrases (文節), and lines break only between them.
Widths count East Asian wide characters as two columns, so one limit fits both languages. Kinsoku: closing
punctuation and small kana never start a line, an opening bracket never ends one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import budoux

NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!）)］]」』】〕〉》ー～"  # closing punctuation, the long vowel mark
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"  # small kana, the repetition mark
)
NO_LINE_END = frozenset("(（[［「『【〔〈《")


@lru_cache(maxsize=1)
def _japanese_parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def display_width(text: str) -> int:
    """Columns the text takes in a monospace sense: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def phrases(text: str, lang: str) -> list[str]:
    """Pieces of text a line may break between: BudouX phrases for Japanese, words (with their space) otherwise."""
    text = " ".join(text.split())
    pieces: list[str] = []
    for chunk in _japanese_parser().parse(text) if lang == "ja" else [text]:
        words = chunk.split(" ")
        pieces += [word + " " for word in words[:-1]] + [words[-1]]
    return _kinsoku([piece for piece in pieces if piece])


def _kinsoku(pieces: list[str]) -> list[str]:
    """Leading closers join the piece before; trailing openers join the piece after."""
    result: list[str] = []
    carry = ""  # opening brackets cut from the end of the previous piece
    for piece in pieces:
        piece = carry + piece
        if result and not carry:
            body = piece.lstrip("".join(NO_LINE_START))
            result[-1] += piece[: len(piece) - len(body)]
            piece = body
        body = piece.rstrip("".join(NO_LINE_END))
        carry = piece[len(body) :]
        if body:
            result.append(body)
    if carry:
        result.append(carry)
    return result


def _split_long(piece: str, max_width: int) -> list[str]:
    """Cut a piece wider than a line, never before a character that must not start a line."""
    parts, current = [], ""
    for char in piece:
        if current and display_width(current + char) > max_width and char not in NO_LINE_START:
            parts.append(current)
            current = ""
        current += char
    return [*parts, current] if current else parts


def wrap_label(text: str, lang: str, max_width: int) -> list[str]:
    """Greedy line filling: pieces join a line while it stays within ``max_width`` columns.

    A phrase up to half as wide again as a line stays whole on a line of its own (the box grows a little);
    only a longer one is cut, since a cut inside a Japanese word reads badly.
    """
    lines: list[str] = []
    current = ""
    longest_whole = max_width * 3 // 2
    for phrase in phrases(text, lang):
        too_long = display_width(phrase.rstrip()) > longest_whole
        for piece in _split_long(phrase, max_width) if too_long else [phrase]:
            if current and display_width((current + piece).rstrip()) > max_width:
                lines.append(current.rstrip())
                current = ""
            current += piece
    if current.strip():
        lines.append(current.rstrip())
    return lines or [""]
