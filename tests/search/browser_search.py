"""Type a query into Material's search box in Chromium and read the result list, as a reader would.

Shared by the search test (tests/search/test_search.py) and the benchmark (bench/search.py).
Material searches on keyup: the query is inserted as text, then `End` is pressed. The time from that keyup to the
result list being rewritten is measured in the page (performance.now() at both ends).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from playwright.sync_api import Page

SEARCH_INPUT = "input.md-search__input"
RESULT_ITEM = "li.md-search-result__item"
QUERIES_FILE = Path(__file__).with_name("queries.yml")
SEARCH_TIMEOUT_MS = 10_000

# Resolves with [keyup time, time the result list was rewritten] for the next query (null if none came).
ARM_JS = """
(timeout) => {
  const input = document.querySelector("input.md-search__input");
  const meta = document.querySelector(".md-search-result__meta");
  window.__guideSearchTiming = new Promise(resolve => {
    let keyup = null;
    input.addEventListener("keyup", () => { keyup = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (keyup === null) return;
      observer.disconnect();
      resolve([keyup, performance.now()]);
    });
    observer.observe(meta, { childList: true, characterData: true, subtree: true });
    setTimeout(() => { observer.disconnect(); resolve([keyup, null]); }, timeout);
  });
}
"""

# True once the result list shows Material's "type to start searching" line, i.e. the empty query is answered.
PLACEHOLDER_SHOWN_JS = """
() => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const meta = document.querySelector(".md-search-result__meta");
  return meta.textContent.trim() === config.translations["search.result.placeholder"];
}
"""

# Every result item: its links (the page, then its sections) that show without opening "more on this page".
READ_RESULTS_JS = """
() => Array.from(document.querySelectorAll("li.md-search-result__item"), item =>
  Array.from(item.querySelectorAll("a.md-search-result__link"))
    .filter(link => !link.closest("details"))
    .map(link => link.href))
"""


@dataclass(frozen=True)
class Query:
    query: str
    lang: str
    expect: str  # page path under the language root, "procedures/offline-code/"; "" is the start page
    step: str | None = None  # a step id the result must lead to: its first section is "#step-<id>"
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    query: Query
    pages: list[str]  # result pages in order, as paths under the language root
    links: list[list[str]]  # per result page: its visible links (page, then sections) as paths with anchors
    latency_ms: float

    @property
    def rank(self) -> int | None:
        """1-based position of the expected page, None if absent."""
        return self.pages.index(self.query.expect) + 1 if self.query.expect in self.pages else None

    def leads_to_step(self) -> bool:
        """The expected page's result shows the expected step as its first section."""
        if self.rank is None or self.query.step is None:
            return False
        links = self.links[self.rank - 1]
        return len(links) > 1 and links[1] == f"{self.query.expect}#step-{self.query.step}"


def load_queries(path: Path = QUERIES_FILE) -> list[Query]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries = []
    for lang, entries in data.items():
        for entry in entries:
            queries.append(Query(str(entry["q"]), lang, entry["page"], entry.get("step"), entry.get("note", "")))
    return queries


def language_root(site_url: str, lang: str, default_lang: str = "ja") -> str:
    return site_url if lang == default_lang else urljoin(site_url, f"{lang}/")


def _relative(url: str, root: str) -> str:
    """ "http://host/en/procedures/x/?h=a#step-y" under root "http://host/en/" → "procedures/x/#step-y"."""
    parts = urlsplit(url)
    path = parts.path.removeprefix(urlsplit(root).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


class SearchTimeoutError(AssertionError):
    pass


def clear_search(page: Page) -> None:
    """Empty the (focused) search box and wait until Material has answered the empty query."""
    page.locator(SEARCH_INPUT).fill("")
    page.keyboard.press("End")
    page.wait_for_function(PLACEHOLDER_SHOWN_JS, timeout=SEARCH_TIMEOUT_MS)


def open_search(page: Page) -> None:
    """Focus the search box and wait until the search worker has its index and answers."""
    page.locator(SEARCH_INPUT).focus()
    clear_search(page)


def run_query(page: Page, query: str, *, root: str) -> tuple[list[list[str]], float]:
    """Type `query` into the open search box; the result links per page and the keyup-to-results time (ms)."""
    clear_search(page)
    page.evaluate(ARM_JS, SEARCH_TIMEOUT_MS)
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    started, finished = page.evaluate("window.__guideSearchTiming")
    if started is None or finished is None:
        raise SearchTimeoutError(f"no search results shown for {query!r} within {SEARCH_TIMEOUT_MS} ms")
    links = page.evaluate(READ_RESULTS_JS)
    return [[_relative(link, root) for link in item] for item in links], finished - started


def search(page: Page, query: Query, *, root: str) -> Outcome:
    links, latency = run_query(page, query.query, root=root)
    pages = [item[0].split("#", 1)[0] for item in links if item]
    return Outcome(query, pages, links, latency)


# Input methods, through the DevTools protocol as a real IME drives Chromium: the composition shows in the box
# (Input.imeSetComposition), then the candidate is committed with no key event (Input.insertText).
def compose(page: Page, text: str) -> None:
    """Show `text` as the input method's open composition in the focused box (compositionstart/update)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.imeSetComposition", {"text": text, "selectionStart": len(text), "selectionEnd": len(text)})
    cdp.detach()


def commit(page: Page, text: str) -> None:
    """Commit `text` in place of the open composition, as a tap on a candidate does: no key is pressed."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.insertText", {"text": text})
    cdp.detach()


def press_ime_key(page: Page, key: str) -> None:
    """A key the input method handles (keyCode 229), as WebKit sends the Enter that confirms a candidate."""
    cdp = page.context.new_cdp_session(page)
    for kind in ("rawKeyDown", "keyUp"):
        cdp.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": 229})
    cdp.detach()


def meta_text(page: Page) -> str:
    return page.locator(".md-search-result__meta").inner_text().strip()
