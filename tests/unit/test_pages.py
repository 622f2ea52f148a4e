"""Reading the docs tree: languages, page ids, front matter."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide.build_cache import BuildCache
from guide.pages import page_id_and_lang, read_front_matter, read_pages

from tests.unit.page_factory import valid, write_page

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


def test_read_pages_from_the_cache_gives_the_same_records_and_errors(tmp_path: Path) -> None:
    docs, folder = tmp_path / "docs", tmp_path / "cache"
    write_page(docs, "procedures/a.md", valid("procedure"), body="Body.\n")
    write_page(docs, "about/c.md", valid("explanation", colour="red"))
    fresh = read_pages(docs, "ja", LANGS)
    first = BuildCache(folder, "salt")
    assert read_pages(docs, "ja", LANGS, first) == fresh
    assert (first.hits, first.misses) == (0, 2)
    cached = BuildCache(folder, "salt")
    assert read_pages(docs, "ja", LANGS, cached) == fresh
    assert (cached.hits, cached.misses) == (2, 0)


def test_a_body_edit_keeps_the_cached_page_and_a_front_matter_edit_does_not(tmp_path: Path) -> None:
    docs, folder = tmp_path / "docs", tmp_path / "cache"
    write_page(docs, "procedures/a.md", valid("procedure"), body="Body.\n")
    read_pages(docs, "ja", LANGS, BuildCache(folder, "salt"))
    write_page(docs, "procedures/a.md", valid("procedure"), body="Another body.\n")
    body_edit = BuildCache(folder, "salt")
    read_pages(docs, "ja", LANGS, body_edit)
    assert (body_edit.hits, body_edit.misses) == (1, 0)
    write_page(docs, "procedures/a.md", valid("procedure", title=""), body="Another body.\n")
    front_matter_edit = BuildCache(folder, "salt")
    records, errors = read_pages(docs, "ja", LANGS, front_matter_edit)
    assert (front_matter_edit.hits, front_matter_edit.misses) == (0, 1)
    assert records == []
    assert [str(e) for e in errors] == ["procedures/a.md: title: must not be empty"]
