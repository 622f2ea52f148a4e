"""Every procedure step that asks the reader to tap names the control by a quoted label, on a 375 x 667 phone, in
both languages, with JavaScript on and off: 「…」 or a **bold** English screen label on Japanese pages, **bold** on
English ones (hooks/guide/model/tap_targets.py). The tap target is visible when its step is shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.browser import open_page
from tests.support.paths import DOCS_DIR

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
PROCEDURES = sorted(
    path.name.removesuffix(".md") for path in (DOCS_DIR / "procedures").glob("*.md") if ".en." not in path.name
)
TAP_WORDS = r"タップ|押します|押す|\btap\b|\bpress\b"

STEPS_JS = """tapWords => [...document.querySelectorAll('.guide-steps .guide-step__title')].map(title => {
  const panel = title.closest('.tabbed-block') || title.parentElement;
  const target = panel.querySelector('.guide-step__labels');
  return {
    id: title.id,
    asksToTap: new RegExp(tapWords, 'i').test(title.textContent),
    target: target ? target.textContent.replace(/\\s+/g, ' ').trim() : null,
    bold: target ? [...target.querySelectorAll('strong')].map(s => s.textContent.trim()).filter(Boolean) : [],
  };
})"""


def url_path(lang: str, name: str) -> str:
    return ("en/" if lang == "en" else "") + f"procedures/{name}/"


def quoted(step: dict, lang: str) -> bool:
    if step["target"] is None:
        return False
    japanese = lang == "ja" and re.search(r"「[^」]+」", step["target"]) is not None
    return japanese or bool(step["bold"])


def target_visible(page: Page, step_id: str, javascript: bool) -> bool:
    if javascript:
        page.evaluate("id => { location.hash = '#' + id; }", step_id)
        page.wait_for_timeout(50)
    return page.evaluate(
        "id => document.getElementById(id).closest('.tabbed-block').querySelector('.guide-step__labels')"
        ".checkVisibility()",
        step_id,
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_tap_target_carries_a_quoted_label(browser: Browser, site_url: str, lang: str, javascript: bool) -> None:
    page, _ = open_page(browser, site_url + url_path(lang, PROCEDURES[0]), javascript, viewport=PHONE)
    problems, targets = [], 0
    try:
        for name in PROCEDURES:
            page.goto(site_url + url_path(lang, name), wait_until="load")
            for step in page.evaluate(STEPS_JS, TAP_WORDS):
                where = f"{lang} {name} #{step['id']}"
                if step["target"] is None:
                    if step["asksToTap"]:
                        problems.append(f"{where}: asks to tap but shows no tap target")
                    continue
                targets += 1
                if not quoted(step, lang):
                    problems.append(f"{where}: tap target without a quoted label: {step['target']!r}")
                elif not target_visible(page, step["id"], javascript):
                    problems.append(f"{where}: tap target not visible when its step is shown")
    finally:
        page.context.close()
    assert problems == []
    assert targets >= 30  # the procedures name about forty controls: a broken selector would find none


def test_the_procedures_are_found() -> None:
    assert len(PROCEDURES) >= 14 and all(
        Path(DOCS_DIR / "procedures" / f"{name}.en.md").is_file() for name in PROCEDURES
    )
