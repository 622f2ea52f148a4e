"""The Content-Security-Policy (hooks/guide/security/csp.py): on every built page, violation-free in Chromium in
both languages, light and dark, with and without JavaScript; an injected inline handler or javascript: URL refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from guide.security.csp import PolicyError, policy, source_hash, with_policy
from playwright.sync_api import Browser, Page

from tests.support.browser import DESKTOP_VIEWPORT, block_non_local
from tests.support.paths import HOOKS_DIR, OVERRIDES_DIR

POLICY = re.compile(
    r"^default-src 'self'; script-src 'self'(?: 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self'(?: 'sha256-[^']+')*; "
    r"img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'$"
)
# Records every violation from the first script on (an init script runs before the page's own).
RECORD_VIOLATIONS = (
    "window.cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push("
    "`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));"
)


def html_pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))


PAGE = (
    '<html><head><meta charset="utf-8"><script>a()</script><script type="application/json">{}</script>'
    "<script src=x.js></script><style>p{}</style></head><body><article>{body}</article>"
    "<script type=module>b()</script></body></html>"
)


def test_the_policy_names_the_inline_blocks_the_templates_wrote_and_only_those() -> None:
    page = PAGE.replace("{body}", "<p>x</p>")
    found = with_policy(page, {"a()", "b()", "p{}", "never()"})
    assert found.startswith('<html><head><meta charset="utf-8">\n  <meta http-equiv="Content-Security')
    assert f"script-src 'self' {source_hash('a()')} {source_hash('b()')};" in found
    assert f"style-src 'self' {source_hash('p{}')};" in found
    assert source_hash("never()") not in found
    assert policy([source_hash("a()")], []) == POLICY_OF_A


POLICY_OF_A = (
    f"default-src 'self'; script-src 'self' {source_hash('a()')}; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (PAGE.replace("{body}", ""), "line 1: an inline <script> that no template wrote ('b()')"),
        (PAGE.replace("b()", "a()").replace("{body}", "<style>\nbody{display:none}</style>"), "inline <style>"),
        (PAGE.replace("<head>", '<head><meta http-equiv="Content-Security-Policy" content="x">'), "already holds"),
        ("<p>no head</p>", "has no <head>"),
    ],
)
def test_a_page_with_an_inline_block_no_template_wrote_or_a_policy_of_its_own_is_refused(
    page: str, reason: str
) -> None:
    with pytest.raises(PolicyError, match=re.escape(reason)):
        with_policy(page, {"a()", "p{}"})


def test_a_body_holds_no_inline_block_even_one_a_template_also_writes() -> None:
    body = "<p>x</p><script>a()</script>"
    with pytest.raises(PolicyError, match=re.escape("its body holds an inline <script> ('a()')")):
        with_policy(PAGE.replace("{body}", body), {"a()", "b()", "p{}"}, body)


def test_every_built_page_carries_the_policy_before_any_script(built_site: Path) -> None:
    pages = html_pages(built_site)
    assert "404.html" in pages and "en/index.html" in pages and len(pages) > 50
    for name in pages:
        html = (built_site / name).read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        metas = soup.find_all("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})
        assert len(metas) == 1, f"{name}: {len(metas)} policies"
        assert metas[0].parent is soup.head, f"{name}: the policy is not an element of <head>"
        content = metas[0]["content"]
        assert POLICY.match(content), f"{name}: {content}"
        assert html.index("Content-Security-Policy") < html.index("<script"), f"{name}: a script before the policy"
        for script in soup.find_all("script"):
            if not script.get("src") and script.get("type") != "application/json":
                assert source_hash(script.string or "") in content, f"{name}: an inline script without its hash"


@pytest.fixture
def pages_of(browser: Browser, site_url: str) -> Iterator:
    contexts = []

    def open_context(scheme: str, javascript: bool) -> tuple[Page, list[str]]:
        context = browser.new_context(java_script_enabled=javascript, color_scheme=scheme, viewport=DESKTOP_VIEWPORT)
        context.route("**/*", block_non_local)
        context.add_init_script(RECORD_VIOLATIONS)
        contexts.append(context)
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
        return page, console

    yield open_context
    for context in contexts:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize(("scheme", "javascript"), [("light", True), ("dark", True), ("light", False)])
def test_every_page_runs_without_a_policy_violation(
    pages_of, built_site: Path, site_url: str, scheme: str, javascript: bool
) -> None:
    """Chromium reports a violation as a securitypolicyviolation event and, with or without JavaScript, as a
    console error ("Refused to ...", "... violates the following Content Security Policy directive")."""
    page, console = pages_of(scheme, javascript)
    problems = []
    for name in html_pages(built_site):
        # DOMContentLoaded: every script has run and the stylesheets' images are requested (checked without
        # img-src data:, every page reported its violations by then); the next test waits for the network too.
        page.goto(site_url + name.removesuffix("index.html"), wait_until="domcontentloaded")
        violations = page.evaluate("window.cspViolations") if javascript else []
        policy_errors = [text for text in console if "Content Security Policy" in text or "Refused to" in text]
        if violations or policy_errors:
            problems.append(f"{name}: {violations + policy_errors}")
        console.clear()
    assert not problems, "policy violations:\n" + "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "en/", "procedures/offline-code/", "en/flowchart/", "404.html"])
def test_a_fully_loaded_page_reports_no_violation(pages_of, site_url: str, path: str) -> None:
    page, console = pages_of("dark", True)
    page.goto(site_url + path, wait_until="networkidle")
    page.wait_for_timeout(200)
    assert page.evaluate("window.cspViolations") == []
    assert not [text for text in console if "Content Security Policy" in text]


@pytest.mark.browser
@pytest.mark.parametrize("start", ["", "en/"])
def test_search_runs_under_the_policy(pages_of, site_url: str, start: str) -> None:
    page, console = pages_of("light", True)
    page.goto(site_url + start, wait_until="networkidle")
    page.focus(".md-search__input")
    page.keyboard.insert_text("SMS")
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    assert page.evaluate("window.cspViolations") == []


@pytest.mark.browser
@pytest.mark.parametrize("start", ["", "en/"])
def test_an_injected_handler_and_a_javascript_url_are_refused(pages_of, site_url: str, start: str) -> None:
    page, console = pages_of("light", True)
    page.goto(site_url + start, wait_until="load")
    page.evaluate(
        """() => {
          document.body.insertAdjacentHTML('beforeend',
            '<img src="x" onerror="window.injected = 1"><a id="q7" href="javascript:window.navigated = 1">x</a>');
          document.getElementById('q7').click();
        }"""
    )
    page.wait_for_function("window.cspViolations.length >= 2")
    assert page.evaluate("[window.injected, window.navigated]") == [None, None]
    directives = {violation.split()[0] for violation in page.evaluate("window.cspViolations")}
    assert {"script-src-attr", "script-src-elem"} <= directives


# Jinja in a template's inline block: an expression, a statement or a comment, with its whitespace control.
JINJA = re.compile(r"\s*\{[{%#]-?.*?-?[}%#]\}\s*", re.S)


def template_patterns() -> list[re.Pattern[str]]:
    """Every inline <script> or <style> written in a template of ours (overrides/, hooks/guide/templates/) or of
    Material, as a pattern its rendered text must match (each piece of Jinja matches any text)."""
    import material

    folders = [OVERRIDES_DIR, HOOKS_DIR / "guide" / "templates", Path(material.__file__).parent / "templates"]
    patterns = []
    for folder in folders:
        for template in folder.rglob("*.html*"):
            soup = BeautifulSoup(
                re.sub(r"\{#.*?#\}", "", template.read_text(encoding="utf-8"), flags=re.S), "html.parser"
            )
            for element in soup.find_all(["script", "style"]):
                if element.name == "style" or not (element.get("src") or element.get("type") == "application/json"):
                    pieces = JINJA.split(element.get_text())
                    literal = [re.sub(r"(\\\s)+|\s+", r"\\s*", re.escape(piece)) for piece in pieces]
                    patterns.append(re.compile(r"\s*" + ".*?".join(literal) + r"\s*", re.S))
    return patterns


def test_no_page_s_policy_names_a_hash_the_templates_did_not_produce(built_site: Path) -> None:
    """Each hash a page's policy names is that of an inline block of the page outside its content, whose text is
    what a template's block renders to; the content holds none."""
    patterns = template_patterns()
    assert len(patterns) >= 8, "the templates' inline blocks were not found"
    problems = []
    for name in html_pages(built_site):
        soup = BeautifulSoup((built_site / name).read_text(encoding="utf-8"), "html.parser")
        content = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        named = set(re.findall(r"'sha256-[^']+'", content))
        article = soup.find("article")
        blocks = {}
        for element in soup.find_all(["script", "style"]):
            if element.name == "style" or not (element.get("src") or element.get("type") == "application/json"):
                if article is not None and article in element.parents:
                    problems.append(f"{name}: an inline <{element.name}> in the page's content")
                blocks[source_hash(element.string or "")] = element.string or ""
        for digest in named:
            text = blocks.get(digest)
            if text is None:
                problems.append(f"{name}: the policy names {digest}, which no inline block of the page has")
            elif not any(pattern.fullmatch(text) for pattern in patterns):
                problems.append(f"{name}: the policy names {digest} of {text[:60]!r}, which no template writes")
    assert not problems, "\n".join(problems)
