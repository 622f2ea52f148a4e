"""Flow rules on small docs trees written by the test: start pages, cycles through then, what is not an error."""

from __future__ import annotations

from pathlib import Path

from guide.flow.rules import flow_errors
from guide.model.site import Site, load_site

from tests.support.pages import CITE, TODAY, errors_of, valid, write_both, write_minimal_site


def load(docs: Path) -> Site:
    return load_site(docs, today=TODAY, checks=(flow_errors,))[0]


def question(*answers: str) -> dict:
    return valid("question", answers=[{"label": f"A{i}", "next": target} for i, target in enumerate(answers)])


def test_minimal_flow_is_valid(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    assert flow_errors(load(tmp_path)) == []


def test_site_without_questions_and_start_has_no_flow(tmp_path: Path) -> None:
    write_both(tmp_path, "procedures/a", valid("procedure"))
    write_both(tmp_path, "about/x", valid("explanation"))
    assert flow_errors(load(tmp_path)) == []


def test_questions_without_a_start_page(tmp_path: Path) -> None:
    write_both(tmp_path, "check/first", valid("question"))
    write_both(tmp_path, "procedures/a", valid("procedure"))
    assert errors_of(tmp_path) == [
        "check/first.en.md: no start page (en): a page of kind start must name the first question",
        "check/first.md: no start page (ja): a page of kind start must name the first question",
    ]


def test_two_start_pages(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "welcome", valid("start"))
    assert errors_of(tmp_path) == [
        "welcome.en.md: kind: a second start page (index.en.md is one): one per language",
        "welcome.md: kind: a second start page (index.md is one): one per language",
    ]


def test_first_pointing_at_an_explanation(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "about/x", valid("explanation"))
    write_both(tmp_path, "index", valid("start", first="about/x"))
    assert "index.md: first: 'about/x' is an explanation page: the first page must be a question" in errors_of(tmp_path)


def test_answer_leading_back_to_the_start_page(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "check/first", question("procedures/a", "index"))
    assert errors_of(tmp_path) == [
        "check/first.en.md: answers[1].next: answer 'A1' leads to 'index', which is not a question, scenario or "
        "procedure page (it is a start page)",
        "check/first.md: answers[1].next: answer 'A1' leads to 'index', which is not a question, scenario or "
        "procedure page (it is a start page)",
    ]


def test_cycle_through_then_is_named_with_its_path(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "procedures/a", valid("procedure", then=["procedures/b"]))
    write_both(tmp_path, "procedures/b", valid("procedure", then=["procedures/a"]))
    assert errors_of(tmp_path) == [
        "procedures/b.en.md: then[0]: then closes a cycle: procedures/a → procedures/b → procedures/a",
        "procedures/b.md: then[0]: then closes a cycle: procedures/a → procedures/b → procedures/a",
    ]


def test_question_answering_itself_is_a_cycle(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "check/first", question("procedures/a", "check/first"))
    assert "check/first.md: answers[1].next: answer 'A1' closes a cycle: check/first → check/first" in errors_of(
        tmp_path
    )


def test_two_separate_cycles_are_both_reported(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "check/first", question("check/b", "check/d"))
    write_both(tmp_path, "check/b", question("procedures/a", "check/c"))
    write_both(tmp_path, "check/c", question("procedures/a", "check/b"))
    write_both(tmp_path, "check/d", question("procedures/a", "check/d"))
    ja_errors = [error for error in errors_of(tmp_path) if ".en.md" not in error]
    assert ja_errors == [
        "check/c.md: answers[1].next: answer 'A1' closes a cycle: check/b → check/c → check/b",
        "check/d.md: answers[1].next: answer 'A1' closes a cycle: check/d → check/d",
    ]


def test_links_out_of_the_flow_from_options_and_then_are_allowed(tmp_path: Path) -> None:
    """A scenario option or a then may point at an explanation: a plain link, not a flow edge."""
    write_minimal_site(tmp_path)
    write_both(tmp_path, "about/wait", valid("explanation"))
    write_both(tmp_path, "check/first", question("procedures/a", "scenarios/s"))
    options = [
        {"page": "about/wait", "when": "first read", "cite": CITE},
        {"page": "procedures/a", "when": "then", "cite": CITE},
    ]
    write_both(tmp_path, "scenarios/s", valid("scenario", options=options))
    write_both(tmp_path, "procedures/a", valid("procedure", then=["about/wait"]))
    assert flow_errors(load(tmp_path)) == []


def test_procedure_reached_only_through_then_is_reached(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "procedures/a", valid("procedure", then=["procedures/prevent"]))
    write_both(tmp_path, "procedures/prevent", valid("procedure"))
    assert flow_errors(load(tmp_path)) == []


def test_unreachable_question_names_who_leads_there(tmp_path: Path) -> None:
    """A question reached only from another unreachable question: both are reported, the second with its source."""
    write_minimal_site(tmp_path)
    write_both(tmp_path, "check/island", question("procedures/a", "check/island-2"))
    write_both(tmp_path, "check/island-2", question("procedures/a", "procedures/a"))
    ja_errors = [error for error in errors_of(tmp_path) if ".en.md" not in error]
    assert ja_errors == [
        "check/island-2.md: the flow never reaches this question page from the start (index.md) "
        "(only check/island leads here)",
        "check/island.md: the flow never reaches this question page from the start (index.md) "
        "(no answer, option or then leads here)",
    ]


def test_flow_check_does_not_run_when_pages_are_invalid(tmp_path: Path) -> None:
    """Per-page errors first: an unreachable page is not reported on top of a schema error."""
    write_minimal_site(tmp_path)
    write_both(tmp_path, "check/orphan", valid("question"))
    write_both(tmp_path, "procedures/a", valid("procedure", time=""))
    assert errors_of(tmp_path) == [
        "procedures/a.en.md: time: must not be empty",
        "procedures/a.md: time: must not be empty",
    ]
