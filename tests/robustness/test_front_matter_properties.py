"""Property tests at the core level: mutated front matter of every page kind either validates or yields
ContentErrors naming file and field, one line each; never another exception."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness.corpus import BASE_PAGES, base_page, files_of, front_matter_text, write_site
from tests.robustness.mutations import YAML_BREAKERS, broken_front_matter, mutated
from tests.robustness.outcome import load_outcome, problems_with

PAGE_IDS = sorted(BASE_PAGES)
KINDS = {BASE_PAGES[page_id]["kind"] for page_id in PAGE_IDS}
# Examples per page: the default keeps `make test` fast; ROBUSTNESS_EXAMPLES=1000 for a thorough run.
EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAML_SETTINGS = settings(max_examples=max(EXAMPLES // 2, 10), deadline=None)


def test_the_base_site_is_valid(tmp_path: Path) -> None:
    write_site(tmp_path)
    assert load_outcome(tmp_path) == []
    assert KINDS == {"start", "question", "scenario", "procedure", "explanation", "reference"}


def check(replaced: dict[str, str], mutated_files: set[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        files = set(write_site(docs, replaced))
        errors = load_outcome(docs)
    problems = problems_with(errors, files, mutated_files)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page_id", PAGE_IDS)
@SETTINGS
@given(data=st.data(), both_languages=st.booleans())
def test_mutated_front_matter(page_id: str, data: st.DataObject, both_languages: bool) -> None:
    document, mutations = data.draw(mutated(base_page(page_id)), label="mutations")
    ja, en = files_of(page_id)
    text = front_matter_text(document)
    replaced = {ja: text, en: text} if both_languages else {ja: text}
    check(replaced, {ja, en})


@pytest.mark.parametrize("page_id", PAGE_IDS)
@YAML_SETTINGS
@given(data=st.data())
def test_broken_yaml(page_id: str, data: st.DataObject) -> None:
    ja, en = files_of(page_id)
    text, breaker = data.draw(broken_front_matter(front_matter_text(base_page(page_id))), label="front matter")
    check({ja: text}, {ja, en})


@pytest.mark.parametrize("breaker", YAML_BREAKERS, ids=[repr(breaker[:24]) for breaker in YAML_BREAKERS])
def test_every_yaml_breaker_at_the_end_of_the_start_page(breaker: str) -> None:
    """Each breaker once, deterministically (the property test above places them at random lines)."""
    check({"index.md": front_matter_text(base_page("index")) + breaker + "\n"}, set(files_of("index")))


def test_an_impossible_date_is_a_content_error(tmp_path: Path) -> None:
    text = front_matter_text(base_page("index")).replace("reviewed: '2026-11-01'", "reviewed: 2026-02-30")
    write_site(tmp_path, {"index.md": text})
    assert [str(error) for error in load_outcome(tmp_path)] == [
        "index.md: reviewed: '2026-02-30' is not a date in the calendar (YYYY-MM-DD)"
    ]
