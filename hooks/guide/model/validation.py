"""Validate one page's front matter against the schema; turn every problem into a ContentError."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from .citations import citation_errors
from .errors import ContentError, field_path, shown
from .schema import MAX_STEPS_PER_PHASE, MODEL_BY_KIND, Page, ProcedurePage
from .tap_targets import tap_target_errors

KINDS = ", ".join(MODEL_BY_KIND)
VALIDATORS: dict[str, TypeAdapter[Any]] = {kind: TypeAdapter(model) for kind, model in MODEL_BY_KIND.items()}


def validate_front_matter(file: str, data: Mapping[str, Any]) -> tuple[Page | None, list[ContentError]]:
    """Return the validated page, or None and every error found in it."""
    kind = data.get("kind")
    if kind is None:
        return None, [ContentError(file, "kind", f"required (one of {KINDS})")]
    if not isinstance(kind, str) or kind not in MODEL_BY_KIND:
        return None, [ContentError(file, "kind", f"unknown kind {shown(kind)} (one of {KINDS})")]
    try:
        page = VALIDATORS[kind].validate_python(dict(data))
    except ValidationError as error:
        return None, [ContentError(file, field_path(d["loc"]), _reason(d)) for d in error.errors()]
    errors = _duplicate_ids(file, page) if isinstance(page, ProcedurePage) else []
    errors += _steps_or_phases(file, page) if isinstance(page, ProcedurePage) else []
    errors += citation_errors(file, page)
    errors += tap_target_errors(file, page) if isinstance(page, ProcedurePage) else []
    return (None if errors else page), errors  # type: ignore[return-value]


def _reason(detail: ErrorDetails) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx", {})
    loc = detail["loc"]
    if kind in ("missing", "missing_argument", "missing_keyword_only_argument"):
        return "required"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown field"
    if kind == "string_unicode":
        return "is not Unicode text (it holds a lone surrogate, \\ud800 to \\udfff)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] in ("next", "page", "first") or (len(loc) >= 2 and loc[-2] == "then"):
            return f"{shown(detail['input'])} is not a page id (a path under docs/ without language suffix and .md)"
        return f"{shown(detail['input'])} is not an id (lowercase letters, digits and single hyphens)"
    if kind == "too_long" and loc and loc[-1] == "steps":
        return f"{ctx.get('actual_length')} steps: at most {MAX_STEPS_PER_PHASE} per phase (split it into phases)"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item{'s' if ctx.get('min_length') != 1 else ''}"
    if kind in ("string_type", "list_type", "dataclass_type", "dataclass_args_type", "dict_type"):
        expected = {"string_type": "text", "list_type": "a list", "dict_type": "a mapping"}.get(kind, "a mapping")
        return f"must be {expected}, not {type(detail['input']).__name__}"
    if kind.startswith("date"):
        return f"{shown(detail['input'])} is not a date (YYYY-MM-DD)"
    if kind == "literal_error":
        return f"{shown(detail['input'])} is not allowed (expected {ctx.get('expected')})"
    if kind == "value_error":
        return str(ctx.get("error", detail["msg"]))
    return str(detail["msg"])


def _duplicate_ids(file: str, page: ProcedurePage) -> list[ContentError]:
    errors: list[ContentError] = []
    seen: dict[str, str] = {}
    for path, step in _steps_with_paths(page):
        if step.id in seen:
            errors.append(ContentError(file, f"{path}.id", f"duplicate step id {step.id!r} (first at {seen[step.id]})"))
        else:
            seen[step.id] = f"{path}.id"
    for name, items in (("phases", page.phases or []), ("sheet", page.sheet)):
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            if item.id in first:
                errors.append(
                    ContentError(
                        file, f"{name}[{index}].id", f"duplicate id {item.id!r} (first at {name}[{first[item.id]}].id)"
                    )
                )
            first.setdefault(item.id, index)
    return errors


def _steps_with_paths(page: ProcedurePage) -> list[tuple[str, Any]]:
    if page.phases is not None:
        return [
            (f"phases[{p}].steps[{s}]", step)
            for p, phase in enumerate(page.phases)
            for s, step in enumerate(phase.steps)
        ]
    return [(f"steps[{s}]", step) for s, step in enumerate(page.steps or [])]


def _steps_or_phases(file: str, page: ProcedurePage) -> list[ContentError]:
    if page.steps is None and page.phases is None:
        return [ContentError(file, "steps", "required (or phases)")]
    if page.steps is not None and page.phases is not None:
        return [ContentError(file, "phases", "give either steps or phases, not both")]
    return []
