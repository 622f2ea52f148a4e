"""Real strict builds of a generated fixture site (the real config, hooks and overrides):

- hostile text in every text field of every page kind builds, and renders inert in the HTML, the search index
  and the browser's search results;
- broken front matter stops the build with one line per error naming file and field, without a traceback,
  and scripts/safe_build.py leaves the last good site/ exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from tests.robustness.corpus import base_page, front_matter_text
from tests.robustness.fixture_site import HOSTILE, write_fixture
from tests.robustness.inert import injections, visible_text
from tests.support.browser import open_page
from tests.support.paths import REPO_ROOT
from tests.support.serve import serve_dir

SAFE_BUILD = REPO_ROOT / "scripts" / "safe_build.py"


def safe_build(config: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SAFE_BUILD), "--config-file", str(config), "--site-dir", str(site_dir)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(path.relative_to(root).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile fixture built strict through scripts/safe_build.py: the "last good site"."""
    root = tmp_path_factory.mktemp("hostile-fixture")
    result = safe_build(write_fixture(root), root / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"hostile text is valid content and must build:\n{output}"
    assert "Traceback" not in output
    return root / "site"


@pytest.fixture(scope="module")
def pages(hostile_site: Path) -> dict[str, str]:
    return {
        path.relative_to(hostile_site).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(hostile_site.rglob("*.html"))
    }


def test_every_kind_and_the_flowchart_were_built(pages: dict[str, str]) -> None:
    expected = {"index.html", "check/first/index.html", "scenarios/s/index.html", "procedures/a/index.html"}
    expected |= {"procedures/b/index.html", "about/e/index.html", "reference/r/index.html", "flowchart/index.html"}
    expected |= {f"en/{page}" for page in expected}
    assert expected <= set(pages)
    assert "<svg" in pages["flowchart/index.html"], "the flowchart page has no inline SVG"


def test_no_markup_comes_out_of_front_matter(pages: dict[str, str]) -> None:
    problems = [f"{page}: {found}" for page, html in pages.items() for found in injections(html)]
    assert not problems, "hostile front-matter text became markup:\n" + "\n".join(problems)


def test_text_fields_show_the_hostile_text_literally(pages: dict[str, str]) -> None:
    """Wherever a front-matter text field's marker is shown, the whole hostile text follows it, character for
    character (Markdown fields are Markdown and may legitimately change it, so they are left out)."""
    hostile = " ".join(HOSTILE.split())
    markdown_fields = ("body", "text", "help")  # text: of a tip or warning
    shown = 0
    for page, html in pages.items():
        text = visible_text(html)
        for chunk in text.split("Q7")[1:]:
            marker, _, rest = chunk.partition(" ")
            if marker.rpartition(".")[2].rpartition(":")[2] in markdown_fields or not rest.startswith("<q7inject"):
                continue
            shown += 1
            assert rest.startswith(hostile), f"{page}: the text after Q7{marker} is not literal: {rest[:160]!r}"
    assert shown > 100, f"only {shown} text fields found on the pages"


def test_the_tab_title_is_the_literal_title(pages: dict[str, str]) -> None:
    soup = BeautifulSoup(pages["procedures/b/index.html"], "html.parser")
    title = soup.find("title")
    assert title is not None and title.get_text().startswith("Q7procedures/b.md:title " + " ".join(HOSTILE.split()))
    description = soup.find("meta", attrs={"name": "description"})
    assert description is None or "&lt;" not in str(description.get("content", "")), "escaped twice"


def test_the_search_index_holds_no_markup_from_front_matter(hostile_site: Path) -> None:
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    problems = []
    for entry in index["docs"]:
        for field in ("title", "text", "keywords"):
            values = entry.get(field, [])
            for value in values if isinstance(values, list) else [values]:
                problems += [f"{entry['location']} {field}: {found}" for found in injections(str(value))]
    assert not problems, "search index fields are HTML; front-matter text must be escaped:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    with serve_dir(hostile_site) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("start", ["", "en/"])
def test_search_results_stay_inert_in_the_browser(browser: Browser, hostile_url: str, start: str) -> None:
    page, _ = open_page(browser, hostile_url + start)
    try:
        page.evaluate("() => { window.q7calls = 0; window.q7script = () => { window.q7calls += 1; }; }")
        page.focus(".md-search__input")
        page.keyboard.insert_text("Q7procedures")
        page.keyboard.press("End")
        page.wait_for_selector(".md-search-result__item", timeout=15_000)
        found = page.evaluate(
            "() => [document.querySelectorAll('q7inject, [q7attr]').length, window.q7calls,"
            " document.querySelectorAll('.md-search-result__item').length]"
        )
    finally:
        page.context.close()
    injected, calls, results = found
    assert results > 0
    assert (injected, calls) == (0, 0), f"search results made {injected} elements and ran the script {calls} times"


BROKEN: dict[str, str] = {
    # a required field dropped, a wrong type, an unknown key, and YAML that PyYAML cannot construct
    "procedures/a.md": front_matter_text({k: v for k, v in base_page("procedures/a").items() if k != "summary"}),
    "check/first.md": front_matter_text({**base_page("check/first"), "answers": "yes"}),
    "scenarios/s.en.md": front_matter_text({**base_page("scenarios/s"), "colour": "blue"}),
    "about/e.md": front_matter_text(base_page("about/e")).replace("reviewed: '2026-11-01'", "reviewed: 2026-02-30"),
}
EXPECTED_LINES = (
    "procedures/a.md: summary: required",
    "check/first.md: answers: must be a list, not str",
    "scenarios/s.en.md: colour: unknown field",
    "about/e.md: reviewed: '2026-02-30' is not a date in the calendar (YYYY-MM-DD)",
)


def test_broken_front_matter_fails_the_build_and_keeps_the_last_good_site(hostile_site: Path, tmp_path: Path) -> None:
    before = tree_digest(hostile_site)
    result = safe_build(write_fixture(tmp_path, replaced=BROKEN), hostile_site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    lines = [line.strip() for line in output.splitlines()]
    missing = [expected for expected in EXPECTED_LINES if expected not in lines]
    assert not missing, f"the build output lacks these error lines: {missing}\n{output}"
    assert tree_digest(hostile_site) == before, "a failed build changed the last good site/"
    assert not list(hostile_site.parent.glob("site.building-*")), "the failed build left its staging folder"
