"""Issue 15: the scams page is reachable from every procedure that involves waiting or a call, in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guide.model.schema import ProcedurePage
from guide.model.site import Site, load_site

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCAMS_LINK = "about/scams.md"


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS, today=date.today())[0]


def waits_or_calls(page: ProcedurePage) -> bool:
    """A waiting period, a step that waits, or a step where Apple calls the reader."""
    return any(phase.wait for phase in page.all_phases) or any(
        "wait" in step.id or "call" in step.id for step in page.all_steps
    )


def test_every_procedure_with_a_wait_or_a_call_links_to_the_scams_page(site: Site) -> None:
    concerned = [
        record
        for record in site.records.values()
        if isinstance(record.page, ProcedurePage) and waits_or_calls(record.page)
    ]
    assert len({record.page_id for record in concerned}) >= 4, "the wait and call steps are gone: check the test"
    missing = [
        record.file for record in concerned if SCAMS_LINK not in (DOCS / record.file).read_text(encoding="utf-8")
    ]
    assert missing == []
