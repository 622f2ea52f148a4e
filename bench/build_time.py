"""Full bilingual build time (median of N strict builds) and the hooks' share of it.

Every build does all of the hooks' work (nothing is kept between builds). The hooks' share is measured with
wall-clock timers around each hook event (little overhead) and with cProfile (which slows pure-Python code such as
the hooks more than others: an upper bound).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from common import CONFIG, REPO_ROOT, Builds, table, timed_build

from tests.support.build import mkdocs_env

BUILD = "build"
PROFILE_RUNS = 3  # timed in-process builds; the median share is reported


@dataclass(frozen=True)
class HookShare:
    method: str
    state: str
    total: float
    hooks: float
    top: list[tuple[str, float]]

    @property
    def share(self) -> float:
        return self.hooks / self.total if self.total else 0.0


@dataclass(frozen=True)
class BuildFigures:
    builds: dict[str, Builds]
    shares: list[HookShare]

    def share(self, state: str = BUILD) -> HookShare:
        """The wall-clock timers' figure."""
        return next(share for share in self.shares if share.state == state and share.method.startswith("wall"))


def hook_share(config: Path, site_dir: Path, timers: bool, state: str) -> HookShare:
    command = [sys.executable, str(REPO_ROOT / "bench" / "profile_build.py"), "--config-file", str(config)]
    command += ["--site-dir", str(site_dir)] + (["--timers"] if timers else [])
    completed = subprocess.run(command, capture_output=True, text=True, env=mkdocs_env(), timeout=1800, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"profiled build failed:\n{completed.stderr[-4000:]}")
    data = json.loads(completed.stdout)
    method = "wall-clock timers around hook events" if timers else "cProfile (cumulative time of hook entry points)"
    return HookShare(method, state, data["total"], data["hooks"], [tuple(item) for item in data["top"]])


def median_share(shares: list[HookShare]) -> HookShare:
    return sorted(shares, key=lambda share: share.share)[len(shares) // 2]


def measure(runs: int, config: Path = CONFIG) -> BuildFigures:
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp_name:
        tmp = Path(tmp_name)
        site, profiled = tmp / "site", tmp / "profiled"
        build_runs = [timed_build(config, site)[0] for _ in range(runs)]
        timer_shares = [hook_share(config, profiled, True, BUILD) for _ in range(PROFILE_RUNS)]
        profile = hook_share(config, profiled, False, BUILD)
    return BuildFigures({BUILD: Builds(build_runs)}, [median_share(timer_shares), profile])


def report(figures: BuildFigures) -> list[str]:
    lines = ["## Build time", "", "Full bilingual strict build (`mkdocs build --strict` in a subprocess):", ""]
    lines += table(
        ["build", "median wall clock", "runs (s)", "median CPU"],
        [
            [state, f"**{builds.wall:.2f} s**", builds.listing(), f"{builds.cpu:.2f} s"]
            for state, builds in figures.builds.items()
        ],
    )
    lines += ["", f"Hooks' share of an in-process build (timers: median of {PROFILE_RUNS}):", ""]
    lines += table(
        ["method", "build", "total", "hooks", "share"],
        [
            [share.method, share.state, f"{share.total:.2f} s", f"{share.hooks:.3f} s", f"**{share.share:.1%}**"]
            for share in figures.shares
        ],
    )
    timers = figures.share()
    lines += ["", "Where the hooks' time goes (timers, seconds and share of the build):", ""]
    lines += table(
        ["hook", "time"],
        [[name, f"{seconds:.3f} ({100 * seconds / timers.total:.1f} %)"] for name, seconds in timers.top],
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
