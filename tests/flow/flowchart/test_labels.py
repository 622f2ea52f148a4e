"""Label wrapping for the flowchart's boxes: Japanese phrase breaks (BudouX), kinsoku, widths."""

from __future__ import annotations

import pytest
from guide.flow.flowchart.labels import NO_LINE_START, display_width, wrap_label
from hypothesis import given
from hypothesis import strategies as st


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("abc") == 3
    assert display_width("確認コード") == 10
    assert display_width("ＡＢ") == 4


def test_japanese_breaks_between_phrases_only() -> None:
    lines = wrap_label("同じApple Accountでサインインしている、ほかのAppleデバイスが手元にありますか?", "ja", 18)
    assert lines == ["同じApple", "Accountで", "サインインしている、", "ほかの", "Appleデバイスが", "手元にありますか?"]


def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opening_bracket() -> None:
    lines = wrap_label("アカウント復旧用の連絡先(復旧用連絡先)を設定していて、その人にいま連絡できますか?", "ja", 18)
    assert all(line[0] not in NO_LINE_START for line in lines)
    assert all(not line.endswith(("(", "（", "「")) for line in lines)
    assert "(復旧用連絡先)を" in lines


def test_english_breaks_between_words() -> None:
    assert wrap_label("Do you have another Apple device at hand?", "en", 18) == [
        "Do you have",
        "another Apple",
        "device at hand?",
    ]


def test_a_word_longer_than_a_line_is_cut() -> None:
    assert wrap_label("Supercalifragilistic", "en", 8) == ["Supercal", "ifragili", "stic"]


@given(st.text(min_size=1, max_size=80), st.sampled_from(["ja", "en"]))
def test_wrapping_keeps_every_character_but_spaces(text: str, lang: str) -> None:
    lines = wrap_label(text, lang, 12)
    assert "".join("".join(lines).split()) == "".join(text.split())


@pytest.mark.parametrize("lang", ["ja", "en"])
@given(text=st.text(alphabet="あいうえおかきくけこ漢字確認コードabcdef ", min_size=1, max_size=60))
def test_lines_fit(lang: str, text: str) -> None:
    """A line fits, or is one phrase at most half as wide again, plus one hanging punctuation character."""
    for line in wrap_label(text, lang, 12):
        assert display_width(line) <= 18 + 2


def test_a_phrase_a_little_too_long_stays_whole() -> None:
    assert wrap_label("はい、でもインターネットにつながっていません", "ja", 14) == [
        "はい、でも",
        "インターネットに",
        "つながっていません",
    ]


def test_closers_hang_and_openers_move_on() -> None:
    assert wrap_label("いいえ(売った・なくした・壊れた・初期化した・もともとない)", "ja", 14) == [
        "いいえ",
        "(売った・なくした・",
        "壊れた・",
        "初期化した・",
        "もともとない)",
    ]
