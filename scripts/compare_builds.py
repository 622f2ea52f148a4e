#!/usr/bin/env python3
"""Build the site of two revisions and compare the two site trees file by file.

    .venv/bin/python scripts/compare_builds.py d6fdb53            # that commit against the working tree
    .venv/bin/python scripts/compare_builds.py d6fdb53 HEAD       # two commits
    .venv/bin/python scripts/compare_builds.py . --engines mkdocs properdocs   # one tree, two engines

A revision is checked out with `git worktree add --detach` into a temporary folder (removed afterwards); the
working tree (`.`, the default second revision) is built where it is, uncommitted changes included. Both builds
run `mkdocs build --strict` (never -q) with this virtualenv's MkDocs. Gzip files are compared by their content
(the gzip header holds the time of writing) and the sitemap's <lastmod> dates are ignored (they are the day of
the build). With ``--engines``, the first revision is built by the first engine and the second by the second; the
generator tag (``<meta name="generator">``) names the engine, so it is left out of the comparison, and with it the
offline copy's version, a digest of the pages that hold that tag. Exit status 0 when the trees are byte-identical,
1 when they differ, 2 when a build fails.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
WORKING_TREE = "."
LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')
OFFLINE_VERSION = re.compile(rb'"version": "[0-9a-f]+"')
ENGINES = ("mkdocs", "properdocs")
SHOWN_DIFFS = 5  # differing text files whose diff is printed
DIFF_LINES = 40


@contextmanager
def checkout(revision: str, tmp: Path) -> Iterator[Path]:
    """The source tree of a revision: the working tree itself, or a temporary detached worktree."""
    if revision == WORKING_TREE:
        yield REPO_ROOT
        return
    folder = tmp / f"src-{re.sub(r'[^A-Za-z0-9_.-]', '_', revision)}"
    git = ["git", "-C", str(REPO_ROOT)]
    subprocess.run([*git, "worktree", "add", "--detach", "--quiet", str(folder), revision], check=True)
    try:
        yield folder
    finally:
        subprocess.run([*git, "worktree", "remove", "--force", str(folder)], check=False)


def build(source: Path, site_dir: Path, engine: str = "mkdocs") -> None:
    config = source / "mkdocs.yml"
    command = [sys.executable, "-m", engine, "build", "--strict", "-f", str(config), "-d", str(site_dir)]
    # GUIDE_BUILD_CACHE=off: revisions that still had the disk build cache (up to d6fdb53) build without it.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDE_BUILD_CACHE": "off"}
    completed = subprocess.run(command, cwd=source, env=env, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        print(f"compare_builds: the {engine} build of {source} failed (exit {completed.returncode})", file=sys.stderr)
        raise SystemExit(2)


def comparable(path: Path, engines_differ: bool = False) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.name.startswith("sitemap.xml"):
        data = LASTMOD.sub(b"<lastmod/>", data)
    if engines_differ and path.suffix == ".html":
        data = GENERATOR_TAG.sub(b"<meta name=generator>", data)
    if engines_differ and path.name == "offline-worker.js":
        data = OFFLINE_VERSION.sub(b'"version": ""', data)
    return data


def files_of(site_dir: Path) -> dict[str, Path]:
    return {path.relative_to(site_dir).as_posix(): path for path in sorted(site_dir.rglob("*")) if path.is_file()}


def compare(old: Path, new: Path, engines_differ: bool = False) -> list[str]:
    """Every difference between two site trees, one line each; diffs of the first few differing text files."""
    old_files, new_files = files_of(old), files_of(new)
    lines = [f"only in the first: {name}" for name in sorted(old_files.keys() - new_files.keys())]
    lines += [f"only in the second: {name}" for name in sorted(new_files.keys() - old_files.keys())]
    common = sorted(old_files.keys() & new_files.keys())
    differing = [name for name in common if _differ(old_files[name], new_files[name], engines_differ)]
    lines += [f"differs: {name}" for name in differing]
    for name in differing[:SHOWN_DIFFS]:
        try:
            a = comparable(old_files[name], engines_differ).decode("utf-8").splitlines()
            b = comparable(new_files[name], engines_differ).decode("utf-8").splitlines()
        except UnicodeDecodeError:
            continue
        diff = list(difflib.unified_diff(a, b, f"first/{name}", f"second/{name}", lineterm="", n=1))
        lines += [line[:300] for line in diff[:DIFF_LINES]]
    return lines


def _differ(old: Path, new: Path, engines_differ: bool) -> bool:
    return comparable(old, engines_differ) != comparable(new, engines_differ)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", help="a git revision, or . for the working tree")
    parser.add_argument("second", nargs="?", default=WORKING_TREE, help="a git revision, or . (the default)")
    parser.add_argument(
        "--engines", nargs=2, choices=ENGINES, default=("mkdocs", "mkdocs"), help="the engine of each build"
    )
    args = parser.parse_args(argv)
    engines_differ = args.engines[0] != args.engines[1]
    with tempfile.TemporaryDirectory(prefix="compare-builds-") as tmp_name:
        tmp = Path(tmp_name)
        sites = []
        for index, (revision, engine) in enumerate(zip((args.first, args.second), args.engines, strict=True)):
            site_dir = tmp / f"site-{index}"
            with checkout(revision, tmp) as source:
                build(source, site_dir, engine)
            sites.append(site_dir)
        differences = compare(*sites, engines_differ=engines_differ)
        count = len(files_of(sites[0]))
    if differences:
        print("\n".join(differences))
        print(f"compare_builds: {args.first} and {args.second} build different sites", file=sys.stderr)
        return 1
    built_by = f" ({args.engines[0]} and {args.engines[1]})" if engines_differ else ""
    print(f"compare_builds: {args.first} and {args.second}{built_by} build byte-identical sites ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
