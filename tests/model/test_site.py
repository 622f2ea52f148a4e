"""Checks that span pages: dangling targets, translations, review dates; all errors at once."""

from __future__ import annotations

from pathlib import Path

from guide.model.errors import ContentError, ContentErrors
from guide.model.site import load_site

from tests.support.pages import SOURCE, TODAY, errors_of, valid, write_both, write_minimal_site, write_page


def test_minimal_site_loads(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    site, warnings = load_site(tmp_path, today=TODAY)
    assert warnings == []
    assert site.page("en", "procedures/a").title == "Title"
    assert [r.page_id for r in site.in_language("ja")] == ["check/first", "index", "procedures/a"]
    assert site.by_file("check/first.en.md").lang == "en"


def test_next_pointing_at_no_page(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    question = valid("question")
    question["answers"][1]["next"] = "procedures/missing"
    write_both(tmp_path, "check/first", question)
    assert errors_of(tmp_path) == [
        "check/first.en.md: answers[1].next: points at no page: 'procedures/missing'",
        "check/first.md: answers[1].next: points at no page: 'procedures/missing'",
    ]


def test_target_missing_in_one_language_only(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_page(tmp_path, "procedures/b.md", valid("procedure"))
    write_page(tmp_path, "procedures/a.md", valid("procedure", then=["procedures/b"]))
    write_page(tmp_path, "procedures/a.en.md", valid("procedure", then=["procedures/b"]))
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: then[0]: points at no page: 'procedures/b'",
        "procedures/b.md: missing translation: no en twin procedures/b.en.md",
    ]


def test_missing_translation(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_page(tmp_path, "about/x.en.md", valid("explanation"))
    assert errors_of(tmp_path) == ["about/x.en.md: missing translation: no ja twin about/x.md"]


def test_invalid_twin_is_not_reported_as_missing(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_page(tmp_path, "procedures/a.en.md", valid("procedure", title=""))
    assert errors_of(tmp_path) == ["procedures/a.en.md: title: must not be empty"]


def test_twins_must_have_the_same_step_ids(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    english = valid("procedure")
    english["steps"][1]["id"] = "second"
    write_page(tmp_path, "procedures/a.en.md", english)
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: steps[1].id: 'second' differs from 'two' in the twin (procedures/a.md)"
    ]


def test_twins_must_have_the_same_answers(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    english = valid("question")
    english["answers"].append({"label": "Not sure", "next": "procedures/a"})
    write_page(tmp_path, "check/first.en.md", english)
    assert errors_of(tmp_path) == ["check/first.en.md: answers: has 3 items, the twin has 2 (check/first.md)"]


def test_twins_must_have_the_same_blanks(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_page(tmp_path, "procedures/a.md", valid("procedure", sheet=[{"id": "phone", "label": "電話番号"}]))
    write_page(tmp_path, "procedures/a.en.md", valid("procedure", sheet=[{"id": "date", "label": "Date"}]))
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: sheet[0].id: 'date' differs from 'phone' in the twin (procedures/a.md)"
    ]


def test_twins_must_have_the_same_kind(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_page(tmp_path, "about/x.md", valid("explanation"))
    write_page(tmp_path, "about/x.en.md", valid("reference"))
    assert errors_of(tmp_path) == [
        "about/x.en.md: kind: 'reference' differs from 'explanation' in the twin (about/x.md)"
    ]


def test_twins_must_cite_the_same_sources(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    other = {**SOURCE, "id": "apple-118574", "url": "https://support.apple.com/en-us/118574"}
    english = valid("procedure", sources=[SOURCE, other])
    english["steps"][1]["cite"] = ["apple-118574"]
    write_page(tmp_path, "procedures/a.en.md", english)
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: sources: has 2 items, the twin has 1 (procedures/a.md)",
    ]
    write_page(tmp_path, "procedures/a.md", valid("procedure", sources=[SOURCE, other]))
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: steps[1].cite[0]: 'apple-118574' differs from 'apple-102606' in the twin (procedures/a.md)"
    ]


def test_twins_must_mark_the_same_claims_third_party(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    blog = {**SOURCE, "id": "blog", "url": "https://example.org/", "publisher": "third-party"}
    japanese = valid("procedure", sources=[SOURCE, blog])
    japanese["steps"][0]["warning"] = {"text": "注意", "cite": ["blog"], "third_party": True}
    english = valid("procedure", sources=[SOURCE, blog])
    english["steps"][0]["warning"] = {"text": "Careful", "cite": ["apple-102606"]}
    write_page(tmp_path, "procedures/a.md", japanese)
    write_page(tmp_path, "procedures/a.en.md", english)
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: steps[0].warning.cite[0]: 'apple-102606' differs from 'blog' in the twin (procedures/a.md)"
    ]


def test_source_seen_in_the_future(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "about/x", valid("explanation", sources=[{**SOURCE, "seen": "2026-12-01"}]))
    assert errors_of(tmp_path) == [
        "about/x.en.md: sources[0].seen: 2026-12-01 is in the future",
        "about/x.md: sources[0].seen: 2026-12-01 is in the future",
    ]


def test_review_date_in_the_future(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "about/x", valid("explanation", reviewed="2027-01-01"))
    assert errors_of(tmp_path) == [
        "about/x.en.md: reviewed: 2027-01-01 is in the future",
        "about/x.md: reviewed: 2027-01-01 is in the future",
    ]


def test_stale_review_is_a_warning(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "about/x", valid("explanation", reviewed="2025-11-23"))
    write_both(tmp_path, "about/y", valid("explanation", reviewed="2025-11-24"))  # exactly 12 months: still fine
    _, warnings = load_site(tmp_path, today=TODAY)
    assert warnings == [
        "about/x.en.md: reviewed: 2025-11-23 is more than 12 months old: review the page",
        "about/x.md: reviewed: 2025-11-23 is more than 12 months old: review the page",
    ]


def test_every_error_of_the_build_is_reported_at_once(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "about/x", valid("explanation", title=""))
    write_page(tmp_path, "about/y.md", valid("reference", colour="red"))
    write_page(tmp_path, "about/y.en.md", valid("reference"))
    assert errors_of(tmp_path) == [
        "about/x.en.md: title: must not be empty",
        "about/x.md: title: must not be empty",
        "about/y.md: colour: unknown field",
    ]


def test_site_checks_run_only_on_valid_content(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    calls = []

    def check(site):
        calls.append(site)
        return [ContentError("check/first.md", "answers", "a check's own error")]

    assert errors_of(tmp_path, checks=(check,)) == ["check/first.md: answers: a check's own error"]
    write_page(tmp_path, "about/broken.md", valid("explanation", title=""))
    assert errors_of(tmp_path, checks=(check,)) == ["about/broken.md: title: must not be empty"]
    assert len(calls) == 1


def test_report_counts_and_lists_errors() -> None:
    report = ContentErrors([ContentError("b.md", "title", "x"), ContentError("a.md", "", "y")]).report()
    assert report == "2 content errors:\n  a.md: y\n  b.md: title: x"
