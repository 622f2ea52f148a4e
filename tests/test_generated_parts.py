"""guide.generated_parts: the manifest lists each page's generated parts; the check names every one missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from guide.generated_parts import MANIFEST, expected_parts, missing_parts, write_manifest

from tests.flow.journey_site import journey_site

POLICY_META = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">'


def write_page(site_dir: Path, name: str, body: str) -> None:
    path = site_dir / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<html><head>{POLICY_META}</head><body>{body}</body></html>", encoding="utf-8")


def write_pages_manifest(site_dir: Path, pages: dict[str, list[str]]) -> None:
    (site_dir / MANIFEST).write_text(json.dumps({"pages": pages}), encoding="utf-8")


def test_every_page_of_every_language_has_its_parts_listed(tmp_path: Path) -> None:
    expected = expected_parts(journey_site(tmp_path / "docs"))
    assert expected["404.html"] == ["policy"]
    assert expected["index.html"] == ["policy", "guide-answers"]
    assert expected["en/check/first/index.html"] == ["policy", "guide-answers"]
    assert expected["en/procedures/sms/index.html"] == ["policy", "guide-steps", "guide-sheet"]
    assert expected["flowchart/index.html"][-2:] == ["guide-flowchart", "guide-flow-text"]
    assert expected["en/about/info/index.html"] == ["policy"]


def test_a_site_built_without_the_hooks_is_refused(tmp_path: Path) -> None:
    write_page(tmp_path, "index.html", "<p>built by an engine that skipped the hooks</p>")
    (problem,) = missing_parts(tmp_path)
    assert problem.startswith(f"{MANIFEST}: missing: the site was built without the guide's hooks")


def test_a_site_with_every_part_passes(tmp_path: Path) -> None:
    body = '<div class="md-typeset guide-steps">…</div><ol class="guide-sheet">'
    write_page(tmp_path, "procedures/x/index.html", body)
    write_pages_manifest(tmp_path, {"procedures/x/index.html": ["policy", "guide-steps", "guide-sheet"]})
    assert missing_parts(tmp_path) == []


def test_each_missing_part_is_named_with_its_file(tmp_path: Path) -> None:
    write_page(tmp_path, "procedures/x/index.html", '<p class="guide-steps-like">steps as plain text</p>')
    write_pages_manifest(
        tmp_path,
        {"procedures/x/index.html": ["policy", "guide-steps", "guide-sheet"], "en/index.html": ["policy"]},
    )
    assert missing_parts(tmp_path) == [
        "procedures/x/index.html: no guide-steps",
        "procedures/x/index.html: no guide-sheet",
        "en/index.html: missing from the built site",
    ]


@pytest.mark.parametrize(
    ("head", "count"),
    [
        ("", 0),
        (POLICY_META * 2, 2),
        # A description that only names the policy is not one.
        ('<meta name="description" content="Content-Security-Policy: none">', 0),
    ],
)
def test_a_page_needs_exactly_one_policy_element(tmp_path: Path, head: str, count: int) -> None:
    (tmp_path / "index.html").write_text(f"<html><head>{head}</head><body></body></html>", encoding="utf-8")
    write_pages_manifest(tmp_path, {"index.html": ["policy"]})
    assert missing_parts(tmp_path) == [f"index.html: {count} page policies (Content-Security-Policy meta) instead of 1"]


def test_the_manifest_is_written_where_the_check_reads_it(tmp_path: Path) -> None:
    site = journey_site(tmp_path / "docs")
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    write_manifest(site_dir, site)
    assert json.loads((site_dir / MANIFEST).read_text(encoding="utf-8"))["pages"] == expected_parts(site)
