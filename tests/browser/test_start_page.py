"""The start page in Chromium: Japanese drawn with a CJK font, no console errors, nothing but 127.0.0.1 requested,
and a language switcher that lands on the twin page."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright

from tests.support.browser import PageLog, assert_no_errors, assert_only_local, launch_chromium, open_page
from tests.support.glyphs import check_glyphs, platform_fonts

pytestmark = pytest.mark.browser

OpenSitePage = Callable[..., tuple[Page, PageLog]]
JAPANESE_SAMPLE = "確認コード"
CJK_FONT = re.compile(r"CJK|Hiragino|Yu Gothic|Meiryo|Noto Sans JP|IPA|Takao|VL Gothic", re.IGNORECASE)
JAPANESE_CHARACTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
START_PAGES = ["", "en/"]
# Material fetches sitemap.xml next to every <link rel="alternate" hreflang>; mkdocs-static-i18n points those at the
# twin page, so the fetch 404s (/en/sitemap.xml, /about/x/sitemap.xml). overrides/main.html leaves those links out.
SITEMAP_BESIDE_ALTERNATE_404 = re.compile(r"status of 404 .*/sitemap\.xml\)$")


@pytest.mark.parametrize("path", START_PAGES, ids=["ja", "en"])
def test_start_page_draws_japanese_with_a_cjk_font(open_site_page: OpenSitePage, path: str) -> None:
    page, _ = open_site_page(path)
    report = check_glyphs(page, JAPANESE_SAMPLE)
    assert report.all_drawn, f"drawn as tofu in {report.font_family!r}: {''.join(report.missing)}"
    # The Japanese language switcher label is on both start pages; it must come out of a real Japanese font.
    fonts = platform_fonts(page, 'a.md-select__link[hreflang="ja"]')
    assert any(CJK_FONT.search(family) for family in fonts), f"language label drawn with {fonts}"


def test_japanese_start_page_heading_uses_a_cjk_font(open_site_page: OpenSitePage) -> None:
    page, _ = open_site_page("")
    assert page.evaluate("document.documentElement.lang") == "ja"
    fonts = platform_fonts(page, "h1")
    assert any(CJK_FONT.search(family) for family in fonts), f"h1 drawn with {fonts}"


def test_font_stack_names_japanese_fonts(open_site_page: OpenSitePage) -> None:
    page, _ = open_site_page("")
    family = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).fontFamily")
    assert "Hiragino Sans" in family and "Noto Sans CJK JP" in family, family


def test_english_start_page_is_english(open_site_page: OpenSitePage) -> None:
    page, _ = open_site_page("en/")
    assert page.evaluate("document.documentElement.lang") == "en"
    heading = page.locator("h1").first.inner_text()
    assert heading.strip() and not JAPANESE_CHARACTER.search(heading), heading


@pytest.mark.parametrize("path", START_PAGES, ids=["ja", "en"])
def test_start_page_logs_no_console_errors(open_site_page: OpenSitePage, path: str) -> None:
    _, log = open_site_page(path)
    assert_no_errors(log)


@pytest.mark.parametrize("path", [*START_PAGES, "about/two-factor-authentication/"], ids=["ja", "en", "about"])
def test_page_requests_no_missing_sitemap(open_site_page: OpenSitePage, path: str) -> None:
    _, log = open_site_page(path)
    assert not [error for error in log.console_errors if SITEMAP_BESIDE_ALTERNATE_404.search(error)]


@pytest.mark.parametrize("path", START_PAGES, ids=["ja", "en"])
def test_start_page_requests_only_127_0_0_1(open_site_page: OpenSitePage, site_url: str, path: str) -> None:
    page, log = open_site_page(path)
    page.locator("input.md-search__input").first.focus()  # search loads its worker and index lazily
    page.keyboard.insert_text("確認")
    page.wait_for_load_state("networkidle")
    assert any(url.startswith(site_url) for url in log.requests)
    assert_only_local(log)


@pytest.mark.parametrize(
    ("start", "hreflang", "twin"),
    [
        ("about/two-factor-authentication/", "en", "en/about/two-factor-authentication/"),
        ("en/about/two-factor-authentication/", "ja", "about/two-factor-authentication/"),
    ],
    ids=["ja-to-en", "en-to-ja"],
)
def test_language_switcher_lands_on_twin_page(
    open_site_page: OpenSitePage, site_url: str, start: str, hreflang: str, twin: str
) -> None:
    page, _ = open_site_page(start)
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'.md-header a.md-select__link[hreflang="{hreflang}"]').first.click()
    page.wait_for_url(site_url + twin, timeout=10_000)
    assert page.evaluate("document.documentElement.lang") == hreflang
    assert page.locator(f'.md-header a.md-select__link[hreflang="{hreflang}"]').count() == 1


FONTS_WITHOUT_JAPANESE = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")


def restricted_fontconfig(folder: Path) -> dict[str, str]:
    """An environment whose fontconfig sees Latin fonts only: what a machine without fonts-noto-cjk has."""
    config = folder / "fonts.conf"
    font_dirs = "".join(f"<dir>{font_dir}</dir>" for font_dir in FONTS_WITHOUT_JAPANESE)
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"{font_dirs}<cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


@pytest.fixture
def browser_without_cjk_fonts(playwright_session: Playwright, tmp_path: Path) -> Iterator[Browser]:
    chromium = launch_chromium(playwright_session, env=restricted_fontconfig(tmp_path))
    yield chromium
    chromium.close()


def test_glyph_check_fails_without_cjk_fonts(browser_without_cjk_fonts: Browser, site_url: str) -> None:
    page, _ = open_page(browser_without_cjk_fonts, site_url)
    try:
        report = check_glyphs(page, JAPANESE_SAMPLE)
        fonts = platform_fonts(page, "h1")
    finally:
        page.context.close()
    assert report.missing == list(JAPANESE_SAMPLE)
    assert not any(CJK_FONT.search(family) for family in fonts)
