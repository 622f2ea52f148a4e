"""A small valid site with one rich page of every kind (both languages), to mutate in the robustness tests.

Every optional field is present in some page, so mutations reach every part of the schema.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from tests.support.yaml_text import PlainDumper

LANG_SUFFIXES = ("", ".en")  # ja at x.md (default), en at x.en.md
SOURCES = [
    {
        "id": "apple-102606",
        "title": "Apple Support",
        "url": "https://support.apple.com/en-us/102606",
        "publisher": "apple",
        "seen": "2026-11-01",
    }
]
CITE = ["apple-102606"]
COMMON: dict[str, Any] = {"reviewed": "2026-11-01", "sources": SOURCES, "keywords": ["機種変", "code"]}

STEP = {
    "id": "open-settings",
    "title": "Open Settings",
    "body": "Open **Settings** and see [the explanation](../about/e.md).",
    "labels": ["Settings", "Your name"],
    "older": {"version": "iOS 17 and earlier", "labels": ["Settings", "Password & Security"]},
    "tip": {"text": "A *tip*."},
    "warning": {"text": "A warning.", "cite": CITE},
    "cite": CITE,
}

BASE_PAGES: dict[str, dict[str, Any]] = {
    "index": {"kind": "start", "title": "Start", "description": "Where to begin", "first": "check/first"},
    "check/first": {
        "kind": "question",
        "title": "Trusted device",
        "question": "Do you have a trusted device?",
        "help": "A device that is **signed in** with your account.",
        "answers": [
            {"label": "Yes", "next": "procedures/a", "hint": "an iPhone"},
            {"label": "No", "next": "scenarios/s"},
        ],
    },
    "scenarios/s": {
        "kind": "scenario",
        "title": "Device gone",
        "summary": "The device was sold.",
        "options": [
            {"page": "procedures/b", "when": "first", "cite": CITE},
            {"page": "procedures/a", "when": "else", "cite": CITE},
        ],
    },
    "procedures/a": {
        "kind": "procedure",
        "title": "Show a code",
        "summary": "Show a code offline.",
        "requires": ["a trusted iPhone"],
        "time": "5 min",
        "steps": [STEP, {"id": "read", "title": "Read the code", "cite": CITE}],
        "then": ["about/e"],
    },
    "procedures/b": {
        "kind": "procedure",
        "title": "Recover the account",
        "summary": "Start and finish account recovery.",
        "time": "10 min + waiting period",
        "phases": [
            {
                "id": "request",
                "title": "Request",
                "steps": [STEP],
                "handback": [{"text": "Close the **tabs** you opened.", "cite": CITE}],
                "wait": {
                    "duration": "days",
                    "summary": "Apple checks.",
                    "do": ["wait"],
                    "avoid": ["other devices"],
                    "cite": CITE,
                    "notice": {"within_hours": 72, "cite": CITE},
                },
            },
            {
                "id": "finish",
                "title": "Finish",
                "steps": [{"id": "finish-step", "title": "Follow the text", "cite": CITE}],
            },
        ],
        "sheet": [{"id": "phone", "label": "Recovery phone number"}, {"id": "date", "label": "Date requested"}],
        "then": ["procedures/a"],
    },
    "about/e": {"kind": "explanation", "title": "How it works", "hide": ["toc"], "timeline": "procedures/b"},
    "reference/r": {"kind": "reference", "title": "Glossary"},
}

BODY = "Body text.\n"


def base_page(page_id: str) -> dict[str, Any]:
    return copy.deepcopy({**BASE_PAGES[page_id], **COMMON})


def files_of(page_id: str) -> tuple[str, ...]:
    return tuple(f"{page_id}{suffix}.md" for suffix in LANG_SUFFIXES)


def front_matter_text(data: Any) -> str:
    return yaml.dump(data, Dumper=PlainDumper, allow_unicode=True, sort_keys=False)


def write_file(docs: Path, file: str, front_matter: str, body: str = BODY) -> None:
    path = docs / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front_matter}---\n\n{body}", encoding="utf-8")


def write_site(docs: Path, replaced: dict[str, str] | None = None) -> list[str]:
    """Write every base page in both languages; `replaced` maps a file to the front matter text to use instead."""
    replaced = replaced or {}
    written = []
    for page_id in BASE_PAGES:
        for file in files_of(page_id):
            text = replaced[file] if file in replaced else front_matter_text(base_page(page_id))
            write_file(docs, file, text)
            written.append(file)
    return written
