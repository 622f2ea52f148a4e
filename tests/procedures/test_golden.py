"""Golden files: each case's front matter (golden/<case>.yml) renders to exactly golden/<case>.md (the generated
Markdown), golden/<case>.html (that Markdown as the site renders it) and golden/<case>.sheet.html (the step sheet).

After an intended change, regenerate and review the diff:  UPDATE_GOLDEN=1 .venv/bin/pytest tests/procedures
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.procedures.rendering import (
    next_pages_from_titles,
    procedure,
    procedure_html,
    procedure_markdown,
    step_sheet_html,
)

GOLDEN_DIR = Path(__file__).parent / "golden"
CASES = sorted(path.stem for path in GOLDEN_DIR.glob("*.yml"))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def load_case(name: str) -> dict[str, Any]:
    with open(GOLDEN_DIR / f"{name}.yml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def rendered(name: str) -> dict[str, str]:
    case = load_case(name)
    page = procedure(case["front_matter"])
    then = next_pages_from_titles(case["page_id"], case["then_titles"])
    page_id = case["page_id"]
    return {
        "md": procedure_markdown(page, lang=case["lang"], then=then, page_id=page_id),
        "html": procedure_html(page, lang=case["lang"], then=then, page_id=page_id),
        "sheet.html": step_sheet_html(page, lang=case["lang"], page_url=case["page_url"]),
    }


def test_there_are_cases() -> None:
    assert {"minimal", "steps-ja", "phases-en", "hostile-en"} <= set(CASES)


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("suffix", ["md", "html", "sheet.html"])
def test_renders_as_golden(name: str, suffix: str) -> None:
    actual = rendered(name)[suffix]
    expected_file = GOLDEN_DIR / f"{name}.{suffix}"
    if UPDATE:
        expected_file.write_text(actual, encoding="utf-8")
    assert expected_file.is_file(), f"{expected_file.name} is missing: run UPDATE_GOLDEN=1 pytest tests/procedures"
    expected = expected_file.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name}.{suffix} differs from the golden file; if the change is intended, "
        "run UPDATE_GOLDEN=1 pytest tests/procedures and review the diff"
    )
