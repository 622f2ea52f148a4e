#!/usr/bin/env python3
"""Strict MkDocs build that only replaces site/ when it succeeds.

The site is built into a temporary folder next to site/ (site.building-*). On success that folder is swapped in;
on failure mkdocs' output is printed, the last good site/ stays as it was, and the exit code is non-zero.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    return parser.parse_args(argv)


def run_mkdocs_build(config_file: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` (never -q: it would hide warnings from the exit code)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file), "-d", str(site_dir)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def swap_in(new_site: Path, site_dir: Path) -> None:
    """Replace site_dir by new_site; the old site is moved aside first and put back if the swap fails."""
    retired = site_dir.with_name(f"{site_dir.name}.old-{os.getpid()}")
    had_site = site_dir.exists()
    if had_site:
        site_dir.rename(retired)
    try:
        new_site.rename(site_dir)
    except OSError:
        if had_site:
            retired.rename(site_dir)
        raise
    if had_site:
        shutil.rmtree(retired)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    site_dir = args.site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.building-", dir=site_dir.parent))
    started = time.monotonic()
    try:
        build = run_mkdocs_build(args.config_file.resolve(), staging)
        if build.returncode != 0:
            sys.stderr.write(build.stdout)
            print(
                f"\nmkdocs build --strict failed (exit {build.returncode}); {site_dir} left as it was.", file=sys.stderr
            )
            return build.returncode
        swap_in(staging, site_dir)
        print(f"Built {site_dir} in {time.monotonic() - started:.1f} s (strict).")
        return 0
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
