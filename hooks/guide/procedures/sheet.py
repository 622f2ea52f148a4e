"""The printed step sheet of a procedure: an HTML block hidden on screen and the only thing shown in print.

The markup is in ``hooks/guide/templates/procedures/step-sheet.html.jinja`` (autoescaped HTML, not Markdown); the QR
code of the page's address is made here at build time.
"""

from __future__ import annotations

from markupsafe import Markup

from ..markup.environment import render
from ..model.schema import ProcedurePage
from .qr import qr_svg
from .view import procedure_phases

STEP_SHEET_TEMPLATE = "procedures/step-sheet.html.jinja"


def render_step_sheet(page: ProcedurePage, *, lang: str, page_url: str) -> Markup:
    """The sheet's HTML for a procedure whose web page is at the absolute URL ``page_url``."""
    html = render(
        STEP_SHEET_TEMPLATE,
        page=page,
        phases=procedure_phases(page),
        lang=lang,
        page_url=page_url,
        qr=qr_svg(page_url),
    )
    return Markup(html)
