"""Links between pages and the anchors inside them, defined once for the renderers, the hooks and search.

A page is named by its page id: its path under docs/ without language suffix and ``.md`` (``procedures/x``,
``index``). Generated Markdown links point at the target's source file relative to the current page, so MkDocs
checks them and mkdocs-static-i18n points them at the page's own language. The anchors of steps, phases and waiting
periods are a contract like page URLs: printed sheets, search results and bookmarks use them.
"""

from __future__ import annotations

import posixpath

STEP_ANCHOR_PREFIX = "step-"  # a step's anchor is #step-<id> (CONTRIBUTING.md)


def page_link(current: str, target: str) -> str:
    """A Markdown link from page id ``current`` to page id ``target``: ``procedures/a`` → ``about/b`` is
    ``../about/b.md``."""
    return posixpath.relpath(f"{target}.md", posixpath.dirname(current) or ".")


def page_location(page_id: str, lang: str, default_lang: str) -> str:
    """A page's URL path under the site root (directory URLs, the default language at the root, the others under
    ``<lang>/``): ``procedures/x`` in English is ``en/procedures/x/``, ``index`` in the default language is ``""``."""
    prefix = "" if lang == default_lang else f"{lang}/"
    if page_id == "index":
        return prefix
    return f"{prefix}{page_id.removesuffix('/index')}/"


def step_anchor(step_id: str) -> str:
    return f"{STEP_ANCHOR_PREFIX}{step_id}"


def phase_anchor(phase_id: str) -> str:
    return f"phase-{phase_id}"


def wait_anchor(phase_id: str) -> str:
    return f"wait-{phase_id}"


def source_anchor(source_id: str) -> str:
    """A source's entry in the page's source list: #source-<id> (claims link to it)."""
    return f"source-{source_id}"
