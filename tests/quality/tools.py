"""The Node tools the quality checks use, installed by `make node-deps` (npm ci) from package-lock.json."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.paths import REPO_ROOT

NODE_MODULES = REPO_ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"
INSTALL_HINT = "run `make node-deps` (npm ci --ignore-scripts) in the repository root"


class ToolMissingError(RuntimeError):
    pass


def require(path: Path) -> Path:
    """`path` if it exists; otherwise an error that says how to install it (a missing tool never skips a check)."""
    if not path.is_file():
        raise ToolMissingError(f"{path.relative_to(REPO_ROOT)} is missing: {INSTALL_HINT}")
    return path


def require_program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ToolMissingError(f"`{name}` is not on PATH (Java 17 and Node 20 are expected on the machine)")
    return found
