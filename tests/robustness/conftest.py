"""Print the table of hostile outcomes per category at the end of a run that ran the hostile cases."""

from __future__ import annotations

from typing import Any

from tests.robustness.hostile_table import RESULTS, table


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if RESULTS:
        terminalreporter.write_sep("=", "hostile inputs: outcomes per category")
        terminalreporter.write_line(table(RESULTS))
