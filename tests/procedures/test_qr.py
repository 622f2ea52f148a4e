"""The step sheet's QR code encodes the page's own address: the SVG's drawn modules are read back into a matrix
and compared with the QR symbol of the expected URL (and differ from that of any other URL)."""

from __future__ import annotations

import re

import segno
from bs4 import BeautifulSoup
from guide.procedures.qr import MASK_PATTERN, QUIET_ZONE_MODULES, qr_svg

from tests.procedures.rendering import procedure, step_sheet_html
from tests.support.pages import CITE, SOURCE

URL = "https://example.org/guide/en/procedures/use-recovery-key/"


def svg_modules(svg: str) -> list[list[bool]]:
    """Read segno's path (``M x y`` then ``h n`` runs and relative ``m dx dy`` moves) back into dark modules."""
    root = BeautifulSoup(svg, "html.parser").find("svg")
    size = int(str(root.get("viewbox")).split()[2])
    path = str(root.find("path", stroke=True)["d"])
    dark = [[False] * size for _ in range(size)]
    x = y = 0.0
    for command, a, b in re.findall(r"([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:  # h: a horizontal run of dark modules, drawn along the middle of a row
            for column in range(int(x), int(x + float(a))):
                dark[int(y)][column] = True
            x += float(a)
    return dark


def symbol_modules(url: str) -> list[list[bool]]:
    code = segno.make(url, error="m", micro=False, boost_error=False, mask=MASK_PATTERN)
    return [[bool(module) for module in row] for row in code.matrix_iter(border=QUIET_ZONE_MODULES)]


def test_svg_encodes_the_url() -> None:
    assert svg_modules(qr_svg(URL)) == symbol_modules(URL)


def test_another_url_would_give_another_symbol() -> None:
    assert svg_modules(qr_svg(URL)) != symbol_modules(URL.replace("/en/", "/"))


def test_svg_is_inline_and_sized_by_css() -> None:
    svg = str(qr_svg(URL))
    assert svg.startswith("<svg") and "<?xml" not in svg
    assert not re.search(r"<svg[^>]* (width|height)=", svg)


def test_sheet_qr_is_of_the_page_url_and_named_for_screen_readers() -> None:
    page = procedure(
        {
            "kind": "procedure",
            "title": "T",
            "reviewed": "2026-11-01",
            "sources": [SOURCE],
            "summary": "S",
            "time": "1 min",
            "steps": [{"id": "a", "title": "A", "cite": CITE}],
        }
    )
    sheet = step_sheet_html(page, lang="ja", page_url=URL)
    svg = re.search(r"<svg.*?</svg>", sheet, re.S).group(0)  # type: ignore[union-attr]
    assert svg_modules(svg) == symbol_modules(URL)
    assert 'role="img" aria-label="この手順のページの QR コード"' in sheet
    address = BeautifulSoup(sheet, "html.parser").select_one(".guide-sheet__address .guide-sheet__url")
    assert address is not None and address.get_text() == URL.removeprefix("https://")  # printed without the scheme
