"""Strict MkDocs builds of the fixture flows: broken ones stop with the message and no traceback; the valid one
renders question pages, the start page and the flowchart from front matter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.flow.flow_html import (
    answer_targets,
    back_target,
    flowchart_targets,
    read_page,
)
from tests.flow.test_flow_validation import BROKEN_FLOWS
from tests.support.build import BuildResult, build_site
from tests.support.paths import page_path

FLOW_OK = Path(__file__).resolve().parents[1] / "fixtures" / "flow-ok" / "mkdocs.yml"
LANGS = ["ja", "en"]


@pytest.mark.parametrize("fixture", sorted(BROKEN_FLOWS))
def test_broken_flow_stops_the_build(fixture: str, build_fixture_site: Callable[[str], BuildResult]) -> None:
    result = build_fixture_site(fixture)
    assert not result.ok, result.output
    assert "Traceback" not in result.output
    count = len(BROKEN_FLOWS[fixture])
    assert f"{count} content error{'s' if count != 1 else ''}:" in result.output
    for message in BROKEN_FLOWS[fixture]:
        assert f"  {message}\n" in result.output, f"missing: {message}\n{result.output}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build_site(FLOW_OK, tmp_path_factory.mktemp("flow-ok") / "site")
    assert result.ok, result.output
    return result.site_dir


# The fixture flow, written out: question -> the page each answer leads to (smart-answers style).
FIXTURE_NEXT = {
    "check/device": ["procedures/on-device", "check/number", "check/number"],
    "check/number": ["procedures/by-sms", "scenarios/number-gone"],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("question", sorted(FIXTURE_NEXT))
def test_answers_link_to_their_next_page(site: Path, lang: str, question: str) -> None:
    assert answer_targets(site, page_path(question, lang)) == [
        page_path(target, lang) for target in FIXTURE_NEXT[question]
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_start_page_asks_the_first_question(site: Path, lang: str) -> None:
    assert answer_targets(site, page_path("index", lang)) == [
        page_path(target, lang) for target in FIXTURE_NEXT["check/device"]
    ]
    soup = read_page(site, page_path("index", lang))
    scenarios = [a["href"] for a in soup.select("#guide-all-scenarios + .guide-outcomes a")]
    procedures = [a["href"] for a in soup.select("#guide-all-procedures + .guide-outcomes a")]
    assert scenarios == ["scenarios/number-gone/"]
    assert procedures == [
        "procedures/on-device/",
        "procedures/by-sms/",
        "procedures/recovery/",
        "procedures/add-number/",
    ]
    assert [a["href"] for a in soup.select("a.guide-flowchart-link")] == ["flowchart/"]


@pytest.mark.parametrize("lang", LANGS)
def test_way_back(site: Path, lang: str) -> None:
    assert back_target(site, page_path("check/device", lang)) == page_path("index", lang)
    assert back_target(site, page_path("check/number", lang)) == page_path("check/device", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_question_page_shows_question_help_hints(site: Path, lang: str) -> None:
    soup = read_page(site, page_path("check/device", lang))
    [heading] = soup.select("h1")  # the question is the page's heading, once; the title stays the <title>
    assert heading.get("id") == "guide-question" and "Apple Account" in heading.get_text()
    title = {"ja": "ほかのデバイスはありますか", "en": "Another device?"}[lang]
    assert soup.title is not None and soup.title.get_text().startswith(f"{title} - ")
    assert soup.select_one("nav.guide-answers")["aria-labelledby"] == "guide-question"
    help_strong = soup.select_one(".guide-question__help strong")
    assert help_strong is not None and help_strong.get_text() == "Trusted device"  # help is Markdown
    hints = [a.select_one(".guide-answer__hint") is not None for a in soup.select("a.guide-answer")]
    assert hints == [False, False, True]


def test_front_matter_markup_is_text_on_the_page(site: Path) -> None:
    soup = read_page(site, "en/check/number/")
    heading = soup.select_one("h1#guide-question")
    assert heading is not None
    assert heading.get_text().removesuffix("¶") == (
        'Can you receive SMS at your trusted number? <b>&amp;</b> "]; a -> b [ {{ x }} \\N'
    )
    assert heading.find("b") is None
    chart = read_page(site, "en/flowchart/")
    svg_text = " ".join(t.get_text() for t in chart.select("svg.guide-flow text"))
    assert "<b>&amp;</b>" in svg_text and "{{ x }}" in svg_text


@pytest.mark.parametrize("lang", LANGS)
def test_question_page_lists_the_questions_on_the_way_here(site: Path, lang: str) -> None:
    soup = read_page(site, page_path("check/number", lang))
    assert soup.select("svg.guide-flow") == []  # no small chart on question pages
    [item] = soup.select(".guide-answered li")
    assert item.select_one("a")["href"] == "../device/"
    assert soup.select_one("a.guide-flowchart-link")["href"] == "../../flowchart/"


@pytest.mark.parametrize("lang", LANGS)
def test_flowchart_links_every_page_in_its_language(site: Path, lang: str) -> None:
    targets = flowchart_targets(site, page_path("flowchart", lang))
    expected = ["index", *FIXTURE_NEXT, "procedures/on-device", "procedures/by-sms", "scenarios/number-gone"]
    expected += ["procedures/recovery", "procedures/add-number"]
    assert sorted(targets) == sorted(page_path(page_id, lang) for page_id in expected)
    for target in targets:
        assert (site / target / "index.html").is_file(), target


@pytest.mark.parametrize("lang", LANGS)
def test_flowchart_text_alternative_follows_the_svg(site: Path, lang: str) -> None:
    soup = read_page(site, page_path("flowchart", lang))
    figure = soup.select_one("figure.guide-flowchart")
    heading = soup.select_one("h2#guide-flow-text")
    assert figure is not None and heading is not None
    assert figure.find_next("h2") is heading
    items = heading.find_next("ul")
    assert items is not None
    text = " ".join(items.get_text().split())
    links = [a["href"] for a in items.select("a")]
    assert links[0] == "../check/device/"
    assert set(links) == {
        "../check/device/",
        "../check/number/",
        "../procedures/on-device/",
        "../procedures/by-sms/",
        "../scenarios/number-gone/",
        "../procedures/recovery/",
        "../procedures/add-number/",
    }
    when = "ほかに方法がないとき" if lang == "ja" else "when nothing else works"
    assert when in text  # a scenario's option, with its condition


def test_templates_are_not_published(site: Path) -> None:
    assert not list(site.rglob("*.j2"))
