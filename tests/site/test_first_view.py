"""The first view of every page (its HTML and the stylesheets that hold up the first paint, with gzip) within its
budget, and the median within the median budget (tests/quality/weight.py)."""

from __future__ import annotations

import statistics
from pathlib import Path

from tests.quality.visit import built_pages
from tests.quality.weight import FIRST_VIEW_BUDGET, FIRST_VIEW_MEDIAN, KB, blocking_stylesheets, first_view


def test_only_stylesheets_that_hold_up_the_first_paint_count() -> None:
    html = (
        '<html><head><link rel="stylesheet" href="../a.css"><link rel="stylesheet" href="/b.css" media="print">'
        "<link rel=icon href=x.png><link href='c.css' rel='preload stylesheet' media=screen></head>"
        '<body><link rel="stylesheet" href="late.css"></body></html>'
    )
    assert blocking_stylesheets(html, "x/y/") == ["x/a.css", "x/y/c.css"]


def test_every_first_view_within_its_budget(built_site: Path) -> None:
    views = [first_view(built_site, page) for page in built_pages(built_site)]
    assert len(views) > 40 and all(len(view.transfers) >= 2 for view in views)
    over = [f"/{view.page} {view.total / KB:.1f} KB" for view in views if view.total > FIRST_VIEW_BUDGET]
    assert not over, f"first views over {FIRST_VIEW_BUDGET // KB} KB with gzip: {over}"
    median = statistics.median(view.total for view in views)
    assert median <= FIRST_VIEW_MEDIAN, f"median first view {median / KB:.1f} KB > {FIRST_VIEW_MEDIAN // KB} KB"
