"""A page's front matter is read as MkDocs reads it (its pattern, libyaml), and bounded before values are built."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide.model.front_matter import FRONT_MATTER, FrontMatterError, parse_front_matter, read_page_text
from mkdocs.utils import meta

PAGE = "---\ntitle: T\nlabels: [コードが届きませんか?]\n---\n\nBody\n"


def test_the_pattern_is_mkdocs_own() -> None:
    assert FRONT_MATTER.pattern == meta.YAML_RE.pattern
    assert FRONT_MATTER.flags == meta.YAML_RE.flags


@pytest.mark.parametrize(
    "text",
    [
        PAGE,  # libyaml reads "?]" in a flow list as text; PyYAML's own parser would not
        "---\ntitle: T\n...\nBody\n",
        "---\ntitle: T\n---",  # MkDocs renders this as the body: no front matter
        "---\n---\nBody\n",
        "title: T\n\nBody\n",
    ],
)
def test_front_matter_is_found_and_read_where_mkdocs_finds_and_reads_it(text: str) -> None:
    _, mkdocs_data = meta.get_data(text)
    try:
        ours = parse_front_matter(text)
    except FrontMatterError:
        ours = None
    assert ours == (mkdocs_data or None) or (ours is None and not text.startswith("---\ntitle"))


def test_a_page_is_read_as_mkdocs_reads_files(tmp_path: Path) -> None:
    page = tmp_path / "x.md"
    page.write_bytes(("\ufeff" + PAGE).replace("\n", "\r\n").encode("utf-8"))
    assert read_page_text(page) == PAGE


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ("a: &x 1\nb: *x\n", "anchors (&name) are not allowed"),
        ("a: *x\n", "invalid YAML"),
        ("a: !!str 1\n", "tags (tag:yaml.org,2002:str) are not allowed"),
        ("a: {<<: {b: 1}}\n", "merge keys (<<) are not allowed"),
        ("title: again\n", "key 'title' is given twice (first on line 1)"),
        ("a: " + "[" * 11 + "]" * 11 + "\n", "nested more than 10 levels deep"),
    ],
)
def test_what_the_constructors_never_see(extra: str, reason: str) -> None:
    with pytest.raises(FrontMatterError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_front_matter(f"---\ntitle: T\n{extra}---\n")


def test_ten_levels_are_enough_for_a_procedure() -> None:
    nested = "a: " + "[" * 9 + "]" * 9 + "\n"
    assert parse_front_matter(f"---\n{nested}---\n")["a"] == [[[[[[[[[]]]]]]]]]


def test_dates_stay_text_for_the_schema() -> None:
    assert parse_front_matter("---\nreviewed: 2026-11-01\n---\n") == {"reviewed": "2026-11-01"}
