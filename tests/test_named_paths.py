"""Every path of the repository that a committed file names (in a comment, a docstring or a doc) exists.

Files get renamed; a comment that still sends a maintainer to ``hooks/search_index.py`` after it became
``hooks/search_hook.py`` costs them a search. A path here is one that starts with a top folder of the repository
and ends with a file name or a folder name.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

TOP_FOLDERS = ("hooks", "tests", "scripts", "docs", "overrides", "bench", ".github", ".ci")
NAMED_PATH = re.compile(r"(?<![\w/.-])((?:" + "|".join(re.escape(f) for f in TOP_FOLDERS) + r")/[\w./-]*\w)")
# What the tests write (git-ignored) and families of files named by their common start ("tests/fixtures/flow-").
WRITTEN_BY_TESTS = "tests/output"
NOT_READ = ("package-lock.json", "tests/test_named_paths.py")  # this file's examples are missing on purpose


def committed_text_files(root: Path) -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    return [root / name for name in listed.splitlines() if not name.endswith(NOT_READ) and (root / name).is_file()]


def named_paths(text: str) -> set[str]:
    return {found.rstrip(".") for found in NAMED_PATH.findall(text)}


def dangling(root: Path) -> list[str]:
    problems = []
    for file in committed_text_files(root):
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for path in sorted(named_paths(text)):
            if path.startswith(WRITTEN_BY_TESTS) or (root / path).exists() or any(root.glob(f"{path}*")):
                continue
            problems.append(f"{file.relative_to(root)}: names {path}, which does not exist")
    return problems


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("# rendered by hooks/procedure_pages.py (step tabs)", {"hooks/procedure_pages.py"}),
        ("see tests/site/ and docs/assets/javascripts/steps.js.", {"tests/site", "docs/assets/javascripts/steps.js"}),
        ("myhooks/x.py and https://example.org/docs/page", set()),
    ],
)
def test_paths_are_found_in_text(text: str, found: set[str]) -> None:
    assert named_paths(text) == found


def test_a_renamed_file_is_reported(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "steps_hook.py").write_text('"""Step tabs (see hooks/procedure_pages.py)."""\n')
    subprocess.run(["git", "-C", str(tmp_path), "add", "."], check=True)
    assert dangling(tmp_path) == ["hooks/steps_hook.py: names hooks/procedure_pages.py, which does not exist"]


def test_no_committed_file_names_a_missing_path(repo_root: Path) -> None:
    assert dangling(repo_root) == []
