"""Build time for synthetic corpora of 10x and 50x the procedures, to see how the build grows.

Each procedure page (both languages) gets copies under new page ids (procedures/<name>-x<k>), wired into the flow
as a tree of `then` links from the original (each page leads to three copies more) so that every validation
passes and a copy is as long as its original. The copies are full pages: steps, phases, waiting periods, step
sheets with QR codes, search entries, flowchart nodes. The hooks' own time is measured in a second, in-process
build, so the growth of the whole build and of the hooks can be told apart.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import build_time
import yaml
from common import CONFIG, REPO_ROOT, Builds, median_build, table
from guide.model.front_matter import FRONT_MATTER

DOCS = REPO_ROOT / "docs"


@dataclass(frozen=True)
class CorpusFigures:
    factor: int
    procedures: int  # procedure pages per language
    pages: int  # HTML pages built, both languages
    builds: Builds
    hooks: build_time.HookShare  # the hooks' time in an in-process build (wall-clock timers)
    html_bytes: int  # all HTML pages together


MAX_THEN = 40  # pages a page's `then` may list (guide.model.schema.MAX_ITEMS)
GROWTH_TARGET = 1.3  # the average page at the largest corpus, against the 1x page
FAN_OUT = 3  # copies a page leads to: a copy's page is its original's plus at most three links


def split_page(text: str) -> tuple[dict, str]:
    match = FRONT_MATTER.match(text)
    if match is None:
        raise ValueError("no front matter")
    return yaml.safe_load(match.group(1)), text[match.end() :]


def join_page(front_matter: dict, body: str) -> str:
    return f"---\n{yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False)}---\n{body}"


def write_config(root: Path) -> Path:
    config = {
        "INHERIT": str(CONFIG),
        "docs_dir": "docs",
        "theme": {"custom_dir": str(REPO_ROOT / "overrides")},
        "hooks": [str(REPO_ROOT / hook) for hook in yaml.safe_load(_hooks_yaml())],
        "watch": [str(REPO_ROOT / "hooks")],
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def _hooks_yaml() -> str:
    """The `hooks:` list of the real mkdocs.yml (its other tags are not needed here)."""
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    start = lines.index("hooks:")
    block = []
    for line in lines[start + 1 :]:
        if not line.startswith("  -"):
            break
        block.append(line.split("#", 1)[0].rstrip())
    return "\n".join(block)


def make_corpus(root: Path, factor: int) -> Path:
    """The real docs with factor-1 copies of every procedure; returns the mkdocs.yml to build it."""
    docs = root / "docs"
    shutil.copytree(DOCS, docs, ignore=shutil.ignore_patterns("assets"))
    (docs / "assets").symlink_to(DOCS / "assets", target_is_directory=True)
    for original in sorted((docs / "procedures").glob("*.md")):
        stem, _, lang_suffix = original.name.removesuffix(".md").partition(".")
        suffix = f".{lang_suffix}" if lang_suffix else ""
        front_matter, body = split_page(original.read_text(encoding="utf-8"))
        copies = [f"procedures/{stem}-x{k}" for k in range(1, factor)]
        then = front_matter.get("then", [])
        # A tree: the original leads to the first FAN_OUT copies, copy i to the FAN_OUT after those, and so on, so
        # every copy is reached and each page is as long as the original's plus at most FAN_OUT links.
        fan_out = min(FAN_OUT, MAX_THEN - len(then))
        for index, name in enumerate(copies):
            copy = {**front_matter, "then": [*then, *copies[fan_out * (index + 1) :][:fan_out]]}
            (docs / f"{name}{suffix}.md").write_text(join_page(copy, body), encoding="utf-8")
        front_matter["then"] = [*then, *copies[:fan_out]]
        original.write_text(join_page(front_matter, body), encoding="utf-8")
    return write_config(root)


def measure(factors: list[int], runs: int) -> list[CorpusFigures]:
    figures = []
    for factor in factors:
        with tempfile.TemporaryDirectory(prefix=f"bench-corpus-{factor}x-") as tmp:
            config = make_corpus(Path(tmp), factor)
            site = Path(tmp) / "site"
            builds = median_build(config, site, runs)
            hooks = build_time.hook_share(config, Path(tmp) / "profiled", True, build_time.BUILD)
            procedures = len(list((Path(tmp) / "docs" / "procedures").glob("*.md"))) // 2
            html = list(site.rglob("*.html"))
            html_bytes = sum(path.stat().st_size for path in html)
            figures.append(CorpusFigures(factor, procedures, len(html), builds, hooks, html_bytes))
    return figures


def slopes_of(figures: list[CorpusFigures]) -> list[float]:
    """CPU seconds per added page between consecutive corpora."""
    pairs = zip(figures, figures[1:], strict=False)
    return [(later.builds.cpu - earlier.builds.cpu) / (later.pages - earlier.pages) for earlier, later in pairs]


def hook_slopes_of(figures: list[CorpusFigures]) -> list[float]:
    """The hooks' seconds per added page between consecutive corpora."""
    pairs = zip(figures, figures[1:], strict=False)
    return [(later.hooks.hooks - earlier.hooks.hooks) / (later.pages - earlier.pages) for earlier, later in pairs]


def growth_verdict(slopes: list[float]) -> str:
    ratio = max(slopes) / min(slopes)
    if ratio <= 1.15:
        return "linear"
    if ratio <= 1.5:
        return f"close to linear (an added page costs {ratio:.2f} times as much in the larger corpus)"
    return f"faster than linear (an added page costs {ratio:.2f} times as much in the larger corpus)"


def report(figures: list[CorpusFigures]) -> list[str]:
    """Wall clock depends on what else the machine runs; CPU time (mkdocs and its children) is the steadier figure."""
    base = figures[0]
    rows = [
        [
            f"{item.factor}x",
            item.procedures,
            item.pages,
            f"{item.builds.wall:.1f} s",
            f"{item.builds.cpu:.1f} s",
            f"{item.pages / base.pages:.2f}",
            f"{item.builds.cpu / base.builds.cpu:.2f}",
            f"{1000 * item.builds.cpu / item.pages:.0f} ms",
            f"{item.html_bytes / item.pages / 1024:.0f} KB",
            f"{item.hooks.hooks:.2f} s ({item.hooks.share:.0%})",
            f"{1000 * item.hooks.hooks / item.pages:.1f} ms",
        ]
        for item in figures
    ]
    lines = [
        "## Growth with the number of procedures",
        "",
        "Synthetic corpora: every procedure page copied under new ids (both languages), wired into the flow as "
        f"`then` of the original; median of {len(base.builds.runs)} strict build(s) each; "
        "the hooks' time from one more, in-process build with timers.",
        "",
    ]
    headers = [
        "corpus",
        "procedures per language",
        "HTML pages",
        "wall",
        "CPU",
        "page ratio",
        "CPU ratio",
        "CPU per page",
        "HTML per page",
        "hooks (share)",
        "hooks per page",
    ]
    lines += table(headers, rows)
    if len(figures) >= 3:
        slopes = slopes_of(figures)
        described = ", then ".join(f"{1000 * slope:.0f} ms" for slope in slopes)
        lines += ["", f"- CPU cost per added page: {described}: growth is **{growth_verdict(slopes)}**"]
        hook_slopes = hook_slopes_of(figures)
        described = ", then ".join(f"{1000 * slope:.1f} ms" for slope in hook_slopes)
        lines += [f"- the hooks' cost per added page: {described}: **{growth_verdict(hook_slopes)}**"]
    if len(figures) >= 2:
        first, last = figures[0], figures[-1]
        ratio = (last.html_bytes / last.pages) / (first.html_bytes / first.pages)
        lines += [
            f"- the average page's HTML: {first.html_bytes / first.pages / 1024:.0f} KB at {first.factor}x, "
            f"{last.html_bytes / last.pages / 1024:.0f} KB at {last.factor}x: **{ratio:.2f}x** (target at most "
            f"{GROWTH_TARGET}x; a menu section lists at most 16 pages on a page, hooks/nav_hook.py; the start page, "
            "the flowchart and the situations list every procedure they lead to, so they do grow)"
        ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print("\n".join(report(measure(args.factors, args.runs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
