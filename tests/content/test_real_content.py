"""The real content: every page valid for its kind, twins in parity, reviewed within 12 months, sourced."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from guide.flow.rules import flow_errors
from guide.model.schema import QuestionPage
from guide.model.site import Site, load_site

DOCS = Path(__file__).resolve().parents[2] / "docs"

# The URL contract (README: bookmarks and printed sheets use these URLs): these page ids exist in both languages
# and are never renamed.
CONTRACT = [
    "index",
    "flowchart",
    "scenarios/sim-cancelled",
    "scenarios/device-gone",
    "scenarios/new-iphone",
    "scenarios/code-not-arriving",
    "procedures/code-on-trusted-device",
    "procedures/offline-code",
    "procedures/code-by-sms-or-call",
    "procedures/new-iphone-sign-in-later",
    "procedures/use-recovery-contact",
    "procedures/use-recovery-key",
    "procedures/request-account-recovery",
    "procedures/request-account-recovery-web",
    "procedures/complete-account-recovery",
    "procedures/add-trusted-phone-number",
    "procedures/set-up-recovery-contact",
    "about/two-factor-authentication",
    "about/account-recovery-waiting-period",
    "about/prevention",
    "reference/glossary",
    "reference/ui-labels",
]


@pytest.fixture(scope="module")
def site_and_warnings() -> tuple[Site, list[str]]:
    # Raises ContentErrors listing every problem if any page is invalid, dangling, untranslated or off-parity.
    return load_site(DOCS, today=date.today(), checks=(flow_errors,))


@pytest.fixture(scope="module")
def site(site_and_warnings: tuple[Site, list[str]]) -> Site:
    return site_and_warnings[0]


def test_no_page_is_stale(site_and_warnings: tuple[Site, list[str]]) -> None:
    assert site_and_warnings[1] == []


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("page_id", CONTRACT)
def test_url_contract_page_exists(site: Site, lang: str, page_id: str) -> None:
    assert site.get(lang, page_id) is not None, f"{page_id} ({lang}) is in the URL contract but missing"


def test_question_pages_live_under_check(site: Site) -> None:
    for record in site.records.values():
        assert isinstance(record.page, QuestionPage) == record.page_id.startswith("check/"), record.file


def test_sources_are_https_and_apple_first(site: Site) -> None:
    for record in site.records.values():
        urls = [source.url for source in record.page.sources]
        assert all(urlsplit(url).scheme == "https" for url in urls), record.file
        assert urlsplit(urls[0]).netloc.endswith("apple.com"), f"{record.file}: Apple's official page comes first"


def test_japanese_pages_cite_japanese_apple_pages(site: Site) -> None:
    for record in site.in_language("ja"):
        apple = [s.url for s in record.page.sources if urlsplit(s.url).netloc == "support.apple.com"]
        assert all("/ja-jp/" in url for url in apple), f"{record.file}: {apple}"


def test_content_pages_have_keywords(site: Site) -> None:
    for record in site.records.values():
        if record.page.kind in ("procedure", "scenario", "explanation", "reference"):
            assert record.page.keywords, f"{record.file}: keywords people type are missing"
