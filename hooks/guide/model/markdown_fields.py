"""The Markdown fields of a page's front matter, with their field paths: a question's ``help``, a step's ``body``,
the ``text`` of its ``tip`` and ``warning``, and the ``text`` of each item of a phase's ``handback``. Every other
front-matter text is text (shown literally)."""

from __future__ import annotations

from collections.abc import Iterator

from .schema import Page, ProcedurePage, QuestionPage


def markdown_fields(page: Page) -> Iterator[tuple[str, str]]:
    """Every (field path, Markdown) of the page, in front-matter order."""
    if isinstance(page, QuestionPage):
        if page.help is not None:
            yield "help", page.help
    elif isinstance(page, ProcedurePage):
        if page.phases is not None:
            steps = [
                (f"phases[{p}].steps[{s}]", step) for p, ph in enumerate(page.phases) for s, step in enumerate(ph.steps)
            ]
        else:
            steps = [(f"steps[{s}]", step) for s, step in enumerate(page.steps or [])]
        for path, step in steps:
            if step.body is not None:
                yield f"{path}.body", step.body
            for name, note in (("tip", step.tip), ("warning", step.warning)):
                if note is not None:
                    yield f"{path}.{name}.text", note.text
        for p, phase in enumerate(page.phases or []):
            for index, item in enumerate(phase.handback):
                yield f"phases[{p}].handback[{index}].text", item.text
