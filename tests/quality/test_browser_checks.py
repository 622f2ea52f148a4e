"""Every page of the real site, both languages: no axe violation, no request off 127.0.0.1, within its weight budget.

One browser visit per page feeds all three checks (see conftest.py); each check reports every failing page at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quality.visit import PageVisit
from tests.quality.weight import page_weight
from tests.support.browser import non_local_requests

pytestmark = pytest.mark.browser


def test_every_page_of_both_languages_is_visited(page_visits: dict[str, PageVisit]) -> None:
    languages = {"en" if page.startswith("en/") else "ja" for page in page_visits}
    assert languages == {"ja", "en"}
    ja_pages = [page for page in page_visits if not page.startswith("en/") and page != "404.html"]
    en_pages = [page for page in page_visits if page.startswith("en/")]
    assert len(ja_pages) == len(en_pages), f"ja and en differ: {sorted(ja_pages)} / {sorted(en_pages)}"


def test_axe_reports_no_violations(page_visits: dict[str, PageVisit]) -> None:
    problems = [
        f"/{visit.page} [{scheme}] {violation.describe()}"
        for visit in page_visits.values()
        for scheme, violations in (("light", visit.violations), ("dark, contrast", visit.dark_violations))
        for violation in violations
    ]
    assert not problems, f"axe-core: {len(problems)} violations:\n" + "\n".join(problems)


def test_no_request_leaves_localhost(page_visits: dict[str, PageVisit]) -> None:
    problems = [
        f"/{visit.page} requested {url}" for visit in page_visits.values() for url in non_local_requests(visit.log)
    ]
    assert not problems, "requests to hosts other than 127.0.0.1:\n" + "\n".join(problems)


def test_every_page_within_its_weight_budget(
    page_visits: dict[str, PageVisit], built_site: Path, site_url: str
) -> None:
    weights = [page_weight(built_site, site_url, visit.page, visit.log.requests) for visit in page_visits.values()]
    assert all(weight.transfers for weight in weights), "no transfers measured: the request log is empty"
    problems = [message for weight in weights if (message := weight.over_budget())]
    assert not problems, "pages over their weight budget:\n" + "\n".join(problems)
