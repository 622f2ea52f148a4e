"""Japanese and English flows must have the same structure.

Per-page parity (guide/model/parity.py) compares every page's kind, first, answers' next, options' page and then, so
two languages whose pages agree have equal graphs. These tests show it catches every way the graphs could differ,
and that the whole-graph check catches a difference if one ever got past it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from guide.flow.graph import build_flow_graph
from guide.flow.rules import flow_errors, graph_difference_errors
from guide.model.site import load_site

from tests.support.pages import TODAY, errors_of, valid, write_both, write_minimal_site, write_page


def two_questions(docs: Path) -> None:
    write_minimal_site(docs)
    first = valid("question")
    first["answers"][1]["next"] = "check/second"
    write_both(docs, "check/first", first)
    write_both(docs, "check/second", valid("question"))


def test_different_answer_target(tmp_path: Path) -> None:
    two_questions(tmp_path)
    english = valid("question")  # both answers lead to procedures/a: check/second is left out in English
    write_page(tmp_path, "check/first.en.md", english)
    assert errors_of(tmp_path)[0] == (
        "check/first.en.md: answers[1].next: 'procedures/a' differs from 'check/second' in the twin (check/first.md)"
    )


def test_extra_answer(tmp_path: Path) -> None:
    two_questions(tmp_path)
    english = valid("question")
    english["answers"] = [*english["answers"], {"label": "Not sure", "next": "check/second"}]
    english["answers"][1]["next"] = "check/second"
    write_page(tmp_path, "check/first.en.md", english)
    assert errors_of(tmp_path) == ["check/first.en.md: answers: has 3 items, the twin has 2 (check/first.md)"]


def test_different_kind(tmp_path: Path) -> None:
    two_questions(tmp_path)
    write_page(tmp_path, "check/second.en.md", valid("procedure"))
    assert errors_of(tmp_path)[0].startswith("check/second.en.md: kind: 'procedure' differs from 'question'")


def test_different_first_question(tmp_path: Path) -> None:
    two_questions(tmp_path)
    write_page(tmp_path, "index.en.md", valid("start", first="check/second"))
    assert errors_of(tmp_path) == [
        "index.en.md: first: 'check/second' differs from 'check/first' in the twin (index.md)"
    ]


def test_different_then(tmp_path: Path) -> None:
    two_questions(tmp_path)
    write_both(tmp_path, "procedures/b", valid("procedure"))
    write_page(tmp_path, "procedures/a.md", valid("procedure", then=["procedures/b"]))
    write_page(tmp_path, "procedures/a.en.md", valid("procedure", then=[]))
    assert errors_of(tmp_path)[0] == "procedures/a.en.md: then: has 0 items, the twin has 1 (procedures/a.md)"


def test_whole_graph_check_catches_what_slips_past_page_parity(tmp_path: Path) -> None:
    two_questions(tmp_path)
    site, _ = load_site(tmp_path, today=TODAY, checks=(flow_errors,))
    japanese, english = build_flow_graph(site, "ja"), build_flow_graph(site, "en")
    assert graph_difference_errors([japanese, english]) == []
    tampered = replace(english, edges=english.edges[:-1])
    [error] = graph_difference_errors([japanese, tampered])
    assert str(error).startswith("index.en.md: the en flow differs from the ja flow: check/second answers[1].next")
