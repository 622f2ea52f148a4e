"""The sentences of the real pages, as a reader reads them: Markdown links reduced to their text, emphasis and
list marks removed, split after 。!? (Japanese) or . ! ? (English) and at line ends. Used by the wording tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from guide.model.front_matter import FRONT_MATTER
from guide.model.schema import Page, ProcedurePage, ScenarioPage

LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKS = re.compile(r"\*\*|`|^\s*(?:[-*+]|\d+\.)\s+|^\s*!!!\s*\w+\s*", re.MULTILINE)
JA_END = re.compile(r"(?<=[。!?！？])")
EN_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Sentence:
    part: str  # where it is: "steps[3].warning", "body", "options[1].when" ...
    text: str


def plain(markdown: str) -> str:
    return MARKS.sub("", LINK.sub(r"\1", markdown))


def sentences_of(part: str, markdown: str | None, lang: str) -> Iterator[Sentence]:
    if not markdown:
        return
    for line in plain(markdown).splitlines():
        pieces = JA_END.split(line) if lang == "ja" else EN_END.split(line)
        for piece in pieces:
            if piece.strip():
                yield Sentence(part, piece.strip())


def instruction_parts(page: Page) -> Iterator[tuple[str, str]]:
    """The texts a reader acts on: steps (title, body, tip, warning), handback items, waiting periods and option
    conditions, each with its field path."""
    if isinstance(page, ScenarioPage):
        for index, option in enumerate(page.options):
            yield f"options[{index}].when", option.when
    if not isinstance(page, ProcedurePage):
        return
    for p, phase in enumerate(page.all_phases):
        for index, step in enumerate(phase.steps):
            path = f"phases[{p}].steps[{index}]"
            yield f"{path}.title", step.title
            for name, text in (("body", step.body), ("tip", step.tip and step.tip.text)):
                if text:
                    yield f"{path}.{name}", text
            if step.warning:
                yield f"{path}.warning", step.warning.text
        for index, item in enumerate(phase.handback):
            yield f"phases[{p}].handback[{index}]", item.text
        if phase.wait:
            yield f"phases[{p}].wait.summary", phase.wait.summary
            for kind in ("do", "avoid"):
                for index, item in enumerate(getattr(phase.wait, kind)):
                    yield f"phases[{p}].wait.{kind}[{index}]", item


def body_of(path: Path) -> str:
    """The page's Markdown after its front matter."""
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def body_warnings(body: str) -> Iterator[str]:
    """The text of each ``!!! warning`` box of a page body (its indented lines; the title is a heading)."""
    for match in re.finditer(r'^!!! warning(?: "[^"]*")?\n((?:    .*\n|\n)+)', body + "\n", re.MULTILINE):
        yield match[1]
