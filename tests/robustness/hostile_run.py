"""Run one hostile case in this process, bounded in time, and say what came of it."""

from __future__ import annotations

import signal
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from guide.flow.rules import flow_errors
from guide.markup.field_links import field_link_errors
from guide.markup.fragments import FieldLinks, render_field
from guide.model.errors import ContentErrors
from guide.model.markdown_fields import markdown_fields
from guide.model.site import load_site

from tests.robustness.corpus import write_site
from tests.robustness.hostile_cases import Case
from tests.robustness.inert import active_markup
from tests.robustness.outcome import TODAY, problems_with

TIME_LIMIT_SECONDS = 20
OUTCOMES = ("refused", "built inert", "wrong", "traceback", "hang")


class Hang(Exception):
    pass


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Result:
    case: Case
    outcome: str  # one of OUTCOMES
    detail: str
    seconds: float


def _all_paths(docs: Path) -> set[str]:
    return {path.relative_to(docs).as_posix() for path in docs.rglob("*")}


def run_case(case: Case) -> Result:
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        write_site(docs)
        case.change(docs)
        try:
            with time_bound(TIME_LIMIT_SECONDS):
                outcome, detail = _judge(case, docs)
        except Hang as hang:
            outcome, detail = "hang", str(hang)
        except Exception:  # noqa: BLE001 - any other exception is what this suite looks for
            outcome, detail = "traceback", traceback.format_exc(limit=-3)
    return Result(case, outcome, detail, time.monotonic() - started)


def _judge(case: Case, docs: Path) -> tuple[str, str]:
    try:
        site, _ = load_site(docs, today=TODAY, checks=(flow_errors, field_link_errors))
    except ContentErrors as raised:
        errors = raised.errors
        lines = "\n".join(str(error) for error in errors)
        if case.refused is None:
            return "wrong", f"refused, but it should build:\n{lines}"
        expected = case.refused
        matching = [
            error
            for error in errors
            if error.file == expected.file and error.field == expected.field and expected.reason in error.reason
        ]
        problems = problems_with(errors, _all_paths(docs), {expected.file} if expected.field else set())
        if not matching or problems:
            return "wrong", f"expected {expected}, got:\n{lines}\n" + "\n".join(problems)
        return "refused", str(matching[0])
    if case.refused is not None:
        return "wrong", f"built, but it should be refused with {case.refused}"
    found = []
    for (_, page_id), record in site.records.items():
        for path, text in markdown_fields(record.page):
            html = render_field(text, FieldLinks(page_id, page_id))
            found += [f"{record.file}: {path}: {problem}" for problem in active_markup(html)]
    return ("wrong", "\n".join(found)) if found else ("built inert", "")
