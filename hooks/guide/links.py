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


def handback_anchor(phase_id: str) -> str:
    """A phase's list of what to do before giving back a borrowed device."""
    return f"handback-{phase_id}"


def source_anchor(source_id: str) -> str:
    """A source's entry in the page's source list: #source-<id> (claims link to it)."""
    return f"source-{source_id}"


def page_url(current: str, target: str) -> str:
    """The URL of page id ``target`` relative to page id ``current`` in the built site, as MkDocs writes links
    between pages of one language (directory URLs): ``check/a`` → ``about/b`` is ``../../about/b/``."""
    relative = posixpath.relpath(page_location(target, "", "") or ".", page_location(current, "", "") or ".")
    return "./" if relative == "." else f"{relative}/"


def linked_page(source: str, href: str) -> tuple[str, str] | None:
    """The page id and fragment a Markdown link to a page's file names, seen from page id ``source``:
    ``../about/b.md#x`` on ``check/a`` is ``("about/b", "x")``. None for anything that is not such a link."""
    path, _, fragment = href.partition("#")
    if not path.endswith(".md") or ":" in path or path.startswith(("/", "//")) or "?" in path:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(source), path.removesuffix(".md")))
    if target.startswith("../") or target in ("..", "."):
        return None
    return target, fragment
