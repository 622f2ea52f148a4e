"""Shared by the benchmark scripts: paths, the machine, the commit, timing, building, Markdown tables."""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "hooks")]

from tests.support.build import BuildResult, build_site_in_subprocess  # noqa: E402

CONFIG = REPO_ROOT / "mkdocs.yml"


def run_text(command: Sequence[str]) -> str:
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return (
        (completed.stdout or completed.stderr).strip().splitlines()[0] if completed.stdout or completed.stderr else ""
    )


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def commit() -> str:
    head = run_text(["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(REPO_ROOT), "diff", "--quiet", "HEAD"], check=False).returncode
    return head + (" + uncommitted changes" if dirty else "")


def machine_lines() -> list[str]:
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    return [
        f"- date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}, commit {commit()}",
        f"- machine: {cpu_model()}, {os.cpu_count()} cores, {memory_gib()} RAM; {platform.platform()}",
        f"- load average when the benchmark started (1/5/15 min): {load}",
        f"- Python {platform.python_version()}, "
        + ", ".join(f"{name} {version(name)}" for name in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n")),
        f"- {run_text(['/usr/bin/chromium', '--version'])}; Node {run_text(['node', '--version'])}; "
        f"{run_text(['dot', '-V'])}",
    ]


@dataclass(frozen=True)
class Timing:
    """Wall clock and CPU time (user + system of mkdocs and everything it ran, e.g. Graphviz) of one build."""

    wall: float
    cpu: float


def timed_build(config: Path, site_dir: Path) -> tuple[Timing, BuildResult]:
    """One `mkdocs build --strict` in a subprocess; fails loudly when the build fails."""
    if site_dir.exists():
        shutil.rmtree(site_dir)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = build_site_in_subprocess(config, site_dir)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not result.ok:
        raise RuntimeError(f"build of {config} failed (exit {result.returncode}):\n{result.output[-4000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu), result


@dataclass(frozen=True)
class Builds:
    runs: list[Timing]

    @property
    def wall(self) -> float:
        return statistics.median(run.wall for run in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(run.cpu for run in self.runs)

    def listing(self) -> str:
        return ", ".join(f"{run.wall:.2f}" for run in self.runs)


def median_build(config: Path, site_dir: Path, runs: int) -> Builds:
    return Builds([timed_build(config, site_dir)[0] for _ in range(runs)])


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines
