"""The printed step sheet of a procedure: an HTML block hidden on screen and the only thing shown in print.

The markup is in ``overrides/guide/step-sheet.html.jinja`` (autoescaped HTML, not Markdown); the QR code of the
page's address is made here at build time.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from .procedure_view import procedure_phases
from .qr import qr_svg
from .schema import ProcedurePage
from .templates import template_env

STEP_SHEET_TEMPLATE = "step-sheet.html.jinja"


def render_step_sheet(page: ProcedurePage, *, lang: str, page_url: str, templates_dir: Path) -> Markup:
    """The sheet's HTML for a procedure whose web page is at the absolute URL ``page_url``."""
    template = template_env(templates_dir).get_template(STEP_SHEET_TEMPLATE)
    html = template.render(
        page=page,
        phases=procedure_phases(page),
        lang=lang,
        page_url=page_url,
        qr=qr_svg(page_url),
    )
    return Markup(html)
