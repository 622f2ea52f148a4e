"""Check the links of every front-matter Markdown field (a site check, run by hooks/model_hook.py).

A field links to a page by its file (``x.md``, ``../about/y.md#part``), to an anchor of its page (``#part``) or to an
address with a scheme, and loads nothing (no images). A link to a file that is no page, any other relative link, a
link to another host without a scheme (``//host``) or over ``http://``, a user name before a host
(``https://support.apple.com@evil.example`` goes to evil.example) and an image are content errors naming the file,
the field and the link, found before anything is built (the page's own Markdown never sees these links, so MkDocs'
link validation does not either). Of the schemes, the sanitizer keeps https, http and mailto and makes every other
link inert (``javascript:``, ``data:``): the link's text stays, without a target.
"""

from __future__ import annotations

import re

from ..links import linked_page
from ..model.errors import ContentError, shown
from ..model.markdown_fields import markdown_fields
from ..model.site import Site
from .fragments import field_links
from .unsafe_links import scheme_of

ALLOWED = "a link goes to a page's file (x.md, ../about/y.md#part), an #anchor or an https:// address"


def _authority(url: str) -> str:
    """The part between ``scheme://`` and the path (for ``mailto:`` there is none: its ``@`` is the address's)."""
    _, slashes, rest = url.partition("//")
    return re.split(r"[/?#]", rest, maxsplit=1)[0] if slashes else ""


def link_problem(site: Site, lang: str, source: str, element: str, url: str) -> str | None:
    """Why one link of a field written on page ``source`` is refused, or None."""
    if element != "a":
        return f"<{element}> {shown(url)}: a Markdown field loads nothing (no images)"
    scheme = scheme_of(url)
    if scheme == "http":
        return f"{shown(url)}: a link to another host starts with https://"
    if scheme in ("https", "mailto") and "@" in _authority(url):
        return f"{shown(url)}: a user name before '@' hides the real host"
    if scheme or url.startswith("#"):
        return None
    if url.lstrip().startswith("//") or "\\" in url:
        return f"{shown(url)}: a link to another host starts with https://"
    found = linked_page(source, url)
    if found is None:
        return f"{shown(url)}: {ALLOWED}"
    target, _ = found
    if site.get(lang, target) is None:
        return f"{shown(url)} points at no page ({target}.md in {lang})"
    return None


def field_link_errors(site: Site) -> list[ContentError]:
    errors = []
    for (lang, page_id), record in sorted(site.records.items()):
        for path, text in markdown_fields(record.page):
            for element, url in field_links(text):
                problem = link_problem(site, lang, page_id, element, url)
                if problem is not None:
                    errors.append(ContentError(record.file, path, problem))
    return errors
