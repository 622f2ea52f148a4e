"""What a reader reads on a built page: the article's text without the printed sheet (hidden on screen) and the
source list, in lines (block elements and marks apart) and sentences."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

HIDDEN = ".guide-sheet, .guide-sources, script, style, .headerlink, .md-source-file"
SENTENCE_END = re.compile(r"(?<=[。!?！？])|(?<=[.!?])\s+")


def reader_lines(html_file: Path) -> list[str]:
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article is not None, f"{html_file} has no article"
    for element in article.select(HIDDEN):
        element.decompose()
    return [line.strip() for line in article.get_text("\n").splitlines() if line.strip()]


def reader_sentences(html_file: Path) -> list[str]:
    """Sentences and the marks beside them, each on its own: a mark such as 「Appleの以前の案内による」 is one."""
    return [part.strip() for line in reader_lines(html_file) for part in SENTENCE_END.split(line) if part.strip()]
