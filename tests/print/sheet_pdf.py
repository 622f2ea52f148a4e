"""A printed step sheet read back from Chromium's PDF with PyMuPDF: its text page by page with each character's font
size and box, the lines as drawn, and PNG pictures of its pages.

Text is compared without whitespace ("squeezed"): PDF text has line breaks wherever the layout put them, and
Japanese has no spaces anyway.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pymupdf

MM = 72 / 25.4  # PDF points per millimetre
# Every character, also those outside the page (Chromium clips them: they are what a printer would cut off), with
# ligatures written out.
TEXT_FLAGS = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_MEDIABOX_CLIP & ~pymupdf.TEXT_PRESERVE_LIGATURES


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Glyph:
    char: str
    size: float  # font size in pt
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in pt from the page's top left
    color: int  # sRGB, 0 is black


@dataclass(frozen=True)
class PrintedPage:
    glyphs: list[Glyph]  # in the order Chromium drew them, whitespace left out
    line_ends: list[int]  # where each line of text ends: the number of glyphs up to its end
    width: float
    height: float

    @property
    def text(self) -> str:
        return "".join(glyph.char for glyph in self.glyphs)

    def lines_of(self, start: int, end: int) -> list[str]:
        """The text from glyph ``start`` to ``end`` cut into the lines it is printed on."""
        cuts = [start, *(cut for cut in self.line_ends if start < cut < end), end]
        return [self.text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


@dataclass(frozen=True)
class PrintedSheet:
    pages: list[PrintedPage]

    @property
    def text(self) -> str:
        return "".join(page.text for page in self.pages)

    def find(self, text: str) -> list[tuple[int, list[Glyph]]]:
        """Where ``text`` (squeezed) is printed: (page index, its glyphs) for every place, in order."""
        wanted = squeeze(text)
        found = []
        for number, page in enumerate(self.pages):
            start = page.text.find(wanted)
            while wanted and start >= 0:
                found.append((number, page.glyphs[start : start + len(wanted)]))
                start = page.text.find(wanted, start + 1)
        return found

    def lines_of(self, text: str) -> list[list[str]]:
        """Every place ``text`` is printed, as the lines it is printed on."""
        wanted = squeeze(text)
        places = []
        for page in self.pages:
            start = page.text.find(wanted)
            while wanted and start >= 0:
                places.append(page.lines_of(start, start + len(wanted)))
                start = page.text.find(wanted, start + 1)
        return places

    def sizes(self) -> Counter[float]:
        """How many characters are printed at each font size (rounded to 0.1 pt)."""
        return Counter(round(glyph.size, 1) for page in self.pages for glyph in page.glyphs)


def read_sheet(pdf: Path) -> PrintedSheet:
    pages = []
    with pymupdf.open(pdf) as document:
        for page in document:
            glyphs: list[Glyph] = []
            line_ends: list[int] = []
            content = page.get_text("rawdict", flags=TEXT_FLAGS, clip=pymupdf.INFINITE_RECT())
            for block in content["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        for char in span["chars"]:
                            if not char["c"].isspace():
                                glyphs.append(Glyph(char["c"], span["size"], tuple(char["bbox"]), span["color"]))
                    line_ends.append(len(glyphs))
            pages.append(PrintedPage(glyphs, line_ends, page.rect.width, page.rect.height))
    return PrintedSheet(pages)


def save_pngs(pdf: Path, folder: Path, stem: str, dpi: int = 80) -> list[Path]:
    """Every page of ``pdf`` as ``folder/<stem>-p<N>.png``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with pymupdf.open(pdf) as document:
        for number, page in enumerate(document, start=1):
            path = folder / f"{stem}-p{number}.png"
            page.get_pixmap(dpi=dpi).save(path)
            written.append(path)
    return written
