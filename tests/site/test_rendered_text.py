"""Every page of the real site shows text, not Markdown: emphasis that did not render shows its asterisks.

In Japanese there is no space after a sentence, so `**…。**次の文` stays literal (pymdownx.betterem's smart strong
does not close before a letter); a line break after the closing `**` renders it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.html_site import read_pages

LEFT_MARKUP = re.compile(r"\*\*|__\S")


def test_no_page_shows_emphasis_markup_as_text(built_site: Path) -> None:
    shown = []
    for page in read_pages(built_site).values():
        main = page.soup.find("article") or page.soup
        for script in main.find_all(["script", "code", "pre", "template", "style"]):
            script.decompose()
        text = main.get_text(" ")
        for match in LEFT_MARKUP.finditer(text):
            shown.append(f"{page.display}: …{text[max(0, match.start() - 30) : match.end() + 30]}…")
    assert not shown, "Markdown shown as text:\n" + "\n".join(shown)
