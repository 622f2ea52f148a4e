"""Content errors: every problem names the file, the field path and the reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in one page's content, e.g. ``procedures/x.md: steps[3].title: required``."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        file = self.file if self.file.isprintable() else shown(self.file)  # a file name with a line break
        if self.field:
            return f"{file}: {self.field}: {self.reason}"
        return f"{file}: {self.reason}"


class ContentErrors(Exception):
    """All content errors of a build, reported at once."""

    def __init__(self, errors: Iterable[ContentError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        lines = [f"{count} content error{'s' if count != 1 else ''}:"]
        lines += [f"  {error}" for error in self.errors]
        return "\n".join(lines)


def shown(value: object, limit: int = 60) -> str:
    """A value as a message quotes it: its repr, cut to ``limit`` characters (a 1 MB value stays out of the
    message); control characters and the like come out escaped."""
    text = repr(value)
    if len(text) <= limit:
        return text
    quote = text[-1] if text[-1] in "'\"" else ""
    return f"{text[: limit - 2]}…{quote}"


def field_path(loc: Iterable[str | int]) -> str:
    """Turn a location tuple like ``("phases", 0, "steps", 3, "title")`` into ``phases[0].steps[3].title``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            name = str(part)
            name = name if name.isprintable() and name.strip() == name and name else repr(name)  # e.g. a key "\r"
            path += f".{name}" if path else name
    return path
