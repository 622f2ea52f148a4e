"""What a step asks the reader to tap, and the rule that it is recognisable.

A step asks the reader to tap when its title says so (タップ, 押します / tap, press) or it says where the control
sits (``where``). Such a step names the control by a quoted label of at least one kind, in this order of
preference: ``labels`` (the current label in the page's language, shown by a source), ``english_labels`` (on a
Japanese page, where no source shows the Japanese label: the wording of Apple's current English pages, presented as
the English screen's wording) and ``older`` (the label of an older iOS, with its era). A description alone is not
enough: the reader cannot match it against the screen.
"""

from __future__ import annotations

import re

from .errors import ContentError
from .schema import ProcedurePage, Step

TAP_WORDS = re.compile(r"タップ|押します|押す|\btap\b|\bpress\b", re.IGNORECASE)
MAX_WHERE = 40  # "where it sits, in a few words": longer is a paraphrase of the control again


def asks_to_tap(step: Step) -> bool:
    return bool(TAP_WORDS.search(step.title)) or step.where is not None


def has_quoted_label(step: Step) -> bool:
    return bool(step.labels or step.english_labels or step.older)


def label_confirmed(step: Step) -> bool:
    """The current label in the page's language is shown by a source (else the page marks the step)."""
    return bool(step.labels)


def tap_target_errors(file: str, page: ProcedurePage) -> list[ContentError]:
    errors = []
    for path, step in _steps_with_paths(page):
        if asks_to_tap(step) and not has_quoted_label(step):
            reason = (
                "asks the reader to tap but names no label: give labels (the current label), english_labels "
                "(Apple's current English wording, on a Japanese page) or older (an older label with its era)"
            )
            errors.append(ContentError(file, path, reason))
        if step.labels and step.english_labels:
            reason = "give labels (the current label in the page's language) or english_labels, not both"
            errors.append(ContentError(file, f"{path}.english_labels", reason))
        if step.where is not None and len(step.where) > MAX_WHERE:
            reason = f"{len(step.where)} characters: say where the control sits in a few words (at most {MAX_WHERE})"
            errors.append(ContentError(file, f"{path}.where", reason))
    return errors


def _steps_with_paths(page: ProcedurePage) -> list[tuple[str, Step]]:
    if page.phases is None:
        return [(f"steps[{index}]", step) for index, step in enumerate(page.steps or [])]
    return [
        (f"phases[{p}].steps[{index}]", step)
        for p, phase in enumerate(page.phases)
        for index, step in enumerate(phase.steps)
    ]
