"""Reading the docs tree: languages, page ids, front matter."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide.model.reading import page_id_and_lang, read_front_matter, read_pages

from tests.support.pages import valid, write_page

LANGS = ("ja", "en")


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("index.md", ("index", "ja")),
        ("index.en.md", ("index", "en")),
        ("procedures/offline-code.md", ("procedures/offline-code", "ja")),
        ("procedures/offline-code.en.md", ("procedures/offline-code", "en")),
        ("notes/v1.2.md", ("notes/v1.2", "ja")),  # a dot that is not a language suffix
    ],
)
def test_page_id_and_language(file: str, expected: tuple[str, str]) -> None:
    assert page_id_and_lang(file, "ja", LANGS) == expected


def test_missing_front_matter() -> None:
    data, errors = read_front_matter("a.md", "# Just a heading\n")
    assert data is None
    assert [str(e) for e in errors] == ["a.md: front matter: missing (every page starts with --- and kind, title, ...)"]


def test_invalid_yaml_names_the_line() -> None:
    data, errors = read_front_matter("a.md", "---\nkind: procedure\ntitle: [unclosed\n---\n")
    assert data is None
    assert len(errors) == 1
    assert str(errors[0]).startswith("a.md: front matter: invalid YAML (front matter line ")


def test_front_matter_must_be_a_mapping() -> None:
    _, errors = read_front_matter("a.md", "---\n- a\n- b\n---\n")
    assert [str(e) for e in errors] == ["a.md: front matter: must be a mapping of fields"]


def test_read_pages_returns_valid_records_and_all_errors(tmp_path: Path) -> None:
    write_page(tmp_path, "procedures/a.md", valid("procedure"))
    write_page(tmp_path, "procedures/b.en.md", valid("procedure", title=""))
    write_page(tmp_path, "about/c.md", valid("explanation", colour="red"))
    records, errors = read_pages(tmp_path, "ja", LANGS)
    assert [(r.file, r.page_id, r.lang) for r in records] == [("procedures/a.md", "procedures/a", "ja")]
    assert sorted(str(e) for e in errors) == [
        "about/c.md: colour: unknown field",
        "procedures/b.en.md: title: must not be empty",
    ]
