"""Benchmark of the site search: hit rate at 1 and at 3, the queries not first, keyup-to-results time, index size.

Builds the real site with `mkdocs build --strict` (or takes a built one with --site), serves it on 127.0.0.1 and
types every query of tests/search/queries.yml into Material's search box in Chromium, on the start page of the
query's language. Prints one Markdown section to stdout, ready to append to bench/RESULTS.md:

    python bench/search.py >> bench/RESULTS.md

Exit status 0 whatever the figures; 1 if the site does not build.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT)]

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.search.browser_search import Outcome, language_root, load_queries, open_search, search  # noqa: E402
from tests.support.browser import launch_chromium, open_page  # noqa: E402
from tests.support.build import build_site  # noqa: E402
from tests.support.serve import serve_dir  # noqa: E402

INDEX = Path("search") / "search_index.json"


@dataclass(frozen=True)
class Figures:
    outcomes: list[Outcome]
    latencies_ms: list[float]
    index_raw: int
    index_gzip: int

    def hits(self, within: int, lang: str | None = None) -> tuple[int, int]:
        chosen = [o for o in self.outcomes if lang is None or o.query.lang == lang]
        return sum(o.rank is not None and o.rank <= within for o in chosen), len(chosen)


def measure(site: Path, repeat: int) -> Figures:
    queries = load_queries()
    outcomes: list[Outcome] = []
    latencies: list[float] = []
    with serve_dir(site) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for lang in dict.fromkeys(query.lang for query in queries):
            root = language_root(url, lang)
            page, _ = open_page(browser, root)
            open_search(page)
            for query in (query for query in queries if query.lang == lang):
                runs = [search(page, query, root=root) for _ in range(repeat)]
                outcomes.append(runs[0])
                latencies += [run.latency_ms for run in runs]
            page.context.close()
        browser.close()
    raw = (site / INDEX).read_bytes()
    return Figures(outcomes, latencies, len(raw), len(gzip.compress(raw, compresslevel=9)))


def _rate(hit: int, total: int) -> str:
    return f"{100 * hit / total:.1f} % ({hit}/{total})" if total else "n/a"


def _commit() -> str:
    result = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    dirty = subprocess.run(["git", "-C", str(REPO_ROOT), "diff", "--quiet", "HEAD"], check=False).returncode
    return (result.stdout.strip() or "unknown") + ("+changes" if dirty else "")


def _row(name: str, cells: list[str]) -> str:
    return f"| {name} | " + " | ".join(cells) + " |"


def _page(path: str) -> str:
    return path or "(start)"


def _miss(outcome: Outcome) -> str:
    """One query that did not come first: where its page came, and what came instead."""
    query = outcome.query
    rank = f"#{outcome.rank}" if outcome.rank else "absent"
    got = ", ".join(_page(path) for path in outcome.pages[:3]) or "nothing"
    return f"{query.lang} `{query.query}` → {_page(query.expect)} ({rank}): {got}"


def report(figures: Figures, command: str) -> str:
    langs: list[str | None] = [None, *dict.fromkeys(o.query.lang for o in figures.outcomes)]
    latencies = sorted(figures.latencies_ms)
    p90 = latencies[min(len(latencies) - 1, int(0.9 * len(latencies)))]
    lines = [
        f"## search — {date.today().isoformat()}, commit {_commit()}",
        "",
        _row("figure", [lang or "all" for lang in langs]),
        _row("---", ["---"] * len(langs)),
        _row("queries", [str(figures.hits(1, lang)[1]) for lang in langs]),
        _row("hit@1", [_rate(*figures.hits(1, lang)) for lang in langs]),
        _row("hit@3", [_rate(*figures.hits(3, lang)) for lang in langs]),
        "",
        f"- keyup → results (Chromium, {len(latencies)} searches): median {statistics.median(latencies):.1f} ms, "
        f"p90 {p90:.1f} ms",
        f"- index: {figures.index_raw / 1024:.1f} KiB raw, {figures.index_gzip / 1024:.1f} KiB gzip",
        f"- command: `{command}`",
    ]
    not_first = [o for o in figures.outcomes if o.rank != 1]
    if not_first:
        lines.append(f"- not first ({len(not_first)}): query → expected page (its rank): the top 3 it got")
        lines += [f"  - {_miss(o)}" for o in not_first]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site to measure instead of building the repository's")
    parser.add_argument("--repeat", type=int, default=3, help="times each query is typed, for the latency (3)")
    args = parser.parse_args()
    command = "python bench/search.py" + (f" --site {args.site}" if args.site else "")
    if args.site:
        print(report(measure(args.site, args.repeat), command))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        built = build_site(REPO_ROOT / "mkdocs.yml", Path(tmp) / "site")
        if not built.ok:
            print(built.output, file=sys.stderr)
            return 1
        print(report(measure(built.site_dir, args.repeat), command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
