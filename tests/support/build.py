"""Run a strict MkDocs build in a subprocess and keep what it printed."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BUILD_TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class BuildResult:
    """The outcome of one `mkdocs build --strict`: exit code, stdout+stderr, output folder."""

    returncode: int
    output: str
    site_dir: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def mkdocs_env() -> dict[str, str]:
    """The environment for mkdocs runs: Material's end-of-life banner silenced."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(config_file: Path, site_dir: Path) -> BuildResult:
    """Build `config_file` with --strict (never -q) into `site_dir`; never raises on a failed build."""
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--config-file",
        str(config_file),
        "--site-dir",
        str(site_dir),
    ]
    completed = subprocess.run(
        command,
        cwd=config_file.parent,
        env=mkdocs_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    return BuildResult(returncode=completed.returncode, output=completed.stdout, site_dir=site_dir)
