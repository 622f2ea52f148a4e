"""Step numbers, anchors and previous/next targets of a procedure, across phases and waiting periods."""

from __future__ import annotations

from typing import Any

from guide.procedures.view import STEPS_HEADING_ID, StepTarget, procedure_phases

from tests.procedures.rendering import procedure
from tests.support.pages import CITE, SOURCE

COMMON: dict[str, Any] = {
    "kind": "procedure",
    "title": "T",
    "reviewed": "2026-11-01",
    "sources": [SOURCE],
    "summary": "S",
    "time": "1 min",
}


def steps(*ids: str) -> list[dict[str, str]]:
    return [{"id": step_id, "title": step_id.upper(), "cite": CITE} for step_id in ids]


PHASED = procedure(
    {
        **COMMON,
        "phases": [
            {
                "id": "p1",
                "title": "One",
                "steps": steps("a", "b"),
                "wait": {"duration": "1 day", "summary": "w", "cite": CITE},
            },
            {"id": "p2", "title": "Two", "steps": steps("c")},
            {"id": "p3", "title": "Three", "steps": steps("d", "e")},
        ],
    }
)


def test_steps_are_numbered_across_phases() -> None:
    phases = procedure_phases(PHASED)
    numbers = [(view.step.id, view.number, view.total) for phase in phases for view in phase.steps]
    assert numbers == [("a", 1, 5), ("b", 2, 5), ("c", 3, 5), ("d", 4, 5), ("e", 5, 5)]


def test_anchors_of_steps_phases_and_waits() -> None:
    phases = procedure_phases(PHASED)
    assert [view.anchor for view in phases[0].steps] == ["step-a", "step-b"]
    assert [phase.heading_id for phase in phases] == ["phase-p1", "phase-p2", "phase-p3"]
    assert phases[0].wait_anchor == "wait-p1"
    assert [phase.title for phase in phases] == ["One", "Two", "Three"]


def test_previous_and_next_cross_phases_and_stop_at_a_waiting_period() -> None:
    views = {view.step.id: view for phase in procedure_phases(PHASED) for view in phase.steps}
    assert views["a"].previous is None
    assert views["a"].next == StepTarget("step", "step-b", 2, "B")
    assert views["b"].next == StepTarget("wait", "wait-p1")  # the wait comes before step c
    assert views["c"].previous == StepTarget("step", "step-b", 2, "B")
    assert views["c"].next == StepTarget("step", "step-d", 4, "D")  # no wait after phase 2
    assert views["e"].next is None


def test_plain_steps_are_one_untitled_phase() -> None:
    phases = procedure_phases(procedure({**COMMON, "steps": steps("x", "y")}))
    assert len(phases) == 1
    assert phases[0].title is None and phases[0].heading_id == STEPS_HEADING_ID and phases[0].wait is None
    assert [view.number for view in phases[0].steps] == [1, 2]


def test_markdown_fields_lose_trailing_blank_lines_only() -> None:
    page = procedure(
        {**COMMON, "steps": [{"id": "x", "title": "X", "body": "    code\n\n", "tip": {"text": "t\n"}, "cite": CITE}]}
    )
    view = procedure_phases(page)[0].steps[0]
    assert view.body == "    code" and view.tip == "t" and view.warning is None
