"""Which claims of a page cite which sources, and the rules a citation must follow.

A claim is a procedure step, a step's tip or warning, a waiting period and its notice, an item of a phase's handback
list or a situation option. Each cites the ids of the page's ``sources`` that support it. The rules (each error
names the file, the field and the reason):
- every claim but a tip cites at least one source (a tip may cite none);
- every cited id is a source of the page; source ids are unique in the page;
- a claim whose cited sources are all third-party says so (``third_party: true``); one that cites an Apple or
  carrier source does not.
What a step asks the reader to tap is checked in tap_targets.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..links import source_anchor
from .errors import ContentError
from .schema import Note, Notice, Page, ProcedurePage, ScenarioOption, Source, Step, Wait

Claim = Step | Note | Wait | Notice | ScenarioOption
OFFICIAL = frozenset({"apple", "apple-older", "carrier"})


@dataclass(frozen=True)
class CitedClaim:
    path: str  # e.g. "phases[1].steps[2].warning"
    claim: Claim
    required: bool  # must cite at least one source


def cited_claims(page: Page) -> Iterator[CitedClaim]:
    """Every claim of the page that cites sources, with its field path, in front-matter order."""
    if isinstance(page, ProcedurePage):
        phases = page.phases
        if phases is None:
            yield from _step_claims("steps", page.steps or [])
            return
        for p, phase in enumerate(phases):
            yield from _step_claims(f"phases[{p}].steps", phase.steps)
            for index, item in enumerate(phase.handback):
                yield CitedClaim(f"phases[{p}].handback[{index}]", item, required=True)
            if phase.wait is not None:
                yield CitedClaim(f"phases[{p}].wait", phase.wait, required=True)
                if phase.wait.notice is not None:
                    yield CitedClaim(f"phases[{p}].wait.notice", phase.wait.notice, required=True)
    elif page.kind == "scenario":
        for index, option in enumerate(page.options):  # type: ignore[union-attr]
            yield CitedClaim(f"options[{index}]", option, required=True)


def _step_claims(prefix: str, steps: list[Step]) -> Iterator[CitedClaim]:
    for index, step in enumerate(steps):
        path = f"{prefix}[{index}]"
        yield CitedClaim(path, step, required=True)
        if step.warning is not None:
            yield CitedClaim(f"{path}.warning", step.warning, required=True)
        if step.tip is not None:
            yield CitedClaim(f"{path}.tip", step.tip, required=False)


def citation_errors(file: str, page: Page) -> list[ContentError]:
    errors = _duplicate_source_ids(file, page.sources)
    publishers = {source.id: source.publisher for source in page.sources}
    for cited in cited_claims(page):
        errors += _claim_errors(file, cited, publishers)
    return errors


def _duplicate_source_ids(file: str, sources: list[Source]) -> list[ContentError]:
    errors, first = [], {}
    for index, source in enumerate(sources):
        if source.id in first:
            reason = f"duplicate source id {source.id!r} (first at sources[{first[source.id]}].id)"
            errors.append(ContentError(file, f"sources[{index}].id", reason))
        first.setdefault(source.id, index)
    return errors


def _claim_errors(file: str, cited: CitedClaim, publishers: dict[str, str]) -> list[ContentError]:
    claim, path = cited.claim, cited.path
    if not claim.cite:
        if cited.required:
            return [ContentError(file, f"{path}.cite", "cites nothing: give the ids of the sources it rests on")]
        return []
    known = ", ".join(publishers) or "none"
    unknown = [
        ContentError(file, f"{path}.cite[{index}]", f"{source_id!r} is not a source of this page (sources: {known})")
        for index, source_id in enumerate(claim.cite)
        if source_id not in publishers
    ]
    if unknown:
        return unknown
    official = [source_id for source_id in claim.cite if publishers[source_id] in OFFICIAL]
    if not official and not claim.third_party:
        reason = (
            f"rests only on third-party sources ({', '.join(claim.cite)}): "
            "cite an Apple or carrier source, or mark the claim third_party: true"
        )
        return [ContentError(file, f"{path}.cite", reason)]
    if official and claim.third_party:
        reason = f"marked third_party but cites {', '.join(official)}, which is not third-party"
        return [ContentError(file, f"{path}.third_party", reason)]
    return []


@dataclass(frozen=True)
class SourceRef:
    """One cited source as the page shows it: its number in the page's source list and its anchor there."""

    number: int
    anchor: str
    title: str


@dataclass(frozen=True)
class Citation:
    """What a claim shows beside it: its source marks, and what it rests on (see ``basis``)."""

    refs: tuple[SourceRef, ...]
    basis: str


def citation(claim: Claim, sources: list[Source]) -> Citation:
    numbers = {source.id: (index, source) for index, source in enumerate(sources, start=1)}
    refs = tuple(
        SourceRef(numbers[source_id][0], source_anchor(source_id), numbers[source_id][1].title)
        for source_id in claim.cite
        if source_id in numbers
    )
    return Citation(refs, basis(claim, sources))


def basis(claim: Claim, sources: list[Source]) -> str:
    """What a claim rests on: ``"apple"`` (or a carrier), ``"apple-older"`` (only older Apple text) or
    ``"third-party"`` (only third parties); the page labels the last two."""
    publishers = {source.id: source.publisher for source in sources}
    cited = {publishers[source_id] for source_id in claim.cite if source_id in publishers}
    if cited & {"apple", "carrier"} or not cited:
        return "apple"
    if "apple-older" in cited:
        return "apple-older"
    return "third-party"


def rests_on_older(page: Page) -> bool:
    """Some claim of the page rests only on Apple's older text: the page explains the mark such claims carry, once."""
    return any(basis(cited.claim, page.sources) == "apple-older" for cited in cited_claims(page))
