"""Flow validation, one broken fixture flow per error class: the exact messages, in both languages.

The fixture sites under tests/fixtures/flow-*/ are read here directly by the core (no MkDocs); test_flow_build.py
builds the same sites with a strict MkDocs build.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guide.flow.rules import flow_errors
from guide.model.errors import ContentErrors
from guide.model.site import load_site

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TODAY = date(2026, 11, 24)

NOT_IN_FLOW = (
    "answer 'No' leads to 'about/info', which is not a question, scenario or procedure page (it is an explanation page)"
)
NEVER_REACHED = (
    "the flow never reaches this {kind} page from the start ({start}) (no answer, option or then leads here)"
)

# fixture folder -> every error its build reports (sorted as ContentErrors sorts them)
BROKEN_FLOWS: dict[str, list[str]] = {
    "flow-answer-not-in-flow": [
        f"check/first.en.md: answers[1].next: {NOT_IN_FLOW}",
        f"check/first.md: answers[1].next: {NOT_IN_FLOW}",
    ],
    "flow-first-not-question": [
        "index.en.md: first: 'procedures/x' is a procedure page: the first page must be a question",
        "index.md: first: 'procedures/x' is a procedure page: the first page must be a question",
    ],
    "flow-unreachable-question": [
        "check/orphan.en.md: " + NEVER_REACHED.format(kind="question", start="index.en.md"),
        "check/orphan.md: " + NEVER_REACHED.format(kind="question", start="index.md"),
    ],
    "flow-cycle": [
        "check/second.en.md: answers[1].next: answer 'Back' closes a cycle: check/first → check/second → check/first",
        "check/second.md: answers[1].next: answer 'Back' closes a cycle: check/first → check/second → check/first",
    ],
    "flow-one-answer": [
        "check/first.en.md: answers: a question needs at least 2 answers, this one has 1",
        "check/first.md: answers: a question needs at least 2 answers, this one has 1",
    ],
    "flow-no-procedure": [
        "check/second.en.md: answers: no procedure can be reached from this question: every path ends at "
        "scenarios/dead-end",
        "check/second.md: answers: no procedure can be reached from this question: every path ends at "
        "scenarios/dead-end",
        "scenarios/dead-end.en.md: options: no procedure can be reached from this scenario: none of its options is "
        "a procedure, a scenario or a question",
        "scenarios/dead-end.md: options: no procedure can be reached from this scenario: none of its options is "
        "a procedure, a scenario or a question",
    ],
    "flow-unreached-outcome": [
        "procedures/lonely.en.md: " + NEVER_REACHED.format(kind="procedure", start="index.en.md"),
        "procedures/lonely.md: " + NEVER_REACHED.format(kind="procedure", start="index.md"),
    ],
    # Caught by the per-page parity check before the flow check runs (see test_flow_parity.py).
    "flow-languages-differ": [
        "check/first.en.md: answers[1].next: 'procedures/x' differs from 'procedures/y' in the twin (check/first.md)",
    ],
}


def flow_check_errors(docs: Path) -> list[str]:
    with pytest.raises(ContentErrors) as raised:
        load_site(docs, today=TODAY, checks=(flow_errors,))
    return [str(error) for error in raised.value.errors]


@pytest.mark.parametrize("fixture", sorted(BROKEN_FLOWS))
def test_broken_flow_is_reported(fixture: str) -> None:
    assert flow_check_errors(FIXTURES / fixture / "docs") == BROKEN_FLOWS[fixture]


@pytest.mark.parametrize("fixture", sorted(set(BROKEN_FLOWS) - {"flow-languages-differ"}))
def test_broken_fixture_is_valid_apart_from_its_flow(fixture: str) -> None:
    """Without the flow check each fixture loads: the flow check is what stops it."""
    site, warnings = load_site(FIXTURES / fixture / "docs", today=TODAY)
    assert site.get("ja", "index") is not None and warnings == []


def test_valid_fixture_flow_has_no_errors() -> None:
    site, _ = load_site(FIXTURES / "flow-ok" / "docs", today=TODAY, checks=(flow_errors,))
    assert flow_errors(site) == []


def test_every_broken_fixture_is_tested() -> None:
    on_disk = {path.name for path in FIXTURES.glob("flow-*") if path.is_dir()}
    assert on_disk - {"flow-ok"} == set(BROKEN_FLOWS)
