"""A procedure laid out for rendering: step numbers across phases, anchors, previous/next targets.

Shared by the on-screen step tabs (render.py) and the printed step sheet (sheet.py), so both number
the steps the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..links import handback_anchor, phase_anchor, step_anchor, wait_anchor
from ..markup.environment import strings_of
from ..model.citations import Citation, citation, rests_on_older
from ..model.schema import Note, Phase, ProcedurePage, Source, Step, Wait
from ..model.tap_targets import has_quoted_label, label_confirmed
from .timeline import TimelineView, phase_timeline

STEPS_HEADING_ID = "procedure-steps"  # heading of a procedure written with plain `steps` (one untitled phase)


@dataclass(frozen=True)
class StepTarget:
    """Where a previous/next control points: another step, or the waiting period that comes next."""

    kind: Literal["step", "wait"]
    anchor: str
    number: int | None = None  # the step's number, for kind "step"
    title: str | None = None  # the step's title, for kind "step"


@dataclass(frozen=True)
class StepView:
    step: Step
    number: int  # 1-based, counted across all phases
    total: int  # steps in the whole procedure
    previous: StepTarget | None
    next: StepTarget | None
    sources: list[Source]  # the page's sources, which the step's claims cite

    @property
    def anchor(self) -> str:
        return step_anchor(self.step.id)

    @property
    def body(self) -> str | None:
        return _trimmed(self.step.body)

    @property
    def tip(self) -> str | None:
        return _trimmed(self.step.tip.text) if self.step.tip else None

    @property
    def warning(self) -> str | None:
        return _trimmed(self.step.warning.text) if self.step.warning else None

    @property
    def cited(self) -> Citation:
        return citation(self.step, self.sources)

    @property
    def tip_cited(self) -> Citation | None:
        return citation(self.step.tip, self.sources) if self.step.tip else None

    @property
    def warning_cited(self) -> Citation | None:
        return citation(self.step.warning, self.sources) if self.step.warning else None


@dataclass(frozen=True)
class NoteView:
    """An item of a phase's handback list: its Markdown and its source marks."""

    text: str
    cited: Citation


@dataclass(frozen=True)
class PhaseView:
    id: str
    title: str | None  # None for a procedure written with plain `steps`
    heading_id: str
    steps: list[StepView]
    wait: Wait | None
    wait_cited: Citation | None = None
    handback: list[NoteView] = field(default_factory=list)  # before giving back a borrowed device
    timeline: TimelineView | None = None  # the reader's timeline of the waiting period (it has a notice)

    @property
    def wait_anchor(self) -> str:
        return wait_anchor(self.id)

    @property
    def handback_anchor(self) -> str:
        return handback_anchor(self.id)


@dataclass(frozen=True)
class NextPage:
    """A `then` page as a link: a relative Markdown link target and the page's title."""

    href: str
    title: str


def _note_view(note: Note, sources: list[Source]) -> NoteView:
    return NoteView(note.text.rstrip(), citation(note, sources))


def _trimmed(markdown: str | None) -> str | None:
    """A Markdown field without trailing blank lines (YAML block scalars end with a newline)."""
    return markdown.rstrip() if markdown is not None else None


def procedure_phases(page: ProcedurePage) -> list[PhaseView]:
    """The page's phases with every step numbered across phases and linked to its neighbours.

    The last step of a phase followed by a waiting period points "next" at the waiting period; the first step after
    it points "previous" at the last step before it.
    """
    titled = page.phases is not None
    phases: list[Phase] = page.all_phases
    flat: list[tuple[int, Step]] = [(index, step) for index, phase in enumerate(phases) for step in phase.steps]
    total = len(flat)

    def target(position: int) -> StepTarget:
        step = flat[position][1]
        return StepTarget("step", step_anchor(step.id), position + 1, step.title)

    views: list[PhaseView] = []
    position = 0
    for phase in phases:
        steps: list[StepView] = []
        for offset, step in enumerate(phase.steps):
            last_of_phase = offset == len(phase.steps) - 1
            previous = target(position - 1) if position > 0 else None
            if last_of_phase and phase.wait is not None:
                following: StepTarget | None = StepTarget("wait", wait_anchor(phase.id))
            else:
                following = target(position + 1) if position + 1 < total else None
            steps.append(StepView(step, position + 1, total, previous, following, page.sources))
            position += 1
        views.append(
            PhaseView(
                id=phase.id,
                title=phase.title if titled else None,
                heading_id=phase_anchor(phase.id) if titled else STEPS_HEADING_ID,
                steps=steps,
                wait=phase.wait,
                wait_cited=citation(phase.wait, page.sources) if phase.wait else None,
                handback=[_note_view(item, page.sources) for item in phase.handback],
                timeline=phase_timeline(phase, page.sources),
            )
        )
    return views


def certainty_note(page: ProcedurePage, lang: str) -> str | None:
    """Said once near the top of a procedure (and on its sheet), so that no step repeats it: names on the newest iOS
    may differ a little; what the mark beside an unconfirmed label means; what the mark of a claim resting on Apple's
    older text means. None when none of these applies."""
    t, c = strings_of(lang, "procedures"), strings_of(lang, "citations")
    named = [step for step in page.all_steps if has_quoted_label(step)]
    sentences = [t["names_note"]] if named else []
    if any(not label_confirmed(step) for step in named):
        sentences.append(t["names_note_marked"].format(mark=t["unconfirmed_mark"]))
    if rests_on_older(page):
        sentences.append(c["older_legend"].format(mark=c["older_mark"]))
    return ("" if lang == "ja" else " ").join(sentences) or None
