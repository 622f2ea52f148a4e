"""The property every content case must have: it loads, or it stops with ContentErrors that name file and field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from guide.flow.rules import flow_errors
from guide.markup.field_links import field_link_errors
from guide.model.errors import ContentError, ContentErrors
from guide.model.site import load_site

TODAY = date(2026, 11, 24)


def load_outcome(docs: Path) -> list[ContentError]:
    """[] when the site validates, else its content errors; any other exception propagates (and fails the test)."""
    try:
        load_site(docs, today=TODAY, default_lang="ja", languages=("ja", "en"), checks=(flow_errors, field_link_errors))
    except ContentErrors as raised:
        assert raised.errors, "ContentErrors without any error"
        return list(raised.errors)
    return []


def problems_with(errors: Iterable[ContentError], files: set[str], mutated: set[str]) -> list[str]:
    """What is wrong with the errors of a mutated site: each must be one line and name an existing file; those on
    the mutated page (or its twin) must also name a field."""
    problems = []
    for error in errors:
        line = str(error)
        if "\n" in line or "\r" in line:
            problems.append(f"not one line: {line!r}")
        if error.file not in files:
            problems.append(f"names no file of the site: {line!r}")
        if error.file in mutated and not error.field.strip():
            problems.append(f"names no field: {line!r}")
        if not error.reason.strip():
            problems.append(f"gives no reason: {line!r}")
    return problems
