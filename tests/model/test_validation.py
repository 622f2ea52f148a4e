"""One case per schema rule, each checking the message (file: field.path: reason)."""

from __future__ import annotations

from typing import Any

import pytest
from guide.model.schema import ProcedurePage
from guide.model.validation import validate_front_matter

from tests.support.pages import CITE, SOURCE, VALID, valid

FILE = "procedures/x.md"


def messages(data: dict[str, Any]) -> list[str]:
    page, errors = validate_front_matter(FILE, data)
    assert (page is None) == bool(errors)
    return [str(error) for error in errors]


@pytest.mark.parametrize("kind", sorted(VALID))
def test_every_kind_has_a_valid_example(kind: str) -> None:
    assert messages(valid(kind)) == []


def test_missing_kind() -> None:
    data = valid("explanation")
    del data["kind"]
    assert messages(data) == [
        f"{FILE}: kind: required (one of start, question, scenario, procedure, explanation, reference)"
    ]


def test_unknown_kind() -> None:
    data = valid("explanation")
    data["kind"] = "howto"
    assert messages(data) == [
        f"{FILE}: kind: unknown kind 'howto' (one of start, question, scenario, procedure, explanation, reference)"
    ]


def test_unknown_key() -> None:
    assert messages(valid("procedure", colour="red")) == [f"{FILE}: colour: unknown field"]


def test_unknown_key_inside_a_step() -> None:
    data = valid("procedure")
    data["steps"][1]["image"] = "x.png"
    assert messages(data) == [f"{FILE}: steps[1].image: unknown field"]


@pytest.mark.parametrize("field", ["reviewed", "sources", "title"])
def test_required_common_fields(field: str) -> None:
    data = valid("reference")
    del data[field]
    assert messages(data) == [f"{FILE}: {field}: required"]


def test_sources_may_not_be_empty() -> None:
    assert messages(valid("reference", sources=[])) == [f"{FILE}: sources: needs at least 1 item"]


def test_source_url_must_be_https() -> None:
    data = valid("reference", sources=[{**SOURCE, "url": "http://support.apple.com/HT204974"}])
    assert messages(data) == [f"{FILE}: sources[0].url: must be an https:// URL"]


def test_source_url_must_be_well_formed() -> None:
    data = valid("reference", sources=[{**SOURCE, "url": "https://support apple"}])
    assert messages(data) == [f"{FILE}: sources[0].url: is not a well-formed URL"]


def test_reviewed_must_be_a_date() -> None:
    assert messages(valid("reference", reviewed="last week")) == [
        f"{FILE}: reviewed: 'last week' is not a date (YYYY-MM-DD)"
    ]


def test_empty_title() -> None:
    assert messages(valid("reference", title="   ")) == [f"{FILE}: title: must not be empty"]


def test_empty_step_title_names_the_step() -> None:
    data = valid("procedure")
    data["steps"][1]["title"] = ""
    assert messages(data) == [f"{FILE}: steps[1].title: must not be empty"]


def test_missing_step_title_in_a_phase() -> None:
    data = valid("procedure")
    steps = data.pop("steps")
    del steps[0]["title"]
    data["phases"] = [{"id": "p", "title": "P", "steps": steps}]
    assert messages(data) == [f"{FILE}: phases[0].steps[0].title: required"]


def test_number_is_not_text() -> None:
    assert messages(valid("procedure", time=10)) == [f"{FILE}: time: must be text, not int"]


def test_list_field_must_be_a_list() -> None:
    assert messages(valid("procedure", requires="a phone")) == [f"{FILE}: requires: must be a list, not str"]


def test_duplicate_step_ids() -> None:
    data = valid("procedure")
    data["steps"][1]["id"] = "one"
    assert messages(data) == [f"{FILE}: steps[1].id: duplicate step id 'one' (first at steps[0].id)"]


def test_duplicate_step_ids_across_phases() -> None:
    data = valid("procedure")
    step = data.pop("steps")[0]
    data["phases"] = [{"id": "a", "title": "A", "steps": [step]}, {"id": "b", "title": "B", "steps": [step]}]
    assert messages(data) == [
        f"{FILE}: phases[1].steps[0].id: duplicate step id 'one' (first at phases[0].steps[0].id)"
    ]


def test_duplicate_sheet_blank_ids() -> None:
    blank = {"id": "phone", "label": "Phone"}
    assert messages(valid("procedure", sheet=[blank, blank])) == [
        f"{FILE}: sheet[1].id: duplicate id 'phone' (first at sheet[0].id)"
    ]


def test_step_id_form() -> None:
    data = valid("procedure")
    data["steps"][0]["id"] = "Open Settings"
    assert messages(data) == [
        f"{FILE}: steps[0].id: 'Open Settings' is not an id (lowercase letters, digits and single hyphens)"
    ]


def test_more_than_twenty_steps_in_one_phase() -> None:
    steps = [{"id": f"s{n}", "title": f"Step {n}"} for n in range(21)]
    assert messages(valid("procedure", steps=steps)) == [
        f"{FILE}: steps: 21 steps: at most 20 per phase (split it into phases)"
    ]


def test_twenty_steps_are_fine() -> None:
    steps = [{"id": f"s{n}", "title": f"Step {n}", "cite": CITE} for n in range(20)]
    assert messages(valid("procedure", steps=steps)) == []


def test_steps_or_phases_required() -> None:
    data = valid("procedure")
    del data["steps"]
    assert messages(data) == [f"{FILE}: steps: required (or phases)"]


def test_not_both_steps_and_phases() -> None:
    data = valid("procedure")
    data["phases"] = [{"id": "p", "title": "P", "steps": data["steps"]}]
    assert messages(data) == [f"{FILE}: phases: give either steps or phases, not both"]


def test_answer_next_must_be_a_page_id() -> None:
    data = valid("question")
    data["answers"][0]["next"] = "../procedures/a.md"
    assert messages(data) == [
        f"{FILE}: answers[0].next: '../procedures/a.md' is not a page id "
        "(a path under docs/ without language suffix and .md)"
    ]


def test_hide_takes_only_material_values() -> None:
    assert messages(valid("reference", hide=["sidebar"])) == [
        f"{FILE}: hide[0]: 'sidebar' is not allowed (expected 'navigation', 'toc' or 'footer')"
    ]


def test_every_error_of_a_page_is_reported() -> None:
    data = valid("procedure", title="", colour="red")
    del data["time"]
    assert sorted(messages(data)) == [
        f"{FILE}: colour: unknown field",
        f"{FILE}: time: required",
        f"{FILE}: title: must not be empty",
    ]


def test_plain_steps_are_one_phase() -> None:
    page, _ = validate_front_matter(FILE, valid("procedure"))
    assert isinstance(page, ProcedurePage)
    assert [phase.id for phase in page.all_phases] == ["steps"]
    assert [step.id for step in page.all_steps] == ["one", "two"]
