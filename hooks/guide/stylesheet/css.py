"""A small CSS reader: enough to strip comments and whitespace and to walk the top-level rules of a stylesheet.

Not a full parser: it knows strings, comments and nested braces, which is all that bundling and trimming need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
# A space next to these characters never changes the meaning of CSS (outside strings, which are left alone).
_TIGHT = re.compile(r" ?([{};,]) ?")


class CssError(ValueError):
    """A stylesheet that cannot be read: an unclosed comment, string or block."""


@dataclass(frozen=True)
class Rule:
    prelude: str  # the selector list or the at-rule's head, e.g. "@media print"
    body: str | None  # what is between the braces; None for a statement such as @charset "UTF-8";

    @property
    def text(self) -> str:
        return f"{self.prelude};" if self.body is None else f"{self.prelude}{{{self.body}}}"


def _string_end(text: str, start: int) -> int:
    """The index after the string that opens at ``start``."""
    quote, index = text[start], start + 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == quote:
            return index + 1
        if text[index] == "\n":
            break
        index += 1
    raise CssError(f"a string is not closed on its line: {_near(text, start)}")


def minify(text: str) -> str:
    """The stylesheet without comments and without the whitespace that carries no meaning."""
    pieces: list[str] = []
    plain: list[str] = []

    def flush() -> None:
        pieces.append(_TIGHT.sub(r"\1", _SPACE.sub(" ", "".join(plain))))
        plain.clear()

    index = 0
    while index < len(text):
        char = text[index]
        if text.startswith("/*", index):
            end = text.find("*/", index + 2)
            if end < 0:
                raise CssError(f"a comment opened on line {text.count(chr(10), 0, index) + 1} is not closed")
            plain.append(" ")
            index = end + 2
        elif char in "\"'":
            end = _string_end(text, index)
            flush()
            pieces.append(text[index:end])
            index = end
        else:
            plain.append(char)
            index += 1
    flush()
    return "".join(pieces).strip()


def rules(text: str) -> list[Rule]:
    """The top-level rules of a minified stylesheet, in order."""
    found: list[Rule] = []
    start = index = 0
    while index < len(text):
        char = text[index]
        if char in "\"'":
            index = _string_end(text, index)
        elif char == ";":
            found.append(Rule(text[start:index].strip(), None))
            start = index = index + 1
        elif char == "{":
            end = _block_end(text, index, start)
            found.append(Rule(text[start:index].strip(), text[index + 1 : end - 1]))
            start = index = end
        elif char == "}":
            raise CssError(f"a '}}' closes nothing: {_near(text, start)}")
        else:
            index += 1
    if text[start:].strip():
        raise CssError(f"the stylesheet ends inside a rule: {text[start:][:60]!r}")
    return found


def _near(text: str, start: int) -> str:
    """Where a problem is, for the message: the text from there on, cut short."""
    return repr(text[start : start + 40])


def _block_end(text: str, start: int, rule_start: int) -> int:
    """The index after the '}' that closes the '{' at ``start`` (the rule begins at ``rule_start``)."""
    depth, index = 0, start
    while index < len(text):
        char = text[index]
        if char in "\"'":
            index = _string_end(text, index)
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise CssError(f"a block is not closed: {_near(text, rule_start)}")
