"""scripts/safe_build.py swaps in a new site/ only when the strict build succeeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def write_project(root: Path, page: str) -> Path:
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "docs" / "index.md").write_text(page, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text("site_name: safe build test\ntheme: mkdocs\n", encoding="utf-8")
    return config


def safe_build(repo_root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    script = repo_root / "scripts" / "safe_build.py"
    command = [sys.executable, str(script), "--config-file", str(config), "--site-dir", str(config.parent / "site")]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def last_good_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("last good build", encoding="utf-8")
    return site


def test_successful_build_replaces_site(repo_root: Path, tmp_path: Path, last_good_site: Path) -> None:
    config = write_project(tmp_path, "# Fresh\n")
    result = safe_build(repo_root, config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Fresh" in (last_good_site / "index.html").read_text(encoding="utf-8")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs", "mkdocs.yml", "site"]


def test_failed_build_keeps_last_good_site(repo_root: Path, tmp_path: Path, last_good_site: Path) -> None:
    config = write_project(tmp_path, "# Broken\n\n[gone](missing.md)\n")
    result = safe_build(repo_root, config)
    assert result.returncode != 0
    assert "missing.md" in result.stderr, "mkdocs' warning must be printed"
    assert (last_good_site / "index.html").read_text(encoding="utf-8") == "last good build"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs", "mkdocs.yml", "site"]


def test_failed_first_build_leaves_no_site(repo_root: Path, tmp_path: Path) -> None:
    config = write_project(tmp_path, "[gone](missing.md)\n")
    assert safe_build(repo_root, config).returncode != 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs", "mkdocs.yml"]
