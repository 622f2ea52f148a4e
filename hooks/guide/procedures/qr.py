"""QR codes as inline SVG, made at build time and offline with segno."""

from __future__ import annotations

import segno
from markupsafe import Markup

QUIET_ZONE_MODULES = 4  # the white border the QR specification asks for
# Every mask pattern is valid and read by every scanner; choosing one skips segno's evaluation of all eight,
# which was most of the time the step sheets took to build.
MASK_PATTERN = 0


def qr_svg(data: str, *, css_class: str = "guide-qr") -> Markup:
    """An inline ``<svg>`` of a QR code of ``data`` (error correction M), sized by CSS through its viewBox.

    The SVG carries no text of its own: the caller gives it an accessible name (and prints ``data`` beside it).
    """
    code = segno.make(data, error="m", micro=False, boost_error=False, mask=MASK_PATTERN)
    svg = code.svg_inline(
        scale=1,
        border=QUIET_ZONE_MODULES,
        omitsize=True,
        svgclass=css_class,
        lineclass=None,
        dark="#000",
        light="#fff",
    )
    return Markup(svg)
