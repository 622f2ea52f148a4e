"""What a reader types into the timeline (docs/assets/javascripts/timeline.js) on the real built site, in Chromium at
375x667: a year outside the years a request or its notice can have (the reader's year, the one before and the one
after) is refused with the message, in both languages, never shown as another year (0050 was shown as 1950); the
first and last plausible days still work. Outcomes join the table of tests/robustness/hostile_table.py ("input").
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.robustness.hostile_cases import Case, Refused
from tests.robustness.hostile_run import Result
from tests.robustness.hostile_table import RESULTS

pytestmark = pytest.mark.browser

NOW = "2027-06-15T03:00:00Z"  # the reader's year is 2027: 2026 to 2028 are plausible
PAGES = {
    "ja": ("procedures/request-account-recovery/", "Asia/Tokyo", "ja-JP", "2026年から2028年までの日付を入れてください"),
    "en": ("en/procedures/request-account-recovery/", "Europe/London", "en-GB", "Enter a date from 2026 to 2028"),
}
REFUSED_DATES = ["0050-03-01", "1950-03-01", "2025-12-31", "2029-01-01", "2999-01-01"]
FIELDS = {
    "requested": ("[data-guide-timeline-date='requested']", "[data-guide-timeline-value='notice']"),
    "promised": ("[data-guide-timeline-date='promised']", "[data-guide-timeline-value='check']"),
}


@pytest.fixture
def timeline_page(browser: Browser, site_url: str) -> Iterator:
    contexts = []

    def open_page(lang: str) -> Page:
        path, timezone, locale, _ = PAGES[lang]
        context = browser.new_context(viewport={"width": 375, "height": 667}, timezone_id=timezone, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.clock.set_fixed_time(NOW)
        page.goto(site_url + path, wait_until="load")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("lang", list(PAGES))
@pytest.mark.parametrize("field", list(FIELDS))
def test_a_year_outside_the_plausible_ones_is_refused_with_the_message(timeline_page, lang: str, field: str) -> None:
    message = PAGES[lang][3]
    field_selector, output_selector = FIELDS[field]
    page = timeline_page(lang)
    for value in REFUSED_DATES:
        started = time.monotonic()
        page.fill(field_selector, value)
        shown = page.inner_text(output_selector)
        state = page.eval_on_selector(
            field_selector, "f => [f.validity.customError, f.validationMessage, f.getAttribute('aria-invalid')]"
        )
        ok = shown == message and state == [True, message, "true"] and "1950" not in shown
        RESULTS.append(
            Result(
                Case(
                    "input", f"timeline {lang} {field} {value}", lambda docs: None, Refused("timeline", field, message)
                ),
                "refused" if ok else "wrong",
                f"{shown!r} {state!r}",
                time.monotonic() - started,
            )
        )
        assert shown == message, value
        assert state == [True, message, "true"], value
        assert page.locator(output_selector).locator(".guide-timeline__date").count() == 0
    page.fill(field_selector, "2026-01-01")  # the first plausible day is a date again
    assert page.locator(output_selector).locator(".guide-timeline__date").count() == 1
    assert page.eval_on_selector(field_selector, "f => [f.validity.valid, f.hasAttribute('aria-invalid')]") == [
        True,
        False,
    ]


def test_the_last_plausible_day_works_out_across_the_year(timeline_page) -> None:
    page = timeline_page("en")
    page.fill(FIELDS["requested"][0], "2028-12-30")
    assert page.locator(FIELDS["requested"][1]).locator(".guide-timeline__date").inner_text() == "Tue, 2 January 2029"
