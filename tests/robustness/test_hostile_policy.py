"""The page policy against what reaches a finished page without passing the Markdown checks (a hook or plugin that
writes HTML), through real strict builds of the robustness corpus (scripts/safe_build.py, the real config, hooks and
overrides, plus one hook of the test's that plays the hostile writer):

- an inline script or style in a page's content, one in its head that no template wrote, and a second policy each
  stop the build with the page's file and the reason, and leave no site;
- what is not an element (script text in an attribute value or a comment) and a description that names the policy
  build: in Chromium nothing of it runs, and each page keeps its one policy.
Outcomes join the table of tests/robustness/hostile_table.py (category "policy").
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from tests.robustness.corpus import base_page, front_matter_text, write_file
from tests.robustness.hostile_cases import Case, Refused
from tests.robustness.hostile_run import Result
from tests.robustness.hostile_table import RESULTS
from tests.robustness.test_hostile_builds import safe_build, write_pages
from tests.support.browser import block_non_local
from tests.support.serve import serve_dir

TARGET = "procedures/a.md"
# The hostile writer: adds PAYLOADS[where] to procedures/a's content ("content") or head ("head").
WRITER = """
PAYLOADS = {payloads!r}


def on_page_content(html, page, config, files):
    return html + PAYLOADS.get("content", "") if page.file.src_uri == {target!r} else html


def on_post_page(output, page, config):
    if page.file.src_uri != {target!r}:
        return output
    return output.replace("</head>", PAYLOADS.get("head", "") + "</head>", 1)
"""


def write_site(root: Path, payloads: dict[str, str]) -> Path:
    config = write_pages(root)
    writer = root / "hostile_writer.py"
    writer.write_text(WRITER.format(payloads=payloads, target=TARGET), encoding="utf-8")
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["hooks"] = [*data["hooks"], str(writer)]
    config.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return config


REFUSED = {
    "script in the content": ({"content": "<script>alert(1)</script>"}, "its body holds an inline <script>"),
    "module script in the content": (
        {"content": '<div><script type="module">alert(1)</script></div>'},
        "its body holds an inline <script>",
    ),
    "style in the content": ({"content": "<style>body{display:none}</style>"}, "its body holds an inline <style>"),
    "style in the head": (
        {"head": "<style>body{display:none}</style>"},
        "an inline <style> that no template wrote ('body{display:none}')",
    ),
    "script in the head": ({"head": "<script>alert(1)</script>"}, "an inline <script> that no template wrote"),
    "a second policy": (
        {"head": '<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'">'},
        "a <meta http-equiv> Content-Security-Policy the page already holds",
    ),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_an_inline_block_no_template_wrote_stops_the_build(tmp_path: Path, name: str) -> None:
    payloads, reason = REFUSED[name]
    started = time.monotonic()
    result = safe_build(write_site(tmp_path, payloads), tmp_path / "site")
    output = result.stdout + result.stderr
    found = [line for line in output.splitlines() if f"{TARGET}: " in line and reason in line]
    ok = result.returncode == 1 and bool(found) and "Traceback" not in output
    RESULTS.append(
        Result(
            Case("policy", f"build: {name}", lambda docs: None, Refused(TARGET, "", reason)),
            "refused" if ok else ("traceback" if "Traceback" in output else "wrong"),
            output[-400:],
            time.monotonic() - started,
        )
    )
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    assert found, output
    assert not (tmp_path / "site").exists()


INERT = {
    "content": (
        '<iframe srcdoc="<script>parent.ran = (parent.ran || 0) + 1</script>"></iframe>'
        "<!-- <script>window.ran = 1</script> -->"
        '<p title="<script>window.ran = 1</script>" id="q7">Q7 text</p>'
    )
}
DESCRIPTION = "Content-Security-Policy: none. <b onmouseover=alert(1)>Q7</b>"


@pytest.fixture(scope="module")
def inert_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-policy")
    started = time.monotonic()
    config = write_site(root, INERT)
    for file in ("index.md", "index.en.md"):
        write_file(root / "docs", file, front_matter_text({**base_page("index"), "description": DESCRIPTION}))
    result = safe_build(config, root / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    RESULTS.append(
        Result(
            Case("policy", "build: script text in attributes and comments, a description naming the policy", print),
            "built inert",
            "",
            time.monotonic() - started,
        )
    )
    return root / "site"


@pytest.fixture(scope="module")
def inert_url(inert_site: Path) -> Iterator[str]:
    with serve_dir(inert_site) as url:
        yield url


def test_every_page_of_the_hostile_site_carries_exactly_one_policy(inert_site: Path) -> None:
    pages = sorted(inert_site.rglob("*.html"))
    assert any(page.name == "404.html" for page in pages)
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        policies = soup.head.find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(policies) == 1, f"{page}: {len(policies)} policies"
        assert policies[0].find_previous_sibling(["script", "style", "link"]) is None, f"{page}: policy too late"


INIT = (
    "window.ran = 0; window.alert = () => { window.ran += 1; }; window.cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));"
)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["procedures/a/", "", "en/"])
def test_nothing_of_it_runs_in_chromium_and_the_policy_holds(browser: Browser, inert_url: str, path: str) -> None:
    context = browser.new_context()
    context.route("**/*", block_non_local)
    context.add_init_script(INIT)
    page = context.new_page()
    try:
        page.goto(inert_url + path, wait_until="load")
        for element in page.query_selector_all("article *"):
            element.dispatch_event("mouseover")
        # The policy is in force: a handler injected now is refused, as on every page of the real site.
        page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.ran += 1\">')")
        page.wait_for_function("window.cspViolations.includes('script-src-attr')")
        policies = page.eval_on_selector_all('head meta[http-equiv="Content-Security-Policy"]', "m => m.length")
        ran = page.evaluate("window.ran")
    finally:
        context.close()
    assert (ran, policies) == (0, 1)
