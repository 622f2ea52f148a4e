"""Lighthouse 12.8 (node_modules, offline) on the start page, a procedure and the flowchart: mobile, simulated
throttling, against the site served from 127.0.0.1 like GitHub Pages serves it (gzip)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from common import CONFIG, table, timed_build
from gzip_server import serve_like_pages

from tests.quality.tools import LIGHTHOUSE, require, require_program
from tests.support.browser import CHROMIUM_ARGS, CHROMIUM_PATH

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
METRICS = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
)
DEFAULT_PAGES = ("", "procedures/request-account-recovery/", "flowchart/")


@dataclass(frozen=True)
class Run:
    page: str
    scores: dict[str, float]
    metrics: dict[str, str]
    failing: list[str]  # audits below 1 that count in a category score


def run_lighthouse(url: str, output: Path) -> dict:
    node = require_program("node")
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        node,
        str(require(LIGHTHOUSE)),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--form-factor=mobile",
        f"--chrome-flags={flags}",
    ]
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM_PATH)}
    completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    if completed.returncode != 0 or not output.is_file():
        raise RuntimeError(f"lighthouse failed on {url}:\n{completed.stderr[-3000:]}")
    return json.loads(output.read_text(encoding="utf-8"))


def summarise(page: str, result: dict) -> Run:
    scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
    metrics = {name: result["audits"][name].get("displayValue", "") for name in METRICS}
    failing = []
    for name in CATEGORIES:
        for reference in result["categories"][name]["auditRefs"]:
            audit = result["audits"][reference["id"]]
            if reference.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.append(f"{name}: {audit['id']} ({audit['score']:.2f}) {audit.get('displayValue', '')}".strip())
    return Run(page, scores, metrics, failing)


def measure(site: Path, pages: tuple[str, ...], repeat: int) -> list[Run]:
    """Each page `repeat` times; the run with the median performance score is kept."""
    kept = []
    with serve_like_pages(site) as url, tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        for page in pages:
            runs = [summarise(page, run_lighthouse(url + page, Path(tmp) / f"{index}.json")) for index in range(repeat)]
            runs.sort(key=lambda run: run.scores["performance"])
            kept.append(runs[len(runs) // 2])
    return kept


def report(runs: list[Run], repeat: int) -> list[str]:
    lines = [
        "## Lighthouse",
        "",
        f"Lighthouse 12.8 (npm), mobile with simulated throttling, Chromium headless, the site served from 127.0.0.1 "
        f"with gzip like GitHub Pages; the run with the median performance score of {repeat}. Targets: performance "
        "at least 0.98, the others 1.0.",
        "",
    ]
    rows = []
    for run in runs:
        cells = [f"{run.scores[name]:.2f}" + ("" if run.scores[name] >= TARGETS[name] else " ✗") for name in CATEGORIES]
        rows.append(
            [
                f"/{run.page}",
                *cells,
                run.metrics["first-contentful-paint"],
                run.metrics["largest-contentful-paint"],
                run.metrics["total-blocking-time"],
                run.metrics["cumulative-layout-shift"],
            ]
        )
    lines += table(["page", *CATEGORIES, "FCP", "LCP", "TBT", "CLS"], rows)
    failing = [f"- /{run.page}: {item}" for run in runs for item in run.failing]
    lines += ["", "Audits that cost points:" if failing else "No audit that counts in a score failed.", *failing]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the repository's)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        site = args.site or timed_build(CONFIG, Path(tmp) / "site")[1].site_dir
        print("\n".join(report(measure(site, DEFAULT_PAGES, args.repeat), args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
