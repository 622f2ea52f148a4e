"""`make bench`: build time and the hooks' share, growth with 10x/50x procedures, page weights, Lighthouse, and the
search benchmark (bench/search.py). Prints the results and writes them to bench/RESULTS.md.

    python bench/run.py            # everything (about 10 minutes on 2 cores)
    python bench/run.py --quick    # 1 build, corpora 1x and 10x, 1 Lighthouse run per page
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bare
import build_time
import corpus
import lighthouse
import weight
from common import CONFIG, REPO_ROOT, machine_lines, timed_build

from tests.support.build import mkdocs_env

RESULTS = REPO_ROOT / "bench" / "RESULTS.md"
SEARCH_BENCH = REPO_ROOT / "bench" / "search.py"


def search_section(site: Path) -> list[str]:
    """bench/search.py's own section (the search owner's benchmark), run on the same built site."""
    if not SEARCH_BENCH.is_file():
        return []
    command = [sys.executable, str(SEARCH_BENCH), "--site", str(site)]
    completed = subprocess.run(command, capture_output=True, text=True, env=mkdocs_env(), timeout=1800, check=False)
    if completed.returncode != 0:
        return [
            "## search",
            "",
            f"bench/search.py failed (exit {completed.returncode}):",
            "",
            "```",
            completed.stderr[-2000:],
            "```",
        ]
    return completed.stdout.strip().replace("## search", "## Search", 1).splitlines()


def targets(figures: build_time.BuildFigures, pages: list, runs: list[lighthouse.Run], growth: list) -> list[str]:
    hooks_share = figures.share().share
    lighthouse_ok = all(run.scores[name] >= lighthouse.TARGETS[name] for run in runs for name in lighthouse.CATEGORIES)
    over = [page for page in pages if page.over_budget()]
    lines = [
        "## Targets",
        "",
        f"- hooks' share of the build (for information; the 5 % target is retired, linear growth is the target): "
        f"{100 * hooks_share:.1f} %",
        f"- Lighthouse performance ≥ 0.98, accessibility, best practices, SEO 1.0: "
        f"**{'met' if lighthouse_ok else 'not met'}**" + ("" if runs else " (not run)"),
        f"- every page within its weight budget: **{'met' if not over else 'not met'}** ({len(pages)} pages)",
    ]
    if len(growth) >= 3:
        whole = corpus.growth_verdict(corpus.slopes_of(growth))
        hooks = corpus.growth_verdict(corpus.hook_slopes_of(growth))
        lines.append(f"- growth with the number of procedures: the whole build **{whole}**, the hooks **{hooks}**")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 50x corpus")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--no-search", action="store_true")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    started = time.monotonic()
    header = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py); do not edit by hand.",
        "",
        *machine_lines(),
    ]
    print("\n".join(header), flush=True)

    def show(lines: list[str]) -> list[str]:
        print("\n" + "\n".join(lines), flush=True)
        return lines

    build = build_time.measure(1 if args.quick else 5)
    sections = [show(build_time.report(build))]
    growth = corpus.measure([1, 10] if args.quick else [1, 10, 50], runs=1)
    sections.append(show(corpus.report(growth)))
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        site = timed_build(CONFIG, Path(tmp) / "site")[1].site_dir
        pages = weight.measure(site)
        bare_site = bare.build(Path(tmp) / "bare")
        sections.append(show(weight.beside_bare(site, pages, bare_site, weight.measure(bare_site))))
        sections.append(show(weight.report(site, pages)))
        repeat = 1 if args.quick else 3
        runs = [] if args.no_lighthouse else lighthouse.measure(site, lighthouse.DEFAULT_PAGES, repeat)
        if runs:
            sections.append(show(lighthouse.report(runs, repeat)))
        if not args.no_search:
            sections.append(show(search_section(site)))
    summary = show(targets(build, pages, runs, growth))
    command = "make bench" if not args.quick else "python bench/run.py --quick"
    footer = ["", f"Command: `{command}`; took {(time.monotonic() - started) / 60:.1f} min."]
    text = "\n".join([*header, "", *summary, *("\n" + "\n".join(section) for section in sections), *footer]) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"\nwritten to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
