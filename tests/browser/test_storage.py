"""What the site keeps in the browser, read back in Chromium: a reader's default visit writes no cookie and nothing in
localStorage or sessionStorage, and the Cache Storage holds only the offline copy (Material's own state stays on the
page: overrides/partials/guide/storage.html). What a reader asks for is kept, and only that: a palette chosen
against the device's setting (sessionStorage), a timeline's dates (localStorage); "before you give the device back"
removes everything the guide kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from guide.flow.rules import flow_errors
from guide.model.site import Site, load_site
from guide.offline.copy import offline_copy
from playwright.sync_api import Browser, Page, expect

from tests.support.paths import DOCS_DIR

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
STORED = """async () => ({
  local: { ...localStorage },
  session: { ...sessionStorage },
  cookie: document.cookie,
  caches: await caches.keys(),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
})"""
KEPT = "[data-guide-offline][data-state='saved']"
WEB = "procedures/request-account-recovery-web/"


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(DOCS_DIR, today=date.today(), checks=(flow_errors,))[0]


@pytest.fixture
def phone(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, color_scheme="light")
    page = context.new_page()
    yield page
    context.close()


def stored(page: Page) -> dict[str, Any]:
    return page.evaluate(STORED)


def visit(page: Page, url: str) -> dict[str, Any]:
    page.goto(url, wait_until="load")
    page.wait_for_selector(KEPT, timeout=30_000)
    return stored(page)


def test_a_default_visit_writes_nothing_but_the_offline_copy(
    phone: Page, site_url: str, site: Site, built_site: Path
) -> None:
    copy = offline_copy(site, built_site)
    offline_cache = f"guide-offline-{copy.version}"
    nothing = {"local": {}, "session": {}, "cookie": "", "caches": [offline_cache], "workers": 1}
    assert visit(phone, site_url) == nothing
    phone.click("a.guide-answer >> nth=0")  # a reader answers the first question
    phone.wait_for_selector(KEPT, timeout=30_000)
    assert stored(phone) == nothing
    # A step tab: Material's content.tabs.link would keep its title ("__tabs").
    assert visit(phone, site_url + WEB) == nothing
    phone.locator(".guide-steps .tabbed-labels label").nth(2).click()
    # Search: the index, the query.
    phone.click("label.md-header__button[for='__search']")
    phone.focus(".md-search__input")
    phone.keyboard.insert_text("SMS")
    phone.wait_for_selector(".md-search-result__item", timeout=15_000)
    # A timeline's dates, entered but not kept.
    phone.goto(site_url + "about/account-recovery-waiting-period/", wait_until="load")
    phone.fill("[data-guide-timeline-date='requested']", "2027-01-05")
    assert visit(phone, site_url + "en/") == nothing
    cached = phone.evaluate(
        "async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)", offline_cache
    )
    languages = (*copy.pages["ja"], *copy.pages["en"])
    assert sorted(cached) == sorted(site_url + path for path in (*copy.files, *languages))


def test_what_earlier_versions_kept_is_removed(phone: Page, site_url: str) -> None:
    phone.goto(site_url, wait_until="load")
    phone.evaluate("localStorage.setItem('/.__palette', '{}'); localStorage.setItem('/.__tabs', '[\"3. x\"]')")
    phone.reload(wait_until="load")
    assert stored(phone)["local"] == {}


def test_a_palette_chosen_against_the_device_lasts_the_tab_only(phone: Page, site_url: str) -> None:
    visit(phone, site_url)
    phone.locator("label[for^='__palette']:visible").click()  # the device is light; the reader chooses dark
    assert phone.get_attribute("body", "data-md-color-scheme") == "slate"
    assert list(stored(phone)["session"]) == ["/.__palette"] and stored(phone)["local"] == {}
    visit(phone, site_url + "en/")
    assert phone.get_attribute("body", "data-md-color-scheme") == "slate"
    phone.locator("label[for^='__palette']:visible").click()  # back to the device's own setting
    assert phone.get_attribute("body", "data-md-color-scheme") == "default"
    assert stored(phone)["session"] == {}


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
def test_before_giving_the_device_back_everything_the_guide_kept_is_removed(
    phone: Page, site_url: str, lang_prefix: str
) -> None:
    visit(phone, site_url + lang_prefix + WEB)
    phone.fill("[data-guide-timeline-date='requested']", "2027-01-05")
    phone.click("[data-guide-timeline-keep]")
    assert list(stored(phone)["local"]) == ["guide-timeline"]
    note = phone.locator(".guide-handback [data-guide-forget-note]")
    assert note.is_visible()
    note.locator("button[data-guide-forget]").click()
    expect(note.locator("[data-guide-forget-status]")).to_have_text(note.get_attribute("data-done") or "?")
    assert stored(phone) == {
        "local": {},
        "session": {"guide-offline-removed": "1"},  # this tab does not save the copy again
        "cookie": "",
        "caches": [],
        "workers": 0,
    }
    assert phone.input_value("[data-guide-timeline-date='requested']") == ""
    phone.goto(site_url + lang_prefix, wait_until="load")
    phone.wait_for_selector("[data-guide-offline][data-state='removed']")
    assert stored(phone)["caches"] == [] and stored(phone)["workers"] == 0
