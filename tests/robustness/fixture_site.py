"""A generated fixture site for real strict builds: the robustness corpus, with the repository's own config,
hooks, overrides and assets (mkdocs.yml INHERITs the real one; the hook list is read from it)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from tests.robustness.corpus import BASE_PAGES, base_page, files_of, front_matter_text, write_file
from tests.robustness.mutations import get, paths, set_at
from tests.support.hostile import HOSTILE_MARKED as HOSTILE
from tests.support.paths import REPO_ROOT
from tests.support.site_config import _TolerantLoader

REAL_CONFIG = REPO_ROOT / "mkdocs.yml"
FLOWCHART = {"kind": "explanation", "title": "Flowchart"}

# Fields whose values are checked against a pattern or a type (ids, page ids, URLs, dates, kinds, hide):
# hostile text there is a content error, not text to render. Every other string is text or Markdown.
NOT_TEXT = {
    *("kind", "id", "next", "page", "first", "then", "url", "reviewed", "hide", "publisher", "seen", "cite"),
    "timeline",
}


def hooks_of_real_config() -> list[str]:
    config = yaml.load(REAL_CONFIG.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506 - safe loader
    return [str(REPO_ROOT / hook) for hook in config["hooks"]]


def write_config(root: Path) -> Path:
    config = {
        "INHERIT": str(REAL_CONFIG),
        "site_name": "robustness fixture",
        "site_url": "https://example.org/robustness/",
        "docs_dir": "docs",
        "theme": {"custom_dir": str(REPO_ROOT / "overrides")},
        "hooks": hooks_of_real_config(),
        "watch": [str(REPO_ROOT / "hooks"), str(REPO_ROOT / "overrides")],
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def with_hostile_text(page: dict[str, Any], marker: str) -> dict[str, Any]:
    """Every text field set to "<marker>:<field path> <HOSTILE>", e.g. "Q7procedures/a.md:steps.0.title <...>"."""
    page = copy.deepcopy(page)
    for path in paths(page):
        value = get(page, path)
        named = [part for part in path if isinstance(part, str)]
        if isinstance(value, str) and not (set(named) & NOT_TEXT):
            set_at(page, path, f"{marker}:{'.'.join(map(str, path))} {HOSTILE}")
    return page


def write_fixture(root: Path, hostile: bool = True, replaced: dict[str, str] | None = None) -> Path:
    """Write mkdocs.yml and docs/ (every corpus page in both languages, plus a flowchart page) under `root`."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "assets").symlink_to(REPO_ROOT / "docs" / "assets", target_is_directory=True)
    pages = {
        **{page_id: base_page(page_id) for page_id in BASE_PAGES},
        "flowchart": {**base_page("about/e"), **FLOWCHART},
    }
    for page_id, page in pages.items():
        for file in files_of(page_id):
            data = with_hostile_text(page, f"Q7{file}") if hostile else page
            write_file(docs, file, (replaced or {}).get(file) or front_matter_text(data))
    return write_config(root)
