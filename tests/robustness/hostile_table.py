"""The table of hostile outcomes per category, printed after the tests ran (and by hostile_report)."""

from __future__ import annotations

from collections import Counter

from tests.robustness.hostile_cases import CATEGORIES
from tests.robustness.hostile_run import OUTCOMES, Result

RESULTS: list[Result] = []  # filled by test_hostile_cases.py (and test_hostile_builds.py for real builds)


def table(results: list[Result]) -> str:
    counts = Counter((result.case.category, result.outcome) for result in results)
    header = ["category", "cases", *OUTCOMES]
    rows = []
    for category in CATEGORIES:
        total = sum(counts[(category, outcome)] for outcome in OUTCOMES)
        if total:
            rows.append([category, str(total), *(str(counts[(category, outcome)]) for outcome in OUTCOMES)])
    rows.append(["all", str(len(results)), *(str(sum(counts[(c, o)] for c in CATEGORIES)) for o in OUTCOMES)])
    widths = [max(len(row[index]) for row in [header, *rows]) for index in range(len(header))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in [header, *rows]]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    slowest = max(results, key=lambda result: result.seconds, default=None)
    if slowest is not None:
        lines.append(f"slowest: {slowest.case.category}: {slowest.case.name} ({slowest.seconds:.2f} s)")
    return "\n".join(lines)
