"""Link checks over the real built site, both languages, offline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import linkcheck
from tests.support.linkcheck import BuiltSite, Problem
from tests.support.site_config import load_layout


@pytest.fixture(scope="module")
def site(built_site: Path, repo_root: Path) -> BuiltSite:
    return BuiltSite(built_site, load_layout(repo_root / "mkdocs.yml"))


def test_site_has_pages_in_both_languages(site: BuiltSite) -> None:
    assert "" in site.pages and "en/" in site.pages
    assert "about/two-factor-authentication/" in site.pages
    assert "en/about/two-factor-authentication/" in site.pages


@pytest.mark.parametrize("check", linkcheck.ALL_CHECKS, ids=lambda check: check.__name__)
def test_site_passes(site: BuiltSite, check: Callable[[BuiltSite], list[Problem]]) -> None:
    problems = check(site)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(map(str, problems))
