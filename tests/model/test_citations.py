"""Citation rules: every failure path with its message (file: field: reason), and what a claim rests on."""

from __future__ import annotations

from typing import Any

import pytest
from guide.model.citations import basis, cited_claims
from guide.model.schema import ProcedurePage
from guide.model.validation import validate_front_matter

from tests.support.pages import SOURCE, valid

FILE = "procedures/x.md"
BLOG = {**SOURCE, "id": "blog", "url": "https://example.org/post", "publisher": "third-party"}
OLDER = {**SOURCE, "id": "apple-ht204974", "url": "https://support.apple.com/HT204974", "publisher": "apple-older"}
DOCOMO = {**SOURCE, "id": "docomo-sms", "url": "https://www.docomo.ne.jp/", "publisher": "carrier"}


def messages(data: dict[str, Any]) -> list[str]:
    page, errors = validate_front_matter(FILE, data)
    assert (page is None) == bool(errors)
    return [str(error) for error in errors]


def phased(**wait: Any) -> dict[str, Any]:
    data = valid("procedure")
    steps = data.pop("steps")
    data["phases"] = [{"id": "p", "title": "P", "steps": steps, "wait": {"duration": "d", "summary": "s", **wait}}]
    return data


def test_a_step_must_cite() -> None:
    data = valid("procedure")
    del data["steps"][1]["cite"]
    assert messages(data) == [f"{FILE}: steps[1].cite: cites nothing: give the ids of the sources it rests on"]


def test_an_empty_cite_is_citing_nothing() -> None:
    data = valid("procedure")
    data["steps"][0]["cite"] = []
    assert messages(data) == [f"{FILE}: steps[0].cite: cites nothing: give the ids of the sources it rests on"]


def test_a_warning_must_cite() -> None:
    data = valid("procedure")
    data["steps"][0]["warning"] = {"text": "Never share the code."}
    assert messages(data) == [f"{FILE}: steps[0].warning.cite: cites nothing: give the ids of the sources it rests on"]


def test_a_tip_may_cite_nothing() -> None:
    data = valid("procedure")
    data["steps"][0]["tip"] = {"text": "Check each character."}
    assert messages(data) == []


def test_a_waiting_period_must_cite() -> None:
    assert messages(phased()) == [
        f"{FILE}: phases[0].wait.cite: cites nothing: give the ids of the sources it rests on"
    ]
    assert messages(phased(cite=["apple-102606"])) == []


def test_a_situation_option_must_cite() -> None:
    data = valid("scenario")
    del data["options"][0]["cite"]
    assert messages(data) == [
        "procedures/x.md: options[0].cite: cites nothing: give the ids of the sources it rests on"
    ]


def test_an_unknown_source_id() -> None:
    data = valid("procedure")
    data["steps"][0]["cite"] = ["apple-102606", "apple-999"]
    assert messages(data) == [
        f"{FILE}: steps[0].cite[1]: 'apple-999' is not a source of this page (sources: apple-102606)"
    ]


def test_a_cite_id_has_the_id_form() -> None:
    data = valid("procedure")
    data["steps"][0]["cite"] = ["Apple 102606"]
    assert messages(data) == [
        f"{FILE}: steps[0].cite[0]: 'Apple 102606' is not an id (lowercase letters, digits and single hyphens)"
    ]


def test_duplicate_source_ids() -> None:
    data = valid("procedure", sources=[SOURCE, {**SOURCE, "url": "https://support.apple.com/ja-jp/102606"}])
    assert messages(data) == [f"{FILE}: sources[1].id: duplicate source id 'apple-102606' (first at sources[0].id)"]


@pytest.mark.parametrize("field", ["id", "publisher", "seen"])
def test_a_source_needs_id_publisher_and_seen(field: str) -> None:
    source = dict(SOURCE)
    del source[field]
    assert f"{FILE}: sources[0].{field}: required" in messages(valid("reference", sources=[source]))


def test_publisher_is_one_of_four() -> None:
    assert messages(valid("reference", sources=[{**SOURCE, "publisher": "blog"}])) == [
        f"{FILE}: sources[0].publisher: 'blog' is not allowed "
        "(expected 'apple', 'apple-older', 'carrier' or 'third-party')"
    ]


def test_third_party_only_claim_must_be_marked() -> None:
    data = valid("procedure", sources=[SOURCE, BLOG])
    data["steps"][1]["cite"] = ["blog"]
    assert messages(data) == [
        f"{FILE}: steps[1].cite: rests only on third-party sources (blog): "
        "cite an Apple or carrier source, or mark the claim third_party: true"
    ]
    data["steps"][1]["third_party"] = True
    assert messages(data) == []


def test_third_party_mark_on_an_official_claim_is_refused() -> None:
    data = valid("procedure", sources=[SOURCE, BLOG])
    data["steps"][0]["cite"] = ["apple-102606", "blog"]
    data["steps"][0]["third_party"] = True
    assert messages(data) == [
        f"{FILE}: steps[0].third_party: marked third_party but cites apple-102606, which is not third-party"
    ]


def test_third_party_must_be_a_boolean() -> None:
    data = valid("procedure")
    data["steps"][0]["third_party"] = "yes"
    assert messages(data) == [f"{FILE}: steps[0].third_party: Input should be a valid boolean"]


def test_third_party_option_and_warning_are_checked_too() -> None:
    data = valid("scenario", sources=[SOURCE, BLOG])
    data["options"][0]["cite"] = ["blog"]
    assert messages(data)[0].startswith(f"{FILE}: options[0].cite: rests only on third-party sources (blog)")
    data = valid("procedure", sources=[SOURCE, BLOG])
    data["steps"][0]["warning"] = {"text": "w", "cite": ["blog"], "third_party": True}
    assert messages(data) == []


def test_every_claim_is_listed_with_its_path() -> None:
    data = phased(cite=["apple-102606"], notice={"within_hours": 72, "cite": ["apple-102606"]})
    data["phases"][0]["steps"][0]["tip"] = {"text": "t"}
    data["phases"][0]["steps"][1]["warning"] = {"text": "w", "cite": ["apple-102606"]}
    data["phases"][0]["handback"] = [{"text": "Close the tab.", "cite": ["apple-102606"]}]
    page, errors = validate_front_matter(FILE, data)
    assert errors == [] and isinstance(page, ProcedurePage)
    assert [(c.path, c.required) for c in cited_claims(page)] == [
        ("phases[0].steps[0]", True),
        ("phases[0].steps[0].tip", False),
        ("phases[0].steps[1]", True),
        ("phases[0].steps[1].warning", True),
        ("phases[0].handback[0]", True),
        ("phases[0].wait", True),
        ("phases[0].wait.notice", True),
    ]


def test_a_notice_and_a_handback_item_must_cite() -> None:
    data = phased(cite=["apple-102606"], notice={"within_hours": 72})
    data["phases"][0]["handback"] = [{"text": "Close the tab.", "cite": ["blog"]}]
    assert messages(data) == [
        f"{FILE}: phases[0].handback[0].cite[0]: 'blog' is not a source of this page (sources: apple-102606)",
        f"{FILE}: phases[0].wait.notice.cite: cites nothing: give the ids of the sources it rests on",
    ]


def test_a_handback_item_resting_on_third_parties_says_so() -> None:
    data = phased(cite=["apple-102606"])
    data["sources"] = [SOURCE, BLOG]
    data["phases"][0]["handback"] = [{"text": "Close the app.", "cite": ["blog"]}]
    assert messages(data) == [
        f"{FILE}: phases[0].handback[0].cite: rests only on third-party sources (blog): "
        "cite an Apple or carrier source, or mark the claim third_party: true"
    ]
    data["phases"][0]["handback"][0]["third_party"] = True
    assert messages(data) == []


@pytest.mark.parametrize(
    ("hours", "reason"),
    [
        (0, "Input should be greater than or equal to 1"),
        (24 * 90 + 1, "Input should be less than or equal to 2160"),
        ("72", "Input should be a valid integer"),
        (72.0, "Input should be a valid integer"),
    ],
)
def test_a_notice_comes_within_a_whole_number_of_hours(hours: Any, reason: str) -> None:
    data = phased(cite=["apple-102606"], notice={"within_hours": hours, "cite": ["apple-102606"]})
    assert messages(data) == [f"{FILE}: phases[0].wait.notice.within_hours: {reason}"]


@pytest.mark.parametrize(
    ("cited", "expected"),
    [
        (["apple-102606"], "apple"),
        (["apple-102606", "blog"], "apple"),
        (["docomo-sms"], "apple"),  # a carrier about its own service is an official source
        (["apple-ht204974"], "apple-older"),
        (["apple-ht204974", "blog"], "apple-older"),
        (["blog"], "third-party"),
    ],
)
def test_what_a_claim_rests_on(cited: list[str], expected: str) -> None:
    data = valid("procedure", sources=[SOURCE, BLOG, OLDER, DOCOMO])
    data["steps"][0]["cite"] = cited
    data["steps"][0]["third_party"] = cited == ["blog"]
    page, errors = validate_front_matter(FILE, data)
    assert errors == [] and isinstance(page, ProcedurePage)
    assert basis(page.all_steps[0], page.sources) == expected
