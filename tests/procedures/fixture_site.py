"""The procedure fixture site (tests/fixtures/site), built once per test session, and variants of it.

Browser and print tests use `built_procedure_site(tmp_path_factory)` from a module- or session-scoped fixture;
`build_variant` copies the fixture's docs into a temporary folder, applies a change and builds that.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.build import BuildResult, build_site

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DIR = REPO_ROOT / "tests" / "fixtures" / "site"
FIXTURE_URL = "https://example.org/guide-fixture/"  # site_url of tests/fixtures/site/mkdocs.yml

_built: dict[int, Path] = {}


def built_procedure_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built with --strict, once per session; fails the test with MkDocs' output otherwise."""
    key = id(tmp_path_factory)
    if key not in _built:
        result = build_site(FIXTURE_DIR / "mkdocs.yml", tmp_path_factory.mktemp("procedure-fixture") / "site")
        if not result.ok:
            pytest.fail(f"the procedure fixture site does not build:\n{result.output}", pytrace=False)
        _built[key] = result.site_dir
    return _built[key]


VARIANT_CONFIG = """\
INHERIT: {fixture}/mkdocs.yml
docs_dir: docs
theme:
  custom_dir: {repo}/overrides
hooks:
  - {repo}/hooks/content_model.py
  - {repo}/hooks/procedure_pages.py
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
