"""Run every hostile case in this process and print the table of outcomes per category, then any unexpected one.

.venv/bin/python -m tests.robustness.hostile_report
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2] / "hooks")]

from tests.robustness.hostile_cases import ALL_CASES  # noqa: E402
from tests.robustness.hostile_run import run_case  # noqa: E402
from tests.robustness.hostile_table import table  # noqa: E402


def main() -> int:
    results = [run_case(case) for case in ALL_CASES]
    print(table(results))
    unexpected = [r for r in results if r.outcome != ("built inert" if r.case.refused is None else "refused")]
    for result in unexpected:
        print(f"\n{result.case.category}: {result.case.name}: {result.outcome}\n{result.detail}")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
