"""What a procedure's printed step sheet must hold, in the order it is printed, from the page's front matter.

Each piece is a text (compared without whitespace), whether it is body text (12pt or more), and the step it belongs
to. Long texts are represented by their first and their last words, so a detail cut short or split across pages
shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup
from guide.markup.environment import strings_of
from guide.markup.paper import markdown_on_paper, printed_address
from guide.model.citations import basis
from guide.model.schema import Note, ProcedurePage, Step
from guide.procedures.sheet import TIMELINE_SLOTS

from tests.print.sheet_pdf import squeeze

ENDS = 12  # characters kept from each end of a long text


@dataclass(frozen=True)
class Piece:
    what: str  # for messages: "step 3 warning", "source 2 address" ...
    text: str  # squeezed
    body: bool = True  # printed at the body size (12pt or more)
    step: int | None = None  # the step it belongs to
    blank: bool = False  # a blank's label
    address: bool = False  # a page's address: breaks only after a slash


def _ends(what: str, text: str, *, body: bool = True, step: int | None = None) -> list[Piece]:
    squeezed = squeeze(text)
    if len(squeezed) <= 2 * ENDS:
        return [Piece(what, squeezed, body, step)]
    return [
        Piece(f"{what} (first words)", squeezed[:ENDS], body, step),
        Piece(f"{what} (last words)", squeezed[-ENDS:], body, step),
    ]


def _markdown_text(markdown: str, lang: str) -> str:
    return BeautifulSoup(str(markdown_on_paper(markdown, lang)), "html.parser").get_text()


def _labels(labels: list[str], lang: str) -> str:
    return " → ".join(f"「{label}」" if lang == "ja" else label for label in labels)


def tap_target_text(step: Step, lang: str) -> str | None:
    """The step's tap target as printed: its quoted label (current, else the English screen's, else the older one
    with its era), the mark of an unconfirmed label and where the control sits."""
    t = strings_of(lang, "procedures")
    if step.labels:
        named = _labels(step.labels, lang)
    elif step.english_labels:
        english = " → ".join(step.english_labels)
        named = f"{t['english_screen']} {english}" if lang == "ja" else english
    elif step.older:
        named = f"{step.older.version}: {_labels(step.older.labels, lang)}"
    else:
        return None
    mark = "" if step.labels else f" {t['unconfirmed_mark']}"
    where = f" ({step.where})" if step.where else ""
    return f"{t['tap']}: {named}{mark}{where}"


def _basis(what: str, claim: Step | Note, page: ProcedurePage, lang: str, step: int) -> list[Piece]:
    kind = basis(claim, page.sources)
    if kind == "apple":
        return []
    c = strings_of(lang, "citations")
    note = f"({c['older_mark'] if kind == 'apple-older' else c[kind]})"
    return [Piece(f"{what}: basis note", squeeze(note), False, step)]


def timeline_labels(page: ProcedurePage, lang: str) -> list[str]:
    if all(phase.wait is None for phase in page.all_phases):
        return []
    own = {blank.id: blank.label for blank in page.sheet}
    defaults = strings_of(lang, "procedures")["timeline_slots"]
    return [own.get(slot, defaults[slot]) for slot in TIMELINE_SLOTS]


def blank_labels(page: ProcedurePage, lang: str) -> list[str]:
    """The page's blanks outside the timeline, then the timeline, as printed."""
    timeline = timeline_labels(page, lang)
    slots = set(TIMELINE_SLOTS) if timeline else set()
    return [blank.label for blank in page.sheet if blank.id not in slots] + timeline


def procedure_text(page: ProcedurePage, lang: str) -> str:
    """All the text of the procedure that the sheet prints, squeezed (for telling it from the web page's chrome)."""
    texts = [page.title, page.summary, page.time, *page.requires, *(blank.label for blank in page.sheet)]
    for step in page.all_steps:
        texts += [step.title, *step.labels, *step.english_labels, step.where or ""]
        texts += [_markdown_text(text, lang) for text in (step.body, step.tip and step.tip.text) if text]
        texts += [_markdown_text(step.warning.text, lang)] if step.warning else []
    for phase in page.all_phases:
        texts += [phase.title] + ([phase.wait.summary, *phase.wait.do, *phase.wait.avoid] if phase.wait else [])
    texts += [source.title for source in page.sources]
    return squeeze(" ".join(texts))


def sheet_pieces(page: ProcedurePage, lang: str, page_url: str, then: list[tuple[str, str]]) -> list[Piece]:
    """Everything the sheet prints, in print order; ``then`` are the next pages as (title, absolute URL)."""
    t = strings_of(lang, "procedures")
    pieces = [
        Piece("title", squeeze(page.title), body=False),
        *_ends("summary", page.summary),
        Piece("time", squeeze(f"{t['time']}: {page.time}"), body=False),
        Piece("page address", squeeze(printed_address(page_url)), body=False, address=True),
        *[Piece(f"what to have at hand {n}", squeeze(item)) for n, item in enumerate(page.requires, start=1)],
        Piece("no password", squeeze(t["no_password"])),
    ]
    pieces += [Piece(f"blank {label!r}", squeeze(label), blank=True) for label in blank_labels(page, lang)]
    number = 0
    for phase in page.all_phases:
        if page.phases is not None:
            pieces.append(Piece(f"phase {phase.id}", squeeze(phase.title)))
        for step in phase.steps:
            number += 1
            what = f"step {number}"
            pieces.append(Piece(f"{what} title", squeeze(f"{number}. {step.title}"), step=number))
            pieces += _basis(what, step, page, lang, number)
            if step.warning:
                pieces += _basis(f"{what} warning", step.warning, page, lang, number)
                pieces += _ends(f"{what} warning", _markdown_text(step.warning.text, lang), step=number)
            if step.body:
                pieces += _ends(f"{what} details", _markdown_text(step.body, lang), step=number)
            target = tap_target_text(step, lang)
            if target:
                pieces.append(Piece(f"{what} tap target", squeeze(target), step=number))
            if step.older and (step.labels or step.english_labels):
                older = f"{step.older.version}: {_labels(step.older.labels, lang)}"
                pieces.append(Piece(f"{what} older labels", squeeze(older), False, number))
            if step.tip:
                pieces += _basis(f"{what} tip", step.tip, page, lang, number)
                pieces += _ends(f"{what} tip", _markdown_text(step.tip.text, lang), step=number)
        if phase.wait:
            wait = phase.wait
            pieces.append(Piece(f"wait {phase.id} duration", squeeze(f"{t['wait']}: {wait.duration}")))
            pieces += _ends(f"wait {phase.id} summary", wait.summary)
            pieces += [Piece(f"wait {phase.id}: do {n}", squeeze(item)) for n, item in enumerate(wait.do, start=1)]
            pieces += [Piece(f"wait {phase.id}: avoid {n}", squeeze(i)) for n, i in enumerate(wait.avoid, start=1)]
    for n, (title, url) in enumerate(then, start=1):
        pieces.append(Piece(f"next page {n}", squeeze(title)))
        pieces.append(Piece(f"next page {n} address", squeeze(printed_address(url)), address=True))
    for n, source in enumerate(page.sources, start=1):
        pieces += _ends(f"source {n}", source.title, body=False)
        pieces.append(Piece(f"source {n} address", squeeze(printed_address(source.url)), body=False))
    return pieces
