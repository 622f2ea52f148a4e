"""A phase's handback list, "before you give the device back": after the phase's steps and before its waiting
period, each item with its source marks, then the guide's own note with the button that removes what it kept (hidden
until offline.js shows it). Its Markdown goes through the safe path like a tip's; its links are checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from guide.model.markdown_fields import markdown_fields

from tests.procedures.rendering import procedure, procedure_html
from tests.support.pages import SOURCE, errors_of, valid, write_both, write_minimal_site

BLOG = {**SOURCE, "id": "blog", "url": "https://example.org/post", "publisher": "third-party"}
HANDBACK: list[dict[str, Any]] = [
    {"text": "Close **every tab** you opened.", "cite": ["apple-102606"]},
    {"text": "Close the app.", "cite": ["blog"], "third_party": True},
]


def phased(handback: list[dict[str, Any]] = HANDBACK) -> dict[str, Any]:
    data = valid("procedure", sources=[SOURCE, BLOG])
    steps = data.pop("steps")
    wait = {"duration": "d", "summary": "s", "cite": ["apple-102606"]}
    data["phases"] = [{"id": "request", "title": "Request", "steps": steps, "wait": wait, "handback": handback}]
    return data


def test_the_list_comes_after_the_steps_and_before_the_waiting_period() -> None:
    soup = BeautifulSoup(procedure_html(procedure(phased()), lang="en"), "html.parser")
    box = soup.select_one("div.guide-handback#handback-request")
    assert box is not None and "admonition" in box["class"]
    assert box.select_one(".admonition-title").get_text() == "Before you give the device back"
    assert box.find_previous(class_="guide-steps") is not None and box.find_next(class_="guide-wait") is not None
    items = box.select("ul > li")
    assert [item.select_one("p").get_text() for item in items] == ["Close every tab you opened.", "Close the app."]
    assert items[0].select_one("strong").get_text() == "every tab"
    assert [a["href"] for item in items for a in item.select("a.guide-cite__ref")] == [
        "#source-apple-102606",
        "#source-blog",
    ]
    assert items[1].select_one(".guide-cite__basis").get_text() == "From a non-Apple source"


def test_the_guides_own_note_waits_for_javascript() -> None:
    soup = BeautifulSoup(procedure_html(procedure(phased()), lang="ja"), "html.parser")
    note = soup.select_one(".guide-handback [data-guide-forget-note]")
    assert note is not None and note.has_attr("hidden")
    assert note["data-done"] == "削除しました。このガイドはいま、この端末に何も残していません。"
    button = note.select_one("button[data-guide-forget]")
    assert button is not None and button["type"] == "button" and button.get_text() == "両方をこの端末から削除"
    assert note.select_one("[data-guide-forget-status][role=status]") is not None


def test_a_phase_without_the_list_has_no_box() -> None:
    soup = BeautifulSoup(procedure_html(procedure(phased([])), lang="en"), "html.parser")
    assert soup.select_one(".guide-handback") is None


def test_its_markdown_is_a_markdown_field_and_its_links_are_checked(tmp_path: Path) -> None:
    data = phased([{"text": "See [the gone page](gone.md).", "cite": ["apple-102606"]}])
    assert list(markdown_fields(procedure(data))) == [("phases[0].handback[0].text", "See [the gone page](gone.md).")]
    write_minimal_site(tmp_path)
    write_both(tmp_path, "procedures/a", data)
    errors = errors_of(tmp_path)
    assert len(errors) == 2 and all("phases[0].handback[0].text" in error for error in errors), errors
    assert all("points at no page" in error for error in errors), errors
