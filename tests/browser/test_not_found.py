"""The 404 page as GitHub Pages serves it (tests/support/serve.py answers a missing path with the root 404.html):
both languages on it, the requested path's language first, links into the flow and to both start pages that open,
a search form per language that searches that language, no console error, no policy violation, only 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest
from guide.flow.graph import build_flow_graph
from guide.markup.environment import strings_of
from guide.model.site import load_site
from guide.search.fallback import search_fallback
from playwright.sync_api import Browser, Page

from tests.support.browser import DESKTOP_VIEWPORT, PageLog, assert_only_local, block_non_local
from tests.support.paths import DOCS_DIR

pytestmark = pytest.mark.browser

MISSING = {"ja": "procedures/does-not-exist/", "en": "en/procedures/does-not-exist/"}
RECORD_VIOLATIONS = (
    "window.cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));"
)
PHONE = {"width": 375, "height": 667}


@pytest.fixture
def open_missing(browser: Browser, site_url: str) -> Iterator:
    contexts = []

    def open_path(path: str, javascript: bool = True) -> tuple[Page, PageLog, int]:
        context = browser.new_context(
            java_script_enabled=javascript, viewport=PHONE if javascript else DESKTOP_VIEWPORT
        )
        contexts.append(context)
        log = PageLog()
        context.on("request", log.record_request)
        context.route("**/*", block_non_local)
        context.add_init_script(RECORD_VIOLATIONS)
        page = context.new_page()
        page.on("console", log.record_console)
        page.on("pageerror", lambda error: log.page_errors.append(str(error)))
        response = page.goto(urljoin(site_url, path), wait_until="networkidle")
        assert response is not None
        return page, log, response.status

    yield open_path
    for context in contexts:
        context.close()


def page_errors_besides_the_missing_page(log: PageLog, url: str) -> list[str]:
    """Console errors other than Chromium's own line about the requested address answering 404."""
    return [error for error in log.console_errors + log.page_errors if not (" 404 " in error and url in error)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_missing_address_shows_both_languages_leading_with_its_own(open_missing, site_url: str, lang: str) -> None:
    page, log, status = open_missing(MISSING[lang])
    assert status == 404
    other = "en" if lang == "ja" else "ja"
    assert page.evaluate("document.documentElement.lang") == lang
    sections = page.locator("[data-guide-not-found-sections] > section")
    assert sections.evaluate_all("all => all.map(s => s.lang)") == [lang, other]
    title = page.locator("[data-guide-not-found-title] > [lang]").evaluate_all("all => all.map(s => s.lang)")
    assert title == [lang, other]
    assert page.title().startswith(strings_of(lang, "not_found")["title"])
    for each in (lang, other):
        section = page.locator(f"[data-guide-not-found-sections] > section[lang={each}]")
        assert strings_of(each, "not_found")["lead"] in section.inner_text()
    assert page.evaluate("window.cspViolations") == []
    assert page_errors_besides_the_missing_page(log, urljoin(site_url, MISSING[lang])) == []
    assert_only_local(log)
    page.screenshot(path=f"tests/output/not-found-{lang}.png", full_page=True)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_way_forward_opens_a_page(open_missing, site_url: str, lang: str) -> None:
    """The first question, each of its answers and the start page, in both languages, without JavaScript too."""
    page, log, _ = open_missing(MISSING[lang], javascript=False)
    site, _ = load_site(DOCS_DIR, today=date.today())
    for each, root in (("ja", "/"), ("en", "/en/")):
        fallback = search_fallback(build_flow_graph(site, each))
        assert fallback is not None
        section = page.locator(f"[data-guide-not-found-sections] > section[lang={each}]")
        links = section.locator("a").evaluate_all("all => all.map(a => [a.textContent.trim(), a.href])")
        labels = [label for label, _ in links]
        assert fallback.question in labels
        assert [answer.label for answer in fallback.answers] == labels[1 : 1 + len(fallback.answers)]
        assert [root] == [
            urlsplit(href).path for label, href in links if label == strings_of(each, "not_found")["start"]
        ]
        for _, href in links:
            assert urlsplit(href).path.startswith(root)
            assert page.request.get(href).status == 200, href
    assert page.evaluate("window.cspViolations") == []
    assert_only_local(log)


@pytest.mark.parametrize(("lang", "query", "expected"), [("en", "recovery key", "/en/"), ("ja", "復旧キー", "/")])
def test_each_search_form_searches_its_language(
    open_missing, site_url: str, lang: str, query: str, expected: str
) -> None:
    page, log, _ = open_missing(MISSING["ja"])  # the Japanese lead: the English form must still search English
    page.locator(f"#guide-not-found-q-{lang}").fill(query)
    page.locator(f"section[lang={lang}] .guide-not-found__search button").click()
    page.wait_for_url(lambda url: urlsplit(url).path == expected)
    results = page.locator("li.md-search-result__item a.md-search-result__link")
    results.first.wait_for(state="visible")
    hrefs = results.evaluate_all("all => all.map(a => a.href)")
    assert hrefs and all(urlsplit(href).path.startswith(expected) for href in hrefs)
    if lang == "ja":
        assert not any(urlsplit(href).path.startswith("/en/") for href in hrefs)
    assert page.evaluate("window.cspViolations") == []
    assert page_errors_besides_the_missing_page(log, urljoin(site_url, MISSING["ja"])) == []
    assert_only_local(log)
