"""The step sheet holds the whole procedure: every step with its warning, details, labels to tap (or what the control
is about) and tip; every waiting period with what to do and avoid; the blanks, with the reader's timeline where
there is a waiting period; what each claim rests on where that is not Apple's current text; the sources and the
next pages with their addresses as a reader types them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from guide.procedures.sheet import TIMELINE_SLOTS, address_parts, printed_next_pages

from tests.procedures.rendering import procedure, step_sheet_html
from tests.support.pages import CITE, SOURCE

OLDER = {**SOURCE, "id": "apple-older", "url": "https://support.apple.com/ja-jp/HT204921", "publisher": "apple-older"}
REPORT = {
    **SOURCE,
    "id": "report",
    "title": "A report",
    "url": "https://www.example.net/r/",
    "publisher": "third-party",
}
URL = "https://example.org/guide/en/procedures/x/"

WAIT = {
    "duration": "Several days",
    "summary": "Apple checks the request.",
    "do": ["Keep the phone on", "Write down the date"],
    "avoid": ["Signing in elsewhere"],
    "cite": ["apple-older"],
}


def sheet_of(lang: str = "en", **changes: Any) -> Tag:
    data: dict[str, Any] = {
        "kind": "procedure",
        "title": "Recover",
        "reviewed": "2026-11-01",
        "sources": [SOURCE, OLDER, REPORT],
        "summary": "Get back in.",
        "time": "10 minutes",
        "steps": [
            {
                "id": "a",
                "title": "Open Settings",
                "body": "Use **your own** iPhone.\n\nSee [the other page](other.md).",
                "labels": ["Settings", "Your name"],
                "older": {"version": "iOS 17 and earlier", "labels": ["Sign in"]},
                "warning": {"text": "Apple never asks for your code.", "cite": CITE},
                "tip": {"text": "A report says it is quick.", "cite": ["report"], "third_party": True},
                "cite": CITE,
            },
            {
                "id": "b",
                "title": "Choose recovery",
                "older": {"version": "Apple's older instructions", "labels": ["Request Account Recovery"]},
                "where": "below the code field",
                "cite": ["apple-older"],
            },
            {"id": "c", "title": "Wait for the text", "cite": ["report"], "third_party": True},
        ],
    }
    data = {key: value for key, value in {**data, **changes}.items() if value is not None}
    soup = BeautifulSoup(step_sheet_html(procedure(data), lang=lang, page_url=URL), "html.parser")
    sheet = soup.select_one("section.guide-sheet")
    assert sheet is not None
    return sheet


def text(element: Tag | None) -> str:
    assert element is not None
    return " ".join(element.get_text().split())


def phased(**changes: Any) -> dict[str, Any]:
    steps = [{"id": "a", "title": "Request", "cite": CITE}, {"id": "b", "title": "Sign in", "cite": CITE}]
    return {
        "steps": None,
        "phases": [
            {"id": "one", "title": "Day one", "steps": steps[:1], "wait": WAIT},
            {"id": "two", "title": "Later", "steps": steps[1:]},
        ],
        **changes,
    }


def test_address_parts_break_only_after_a_slash() -> None:
    assert address_parts("https://www.example.org/en/procedures/request-account-recovery/") == [
        "example.org/",
        "en/",
        "procedures/",
        "request-account-recovery/",
    ]
    assert address_parts("https://support.apple.com/ja-jp/118574") == ["support.apple.com/", "ja-jp/", "118574"]


def test_a_step_prints_its_warning_details_labels_older_labels_and_tip_in_order() -> None:
    step = sheet_of().select(".guide-sheet__step")[0]
    parts = [text(child) for child in step.find_all(recursive=False)]
    assert parts == [
        "1. Open Settings",
        "Warning: Apple never asks for your code.",
        "Use your own iPhone. See the other page.",
        "Tap: Settings → Your name",
        "iOS 17 and earlier: Sign in",
        "Tip (From a non-Apple source): A report says it is quick.",
    ]
    assert text(step.select_one(".guide-sheet__detail strong")) == "your own"
    assert [text(label) for label in step.select(".guide-sheet__labels strong")] == ["Settings", "Your name"]


def test_japanese_labels_are_in_brackets() -> None:
    step = sheet_of("ja").select(".guide-sheet__step")[0]
    assert text(step.select_one(".guide-sheet__labels")) == "タップする項目: 「Settings」 → 「Your name」"


def test_a_label_not_confirmed_on_current_ios_prints_its_older_label_era_mark_and_place() -> None:
    sheet = sheet_of()
    step = sheet.select(".guide-sheet__step")[1]
    assert text(step.select_one(".guide-sheet__labels")) == (
        "Tap: Apple's older instructions: Request Account Recovery * (below the code field)"
    )
    assert step.select_one(".guide-sheet__unconfirmed")["aria-label"] == "name on current iOS not confirmed"
    assert step.select_one(".guide-sheet__older") is None  # the older label is the tap target itself
    assert text(sheet.select_one(".guide-sheet__certainty")) == (
        "Names on the newest iOS may differ slightly. "
        "* marks a name no source confirms on current iOS. "
        "“older” marks what rests on Apple's older guidance (Apple ID era)."
    )


def test_a_japanese_sheet_gives_the_english_screens_wording_in_bold() -> None:
    step_b = {
        "id": "b",
        "title": "Choose recovery",
        "english_labels": ["Didn't Get a Code?"],
        "older": {"version": "Apple's older instructions", "labels": ["Request Account Recovery"]},
        "where": "below the code field",
        "cite": ["apple-older"],
    }
    steps = [{"id": "a", "title": "Open Settings", "cite": CITE}, step_b]
    step = sheet_of("ja", steps=steps).select(".guide-sheet__step")[1]
    labels = step.select_one(".guide-sheet__labels")
    assert text(labels).startswith("タップする項目: 英語の画面では Didn't Get a Code? ※ (below the code field)")
    assert [text(strong) for strong in labels.select("strong")] == ["Didn't Get a Code?"]
    assert text(step.select_one(".guide-sheet__older")) == "Apple's older instructions: 「Request Account Recovery」"


@pytest.mark.parametrize(
    ("index", "note"),
    [(0, None), (1, "(older)"), (2, "(From a non-Apple source)")],
    ids=["apple", "older", "third"],
)
def test_a_step_resting_on_older_apple_text_or_third_parties_says_so(index: int, note: str | None) -> None:
    title = sheet_of().select(".guide-sheet__step-title")[index]
    basis = title.select_one(".guide-sheet__basis")
    assert (text(basis) if basis else None) == note


def test_warnings_tips_and_waits_say_what_they_rest_on_too() -> None:
    sheet = sheet_of(**phased())
    assert text(sheet.select_one(".guide-sheet__wait-title")) == "Waiting period: Several days (older)"
    tip = sheet_of().select_one(".guide-sheet__tip .guide-sheet__basis")
    assert text(tip) == "(From a non-Apple source)"
    assert sheet_of().select_one(".guide-sheet__warning .guide-sheet__basis") is None


def test_a_waiting_period_prints_its_duration_summary_what_to_do_and_what_to_avoid() -> None:
    wait = sheet_of(**phased()).select_one(".guide-sheet__wait")
    assert wait is not None
    assert [text(p) for p in wait.find_all("p")] == [
        "Waiting period: Several days (older)",
        "Apple checks the request.",
        "Meanwhile, do",
        "Meanwhile, avoid",
    ]
    assert [text(li) for li in wait.select(".guide-sheet__list--do li")] == WAIT["do"]
    assert [text(li) for li in wait.select(".guide-sheet__list--avoid li")] == WAIT["avoid"]
    assert wait.find_previous_sibling("ol") is not None and wait.find_next_sibling("ol") is not None


def test_with_a_waiting_period_the_blanks_end_with_the_readers_timeline() -> None:
    blanks = [{"id": "recovery-number", "label": "Recovery number"}, {"id": "requested-on", "label": "Sent on"}]
    fill = sheet_of(**phased(sheet=blanks)).select_one(".guide-sheet__fill")
    assert fill is not None
    lists = fill.select(".guide-sheet__blanks")
    assert [[text(dt) for dt in dl.select("dt")] for dl in lists] == [
        ["Recovery number"],
        ["Sent on", "Date and time in Apple's notice", "Check again on"],  # the page's label wins
    ]
    assert text(fill.select_one(".guide-sheet__list-title")) == "Your timeline"
    assert len(lists[1].select(".guide-sheet__line")) == len(TIMELINE_SLOTS)


def test_without_a_waiting_period_there_is_no_timeline() -> None:
    fill = sheet_of(sheet=[{"id": "requested-on", "label": "Sent on"}]).select_one(".guide-sheet__fill")
    assert fill is not None
    assert [text(dt) for dt in fill.select("dt")] == ["Sent on"]
    assert fill.select_one(".guide-sheet__list-title") is None


def test_the_no_password_notice_is_printed_even_without_blanks() -> None:
    fill = sheet_of().select_one(".guide-sheet__fill")
    assert fill is not None and fill.select("dt") == []
    assert text(fill.select_one(".guide-sheet__password")) == "Never write your password on this sheet."


def test_sources_print_their_titles_and_addresses_and_the_review_date() -> None:
    sources = sheet_of().select_one(".guide-sheet__sources")
    assert sources is not None
    assert [text(li) for li in sources.select("li")] == [
        "Apple — support.apple.com/en-us/102606",
        "Apple — support.apple.com/ja-jp/HT204921",
        "A report — example.net/r/",
    ]
    assert text(sources.select_one(".guide-sheet__reviewed")) == "(Last reviewed: 2026-11-01)"


def test_next_pages_print_their_titles_and_addresses_in_the_pages_language() -> None:
    titles = {("en", "procedures/done"): "Finish recovery", ("ja", "procedures/done"): "復旧を完了する"}
    site: Any = SimpleNamespace(
        default_lang="ja", page=lambda lang, page_id: SimpleNamespace(title=titles[lang, page_id])
    )
    page = procedure(
        {
            "kind": "procedure",
            "title": "T",
            "reviewed": "2026-11-01",
            "sources": [SOURCE],
            "summary": "S",
            "time": "1 min",
            "steps": [{"id": "a", "title": "A", "cite": CITE}],
            "then": ["procedures/done"],
        }
    )
    for lang, title, address in [
        ("en", "Finish recovery", ["example.org/", "en/", "procedures/", "done/"]),
        ("ja", "復旧を完了する", ["example.org/", "procedures/", "done/"]),
    ]:
        links = printed_next_pages(page, lang=lang, site=site, site_url="https://example.org/")
        assert [(link.title, link.address_parts) for link in links] == [(title, address)]
        sheet = BeautifulSoup(step_sheet_html(page, lang=lang, page_url=URL, then=links), "html.parser")
        link = sheet.select_one(".guide-sheet__links li")
        assert link is not None and link.contents[0] == title
        assert text(link.select_one(".guide-sheet__url")) == "".join(address)
