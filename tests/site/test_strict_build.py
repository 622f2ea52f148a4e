"""The repository's own configuration turns a broken link or anchor into a failed build naming file and target."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.support.build import BuildResult

PAGE = Path("docs/about/two-factor-authentication.md")


def append_to_page(repo: Path, markdown: str) -> None:
    page = repo / PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\n" + markdown + "\n", encoding="utf-8")


def test_real_site_builds_both_languages(built_site: Path) -> None:
    assert (built_site / "index.html").is_file()
    assert (built_site / "en" / "index.html").is_file()
    assert (built_site / "about" / "two-factor-authentication" / "index.html").is_file()
    assert (built_site / "en" / "about" / "two-factor-authentication" / "index.html").is_file()


def test_broken_link_fails_the_build(repo_copy: Path, build_fixture_site: Callable[[Path], BuildResult]) -> None:
    append_to_page(repo_copy, "[壊れたリンク](../no-such-page.md)")
    result = build_fixture_site(repo_copy / "mkdocs.yml")
    assert not result.ok
    assert "about/two-factor-authentication.md" in result.output
    assert "no-such-page.md" in result.output


def test_broken_anchor_fails_the_build(repo_copy: Path, build_fixture_site: Callable[[Path], BuildResult]) -> None:
    append_to_page(repo_copy, "[壊れたアンカー](#存在しない見出し)")
    result = build_fixture_site(repo_copy / "mkdocs.yml")
    assert not result.ok
    assert "about/two-factor-authentication.md" in result.output
    assert "#存在しない見出し" in result.output
