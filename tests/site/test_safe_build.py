"""scripts/safe_build.py swaps in a new site/ only when the strict build succeeds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from guide.generated_parts import MANIFEST

# The generator's manifest of generated parts, empty: these projects test the swap, not the guide's pages.
EMPTY_MANIFEST_HOOK = f"""
from pathlib import Path


def on_post_build(config):
    (Path(config.site_dir) / "{MANIFEST}").write_text('{{"pages": {{}}}}', encoding="utf-8")
"""


def write_project(root: Path, page: str) -> Path:
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "docs" / "index.md").write_text(page, encoding="utf-8")
    (root / "manifest_hook.py").write_text(EMPTY_MANIFEST_HOOK, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text("site_name: safe build test\ntheme: mkdocs\nhooks: [manifest_hook.py]\n", encoding="utf-8")
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
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs", "manifest_hook.py", "mkdocs.yml", "site"]


def test_failed_build_keeps_last_good_site(repo_root: Path, tmp_path: Path, last_good_site: Path) -> None:
    config = write_project(tmp_path, "# Broken\n\n[gone](missing.md)\n")
    result = safe_build(repo_root, config)
    assert result.returncode != 0
    assert "missing.md" in result.stderr, "mkdocs' warning must be printed"
    assert (last_good_site / "index.html").read_text(encoding="utf-8") == "last good build"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs", "manifest_hook.py", "mkdocs.yml", "site"]


def test_failed_first_build_leaves_no_site(repo_root: Path, tmp_path: Path) -> None:
    config = write_project(tmp_path, "[gone](missing.md)\n")
    assert safe_build(repo_root, config).returncode != 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs", "manifest_hook.py", "mkdocs.yml"]


def test_the_swap_is_one_atomic_exchange(tmp_path: Path) -> None:
    """The old and the new site trade places in one rename: there is no instant without site/."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import safe_build as script

    old, new = tmp_path / "site", tmp_path / "site.building-1-x"
    old.mkdir()
    (old / "index.html").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("new", encoding="utf-8")
    script._exchange(new, old)
    assert (old / "index.html").read_text(encoding="utf-8") == "new"
    assert (new / "index.html").read_text(encoding="utf-8") == "old"


def test_leftovers_of_stopped_builds_are_removed(repo_root: Path, tmp_path: Path, last_good_site: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone_pid = int(dead.stdout)
    for name in (f"site.building-{gone_pid}-abc", f"site.old-{gone_pid}-0"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text("half", encoding="utf-8")
    running = tmp_path / f"site.building-{os.getpid()}-mine"  # a build still running: left alone
    running.mkdir()
    result = safe_build(repo_root, write_project(tmp_path, "# Fresh\n"))
    assert result.returncode == 0, result.stderr
    project = ["docs", "manifest_hook.py", "mkdocs.yml", "site", running.name]
    assert sorted(path.name for path in tmp_path.iterdir()) == project
    assert "left by a build that was stopped" in result.stderr


def test_a_site_that_is_a_file_is_refused_with_a_message(repo_root: Path, tmp_path: Path) -> None:
    (tmp_path / "site").write_text("not a folder", encoding="utf-8")
    result = safe_build(repo_root, write_project(tmp_path, "# Fresh\n"))
    assert result.returncode == 2
    assert "exists and is not a folder" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "site").read_text(encoding="utf-8") == "not a folder"


def test_a_killed_build_keeps_the_last_good_site_and_cleans_up(
    repo_root: Path, tmp_path: Path, last_good_site: Path
) -> None:
    import signal
    import time

    config = write_project(tmp_path, "# Fresh\n")
    script = repo_root / "scripts" / "safe_build.py"
    process = subprocess.Popen(
        [sys.executable, str(script), "--config-file", str(config), "--site-dir", str(last_good_site)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(0.5)  # inside the build
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert (last_good_site / "index.html").is_file()
    assert not list(tmp_path.glob("site.building-*"))
