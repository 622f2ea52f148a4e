"""Valid front matter for every page kind, to mutate in tests; a writer for tiny docs trees; their errors."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from guide.flow.rules import flow_errors
from guide.markup.field_links import field_link_errors
from guide.model.errors import ContentErrors
from guide.model.site import load_site

from tests.support.yaml_text import PlainDumper

TODAY = date(2026, 11, 24)  # "today" of the tests: every page's reviewed date is earlier and recent

SOURCE: dict[str, Any] = {
    "id": "apple-102606",
    "title": "Apple",
    "url": "https://support.apple.com/en-us/102606",
    "publisher": "apple",
    "seen": "2026-11-01",
}
CITE = ["apple-102606"]  # what a claim of a page with SOURCE cites

COMMON: dict[str, Any] = {"title": "Title", "reviewed": "2026-11-01", "sources": [SOURCE]}

VALID: dict[str, dict[str, Any]] = {
    "start": {"kind": "start", "first": "check/first"},
    "question": {
        "kind": "question",
        "question": "Do you have a trusted device?",
        "answers": [{"label": "Yes", "next": "procedures/a"}, {"label": "No", "next": "procedures/a"}],
    },
    "scenario": {
        "kind": "scenario",
        "summary": "S",
        "options": [{"page": "procedures/a", "when": "always", "cite": ["apple-102606"]}],
    },
    "procedure": {
        "kind": "procedure",
        "summary": "Do it",
        "time": "5 min",
        "steps": [
            {"id": "one", "title": "First", "cite": ["apple-102606"]},
            {"id": "two", "title": "Second", "cite": ["apple-102606"]},
        ],
    },
    "explanation": {"kind": "explanation"},
    "reference": {"kind": "reference"},
}


def valid(kind: str, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy({**COMMON, **VALID[kind]})
    data.update(changes)
    return data


def write_page(docs: Path, file: str, data: dict[str, Any], body: str = "") -> None:
    path = docs / file
    path.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.dump(data, Dumper=PlainDumper, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")


def write_both(docs: Path, page_id: str, data: dict[str, Any]) -> None:
    """The same front matter as Japanese ``x.md`` and English ``x.en.md``."""
    write_page(docs, f"{page_id}.md", data)
    write_page(docs, f"{page_id}.en.md", data)


def write_minimal_site(docs: Path) -> None:
    """A valid two-language site: start → question → procedure."""
    write_both(docs, "index", valid("start"))
    write_both(docs, "check/first", valid("question"))
    write_both(docs, "procedures/a", valid("procedure"))


def errors_of(docs: Path, **load_options: Any) -> list[str]:
    """The content errors of a docs tree as the build reports them (flow checks included), one string each."""
    with pytest.raises(ContentErrors) as raised:
        load_site(docs, today=TODAY, **{"checks": (flow_errors, field_link_errors), **load_options})
    return [str(error) for error in raised.value.errors]
