"""Links in front-matter Markdown fields: to page files, https, mailto and anchors; anything else is refused with
the file, the field and the link."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.pages import errors_of, valid, write_both, write_minimal_site


def with_body(tmp_path: Path, body: str) -> list[str]:
    write_minimal_site(tmp_path)
    step = {"id": "one", "title": "First", "body": body, "cite": ["apple-102606"]}
    write_both(tmp_path, "procedures/a", valid("procedure", steps=[step]))
    return errors_of(tmp_path)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("[x](//example.org)", "'//example.org': a link to another host starts with https://"),
        ("[x](../missing.md)", "'../missing.md' points at no page (missing.md in ja)"),
        ("[x](../about/)", "'../about/': a link goes to a page's file"),
        ("![x](https://example.org/x.png)", "<img> 'https://example.org/x.png': a Markdown field loads nothing"),
    ],
)
def test_refused_links_name_file_field_and_link(tmp_path: Path, body: str, reason: str) -> None:
    errors = with_body(tmp_path, body)
    assert any(error.startswith(f"procedures/a.md: steps[0].body: {reason}") for error in errors), errors


def test_links_to_pages_addresses_and_anchors_pass(tmp_path: Path) -> None:
    """Links with a scheme pass validation: the sanitizer keeps https, http and mailto, and makes the rest inert."""
    write_minimal_site(tmp_path)
    body = "[a](../check/first.md) [b](a.md#step-one) [c](https://example.org) [d](mailto:a@example.org) [e](#x)"
    body += " [f](javascript:alert(1))"
    step = {"id": "one", "title": "First", "body": body, "cite": ["apple-102606"]}
    write_both(tmp_path, "procedures/a", valid("procedure", steps=[step]))
    from tests.robustness.outcome import load_outcome

    assert load_outcome(tmp_path) == []
