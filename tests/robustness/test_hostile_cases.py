"""Every hostile case (tests/robustness/hostile_cases.py) in this process: refused with file, field and reason, or
built with nothing active; never a traceback, never a hang. The table of outcomes is printed after the run
(tests/robustness/conftest.py), and by `.venv/bin/python -m tests.robustness.hostile_report`."""

from __future__ import annotations

import pytest

from tests.robustness.hostile_cases import ALL_CASES, CASE_CATEGORIES, Case
from tests.robustness.hostile_run import run_case
from tests.robustness.hostile_table import RESULTS


def test_there_are_enough_cases_in_every_category() -> None:
    assert len(ALL_CASES) >= 100
    assert {case.category for case in ALL_CASES} == set(CASE_CATEGORIES)
    assert len({(case.category, case.name) for case in ALL_CASES}) == len(ALL_CASES), "two cases share a name"


@pytest.mark.parametrize("case", ALL_CASES, ids=[f"{case.category}: {case.name}" for case in ALL_CASES])
def test_hostile_case(case: Case) -> None:
    result = run_case(case)
    RESULTS.append(result)
    expected = "built inert" if case.refused is None else "refused"
    assert result.outcome == expected, f"{result.outcome} after {result.seconds:.1f} s:\n{result.detail}"
