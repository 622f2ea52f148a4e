"""Links between pages and anchors, the same for every renderer (guide.links)."""

from __future__ import annotations

import pytest
from guide.links import page_link, page_location, phase_anchor, step_anchor, wait_anchor


@pytest.mark.parametrize(
    ("current", "target", "link"),
    [
        ("check/device", "check/number", "number.md"),
        ("check/number", "procedures/by-sms", "../procedures/by-sms.md"),
        ("check/device", "index", "../index.md"),
        ("index", "check/device", "check/device.md"),
        ("index", "flowchart", "flowchart.md"),
        ("procedures/a", "procedures/b", "b.md"),
        ("procedures/a", "about/waiting", "../about/waiting.md"),
        ("procedures/a", "index", "../index.md"),
        ("index", "procedures/a", "procedures/a.md"),
        ("check/deep/page", "index", "../../index.md"),
    ],
)
def test_page_link_is_relative_to_the_current_page(current: str, target: str, link: str) -> None:
    assert page_link(current, target) == link


@pytest.mark.parametrize(
    ("page_id", "lang", "location"),
    [
        ("index", "ja", ""),
        ("index", "en", "en/"),
        ("procedures/offline-code", "ja", "procedures/offline-code/"),
        ("procedures/offline-code", "en", "en/procedures/offline-code/"),
    ],
)
def test_page_location_matches_the_built_urls(page_id: str, lang: str, location: str) -> None:
    assert page_location(page_id, lang, "ja") == location


def test_anchors_of_steps_phases_and_waiting_periods() -> None:
    assert (step_anchor("open-settings"), phase_anchor("request"), wait_anchor("request")) == (
        "step-open-settings",
        "phase-request",
        "wait-request",
    )
