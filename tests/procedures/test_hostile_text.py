"""Hostile text in every field of a procedure renders as text: no element, attribute, link or template expression
comes out of front matter. Front-matter text fields show the hostile string literally; Markdown fields keep
Markdown (the *em* becomes emphasis) but raw HTML is text and the javascript: link goes nowhere."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.procedures.rendering import (
    next_pages_from_titles,
    procedure,
    procedure_html,
    step_sheet_html,
)
from tests.support.hostile import HOSTILE, HOSTILE_STRINGS
from tests.support.pages import CITE, SOURCE

BASE: dict[str, Any] = {
    "kind": "procedure",
    "title": "Title",
    "reviewed": "2026-11-01",
    "sources": [SOURCE],
    "summary": "Summary",
    "time": "Time",
    "requires": ["Item"],
    "phases": [
        {
            "id": "one",
            "title": "Phase",
            "steps": [
                {
                    "id": "a",
                    "title": "Step",
                    "labels": ["Label"],
                    "older": {"version": "Version", "labels": ["Older"]},
                    "tip": {"text": "Tip"},
                    "warning": {"text": "Warning", "cite": CITE},
                    "cite": CITE,
                },
                {"id": "b", "title": "Second", "cite": CITE},
            ],
            "wait": {"duration": "Duration", "summary": "Wait", "do": ["Do"], "avoid": ["Avoid"], "cite": CITE},
        },
        {"id": "two", "title": "Phase two", "steps": [{"id": "c", "title": "Third", "cite": CITE}]},
    ],
    "sheet": [{"id": "blank", "label": "Blank"}],
}

# (path into the front matter, where it is shown: on the "screen" part of the page, on the step "sheet", or "both")
TEXT_FIELDS: list[tuple[tuple[Any, ...], str]] = [
    (("summary",), "both"),
    (("time",), "both"),
    (("requires", 0), "both"),
    (("phases", 0, "title"), "both"),
    (("phases", 0, "steps", 0, "title"), "both"),
    (("phases", 0, "steps", 1, "title"), "both"),
    (("phases", 0, "steps", 0, "labels", 0), "both"),
    (("phases", 0, "steps", 0, "older", "version"), "both"),
    (("phases", 0, "steps", 0, "older", "labels", 0), "both"),
    (("phases", 0, "wait", "duration"), "both"),
    (("phases", 0, "wait", "summary"), "both"),
    (("phases", 0, "wait", "do", 0), "both"),
    (("phases", 0, "wait", "avoid", 0), "both"),
    (("sheet", 0, "label"), "sheet"),
    (("title",), "sheet"),  # on screen, the title is the theme's <h1>, not part of the generated Markdown
]
MARKDOWN_FIELDS = [
    ("phases", 0, "steps", 0, "body"),
    ("phases", 0, "steps", 0, "tip", "text"),
    ("phases", 0, "steps", 0, "warning", "text"),
]


def with_value(path: tuple[Any, ...], value: str) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def assert_inert(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None, "a <script> element came out of front matter"
    assert soup.find("img") is None, "an <img> element came out of front matter"
    for element in soup.find_all(True):
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        assert not handlers, f"<{element.name}> got event handler attributes {handlers}"
        for name in ("href", "src"):
            value = str(element.get(name, ""))
            assert "javascript" not in value.lower(), f"<{element.name} {name}={value!r}>"
    assert "49" not in soup.get_text(), "{{ 7*7 }} was evaluated"
    return soup


def text_of(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text().split())


def field_id(value: Any) -> str:
    return ".".join(map(str, value)) if isinstance(value, tuple) else str(value)


@pytest.mark.parametrize(("path", "shown_on"), TEXT_FIELDS, ids=field_id)
def test_front_matter_text_renders_literally(path: tuple[Any, ...], shown_on: str) -> None:
    page = procedure(with_value(path, f"Marker {HOSTILE}"))
    screen = text_of(assert_inert(procedure_html(page, lang="en")))
    sheet = text_of(assert_inert(step_sheet_html(page, lang="en", page_url="https://example.org/x/")))
    if shown_on in ("screen", "both"):
        assert f"Marker {HOSTILE}" in screen
    if shown_on in ("sheet", "both"):
        assert f"Marker {HOSTILE}" in sheet


def test_next_page_titles_render_literally() -> None:
    page = procedure({**BASE, "then": ["procedures/other"]})
    then = next_pages_from_titles("procedures/hostile", {"procedures/other": f"Other {HOSTILE}"})
    soup = assert_inert(procedure_html(page, lang="ja", then=then))
    link = soup.find("a", href="other.md")
    assert link is not None and " ".join(link.get_text().split()) == f"Other {HOSTILE}"


@pytest.mark.parametrize("path", MARKDOWN_FIELDS, ids=field_id)
def test_markdown_fields_keep_markdown_but_not_html(path: tuple[Any, ...]) -> None:
    page = procedure(with_value(path, f"Marker {HOSTILE}\n"))
    soup = assert_inert(procedure_html(page, lang="en"))
    shown = text_of(soup)
    for literal in HOSTILE_STRINGS[:4]:  # raw HTML and template syntax stay text
        assert literal in shown
    assert soup.find("em", string="em") is not None, "Markdown emphasis in a Markdown field should still work"
    inert = [a for a in soup.find_all("a") if a.get_text() == "x"]
    assert inert and all(not a.has_attr("href") for a in inert), "the javascript: link should have no href"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("path", MARKDOWN_FIELDS, ids=field_id)
def test_markdown_fields_on_the_sheet_keep_markdown_but_not_html_nor_links(path: tuple[Any, ...], lang: str) -> None:
    page = procedure(with_value(path, f"Marker {HOSTILE}\n"))
    soup = assert_inert(step_sheet_html(page, lang=lang, page_url="https://example.org/x/"))
    shown = text_of(soup)
    for literal in HOSTILE_STRINGS[:4]:  # raw HTML and template syntax stay text
        assert literal in shown
    assert soup.find("em", string="em") is not None, "Markdown emphasis in a Markdown field should still work"
    assert soup.find("a") is None, "paper has no links: a link prints as its text"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_hostile_step_title_in_tab_label_is_text(lang: str) -> None:
    page = procedure(with_value(("phases", 0, "steps", 0, "title"), HOSTILE))
    soup = assert_inert(procedure_html(page, lang=lang))
    label = soup.select_one(".tabbed-labels > label")
    assert label is not None and label.get_text() == f"1. {HOSTILE}"
