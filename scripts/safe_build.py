#!/usr/bin/env python3
"""Strict MkDocs build that only replaces site/ when it succeeds, in one atomic step.

The site is built into a staging folder next to site/ (``site.building-<pid>-*``). On success the two folders are
exchanged in one rename (Linux ``renameat2(RENAME_EXCHANGE)``): at every instant ``site/`` is either the old site or
the new one, whatever kills the build. Then the old site is removed. A site that lacks a part the guide's hooks
make (guide.generated_parts: an engine or a configuration that skipped the hooks) counts as a failed build. On
failure mkdocs' output is printed, the last good site/ stays as it was, and the exit code is non-zero. Staging
and retired folders that a killed build left behind (their process is gone) are removed first; a ``site`` that is
a file is refused with a message. The build itself is bounded in time (BUILD_TIMEOUT_SECONDS). A read-only target,
a full disk or a missing permission, met by this script or by mkdocs (whose traceback then stays out), ends in one
line saying what and where; the last good site is never touched before the new one is whole.
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))  # the core package, as the hooks see it
from guide.generated_parts import MANIFEST, missing_parts  # noqa: E402

BUILD_TIMEOUT_SECONDS = 15 * 60
SHOWN_PROBLEMS = 20
RENAME_EXCHANGE = 2  # linux/fs.h
_LEFTOVER = re.compile(r"\.(?:building|old)-(?P<pid>\d+)-")
# What the writer of the site can do about each: the errors a target folder or disk gives.
_FIXES = {
    errno.EROFS: "the file system is read-only: build into a writable --site-dir",
    errno.ENOSPC: "the disk is full: free some space, then build again",
    errno.EDQUOT: "the disk quota is used up: free some space, then build again",
    errno.EACCES: "permission denied: check the folder's owner and mode, or build into another --site-dir",
    errno.EPERM: "operation not permitted: check the folder's owner and mode, or build into another --site-dir",
}
# The last line of a Python traceback for such an error: "OSError: [Errno 28] No space left on device: '/x/y'".
_ERRNO_LINE = re.compile(r"^\w*(?:Error|Exception): \[Errno (?P<errno>\d+)\] [^:\n]*(?:: '(?P<file>[^'\n]*)')?", re.M)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    return parser.parse_args(argv)


def run_mkdocs_build(config_file: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` (never -q: it would hide warnings from the exit code)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file), "-d", str(site_dir)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    try:
        return subprocess.run(
            command,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=BUILD_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.output if isinstance(expired.output, str) else (expired.output or b"").decode(errors="replace")
        return subprocess.CompletedProcess(
            command, 124, output + f"\nmkdocs build did not finish in {BUILD_TIMEOUT_SECONDS} s: stopped.\n"
        )


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths atomically (Linux 3.15+, glibc 2.28+); OSError when the system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), os.fsdecode(b))


def swap_in(new_site: Path, site_dir: Path) -> None:
    """Make new_site the site_dir in one step; the old site ends where new_site was, and is removed."""
    if not site_dir.exists():
        new_site.rename(site_dir)  # atomic: site/ did not exist before, and exists whole after
        return
    try:
        _exchange(new_site, site_dir)
    except OSError as error:
        if error.errno in _FIXES:  # read-only, full or not ours: two renames would fail alike
            raise
        # Not Linux, or a file system without the exchange: two renames, with a moment without site/.
        print(f"safe_build: no atomic exchange here ({error.strerror}); swapping in two steps", file=sys.stderr)
        retired = site_dir.with_name(f"{site_dir.name}.old-{os.getpid()}-0")
        site_dir.rename(retired)
        try:
            new_site.rename(site_dir)
        except OSError:
            retired.rename(site_dir)
            raise
        shutil.rmtree(retired, ignore_errors=True)
        return
    shutil.rmtree(new_site, ignore_errors=True)  # now the old site


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(site_dir: Path) -> list[Path]:
    """Staging and retired folders of builds whose process is gone (killed half-way)."""
    removed = []
    for path in site_dir.parent.glob(f"{site_dir.name}.*-*"):
        found = _LEFTOVER.match(path.name[len(site_dir.name) :])
        if found and path.is_dir() and not path.is_symlink() and not _alive(int(found["pid"])):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def storage_problem(code: int | None, path: object, site_dir: Path) -> str | None:
    """One line for a read-only target, a full disk or a missing permission; None for any other error."""
    fix = _FIXES.get(code or 0)
    if fix is None:
        return None
    where = f" ({path})" if path else ""
    return f"safe_build: cannot write the site{where}: {fix}; {site_dir} left as it was."


def storage_problem_in(output: str, site_dir: Path) -> str | None:
    """The one line for such an error that ended mkdocs with a traceback in its output, if that is what ended it."""
    if "Traceback (most recent call last)" not in output:
        return None
    found = list(_ERRNO_LINE.finditer(output))
    return storage_problem(int(found[-1]["errno"]), found[-1]["file"], site_dir) if found else None


def _stop_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # runs the finally blocks: the staging folder is removed


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    site_dir = args.site_dir.resolve()
    try:
        return build_and_swap(args.config_file, site_dir)
    except OSError as error:
        line = storage_problem(error.errno, error.filename, site_dir)
        if line is None:
            raise
        print(line, file=sys.stderr)
        return 1


def build_and_swap(config_file: Path, site_dir: Path) -> int:
    if site_dir.exists() and not site_dir.is_dir():
        print(f"safe_build: {site_dir} exists and is not a folder: move it away, then build again", file=sys.stderr)
        return 2
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    for leftover in remove_leftovers(site_dir):
        print(f"safe_build: removed {leftover.name}, left by a build that was stopped", file=sys.stderr)
    signal.signal(signal.SIGTERM, _stop_on_signal)
    staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.building-{os.getpid()}-", dir=site_dir.parent))
    started = time.monotonic()
    try:
        build = run_mkdocs_build(config_file.resolve(), staging)
        if build.returncode != 0:
            line = storage_problem_in(build.stdout, site_dir)
            if line is not None:
                print(line, file=sys.stderr)
                return build.returncode
            sys.stderr.write(build.stdout)
            print(
                f"\nmkdocs build --strict failed (exit {build.returncode}); {site_dir} left as it was.", file=sys.stderr
            )
            return build.returncode
        incomplete = missing_parts(staging)
        if incomplete:
            sys.stderr.write(build.stdout)
            print(
                f"\nsafe_build: the built site lacks what the guide's hooks make; {site_dir} left as it was:",
                file=sys.stderr,
            )
            for line in incomplete[:SHOWN_PROBLEMS]:
                print(f"  {line}", file=sys.stderr)
            if len(incomplete) > SHOWN_PROBLEMS:
                print(f"  … and {len(incomplete) - SHOWN_PROBLEMS} more", file=sys.stderr)
            return 1
        (staging / MANIFEST).unlink()
        swap_in(staging, site_dir)
        print(f"Built {site_dir} in {time.monotonic() - started:.1f} s (strict).")
        return 0
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
