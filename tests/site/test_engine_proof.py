"""An engine or a configuration that skips the guide's hooks fails the build; ProperDocs builds what MkDocs builds.

The real site is copied (docs, overrides, hooks and mkdocs.yml) so that its configuration can lose hooks; the
build is scripts/safe_build.py, as `make build` and the deploy workflow run it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = ("docs", "overrides", "hooks")
HOOK_LINE = "  - hooks/{name}.py"


def project_without(repo_root: Path, tmp_path: Path, hooks: tuple[str, ...] | None) -> Path:
    """A copy of the real project whose mkdocs.yml lists none of ``hooks`` (all of them when None)."""
    for name in SOURCES:
        shutil.copytree(repo_root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    lines = (repo_root / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    if hooks is None:
        kept = [line for line in lines if not line.startswith("  - hooks/") and line != "hooks:"]
    else:
        dropped = {HOOK_LINE.format(name=name) for name in hooks}
        kept = [line for line in lines if line.split("#")[0].rstrip() not in dropped]
    assert len(kept) < len(lines), "mkdocs.yml no longer lists its hooks as this test expects"
    (tmp_path / "mkdocs.yml").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return tmp_path / "mkdocs.yml"


def safe_build(repo_root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(repo_root / "scripts" / "safe_build.py"), "--config-file", str(config)]
    command += ["--site-dir", str(config.parent / "site")]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def test_a_configuration_without_the_hooks_fails_the_build(repo_root: Path, tmp_path: Path) -> None:
    result = safe_build(repo_root, project_without(repo_root, tmp_path, None))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the built site lacks what the guide's hooks make" in result.stderr
    assert "the site was built without the guide's hooks" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_configuration_that_drops_one_hook_names_the_pages_it_leaves_bare(repo_root: Path, tmp_path: Path) -> None:
    result = safe_build(repo_root, project_without(repo_root, tmp_path, ("procedures_hook",)))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "procedures/request-account-recovery/index.html: no guide-steps" in result.stderr
    assert "en/procedures/request-account-recovery/index.html: no guide-sheet" in result.stderr
    assert not (tmp_path / "site").exists()


def test_properdocs_builds_the_same_site_as_mkdocs(repo_root: Path) -> None:
    command = [sys.executable, str(repo_root / "scripts" / "compare_builds.py"), ".", "."]
    command += ["--engines", "mkdocs", "properdocs"]
    result = subprocess.run(command, cwd=repo_root, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(mkdocs and properdocs) build byte-identical sites" in result.stdout
