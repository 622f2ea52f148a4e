"""Strict MkDocs builds for tests: in this process (fast, the default) or as the `mkdocs` command would run."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

BUILD_TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class BuildResult:
    """The outcome of one `mkdocs build --strict`: exit code, what MkDocs logged or printed, output folder."""

    returncode: int
    output: str
    site_dir: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0


class _Collect(logging.Handler):
    """MkDocs' log lines as the command prints them (``WARNING -  message``), without colours."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname:<8}-  {record.getMessage()}")


def build_site(config_file: Path, site_dir: Path) -> BuildResult:
    """Build `config_file` with --strict into `site_dir` in this process; never raises on a failed build.

    What a failed build reports (content errors, warnings that --strict counts, "Aborted ...") is in ``output``;
    an exception that is not a build failure (a bug in a hook) propagates, traceback and all."""
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    level = logger.level
    logger.addHandler(collect)
    logger.setLevel(logging.INFO)
    returncode = 0
    try:
        config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except Abort as aborted:
        collect.lines.append(f"Aborted: {aborted}")
        returncode = 1
    finally:
        logger.removeHandler(collect)
        logger.setLevel(level)
    return BuildResult(returncode=returncode, output="\n".join(collect.lines) + "\n", site_dir=site_dir)


def mkdocs_env() -> dict[str, str]:
    """The environment for mkdocs runs: Material's end-of-life banner silenced."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site_in_subprocess(config_file: Path, site_dir: Path) -> BuildResult:
    """`mkdocs build --strict` (never -q) as a command, in a fresh process; never raises on a failed build."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file)]
    completed = subprocess.run(
        [*command, "--site-dir", str(site_dir)],
        cwd=config_file.parent,
        env=mkdocs_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    return BuildResult(returncode=completed.returncode, output=completed.stdout, site_dir=site_dir)
