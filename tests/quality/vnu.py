"""The Nu Html Checker (vnu.jar from the vnu-jar npm package), run once over many files, and its known exceptions."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from tests.quality.tools import VNU_JAR, require, require_program

VNU_TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class VnuMessage:
    file: str  # as given to vnu
    line: int | None
    message: str
    extract: str

    def describe(self, root: Path | None = None) -> str:
        name = Path(self.file)
        if root is not None and name.is_relative_to(root):
            name = name.relative_to(root)
        extract = " ".join(self.extract.split())
        return f"{name}:{self.line or '?'}: {self.message}\n    {extract}"


@dataclass(frozen=True)
class KnownError:
    """An error in markup that is not ours, matched by the exact message and the element it is on."""

    message: str
    extract_contains: str
    why: str

    def matches(self, found: VnuMessage) -> bool:
        return found.message == self.message and self.extract_contains in found.extract


AUTOCOMPLETE_ON_CHECKBOX = (
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”, "
    "“hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”."
)

# Material's base.html writes its two state checkboxes (drawer and search) with autocomplete="off", so that Firefox
# does not restore an open drawer or search after "back". The HTML standard allows autocomplete only on text-like
# inputs. The markup sits in base.html outside any template block, so the only way to change it is a full copy of
# base.html, which would freeze the whole theme; we accept these two exact elements and nothing else.
MATERIAL_KNOWN_ERRORS: tuple[KnownError, ...] = (
    KnownError(AUTOCOMPLETE_ON_CHECKBOX, 'data-md-toggle="drawer" type="checkbox" id="__drawer"', "Material base.html"),
    KnownError(AUTOCOMPLETE_ON_CHECKBOX, 'data-md-toggle="search" type="checkbox" id="__search"', "Material base.html"),
)


def run_vnu(files: Iterable[Path]) -> list[VnuMessage]:
    """Every error vnu reports for `files` (one Java start for all of them). Warnings are not returned."""
    paths = [str(path) for path in files]
    if not paths:
        return []
    command = [require_program("java"), "-jar", str(require(VNU_JAR)), "--format", "json", "--exit-zero-always"]
    command.append("--also-check-svg")
    completed = subprocess.run(
        [*command, *paths], capture_output=True, text=True, timeout=VNU_TIMEOUT_SECONDS, check=False
    )
    report = completed.stderr.strip() or completed.stdout.strip()
    try:
        messages = json.loads(report)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise RuntimeError(f"vnu did not report JSON (exit {completed.returncode}): {report[:2000]}") from error
    return [
        VnuMessage(
            file=_file_of(message.get("url", "")),
            line=message.get("lastLine"),
            message=message.get("message", ""),
            extract=message.get("extract", ""),
        )
        for message in messages
        if message.get("type") in ("error", "non-document-error") or message.get("subType") == "fatal"
    ]


def _file_of(url: str) -> str:
    return unquote(url.removeprefix("file:"))


def not_known(
    messages: Iterable[VnuMessage], known: tuple[KnownError, ...] = MATERIAL_KNOWN_ERRORS
) -> list[VnuMessage]:
    """The messages that no known exception explains."""
    return [message for message in messages if not any(exception.matches(message) for exception in known)]
