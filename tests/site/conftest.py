"""Fixtures of the build tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def repo_copy(repo_root: Path, tmp_path: Path) -> Path:
    """mkdocs.yml, docs/, hooks/ and overrides/ copied, so a test can break a page without touching the repo."""
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy2(repo_root / "mkdocs.yml", copy / "mkdocs.yml")
    for folder in ("docs", "hooks", "overrides"):
        if (repo_root / folder).is_dir():
            shutil.copytree(repo_root / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return copy
