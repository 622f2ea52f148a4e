"""Safety text at reading size on a 375 x 667 phone, both languages: every warning, tip, handback list, waiting
period and its timeline is at least as large as the body text (Material's callouts are 12.8 px), and the real Apple
addresses on the scam page are at body size with each domain name on one line, at 100 % and 200 % text."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from tests.support.browser import open_page
from tests.support.paths import DOCS_DIR, page_path

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
PROCEDURES = sorted(
    f"procedures/{path.name.removesuffix('.md')}"
    for path in (DOCS_DIR / "procedures").glob("*.md")
    if ".en." not in path.name
)
# Pages whose callouts carry the key warnings and the reader's timeline outside the procedures.
OTHER_PAGES = ["about/account-recovery-waiting-period", "about/scams"]
SCAMS = "about/scams"

# Text in a callout box or a timeline, with its size and the body's; source marks (.guide-cite) are meant smaller.
SIZES_JS = """() => {
  const body = parseFloat(getComputedStyle(document.querySelector('.md-content .md-typeset')).fontSize);
  const boxes = '.md-content :is(.admonition, details, .guide-timeline)';
  const texts = [...document.querySelectorAll(`${boxes} :is(p, li, td, th, summary, .admonition-title)`)]
    .filter(e => !e.closest('.guide-cite') && e.textContent.trim());
  return {body, small: texts.map(e => ({text: e.textContent.trim().slice(0, 40),
    size: parseFloat(getComputedStyle(e).fontSize)})).filter(t => t.size < body - 0.01), count: texts.length};
}"""

# Each address: its size, the body's, how many lines its domain name (after any "@") takes, and whether it overflows.
ADDRESSES_JS = """() => {
  const body = parseFloat(getComputedStyle(document.querySelector('.md-content .md-typeset')).fontSize);
  return [...document.querySelectorAll('.md-content code.guide-address')].map(code => {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const text = nodes.map(n => n.textContent).join('');
    let start = text.lastIndexOf('@') + 1, node = 0;
    while (start > nodes[node].textContent.length) { start -= nodes[node].textContent.length; node += 1; }
    const range = document.createRange();
    range.setStart(nodes[node], start);
    range.setEnd(nodes.at(-1), nodes.at(-1).textContent.length);
    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
    const box = code.getBoundingClientRect();
    return {text, body, size: parseFloat(getComputedStyle(code).fontSize), domainLines: tops.size,
      right: box.right, width: document.documentElement.clientWidth};
  });
}"""


def open_phone(browser: Browser, site_url: str, path: str, javascript: bool = True) -> Page:
    return open_page(browser, site_url + path, javascript, viewport=PHONE, wait_until="load")[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_callouts_and_timelines_are_at_least_body_size(browser: Browser, site_url: str, lang: str) -> None:
    checked = 0
    for page_id in PROCEDURES + OTHER_PAGES:
        page = open_phone(browser, site_url, page_path(page_id, lang))
        try:
            found = page.evaluate(SIZES_JS)
        finally:
            page.context.close()
        assert not found["small"], f"{page_id} ({lang}): smaller than the body's {found['body']} px: {found['small']}"
        checked += found["count"]
    assert checked > 50, f"only {checked} callout texts found: the selectors no longer match the pages"


@pytest.mark.parametrize("text_scale", [1, 2], ids=["100%", "200%"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_scam_page_addresses_are_body_size_and_whole(
    browser: Browser, site_url: str, lang: str, text_scale: int
) -> None:
    page = open_phone(browser, site_url, page_path(SCAMS, lang))
    try:
        if text_scale != 1:  # a reader's larger text setting scales the root size Material sets (125 %)
            page.evaluate("scale => { document.documentElement.style.fontSize = (125 * scale) + '%'; }", text_scale)
        addresses = page.evaluate(ADDRESSES_JS)
    finally:
        page.context.close()
    assert {a["text"] for a in addresses} >= {"account.apple.com", "iforgot.apple.com", "support.apple.com"}
    for address in addresses:
        assert address["size"] >= address["body"] - 0.01, address
        assert address["domainLines"] == 1, f"{address['text']} breaks inside its domain name: {address}"
        assert address["right"] <= address["width"], f"{address['text']} runs off the screen: {address}"
