"""The reader's timeline (guide.procedures.timeline): which waiting periods have one and on which pages, the last
day of the notice, the table with blanks it renders (escaped, marked with its sources), where it goes on an
explanation page, and the checks of a page that borrows a procedure's timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from guide.flow.rules import flow_errors
from guide.model.schema import ExplanationPage, ProcedurePage
from guide.model.site import load_site
from guide.procedures.timeline import (
    borrowed_timeline,
    has_timeline,
    insert_before_first_section,
    phase_timeline,
    render_timeline,
    timeline_errors,
)

from tests.procedures.rendering import procedure, procedure_html
from tests.support.hostile import HOSTILE
from tests.support.pages import SOURCE, TODAY, errors_of, valid, write_both, write_minimal_site, write_page

OLDER = {**SOURCE, "id": "apple-ht204921", "url": "https://support.apple.com/HT204921", "publisher": "apple-older"}
WAIT: dict[str, Any] = {
    "duration": "Several days",
    "summary": "Apple checks the request.",
    "do": ["Keep the phone on"],
    "avoid": ["Using other devices", "Paying unlock services"],
    "cite": ["apple-102606"],
}
NOTICE = {"within_hours": 72, "cite": ["apple-ht204921"]}


def phased(notice: dict[str, Any] | None = NOTICE, **wait: Any) -> dict[str, Any]:
    data = valid("procedure", sources=[SOURCE, OLDER])
    steps = data.pop("steps")
    full_wait = {**WAIT, **wait, **({"notice": notice} if notice else {})}
    data["phases"] = [
        {"id": "request", "title": "Request", "steps": steps[:1], "wait": full_wait},
        {"id": "finish", "title": "Finish", "steps": steps[1:]},
    ]
    return data


@pytest.mark.parametrize(("hours", "days"), [(1, 1), (23, 1), (24, 1), (25, 2), (48, 2), (72, 3), (73, 4)])
def test_the_notices_last_day_counts_whole_days_from_the_request(hours: int, days: int) -> None:
    """A request at 23:59 plus ``hours`` ends on that day at the latest."""
    page = procedure(phased({"within_hours": hours, "cite": ["apple-ht204921"]}))
    view = phase_timeline(page.all_phases[0], page.sources)
    assert view is not None and view.notice_days == days


def test_only_a_waiting_period_with_a_notice_has_a_timeline() -> None:
    with_notice, without = procedure(phased()), procedure(phased(notice=None))
    assert has_timeline(with_notice) and not has_timeline(without)
    assert phase_timeline(without.all_phases[0], without.sources) is None
    assert phase_timeline(with_notice.all_phases[1], with_notice.sources) is None  # no waiting period


def soup_of(page: ProcedurePage, lang: str = "en") -> BeautifulSoup:
    view = phase_timeline(page.all_phases[0], page.sources)
    assert view is not None
    return BeautifulSoup(str(render_timeline(view, lang=lang, heading_level=3)), "html.parser")


def test_without_javascript_the_timeline_is_a_table_of_blanks_then_what_not_to_do() -> None:
    soup = soup_of(procedure(phased()))
    section = soup.select_one("section.guide-timeline")
    assert section is not None and section["id"] == "timeline-request" and section["data-notice-days"] == "3"
    assert section.select_one("h3").get_text() == "Your timeline"
    rows = section.select("tr")
    assert [row["data-milestone"] for row in rows] == ["requested-on", "notice-expected", "promised-at", "check-again"]
    for row in rows:
        assert row.select_one("th[scope=row]") is not None
        assert row.select_one(".guide-timeline__blank[data-guide-timeline-paper]") is not None
        live = row.select_one("input, output")
        assert live is not None and live.has_attr("hidden") and live.has_attr("data-guide-timeline-live")
    fields = section.select("input[type=date]")
    assert [field["data-guide-timeline-date"] for field in fields] == ["requested", "promised"]
    assert all(field["autocomplete"] == "off" for field in fields)
    assert [label["for"] for label in section.select("label")] == [field["id"] for field in fields]
    assert [li.get_text() for li in section.select(".guide-timeline__avoid li")] == WAIT["avoid"]
    keep = section.select_one(".guide-timeline__keep")
    assert keep is not None and keep.has_attr("hidden") and keep["data-pending"] == "Enter the date above"


def test_the_notice_row_names_its_hours_and_what_it_rests_on() -> None:
    row = soup_of(procedure(phased())).select_one("tr[data-milestone=notice-expected] th")
    assert row is not None
    assert "within 72 hours of the request" in row.get_text()
    mark = row.select_one("a.guide-cite__ref")
    assert mark is not None and mark["href"] == "#source-apple-ht204921" and mark.get_text() == "2"
    assert row.select_one(".guide-cite__basis").get_text() == "From Apple's older guidance"
    japanese = soup_of(procedure(phased()), "ja").select_one("tr[data-milestone=notice-expected] th")
    assert "申請から72時間以内" in japanese.get_text() and "Appleの以前の案内による" in japanese.get_text()


def test_front_matter_text_in_the_timeline_stays_text() -> None:
    page = procedure(phased(avoid=[HOSTILE]))
    soup = soup_of(page)
    assert [li.get_text() for li in soup.select(".guide-timeline__avoid li")] == list(page.all_phases[0].wait.avoid)
    assert soup.select(".guide-timeline__avoid li *") == []


def test_the_procedure_shows_the_timeline_in_the_waiting_period_instead_of_the_avoid_list() -> None:
    html = procedure_html(procedure(phased()), lang="en")
    wait = BeautifulSoup(html, "html.parser").select_one(".guide-wait")
    assert wait is not None
    timeline = wait.select_one("section.guide-timeline")
    assert timeline is not None and timeline.select_one("input[type=date]") is not None
    assert "Meanwhile, avoid" not in wait.get_text()  # the timeline's "Until then, avoid" replaces it
    assert [li.get_text() for li in timeline.select(".guide-timeline__avoid li")] == WAIT["avoid"]
    without = BeautifulSoup(procedure_html(procedure(phased(notice=None)), lang="en"), "html.parser")
    assert without.select_one(".guide-timeline") is None and "Meanwhile, avoid" in without.get_text()


def test_an_explanation_page_shows_it_before_its_first_section() -> None:
    markdown = "Intro.\n\n```\n## not a heading\n```\n\n## Why\n\nText.\n\n## How long\n"
    assert insert_before_first_section(markdown, "TOKEN") == (
        "Intro.\n\n```\n## not a heading\n```\n\n\nTOKEN\n\n## Why\n\nText.\n\n## How long\n"
    )
    assert insert_before_first_section("Only a lead.\n", "TOKEN") == "Only a lead.\n\nTOKEN\n"


def borrowing_site(docs: Path, explanation: dict[str, Any] | None = None, notice: Any = NOTICE) -> None:
    write_minimal_site(docs)
    write_both(docs, "procedures/a", phased(notice))
    about = explanation or valid("explanation", sources=[OLDER, SOURCE], timeline="procedures/a")
    write_both(docs, "about/wait", about)


def test_a_borrowed_timeline_is_the_procedures_marked_with_the_pages_own_sources(tmp_path: Path) -> None:
    borrowing_site(tmp_path)
    site = load_site(tmp_path, today=TODAY, checks=(flow_errors, timeline_errors))[0]
    page = site.page("en", "about/wait")
    assert isinstance(page, ExplanationPage) and has_timeline(page)
    view = borrowed_timeline(site, "en", page)
    assert view is not None and view.avoid == WAIT["avoid"] and view.notice_days == 3
    assert [ref.number for ref in view.cited.refs] == [1]  # apple-ht204921 is the first source of about/wait


def test_a_borrowed_timeline_needs_a_procedure_with_a_notice(tmp_path: Path) -> None:
    borrowing_site(tmp_path, notice=None)
    assert errors_of(tmp_path, checks=(flow_errors, timeline_errors)) == [
        f"about/wait{suffix}.md: timeline: 'procedures/a' is not a procedure with a waiting period that has a notice"
        for suffix in (".en", "")
    ]


def test_a_borrowed_timeline_lists_the_sources_its_notice_cites(tmp_path: Path) -> None:
    borrowing_site(tmp_path, valid("explanation", timeline="procedures/a"))
    assert errors_of(tmp_path, checks=(flow_errors, timeline_errors)) == [
        f"about/wait{suffix}.md: timeline: the notice of 'procedures/a' cites apple-ht204921: list the same sources "
        "in this page's sources (its timeline links to them)"
        for suffix in (".en", "")
    ]


def test_a_borrowed_timeline_points_at_a_page(tmp_path: Path) -> None:
    borrowing_site(tmp_path, valid("explanation", sources=[OLDER, SOURCE], timeline="procedures/gone"))
    assert errors_of(tmp_path, checks=(flow_errors, timeline_errors)) == [
        f"about/wait{suffix}.md: timeline: points at no page: 'procedures/gone'" for suffix in (".en", "")
    ]


def test_twins_borrow_the_same_timeline_and_have_the_same_notice(tmp_path: Path) -> None:
    borrowing_site(tmp_path)
    write_page(tmp_path, "procedures/a.en.md", phased({"within_hours": 48, "cite": ["apple-ht204921"]}))
    write_page(tmp_path, "about/wait.en.md", valid("explanation", sources=[OLDER, SOURCE]))
    assert errors_of(tmp_path, checks=(flow_errors, timeline_errors)) == [
        "about/wait.en.md: timeline: None differs from 'procedures/a' in the twin (about/wait.md)",
        "procedures/a.en.md: phases[0].notice.within_hours: 48 differs from 72 in the twin (procedures/a.md)",
    ]
