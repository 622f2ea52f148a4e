"""The reader's timeline in Chromium (docs/assets/javascripts/timeline.js): the dates it works out in both languages
and the reader's date format, across month and year ends, a leap day and a change to summer time, with the reader's
clock in time zones from UTC-11 to UTC+14; without JavaScript a table with blanks; the dates kept only when the
reader chooses to, and forgotten on request.

Expected dates are written out by hand (weekday included) from the calendar: a request on day D makes the notice due
by D + 3 (72 hours from any time of D); "today" is the reader's local date at the fixed instant."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
REQUESTED = "[data-guide-timeline-date='requested']"
PROMISED = "[data-guide-timeline-date='promised']"
NOTICE = "[data-guide-timeline-value='notice']"
CHECK = "[data-guide-timeline-value='check']"


@dataclass(frozen=True)
class Case:
    page: str
    timezone: str
    locale: str
    now: str  # the reader's clock, an instant
    requested: str
    notice: tuple[str, str]  # the notice's last day, and how far it is from today
    promised: str
    check: tuple[str, str]


CASES = {
    # Japanese, a month end outside a leap year: 27 February + 3 days is 2 March.
    "ja-tokyo-month-end": Case(
        "procedures/request-account-recovery/",
        "Asia/Tokyo",
        "ja-JP",
        "2027-02-28T14:30:00Z",  # 23:30 on 28 February in Tokyo
        "2027-02-27",
        ("2027年3月2日(火)", "明後日"),
        "2027-03-01",
        ("2027年3月1日(月)", "明日"),
    ),
    # A Japanese page read with an English browser still shows Japanese dates.
    "ja-page-english-browser": Case(
        "about/account-recovery-waiting-period/",
        "Europe/Paris",
        "en-US",
        "2026-12-31T12:00:00Z",
        "2026-12-30",
        ("2027年1月2日(土)", "明後日"),
        "2027-01-15",
        ("2027年1月15日(金)", "15 日後"),
    ),
    # US English, a leap year; in Los Angeles it is still 26 February.
    "en-us-leap-day": Case(
        "en/about/account-recovery-waiting-period/",
        "America/Los_Angeles",
        "en-US",
        "2028-02-27T07:30:00Z",
        "2028-02-27",
        ("Wed, March 1, 2028", "in 4 days"),
        "2028-02-29",
        ("Tue, February 29, 2028", "in 3 days"),
    ),
    # British English, across the change to summer time (28 March 2027) and into the next year.
    "en-gb-summer-time": Case(
        "en/procedures/request-account-recovery-web/",
        "Europe/London",
        "en-GB",
        "2027-03-28T00:30:00Z",
        "2027-03-27",
        ("Tue, 30 March 2027", "in 2 days"),
        "2027-03-28",
        ("Sun, 28 March 2027", "today"),
    ),
    # The same instant is already 2 January at UTC+14 and still 31 December at UTC-11.
    "en-utc-plus-14": Case(
        "en/procedures/request-account-recovery/",
        "Pacific/Kiritimati",
        "en-US",
        "2027-01-01T10:30:00Z",
        "2026-12-30",
        ("Sat, January 2, 2027", "today"),
        "2027-01-03",
        ("Sun, January 3, 2027", "tomorrow"),
    ),
    "en-utc-minus-11": Case(
        "en/procedures/request-account-recovery/",
        "Pacific/Pago_Pago",
        "en-US",
        "2027-01-01T10:30:00Z",
        "2026-12-30",
        ("Sat, January 2, 2027", "in 2 days"),
        "2027-01-03",
        ("Sun, January 3, 2027", "in 3 days"),
    ),
}


@pytest.fixture
def new_page(browser: Browser) -> Iterator:
    contexts = []

    def open_context(**options: object) -> Page:
        context = browser.new_context(viewport=PHONE, **options)  # type: ignore[arg-type]
        contexts.append(context)
        return context.new_page()

    yield open_context
    for context in contexts:
        context.close()


def shown(page: Page, selector: str) -> tuple[str, str]:
    output = page.locator(selector)
    return output.locator(".guide-timeline__date").inner_text(), output.locator(".guide-timeline__when").inner_text()


@pytest.mark.parametrize("name", list(CASES))
def test_the_timeline_works_out_the_dates(new_page, site_url: str, name: str) -> None:
    case = CASES[name]
    page = new_page(timezone_id=case.timezone, locale=case.locale)
    page.clock.set_fixed_time(case.now)
    page.goto(site_url + case.page, wait_until="load")
    pending = page.get_attribute(".guide-timeline__keep", "data-pending")
    assert page.inner_text(NOTICE) == pending and page.inner_text(CHECK) == pending
    page.fill(REQUESTED, case.requested)
    assert shown(page, NOTICE) == case.notice
    assert page.input_value(REQUESTED) == case.requested  # the day entered stays that day in every time zone
    page.fill(PROMISED, case.promised)
    assert shown(page, CHECK) == case.check
    assert page.evaluate("({ ...localStorage })") == {}


def test_the_dates_are_kept_only_when_the_reader_chooses_and_forgotten_on_request(new_page, site_url: str) -> None:
    page = new_page(timezone_id="Asia/Tokyo", locale="ja-JP")
    page.goto(site_url + "procedures/request-account-recovery/", wait_until="load")
    page.fill(REQUESTED, "2027-02-27")
    page.reload(wait_until="load")
    assert page.input_value(REQUESTED) == ""  # not kept: a reload forgets it
    page.fill(REQUESTED, "2027-02-27")
    page.click("[data-guide-timeline-keep]")
    keep = page.locator(".guide-timeline__keep")
    assert page.inner_text("[data-guide-timeline-status]") == keep.get_attribute("data-kept")
    page.fill(PROMISED, "2027-03-05")  # kept dates follow the fields
    assert page.evaluate("JSON.parse(localStorage.getItem('guide-timeline'))") == {
        "requested": "2027-02-27",
        "promised": "2027-03-05",
    }
    page.goto(site_url + "about/account-recovery-waiting-period/", wait_until="load")  # every timeline shares them
    assert page.input_value(REQUESTED) == "2027-02-27" and page.input_value(PROMISED) == "2027-03-05"
    assert shown(page, NOTICE)[0] == "2027年3月2日(火)"
    page.click("[data-guide-timeline-forget]")
    assert page.evaluate("({ ...localStorage })") == {}
    assert page.input_value(REQUESTED) == "" and page.inner_text("[data-guide-timeline-status]") == keep.get_attribute(
        "data-forgotten"
    )
    assert page.locator("[data-guide-timeline-keep]").is_visible()


@pytest.mark.parametrize(
    "path", ["procedures/request-account-recovery-web/", "en/about/account-recovery-waiting-period/"]
)
def test_without_javascript_the_timeline_is_a_table_with_blanks(new_page, site_url: str, path: str) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(site_url + path, wait_until="load")
    timeline = page.locator(".guide-timeline")
    rows = timeline.locator("tr")
    assert rows.count() == 4
    for index in range(4):
        row = rows.nth(index)
        blank = row.locator(".guide-timeline__blank")
        assert blank.is_visible() and blank.bounding_box()["width"] > 100  # a line to write on
        assert not row.locator("input, output").first.is_visible()
    assert timeline.locator(".guide-timeline__avoid li").count() >= 3
    assert not timeline.locator(".guide-timeline__keep").is_visible()
    assert not page.locator("[data-guide-offline]").is_visible()
    page.emulate_media(media="print")
    if path.startswith("en/about"):  # printed as it is (procedures print their step sheet)
        assert page.locator(".guide-timeline__blank").first.is_visible()
