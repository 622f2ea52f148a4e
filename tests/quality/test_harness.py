"""The browser checks themselves: they must catch a violation, a request off 127.0.0.1 and an over-weight page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.quality.visit import PageVisit, built_pages, visit_pages
from tests.quality.weight import FLOWCHART_BUDGET, PAGE_BUDGET, PageWeight, Transfer, budget_for, page_weight
from tests.support.browser import non_local_requests
from tests.support.serve import serve_dir

pytestmark = pytest.mark.browser

GOOD_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Good</title></head>
<body><main><h1>Good</h1><p>Fine.</p></main></body></html>"""
BAD_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title>
<link rel="stylesheet" href="style.css"></head>
<body><main><h1>Bad</h1><img src="https://example.org/tracker.png"><p style="color:#aaa;background:#fff">grey</p>
<img src="big.png" alt="big"></main></body></html>"""


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny-site")
    (root / "index.html").write_text(GOOD_PAGE, encoding="utf-8")
    (root / "bad").mkdir()
    (root / "bad" / "index.html").write_text(BAD_PAGE, encoding="utf-8")
    (root / "bad" / "style.css").write_text("p { margin: 0 }\n" * 10, encoding="utf-8")
    (root / "bad" / "big.png").write_bytes(bytes(range(256)) * 600)  # 153,600 bytes, counted as they are
    return root


@pytest.fixture(scope="module")
def tiny_url(tiny_site: Path) -> Iterator[str]:
    with serve_dir(tiny_site) as url:
        yield url


@pytest.fixture(scope="module")
def visits(browser: Browser, tiny_site: Path, tiny_url: str) -> dict[str, PageVisit]:
    return {visit.page: visit for visit in visit_pages(browser, tiny_url, built_pages(tiny_site))}


def test_pages_are_enumerated_from_the_html_files(tiny_site: Path) -> None:
    assert built_pages(tiny_site) == ["", "bad/"]


def test_axe_passes_a_good_page_and_catches_a_bad_one(visits: dict[str, PageVisit]) -> None:
    assert visits[""].violations == () and visits[""].dark_violations == ()
    rules = {violation.rule for violation in visits["bad/"].violations}
    assert {"image-alt", "color-contrast"} <= rules
    image_alt = next(violation for violation in visits["bad/"].violations if violation.rule == "image-alt")
    assert image_alt.describe().startswith("image-alt (critical): ") and "img" in image_alt.describe()


def test_a_request_off_localhost_is_caught(visits: dict[str, PageVisit]) -> None:
    assert non_local_requests(visits[""].log) == []
    assert non_local_requests(visits["bad/"].log) == ["https://example.org/tracker.png"]


def test_weight_counts_what_the_page_requested(visits: dict[str, PageVisit], tiny_site: Path, tiny_url: str) -> None:
    weight = page_weight(tiny_site, tiny_url, "bad/", visits["bad/"].log.requests)
    paths = {transfer.path for transfer in weight.transfers}
    assert paths == {"bad/", "bad/style.css", "bad/big.png"}, "the external request is not the site's weight"
    sizes = {transfer.path: transfer.size for transfer in weight.transfers}
    assert sizes["bad/big.png"] == 153_600, "images count as they are"
    assert sizes["bad/style.css"] < 160, "text is measured gzip-compressed"
    message = weight.over_budget()
    assert message is not None
    assert message.startswith("/bad/: ") and "120 KB (120000 bytes)" in message and "/bad/big.png" in message


def test_budgets() -> None:
    assert budget_for("procedures/offline-code/") == PAGE_BUDGET == 120_000
    assert budget_for("flowchart/") == budget_for("en/flowchart/") == FLOWCHART_BUDGET == 150_000
    assert PageWeight("flowchart/", (Transfer("flowchart/", 149_000),)).over_budget() is None
    assert "150 KB" in (PageWeight("flowchart/", (Transfer("flowchart/", 150_001),)).over_budget() or "")


def test_the_search_index_is_not_page_weight(tmp_path: Path) -> None:
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text("{}" * 100_000, encoding="utf-8")
    (tmp_path / "index.html").write_text(GOOD_PAGE, encoding="utf-8")
    base = "http://127.0.0.1:1/"
    weight = page_weight(tmp_path, base, "", [base, base + "search/search_index.json", base + "missing.js"])
    assert [transfer.path for transfer in weight.transfers] == [""], "a missing file without a 404 page is nothing"
