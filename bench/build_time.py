"""Full bilingual build time (median of N strict builds) and the hooks' share of it.

The hooks' share is measured twice: with wall-clock timers around each hook event (little overhead), and with
cProfile (which slows pure-Python code such as the hooks more than others, so its share is an upper bound).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from common import CONFIG, REPO_ROOT, Builds, median_build, table

from tests.support.build import mkdocs_env


@dataclass(frozen=True)
class HookShare:
    method: str
    total: float
    hooks: float
    top: list[tuple[str, float]]

    @property
    def share(self) -> float:
        return self.hooks / self.total if self.total else 0.0


@dataclass(frozen=True)
class BuildFigures:
    builds: Builds
    shares: list[HookShare]


def hook_share(config: Path, site_dir: Path, timers: bool) -> HookShare:
    command = [sys.executable, str(REPO_ROOT / "bench" / "profile_build.py"), "--config-file", str(config)]
    command += ["--site-dir", str(site_dir)] + (["--timers"] if timers else [])
    completed = subprocess.run(command, capture_output=True, text=True, env=mkdocs_env(), timeout=1800, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"profiled build failed:\n{completed.stderr[-4000:]}")
    data = json.loads(completed.stdout)
    method = "wall-clock timers around hook events" if timers else "cProfile (cumulative time of hook entry points)"
    return HookShare(method, data["total"], data["hooks"], [tuple(item) for item in data["top"]])


def measure(runs: int, config: Path = CONFIG) -> BuildFigures:
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        builds = median_build(config, Path(tmp) / "site", runs)
        shares = [hook_share(config, Path(tmp) / "profiled", timers) for timers in (True, False)]
    return BuildFigures(builds, shares)


def report(figures: BuildFigures) -> list[str]:
    builds = figures.builds
    lines = [
        "## Build time",
        "",
        f"- full bilingual strict build (`mkdocs build --strict` in a subprocess): median **{builds.wall:.2f} s** "
        f"wall clock of {len(builds.runs)} ({builds.listing()} s), {builds.cpu:.2f} s CPU",
        "- hooks' share of an in-process build (target: at most 5 %):",
        "",
    ]
    lines += table(
        ["method", "build", "hooks", "share"],
        [
            [share.method, f"{share.total:.2f} s", f"{share.hooks:.2f} s", f"**{100 * share.share:.1f} %**"]
            for share in figures.shares
        ],
    )
    timers = figures.shares[0]
    lines += ["", "Where the hooks' time goes (timers):", ""]
    lines += table(
        ["hook", "seconds", "of the build"],
        [[name, f"{seconds:.3f}", f"{100 * seconds / timers.total:.1f} %"] for name, seconds in timers.top],
    )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("\n".join(report(measure(args.runs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
