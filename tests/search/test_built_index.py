"""The search index of the real build: every entry has its language, every procedure step its own entry,
every page its keywords. Runs without a browser; the Chromium tests (test_search.py) check what readers see.

One more build runs in this process, to watch hooks/search_hook.py at work: it rewrites the index once per build
(not in mkdocs-static-i18n's nested language builds), and the step panels it reads from each page's content while
the page is built are what the built page shows."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from guide.links import page_location
from guide.model.schema import ProcedurePage
from guide.model.site import Site, load_site
from guide.search.index import KEYWORDS_FIELD
from guide.search.sections import SectionText, page_sections
from guide.search.text import WORD_BREAK, normalise

from tests.support.paths import REPO_ROOT

DEFAULT_LANG = "ja"
SEARCH_HOOK = "hooks/search_hook.py"  # the hook's key in config.hooks: its path as mkdocs.yml lists it


@dataclass(frozen=True)
class WatchedBuild:
    """A build of the real site in this process, with every call of the search hook's
    rewrite_index recorded."""

    site_dir: Path
    rewrites: list[tuple[dict[str, Any], dict[str, list[SectionText]]]]  # (rewritten index, step sections given)
    collected: dict[str, list[SectionText]]  # what the hook read from page contents, by location


@pytest.fixture(scope="module")
def watched_build(tmp_path_factory: pytest.TempPathFactory) -> WatchedBuild:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site_dir = tmp_path_factory.mktemp("watched-build") / "site"
    config = load_config(config_file=str(REPO_ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    hook = config.hooks[SEARCH_HOOK]
    rewrites: list[tuple[dict[str, Any], dict[str, list[SectionText]]]] = []
    rewrite_index = hook.rewrite_index

    def recorded(index: Any, pages: Any, sections: dict[str, list[SectionText]]) -> dict[str, Any]:
        rewritten = rewrite_index(index, pages, sections)
        rewrites.append((rewritten, dict(sections)))
        return rewritten

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        patch.setattr(hook, "rewrite_index", recorded)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    return WatchedBuild(site_dir, rewrites, dict(config.extra[hook.STEP_SECTIONS_KEY]))


@pytest.fixture(scope="module")
def index(built_site: Path) -> dict[str, Any]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site() -> Site:
    loaded, _ = load_site(REPO_ROOT / "docs", today=date.today())
    return loaded


def entries_by_location(index: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["location"]: entry for entry in index["docs"]}


def test_every_entry_has_the_language_of_its_address(index: dict[str, Any]) -> None:
    wrong = [
        (entry["location"], entry.get("lang"))
        for entry in index["docs"]
        if entry.get("lang") != ("en" if entry["location"].startswith("en/") else DEFAULT_LANG)
    ]
    assert not wrong, wrong


def test_every_procedure_step_has_an_entry_with_its_title(index: dict[str, Any], site: Site) -> None:
    entries = entries_by_location(index)
    missing = []
    for (lang, page_id), record in site.records.items():
        if not isinstance(record.page, ProcedurePage):
            continue
        for step in record.page.all_steps:
            location = f"{page_location(page_id, lang, DEFAULT_LANG)}#step-{step.id}"
            entry = entries.get(location)
            if entry is None or entry["title"].replace(WORD_BREAK, "") != html.escape(
                normalise(step.title), quote=False
            ):
                missing.append(location)
    assert not missing, f"steps without their own search entry: {missing}"


def test_step_text_is_not_also_filed_under_the_heading_above_the_tabs(index: dict[str, Any]) -> None:
    entries = entries_by_location(index)
    doubled = []
    for location, entry in entries.items():
        page, _, anchor = location.partition("#")
        if anchor.startswith("step-") and len(entry["text"]) > 40:
            doubled += [
                other
                for other, section in entries.items()
                if other.startswith(f"{page}#") and other != location and entry["text"] in section["text"]
            ]
    assert not doubled, doubled


def test_every_page_entry_carries_its_keywords(index: dict[str, Any], site: Site) -> None:
    entries = entries_by_location(index)
    assert KEYWORDS_FIELD in index["config"]["fields"]
    for (lang, page_id), record in site.records.items():
        entry = entries[page_location(page_id, lang, DEFAULT_LANG)]
        assert len(entry.get(KEYWORDS_FIELD, [])) == len({normalise(k) for k in record.page.keywords}), page_id


def test_procedures_and_scenarios_outrank_explanations(index: dict[str, Any], site: Site) -> None:
    entries = entries_by_location(index)
    boosts: dict[str, set[float]] = {}
    for (lang, page_id), record in site.records.items():
        entry = entries[page_location(page_id, lang, DEFAULT_LANG)]
        boosts.setdefault(record.page.kind, set()).add(entry.get("boost", 1.0))
    assert min(boosts["procedure"] | boosts["scenario"]) > max(boosts["explanation"])


def test_the_separator_compiles_on_older_safari(index: dict[str, Any]) -> None:
    """Safari before 16.4 (the last iOS of older iPhones) has no lookbehind: the worker would not start."""
    assert "(?<" not in index["config"]["separator"]


def test_the_index_is_written_as_utf8_not_escapes(built_site: Path) -> None:
    raw = (built_site / "search" / "search_index.json").read_bytes()
    assert b"\\u30b3" not in raw.lower() and "コード".encode() in raw


def test_the_index_is_rewritten_once_per_build_not_in_the_nested_language_build(watched_build: WatchedBuild) -> None:
    assert len(watched_build.rewrites) == 1
    (rewritten, _) = watched_build.rewrites[0]
    written = json.loads((watched_build.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert written == rewritten  # the one rewrite is what the site serves: nothing wrote the index after it
    assert {entry["lang"] for entry in written["docs"]} == {"ja", "en"}  # the entries of all languages


def test_step_panels_are_read_from_every_procedure_page_while_it_is_built(
    watched_build: WatchedBuild, site: Site
) -> None:
    procedures = {
        page_location(page_id, lang, DEFAULT_LANG)
        for (lang, page_id), record in site.records.items()
        if isinstance(record.page, ProcedurePage) and record.page.all_steps
    }
    assert set(watched_build.collected) == procedures
    (_, sections) = watched_build.rewrites[0]
    assert sections == watched_build.collected


def test_step_panels_read_from_page_contents_are_those_of_the_built_pages(watched_build: WatchedBuild) -> None:
    for location, sections in watched_build.collected.items():
        built = (watched_build.site_dir / location / "index.html").read_text(encoding="utf-8")
        assert sections == page_sections(built), location
        assert sections, location
