"""Japanese/English parity: every page has its twin, with the same structure (ids, answers, steps, blanks)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import ContentError, shown
from .reading import PageRecord
from .schema import (
    ExplanationPage,
    Note,
    Notice,
    Page,
    Phase,
    ProcedurePage,
    QuestionPage,
    ScenarioOption,
    ScenarioPage,
    StartPage,
    Step,
    Wait,
)


def structure(page: Page) -> dict[str, Any]:
    """The language-neutral shape of a page: what must be equal in every language."""
    shape: dict[str, Any] = {"kind": page.kind, "sources": sorted(source.id for source in page.sources)}
    if isinstance(page, StartPage):
        shape["first"] = page.first
    elif isinstance(page, QuestionPage):
        shape["answers"] = [{"next": answer.next} for answer in page.answers]
    elif isinstance(page, ScenarioPage):
        shape["options"] = [{"page": option.page, **_citing(option)} for option in page.options]
    elif isinstance(page, ProcedurePage):
        key = "phases" if page.phases is not None else "steps"
        # Older on-screen labels are language-specific (some exist only on Japanese screens): not compared.
        steps_of = lambda steps: [_step_shape(s) for s in steps]  # noqa: E731
        if page.phases is not None:
            shape[key] = [{"id": p.id, "steps": steps_of(p.steps), **_phase_extras(p)} for p in page.phases]
        else:
            shape[key] = steps_of(page.steps or [])
        shape["sheet"] = [{"id": blank.id} for blank in page.sheet]
        shape["then"] = list(page.then)
    elif isinstance(page, ExplanationPage):
        shape["timeline"] = page.timeline
    return shape


def _phase_extras(phase: Phase) -> dict[str, Any]:
    wait = phase.wait
    notice = wait.notice if wait else None
    return {
        "handback": [_citing(item) for item in phase.handback],
        "wait": _citing(wait) if wait else None,
        "notice": {"within_hours": notice.within_hours, **_citing(notice)} if notice else None,
    }


def _citing(claim: Step | Note | Wait | Notice | ScenarioOption) -> dict[str, Any]:
    """What a claim cites: the same in every language."""
    return {"cite": list(claim.cite), "third_party": claim.third_party}


def _step_shape(step: Step) -> dict[str, Any]:
    notes = {name: _citing(note) if note else None for name, note in (("tip", step.tip), ("warning", step.warning))}
    return {"id": step.id, **_citing(step), **notes}


def _first_difference(path: str, a: Any, b: Any) -> tuple[str, str] | None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in a:
            found = _first_difference(f"{path}.{key}" if path else key, a[key], b.get(key))
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        for index, (x, y) in enumerate(zip(a, b, strict=False)):  # lengths compared below
            found = _first_difference(f"{path}[{index}]", x, y)
            if found:
                return found
        if len(a) != len(b):
            return path, f"has {len(b)} items, the twin has {len(a)}"
        return None
    if a != b:
        return path, f"{shown(b)} differs from {shown(a)} in the twin"
    return None


def parity_errors(
    records: Mapping[tuple[str, str], PageRecord],
    default_lang: str,
    languages: tuple[str, ...],
    skip: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[ContentError]:
    errors = []
    page_ids = sorted({page_id for _, page_id in records} - skip)
    for page_id in page_ids:
        present = {lang: records[(lang, page_id)] for lang in languages if (lang, page_id) in records}
        reference = present.get(default_lang) or next(iter(present.values()))
        for lang in languages:
            if lang not in present:
                suffix = "" if lang == default_lang else f".{lang}"
                errors.append(
                    ContentError(reference.file, "", f"missing translation: no {lang} twin {page_id}{suffix}.md")
                )
                continue
            record = present[lang]
            if record is reference:
                continue
            found = _first_difference("", structure(reference.page), structure(record.page))
            if found:
                field, reason = found
                errors.append(ContentError(record.file, field, f"{reason} ({reference.file})"))
    return errors
