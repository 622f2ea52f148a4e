"""Variants of the procedure fixture site (tests/fixtures/site); the site itself is built once per session by the
`built_fixture_site("site")` fixture (tests/conftest.py).

`build_variant` copies the fixture's docs into a temporary folder, applies a change and builds that.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from tests.support.build import BuildResult, build_site
from tests.support.paths import REPO_ROOT

FIXTURE_NAME = "site"
FIXTURE_DIR = REPO_ROOT / "tests" / "fixtures" / FIXTURE_NAME
FIXTURE_URL = "https://example.org/guide-fixture/"  # site_url of tests/fixtures/site/mkdocs.yml

VARIANT_CONFIG = """\
INHERIT: {fixture}/mkdocs.yml
docs_dir: docs
theme:
  custom_dir: {repo}/overrides
hooks:
  - {repo}/hooks/model_hook.py
  - {repo}/hooks/procedures_hook.py
watch: []
"""


def build_variant(root: Path, change: Callable[[Path], None]) -> BuildResult:
    """Copy the fixture docs to `root`, let `change(docs_dir)` edit them, and build the copy with --strict."""
    docs = root / "docs"
    shutil.copytree(FIXTURE_DIR / "docs", docs, symlinks=True)
    (docs / "assets").unlink()
    (docs / "assets").symlink_to(REPO_ROOT / "docs" / "assets", target_is_directory=True)
    change(docs)
    config = root / "mkdocs.yml"
    config.write_text(VARIANT_CONFIG.format(fixture=FIXTURE_DIR, repo=REPO_ROOT), encoding="utf-8")
    return build_site(config, root / "site")
