"""The situations of facts §9.3: each has its own page or section, reached from the start page through the
questions in both languages, with sources of a known kind (Apple first)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import get_args

import pytest
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.flow.rules import flow_errors
from guide.model.schema import Publisher
from guide.model.site import Site, load_site

from tests.flow.flow_html import page_path, read_page

DOCS = Path(__file__).resolve().parents[2] / "docs"
LANGS = ["ja", "en"]

# situation -> (the page that answers it, the id of its section on that page or None for a page of its own,
# the question whose answer names the situation)
SITUATIONS: dict[str, tuple[str, str | None, str]] = {
    "knows the password, gets no code": ("scenarios/know-password", None, "check/other-situation"),
    "forgot the passcode of the trusted iPhone": ("scenarios/passcode-forgotten", None, "check/other-situation"),
    "requested recovery again or signed in during the wait": (
        "scenarios/recovery-requested",
        None,
        "check/more-situations",
    ),
    "account taken over by someone else": ("scenarios/account-taken-over", None, "check/more-situations"),
    "a budget SIM that refuses all texts, or an 050 number": (
        "scenarios/code-not-arriving",
        "mvno-or-050",
        "check/situation",
    ),
    "the carrier email no longer receives mail": ("scenarios/sim-cancelled", "carrier-email", "check/more-situations"),
    "a family member's number is the only trusted number": (
        "scenarios/sim-cancelled",
        "family-number",
        "check/other-situation",
    ),
    "a shop set up the account": ("procedures/find-apple-account", "made-at-a-shop", "check/more-situations"),
}


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS, today=date.today(), checks=(flow_errors,))[0]


@pytest.fixture(scope="module")
def graphs(site: Site) -> dict[str, FlowGraph]:
    return {lang: build_flow_graph(site, lang) for lang in LANGS}


def question_path(graph: FlowGraph, target: str) -> list[str]:
    """The questions a reader answers from the start page to `target`, breadth first (shortest)."""
    paths = {graph.first: [graph.first]}
    for page_id in graph.order:
        for edge in graph.edges_from(page_id):
            if edge.kind == "answer" and edge.target not in paths:
                paths[edge.target] = [*paths[page_id], edge.target]
    return paths.get(target, [])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_reached_from_the_start_page_through_the_questions(
    graphs: dict[str, FlowGraph], lang: str, situation: str
) -> None:
    page_id, _, question = SITUATIONS[situation]
    path = question_path(graphs[lang], question)
    assert path and path[0] == "check/situation", f"{situation}: {question} not reached from the start page"
    assert all(step.startswith("check/") for step in path)
    assert page_id in {edge.target for edge in graphs[lang].edges_from(question) if edge.kind == "answer"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_sources_of_a_known_kind_apple_first(site: Site, lang: str, situation: str) -> None:
    page = site.page(lang, SITUATIONS[situation][0])
    publishers = [source.publisher for source in page.sources]
    assert set(publishers) <= set(get_args(Publisher))
    assert publishers[0] == "apple", f"{situation}: Apple's current page comes first"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_built_page_has_the_section(built_site: Path, lang: str, situation: str) -> None:
    page_id, section, _ = SITUATIONS[situation]
    soup = read_page(built_site, page_path(page_id, lang))
    assert soup.select_one("h1") is not None
    if section is not None:
        heading = soup.find(id=section)
        assert heading is not None and heading.name == "h2", f"{situation}: #{section} missing on {page_id} ({lang})"
