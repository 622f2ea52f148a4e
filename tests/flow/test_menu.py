"""The menu follows the flow, its section titles in the page's language; the footer never jumps across the flow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guide.flow.graph import build_flow_graph
from guide.flow.menu import SECTION_LIMIT, footer_neighbours, menu_sections, shown_entries
from guide.flow.rules import flow_errors
from guide.model.site import Site, load_site

from tests.flow.journey_site import journey_site
from tests.support.paths import DOCS_DIR


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return journey_site(tmp_path)


def test_menu_order(site: Site) -> None:
    sections = [(section.title, list(section.page_ids)) for section in menu_sections(site, "en")]
    assert sections == [
        (None, ["index", "flowchart"]),
        ("Questions", ["check/first", "check/second"]),
        ("Situations", ["scenarios/phone", "scenarios/number"]),
        # Where the flow first recommends each: the situations' options in order, then `then`.
        ("Procedures", ["procedures/device", "procedures/sms", "procedures/recovery", "procedures/prevent"]),
        ("Explanations", ["about/info"]),
        ("Reference", ["reference/words"]),
    ]


def test_section_titles_in_the_page_language(site: Site) -> None:
    titles = [section.title for section in menu_sections(site, "ja")]
    assert titles == [None, "質問", "状況", "手順", "解説", "資料"]


def test_footer_links_only_pages_outside_the_flow(site: Site) -> None:
    kinds = {record.page_id: record.page.kind for record in site.in_language("en")}
    neighbours = footer_neighbours(menu_sections(site, "en"), kinds)
    assert neighbours["flowchart"] == (None, "about/info")
    assert neighbours["about/info"] == ("flowchart", "reference/words")
    assert neighbours["reference/words"] == ("about/info", None)
    for page_id in ("index", "check/first", "scenarios/phone", "procedures/device", "procedures/prevent"):
        assert neighbours[page_id] == (None, None), page_id


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_real_menu_has_every_page_once_and_flow_sections_in_flow_order(lang: str) -> None:
    site = load_site(DOCS_DIR, today=date.today(), checks=(flow_errors,))[0]
    sections = menu_sections(site, lang)
    listed = [page_id for section in sections for page_id in section.page_ids]
    assert sorted(listed) == sorted(record.page_id for record in site.in_language(lang))
    graph = build_flow_graph(site, lang)
    by_title = {section.title: list(section.page_ids) for section in sections}
    assert listed[:2] == ["index", "flowchart"]
    for kind in ("question", "scenario", "procedure"):
        assert [page_id for page_id in listed if graph.page_kinds[page_id] == kind] == graph.of_kind(kind)
    assert all(title is None or not title.isascii() for title in by_title) == (lang == "ja")


def test_a_short_section_is_listed_whole_everywhere() -> None:
    assert shown_entries(SECTION_LIMIT, None) == range(SECTION_LIMIT)
    assert shown_entries(3, 2) == range(3)


def test_a_long_section_lists_its_first_pages_elsewhere_and_a_window_on_its_own() -> None:
    assert shown_entries(700, None, 16) == range(16)
    assert shown_entries(700, 0, 16) == range(16)
    assert shown_entries(700, 100, 16) == range(92, 108)
    assert shown_entries(700, 699, 16) == range(684, 700)


@pytest.mark.parametrize("count", [17, 40, 701])
def test_every_page_of_a_long_section_is_reached_from_its_first_pages(count: int) -> None:
    """From the first pages (listed on every other page), each page's window leads on to the rest."""
    reached, todo = set(shown_entries(count, None)), list(shown_entries(count, None))
    while todo:
        current = todo.pop()
        window = shown_entries(count, current)
        assert current in window and len(window) == SECTION_LIMIT
        todo += [index for index in window if index not in reached]
        reached |= set(window)
    assert reached == set(range(count))
