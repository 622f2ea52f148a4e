"""Every built page (and SVG file) passes the Nu Html Checker, except the exact Material markup listed in vnu.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quality.tools import ToolMissingError
from tests.quality.vnu import MATERIAL_KNOWN_ERRORS, VnuMessage, not_known, run_vnu

BROKEN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>t</title></head>
<body>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input type="checkbox" id="ours" autocomplete="off">
<label for="ours" tabindex="">x</label>
<p><div>block in p</div></p>
</body></html>
"""


def vnu(files: list[Path]) -> list[VnuMessage]:
    try:
        return run_vnu(files)
    except ToolMissingError as error:
        pytest.fail(str(error), pytrace=False)


def test_every_built_page_is_valid_html(built_site: Path) -> None:
    files = sorted(built_site.rglob("*.html")) + sorted(built_site.rglob("*.svg"))
    errors = not_known(vnu(files))
    report = "\n".join(error.describe(built_site) for error in errors)
    assert not errors, f"the Nu Html Checker found {len(errors)} errors in {len(files)} files:\n{report}"


def test_the_checker_reports_errors_and_the_exceptions_stay_narrow(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    errors = vnu([page])
    remaining = [error.message for error in not_known(errors)]
    assert len(errors) > len(remaining), "the Material exception no longer matches vnu's message"
    assert any("autocomplete" in message for message in remaining), "the same error on our own element must stay"
    assert any("tabindex" in message for message in remaining)
    assert any("“div” not allowed" in message or "No “p” element" in message for message in remaining)


def test_each_exception_names_its_reason() -> None:
    assert all(known.why and known.extract_contains for known in MATERIAL_KNOWN_ERRORS)
