"""Every page's transferred size with gzip (from the browser's actual requests) and the search index size."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
from pathlib import Path

import bare
from common import CONFIG, table, timed_build
from playwright.sync_api import sync_playwright

from tests.quality.visit import built_pages
from tests.quality.weight import COPY_BUDGET, EXCLUDED, KB, PageWeight, copy_weight, first_view, page_weight
from tests.support.browser import launch_chromium, open_page
from tests.support.serve import serve_dir

SEARCH_INDEX = "search/search_index.json"
WORKER_FILE = "offline-worker.js"
COPY_DATA = re.compile(r"^const OFFLINE = (\{.*\});$", re.M)


def measure(site: Path) -> list[PageWeight]:
    weights = []
    with serve_dir(site) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for page_path in built_pages(site):
                page, log = open_page(browser, url + page_path)
                page.context.close()
                weights.append(page_weight(site, url, page_path, log.requests))
        finally:
            browser.close()
    return weights


def copy_lines(site: Path) -> list[str]:
    """The offline copy's one background download per language (not page weight: the service worker's requests)."""
    worker = site / WORKER_FILE
    if not worker.is_file():
        return []
    data = json.loads(COPY_DATA.search(worker.read_text(encoding="utf-8")).group(1))
    sizes = {lang: copy_weight(site, [*data["files"], *pages]) for lang, pages in data["pages"].items()}
    listing = ", ".join(f"{lang} {size / KB:.1f} KB ({len(data['pages'][lang])} pages)" for lang, size in sizes.items())
    return [
        f"- offline copy, fetched once in the background after a first visit (budget {COPY_BUDGET // KB} KB per "
        f"language): {listing}"
    ]


def beside_bare(site: Path, weights: list[PageWeight], bare_site: Path, bare: list[PageWeight]) -> list[str]:
    """Our medians beside the bare Material page: the first view and the whole page, in KB and as ratios."""
    views = [first_view(site, page) for page in built_pages(site)]
    bare_view = first_view(bare_site, "")

    def sheets(view: PageWeight) -> int:
        return len(view.transfers) - 1

    rows = [
        [
            "first view: HTML + stylesheets that hold up the first paint",
            statistics.median(v.total for v in views),
            bare_view.total,
        ],
        ["whole page: HTML + every file it loads (JS on)", statistics.median(w.total for w in weights), bare[0].total],
        ["HTML alone", statistics.median(v.transfers[0].size for v in views), bare_view.transfers[0].size],
    ]
    lines = [
        "## Beside a bare Material page",
        "",
        "A one-page site with the same Material version and `theme.font: false`, built in the same run; ours is the "
        f"median of {len(views)} pages, gzip level 6. Stylesheets holding up the first paint: ours "
        f"{statistics.median(sheets(v) for v in views):.0f}, bare {sheets(bare_view)}.",
        "",
    ]
    return lines + table(
        ["", "this site, median KB", "bare Material KB", "ratio"],
        [[name, f"{ours / KB:.1f}", f"{theirs / KB:.1f}", f"{ours / theirs:.2f}"] for name, ours, theirs in rows],
    )


def report(site: Path, weights: list[PageWeight]) -> list[str]:
    index = (site / SEARCH_INDEX).read_bytes()
    heaviest = sorted(weights, key=lambda weight: -weight.total)
    over = [weight for weight in weights if weight.over_budget()]
    lines = [
        "## Page weight",
        "",
        f"What each page transfers with gzip (level 6): the HTML and every CSS, JS, image and font file the browser "
        f"requested while loading it with JavaScript on; {', '.join(sorted(EXCLUDED))} excluded (loaded for search). "
        f"Budget 120 KB per page, 150 KB for the flowchart; {len(weights)} pages, "
        f"{'all within budget' if not over else f'{len(over)} over budget'}.",
        "",
        f"- heaviest: /{heaviest[0].page} {heaviest[0].total / KB:.1f} KB; lightest: /{heaviest[-1].page} "
        f"{heaviest[-1].total / KB:.1f} KB",
        f"- search index: {len(index) / KB:.1f} KB raw, {len(gzip.compress(index, 6)) / KB:.1f} KB gzip",
        *copy_lines(site),
        "",
    ]
    rows = [
        [
            f"/{weight.page}",
            f"{weight.total / KB:.1f}",
            f"{weight.budget // KB}",
            len(weight.transfers),
            f"{next((t.size for t in weight.transfers if t.path == weight.page), 0) / KB:.1f}",
        ]
        for weight in heaviest
    ]
    return lines + table(["page", "KB with gzip", "budget KB", "files", "of which HTML KB"], rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the repository's)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        site = args.site or timed_build(CONFIG, Path(tmp) / "site")[1].site_dir
        weights = measure(site)
        bare_site = bare.build(Path(tmp) / "bare")
        print("\n".join([*beside_bare(site, weights, bare_site, measure(bare_site)), "", *report(site, weights)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
