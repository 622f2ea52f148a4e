"""The reader's timeline of a waiting period: the date of the request and the date in the notice that confirms it,
what follows from them (the last day the notice can come, the day to check again), and what not to do until then.

What it shows comes from front matter: a waiting period's ``notice`` (within how many hours it comes, and the
sources that says so) and its ``avoid`` list. A procedure shows the timeline in the waiting period's box; an
explanation page shows the one of the procedure its ``timeline`` names, before its first section. The markup is
``templates/procedures/timeline.html.jinja``: without JavaScript a table with blanks to write in (it prints as
such); docs/assets/javascripts/timeline.js puts date fields in the blanks and works the other dates out in the
browser, in the reader's language and date format.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..markup.environment import render
from ..markup.fragments import fragment_token
from ..model.citations import Citation, citation
from ..model.errors import ContentError
from ..model.schema import ExplanationPage, Notice, Phase, ProcedurePage, Source
from ..model.site import Site

TIMELINE_TEMPLATE = "procedures/timeline.html.jinja"
HOURS_PER_DAY = 24


@dataclass(frozen=True)
class TimelineView:
    id: str  # the element ids' prefix: timeline-<phase id>
    notice: Notice
    avoid: list[str]
    cited: Citation  # the notice's source marks, numbered in the source list of the page that shows it

    @property
    def notice_days(self) -> int:
        """The last calendar day the notice can come, counted in days from the day of the request: a request made
        at any time of its day plus ``within_hours`` ends at the latest on that day (72 hours: 3 days later)."""
        return -(-self.notice.within_hours // HOURS_PER_DAY)


def phase_timeline(phase: Phase, sources: list[Source]) -> TimelineView | None:
    """The timeline of a phase's waiting period, with the marks of the page whose ``sources`` these are."""
    wait = phase.wait
    if wait is None or wait.notice is None:
        return None
    return TimelineView(f"timeline-{phase.id}", wait.notice, list(wait.avoid), citation(wait.notice, sources))


def first_timeline_phase(page: ProcedurePage) -> Phase | None:
    return next((phase for phase in page.all_phases if phase.wait and phase.wait.notice), None)


def has_timeline(page: object) -> bool:
    """Whether a page shows a timeline: a procedure with a notice, or an explanation page that borrows one."""
    if isinstance(page, ProcedurePage):
        return first_timeline_phase(page) is not None
    return isinstance(page, ExplanationPage) and page.timeline is not None


def borrowed_timeline(site: Site, lang: str, page: ExplanationPage) -> TimelineView | None:
    """The timeline an explanation page shows: its procedure's first waiting period with a notice (in ``lang``),
    marked with the explanation page's own sources."""
    if page.timeline is None:
        return None
    procedure = site.page(lang, page.timeline)
    phase = first_timeline_phase(procedure) if isinstance(procedure, ProcedurePage) else None
    return phase_timeline(phase, page.sources) if phase else None


def render_timeline(view: TimelineView, *, lang: str, heading_level: int) -> Markup:
    """The timeline's HTML."""
    return Markup(render(TIMELINE_TEMPLATE, timeline=view, lang=lang, heading_level=heading_level))


def timeline_token(view: TimelineView, *, lang: str, heading_level: int) -> Markup:
    """The timeline as a single word of a page's Markdown, which the page's Markdown leaves alone: it becomes the
    HTML once the page is HTML (markup.fragments, hooks/model_hook.py), so no Markdown touches the table."""
    return fragment_token(render_timeline(view, lang=lang, heading_level=heading_level))


def insert_before_first_section(markdown: str, block: str) -> str:
    """Put a block of Markdown before the page's first ``## `` section heading (at the end if it has none)."""
    block = str(block)  # a Markup block would HTML-escape the Markdown it is added to
    lines = markdown.splitlines(keepends=True)
    fenced = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and line.startswith("## "):
            return "".join(lines[:index]) + "\n" + block + "\n\n" + "".join(lines[index:])
    return markdown.rstrip() + "\n\n" + block + "\n"


def timeline_errors(site: Site) -> list[ContentError]:
    """An explanation page's ``timeline`` names a procedure with a waiting period that has a notice, and lists the
    sources that notice cites (its marks link into the page's own source list)."""
    errors = []
    for record in site.records.values():
        page = record.page
        if not isinstance(page, ExplanationPage) or page.timeline is None:
            continue
        target = site.get(record.lang, page.timeline)
        procedure = target.page if target else None
        phase = first_timeline_phase(procedure) if isinstance(procedure, ProcedurePage) else None
        if phase is None or phase.wait is None or phase.wait.notice is None:
            reason = f"{page.timeline!r} is not a procedure with a waiting period that has a notice"
            errors.append(ContentError(record.file, "timeline", reason))
            continue
        own = {source.id for source in page.sources}
        missing = [source_id for source_id in phase.wait.notice.cite if source_id not in own]
        if missing:
            reason = (
                f"the notice of {page.timeline!r} cites {', '.join(missing)}: list the same sources in this page's "
                "sources (its timeline links to them)"
            )
            errors.append(ContentError(record.file, "timeline", reason))
    return errors
