"""What the generator adds to each built page, written down at build time and checked once the build is over.

An engine or a configuration that skips the hooks still builds a site, only without step tabs, question pages,
flowchart or page policy. The build writes a manifest of the parts every page must have (``MANIFEST`` in the site
folder); ``missing_parts`` reads it back after the build, so a site whose hooks did not run, or ran only in part,
is refused instead of published.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from .flow.flowchart.figure import FLOWCHART_PAGE_ID
from .links import page_location
from .model.site import Site

MANIFEST = ".guide-parts.json"
POLICY = "policy"  # the page's <meta http-equiv="Content-Security-Policy">
NOT_FOUND_PAGE = "404.html"

# A part is a class name the templates put on the element that holds it.
PARTS_OF_KIND = {
    "start": ("guide-answers",),
    "question": ("guide-answers",),
    "scenario": ("guide-summary",),
    "procedure": ("guide-steps", "guide-sheet"),
}
FLOWCHART_PARTS = ("guide-flowchart", "guide-flow-text")


def expected_parts(site: Site) -> dict[str, list[str]]:
    """Every output file of the site (``en/procedures/x/index.html``) with the parts it must hold."""
    expected = {NOT_FOUND_PAGE: [POLICY]}
    for (lang, page_id), record in sorted(site.records.items()):
        parts = [POLICY, *PARTS_OF_KIND.get(record.page.kind, ())]
        if page_id == FLOWCHART_PAGE_ID:
            parts += FLOWCHART_PARTS
        expected[f"{page_location(page_id, lang, site.default_lang)}index.html"] = parts
    return expected


def write_manifest(site_dir: Path, site: Site) -> None:
    (site_dir / MANIFEST).write_text(json.dumps({"pages": expected_parts(site)}, indent=1), encoding="utf-8")


class _PartsFound(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.classes: set[str] = set()
        self.policies = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.classes.update((values.get("class") or "").split())
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.policies += 1


def _page_problems(file: Path, parts: list[str]) -> list[str]:
    found = _PartsFound()
    found.feed(file.read_text(encoding="utf-8", errors="replace"))
    problems = []
    for part in parts:
        if part == POLICY and found.policies != 1:
            problems.append(f"{found.policies} page policies (Content-Security-Policy meta) instead of 1")
        elif part != POLICY and part not in found.classes:
            problems.append(f"no {part}")
    return problems


def missing_parts(site_dir: Path) -> list[str]:
    """One line per problem (``file: reason``); empty when every page holds what the manifest lists."""
    manifest = site_dir / MANIFEST
    if not manifest.is_file():
        return [
            f"{manifest.name}: missing: the site was built without the guide's hooks "
            "(an engine that does not run MkDocs hooks, or a configuration without them)"
        ]
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    problems = []
    for name, parts in pages.items():
        file = site_dir / name
        if not file.is_file():
            problems.append(f"{name}: missing from the built site")
            continue
        problems += [f"{name}: {problem}" for problem in _page_problems(file, parts)]
    return problems
