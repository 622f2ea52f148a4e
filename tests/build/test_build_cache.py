"""The build cache in real strict builds: it never changes the site, and every input it depends on reaches it.

A warm build (the cache of an earlier build) must write the same bytes as a build without the cache; a change to
front matter or to a template must show in the next warm build.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hook_support import CACHE_ENV

from tests.support.build import BuildResult, build_site

LINKED_PAGE = Path("docs/procedures/add-trusted-phone-number.md")  # `then` of procedures/offline-code
LINKING_PAGE = Path("procedures/offline-code/index.html")
SHEET_TEMPLATE = Path("overrides/guide/step-sheet.html.jinja")


def build(repo: Path, cache: Path | str, site_dir: Path, monkeypatch: pytest.MonkeyPatch) -> BuildResult:
    monkeypatch.setenv(CACHE_ENV, str(cache))
    result = build_site(repo / "mkdocs.yml", site_dir)
    assert result.ok, result.output
    return result


def site_files(site_dir: Path) -> dict[str, bytes]:
    """Every file of a built site; gzip files by their content (the gzip header holds the time of writing)."""
    files = {}
    for path in sorted(site_dir.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            files[path.relative_to(site_dir).as_posix()] = gzip.decompress(data) if path.suffix == ".gz" else data
    return files


def entries(cache: Path) -> dict[str, int]:
    return {path.relative_to(cache).as_posix(): path.stat().st_mtime_ns for path in cache.rglob("*.pickle")}


def test_a_warm_build_writes_the_same_site_as_a_build_without_the_cache(
    repo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    without = site_files(build(repo_copy, "off", tmp_path / "off", monkeypatch).site_dir)
    cold = site_files(build(repo_copy, cache, tmp_path / "cold", monkeypatch).site_dir)
    made = entries(cache)
    namespaces = {name.split("/")[0] for name in made}
    expected = {"pages", "qr", "procedure-markdown", "step-sheet", "step-sections", "search-index", "flow-markdown"}
    assert expected | {"flowchart-layout", "flowchart-figure"} <= namespaces
    warm = site_files(build(repo_copy, cache, tmp_path / "warm", monkeypatch).site_dir)
    assert sorted(cold) == sorted(without)
    assert [name for name in without if cold[name] != without[name]] == []
    assert [name for name in without if warm[name] != without[name]] == []
    assert entries(cache) == made, "the warm build made or swept entries though nothing had changed"


def test_front_matter_and_template_edits_reach_the_next_warm_build(
    repo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    build(repo_copy, cache, tmp_path / "first", monkeypatch)
    linked = repo_copy / LINKED_PAGE
    linked.write_text(
        linked.read_text(encoding="utf-8").replace("title: 信頼できる電話番号を追加・変更する", "title: 新しい題名"),
        encoding="utf-8",
    )
    template = repo_copy / SHEET_TEMPLATE
    template.write_text(template.read_text(encoding="utf-8").replace("guide-sheet__meta", "guide-sheet__meta x-edited"))
    edited = build(repo_copy, cache, tmp_path / "edited", monkeypatch).site_dir
    linking = (edited / LINKING_PAGE).read_text(encoding="utf-8")
    assert "新しい題名" in linking, "a procedure's link to the next page kept the old title"
    assert "x-edited" in linking, "the step sheet kept the old template"


def test_a_build_sweeps_the_entries_it_did_not_use(
    repo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    stale = cache / "qr" / ("0" * 64 + ".pickle")
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"an entry of a page that no longer exists")
    build(repo_copy, cache, tmp_path / "site", monkeypatch)
    assert not stale.exists()
    assert entries(cache)
