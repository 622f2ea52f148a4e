"""A bare Material page, built in the same run with the same Material version and ``theme.font: false``: the yardstick
for our page weights (bench/weight.py reports ours beside it, as ratios)."""

from __future__ import annotations

from pathlib import Path

from common import timed_build

CONFIG = "site_name: Bare\ntheme:\n  name: material\n  font: false\n"
PAGE = "# Bare\n\nOne paragraph of text on a bare Material page.\n"


def build(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text(PAGE, encoding="utf-8")
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    result = timed_build(root / "mkdocs.yml", root / "site")[1]
    if not result.ok:
        raise RuntimeError(f"the bare Material page does not build:\n{result.output}")
    return result.site_dir
