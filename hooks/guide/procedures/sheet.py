"""The printed step sheet of a procedure: an HTML block hidden on screen and the only thing shown in print.

The markup is in ``hooks/guide/templates/procedures/step-sheet.html.jinja`` (autoescaped HTML, not Markdown); this
module prepares what it needs: the QR code of the page's address (made at build time), the addresses as a reader
types them, the blanks to fill in and the reader's own timeline of a waiting period. What each claim rests on comes
with the steps (``view.procedure_phases``).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..links import page_location
from ..markup.environment import render, strings_of
from ..markup.paper import printed_address
from ..model.schema import Blank, ProcedurePage
from ..model.site import Site
from .qr import qr_svg
from .view import certainty_note, procedure_phases

STEP_SHEET_TEMPLATE = "procedures/step-sheet.html.jinja"
# The reader's timeline of a procedure with a waiting period, printed with the blanks. A page blank with one of these
# ids is that slot of the timeline, under the page's own label; the others get the label of the interface strings
# (procedures.timeline_slots).
TIMELINE_SLOTS = ("requested-on", "promised-at", "check-again")


@dataclass(frozen=True)
class PrintedLink:
    """A page or source on paper: its title and its address without the scheme, in parts that may end a line."""

    title: str
    address_parts: list[str]


def address_parts(url: str) -> list[str]:
    """``https://example.org/en/x/`` → ``["example.org/", "en/", "x/"]``: a printed address breaks only after a
    slash, never inside a word."""
    address = printed_address(url)
    parts = [part + "/" for part in address.split("/")]
    parts[-1] = parts[-1].removesuffix("/")
    return [part for part in parts if part]


def printed_link(title: str, url: str) -> PrintedLink:
    return PrintedLink(title, address_parts(url))


def printed_next_pages(page: ProcedurePage, *, lang: str, site: Site, site_url: str) -> list[PrintedLink]:
    """The page's ``then`` pages in its language, titled, at their absolute addresses under ``site_url``."""
    base = site_url.rstrip("/") + "/"
    return [
        printed_link(site.page(lang, target).title, base + page_location(target, lang, site.default_lang))
        for target in page.then
    ]


def _timeline(page: ProcedurePage, lang: str) -> list[Blank]:
    if all(phase.wait is None for phase in page.all_phases):
        return []
    own = {blank.id: blank for blank in page.sheet}
    labels = strings_of(lang, "procedures")["timeline_slots"]
    return [own.get(slot, Blank(id=slot, label=labels[slot])) for slot in TIMELINE_SLOTS]


def render_step_sheet(
    page: ProcedurePage, *, lang: str, page_url: str, then: list[PrintedLink] | None = None
) -> Markup:
    """The sheet's HTML for a procedure whose web page is at the absolute URL ``page_url``; ``then`` are the pages
    to go on to, as printed links."""
    timeline = _timeline(page, lang)
    in_timeline = {blank.id for blank in timeline}
    html = render(
        STEP_SHEET_TEMPLATE,
        page=page,
        phases=procedure_phases(page),
        lang=lang,
        certainty_note=certainty_note(page, lang),
        address=address_parts(page_url),
        qr=qr_svg(page_url),
        blanks=[blank for blank in page.sheet if blank.id not in in_timeline],
        timeline=timeline,
        sources=[printed_link(source.title, source.url) for source in page.sources],
        then=then or [],
    )
    return Markup(html)
