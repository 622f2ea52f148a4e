"""MkDocs hook: on Japanese pages, a soft line break next to Japanese text is no space (the core's
guide.markup.japanese). English pages are left as they are."""

from __future__ import annotations

from guide.markup.japanese import join_japanese_lines, joins_lines


def on_page_content(html, page, config, files):
    if not joins_lines(getattr(page.file, "locale", None)):  # the i18n plugin sets each file's locale
        return None
    return join_japanese_lines(html)
