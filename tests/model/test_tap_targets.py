"""A step that asks the reader to tap names the control by a quoted label: every failure path with its message
(file: field: reason), and which steps count as asking to tap."""

from __future__ import annotations

from typing import Any

import pytest
from guide.model.schema import Step
from guide.model.tap_targets import MAX_WHERE, asks_to_tap, label_confirmed
from guide.model.validation import validate_front_matter

from tests.support.pages import CITE, valid

FILE = "procedures/x.md"
NO_LABEL = (
    "asks the reader to tap but names no label: give labels (the current label), english_labels "
    "(Apple's current English wording, on a Japanese page) or older (an older label with its era)"
)


def messages(data: dict[str, Any]) -> list[str]:
    page, errors = validate_front_matter(FILE, data)
    assert (page is None) == bool(errors)
    return [str(error) for error in errors]


def with_step(**step: Any) -> dict[str, Any]:
    data = valid("procedure")
    data["steps"][0] = {"id": "one", "cite": CITE, **step}
    return data


@pytest.mark.parametrize(
    "title",
    [
        "コードが届かない場合の項目をタップします",
        "「許可する」を押します",
        "Tap the link for when no code arrives",
        "Press Allow",
    ],
)
def test_a_tap_title_without_a_label_is_an_error(title: str) -> None:
    assert messages(with_step(title=title)) == [f"{FILE}: steps[0]: {NO_LABEL}"]


def test_a_description_of_where_the_control_sits_is_not_a_label() -> None:
    data = with_step(title="パスワードのリセット画面を開きます", where="サポートアプリのサポートツール")
    assert messages(data) == [f"{FILE}: steps[0]: {NO_LABEL}"]


def test_the_error_names_a_step_inside_a_phase() -> None:
    data = valid("procedure")
    steps = data.pop("steps")
    steps[1]["title"] = "Tap it"
    data["phases"] = [{"id": "p", "title": "P", "steps": steps}]
    assert messages(data) == [f"{FILE}: phases[0].steps[1]: {NO_LABEL}"]


@pytest.mark.parametrize(
    "target",
    [
        {"labels": ["サインインとセキュリティ"]},
        {"english_labels": ["Didn't Get a Code?"], "where": "コードの入力欄の下"},
        {"older": {"version": "iOS 14 ごろ", "labels": ["この番号は使用できません"]}},
    ],
    ids=["current", "english-screen", "older-with-era"],
)
def test_each_kind_of_quoted_label_is_enough(target: dict[str, Any]) -> None:
    assert messages(with_step(title="項目をタップします", **target)) == []


def test_current_and_english_labels_are_not_both_given() -> None:
    data = with_step(
        title="項目をタップします", labels=["パスワードをお忘れですか?"], english_labels=["Forgot password?"]
    )
    assert messages(data) == [
        f"{FILE}: steps[0].english_labels: give labels (the current label in the page's language) or english_labels, "
        "not both"
    ]


def test_where_is_a_few_words() -> None:
    where = "初期設定のサインイン画面の入力欄の下にある、パスワードを忘れた場合やApple Accountを持っていない場合の項目"
    data = with_step(title="項目をタップします", english_labels=["Forgot password?"], where=where)
    assert messages(data) == [
        f"{FILE}: steps[0].where: {len(where)} characters: say where the control sits in a few words "
        f"(at most {MAX_WHERE})"
    ]


def test_the_old_paraphrase_field_is_gone() -> None:
    data = with_step(title="項目をタップします", labels=["設定"], unconfirmed_label="パスワードを忘れた場合の項目")
    assert messages(data) == [f"{FILE}: steps[0].unconfirmed_label: unknown field"]


def test_which_steps_ask_to_tap_and_which_are_confirmed() -> None:
    def step(**fields: Any) -> Step:
        return Step(id="s", cite=CITE, **fields)

    assert asks_to_tap(step(title="いちばん上の自分の名前をタップします"))
    assert asks_to_tap(step(title="Open the reset screen", where="in the Support app"))
    assert not asks_to_tap(step(title="Apple Accountとパスワードを入力します"))
    assert not asks_to_tap(step(title="Enter the six-digit code"))
    assert label_confirmed(step(title="t", labels=["設定"]))
    assert not label_confirmed(step(title="t", english_labels=["Didn't Get a Code?"]))
