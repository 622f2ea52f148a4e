"""Post-processing of Material's search index (search/search_index.json) with what the site model knows.

Material indexes each page by its headings; this module adds what it cannot know:

- the language of every entry (``lang``), so the browser keeps results in the reader's language;
- a ranking boost by page kind, so procedures and scenarios come before explanations;
- the page's front-matter ``keywords`` (the words people type: 機種変, ショートメール …) as a field of its own;
- one entry per procedure step (``page/#step-<id>``), so a word found in a step leads to that step;
- NFKC normalisation of every indexed text (ＳＭＳ → SMS, ｺｰﾄﾞ → コード), and a word break wherever the script
  changes (確認|コード); the query side does the same in docs/assets/javascripts/search-scope.js.

Pure functions over the index JSON and the site model; no MkDocs imports. Rewriting an already rewritten index
gives the same index.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..links import STEP_ANCHOR_PREFIX, page_location, step_anchor
from ..model.schema import ProcedurePage
from ..model.site import Site
from .sections import SectionText
from .text import normalise, normalise_html, split_scripts

KEYWORDS_FIELD = "keywords"
# A keyword weighs about as much as a word of the title (Material weighs title 1000, text 1).
KEYWORDS_BOOST = 500.0

# Ranking weight of every entry of a page, by the page's kind. Task pages first: a helper who types what the
# customer says wants the situation or the procedure, and the start page for the bare complaint ("the code does
# not arrive"), not the background reading. Weights above 1.5 let the kind outweigh what the page says.
# A question page's title is its whole question, which names the pages its answers lead to ("Have you set up a
# recovery contact and can you reach them now?"): weighed like a task page, it comes before the procedure it leads to.
KIND_BOOST: dict[str, float] = {
    "start": 2.0,
    "procedure": 1.5,
    "scenario": 1.5,
    "question": 0.5,
    "explanation": 1.0,
    "reference": 1.0,
}

Entry = dict[str, Any]


@dataclass(frozen=True)
class SearchPage:
    """What search needs to know about one page in one language."""

    location: str  # as in the index: "" for the Japanese start page, "en/procedures/offline-code/"
    lang: str
    kind: str
    keywords: tuple[str, ...] = ()
    step_titles: tuple[tuple[str, str], ...] = ()  # (step id, title) in page order

    @property
    def boost(self) -> float:
        return KIND_BOOST[self.kind]


class SearchIndexError(ValueError):
    """The index, the built pages and the site model disagree."""


def search_pages(site: Site) -> list[SearchPage]:
    """One SearchPage per page and language of the site model."""
    pages = []
    for (lang, page_id), record in sorted(site.records.items()):
        page = record.page
        steps: tuple[tuple[str, str], ...] = ()
        if isinstance(page, ProcedurePage):
            steps = tuple((step.id, step.title) for step in page.all_steps)
        location = page_location(page_id, lang, site.default_lang)
        pages.append(SearchPage(location, lang, page.kind, tuple(page.keywords), steps))
    return pages


def _keyword_list(keywords: Iterable[str]) -> list[str]:
    """Keywords as indexed: normalised, HTML-escaped (index fields are HTML), each once."""
    unique: dict[str, None] = {}
    for keyword in keywords:
        text = split_scripts(html.escape(normalise(keyword).strip(), quote=False))
        if text:
            unique.setdefault(text, None)
    return list(unique)


def _with_page(entry: Entry, page: SearchPage) -> Entry:
    entry = {**entry, "title": normalise_html(entry.get("title", "")), "text": normalise_html(entry.get("text", ""))}
    entry["lang"] = page.lang
    entry.pop("boost", None)
    if page.boost != 1.0:
        entry["boost"] = page.boost
    entry.pop(KEYWORDS_FIELD, None)
    if "#" not in entry["location"]:  # the page's own entry, not one of its sections
        keywords = _keyword_list(page.keywords)
        if keywords:
            entry[KEYWORDS_FIELD] = keywords
    return entry


def _step_entries(page: SearchPage, section: SectionText) -> list[Entry]:
    titles = dict(page.step_titles)
    unknown = [step.id for step in section.steps if step.id not in titles]
    if unknown:
        raise SearchIndexError(f"{page.location}: step panels without a step in front matter: {', '.join(unknown)}")
    return [
        _with_page(
            {
                "location": f"{page.location}#{step_anchor(step.id)}",
                "title": html.escape(titles[step.id], quote=False),  # front-matter text; index fields are HTML
                "text": step.text,
            },
            page,
        )
        for step in section.steps
    ]


def _page_entries(entries: Sequence[Entry], page: SearchPage, sections: Sequence[SectionText]) -> list[Entry]:
    """A page's entries with its step sections split: section text without the panels, then one entry per step."""
    by_anchor = {f"{page.location}#{section.id}": section for section in sections}
    result: list[Entry] = []
    for entry in entries:
        if entry["location"].startswith(f"{page.location}#{STEP_ANCHOR_PREFIX}"):
            continue  # a step entry of an earlier rewrite: made again below
        section = by_anchor.pop(entry["location"], None)
        if section is None:
            result.append(_with_page(entry, page))
            continue
        result.append(_with_page({**entry, "text": section.text}, page))
        result += _step_entries(page, section)
    if by_anchor:
        missing = ", ".join(sorted(by_anchor))
        raise SearchIndexError(f"step panels under headings the search index does not have: {missing}")
    return result


def _page_of(location: str) -> str:
    return location.split("#", 1)[0]


def rewrite_index(
    index: Mapping[str, Any],
    pages: Iterable[SearchPage],
    sections: Mapping[str, Sequence[SectionText]],
) -> dict[str, Any]:
    """The index with language, kind boost, keywords, step entries and normalised text on every entry.

    ``sections`` maps a page's location to the sections of its built HTML that hold step panels
    (guide.search.sections.page_sections). Raises SearchIndexError naming entries whose page the model does not know.
    """
    by_location = {page.location: page for page in pages}
    grouped: dict[str, list[Entry]] = {}
    for entry in index["docs"]:
        grouped.setdefault(_page_of(entry["location"]), []).append(entry)
    unknown = [location or "(site root)" for location in grouped if location not in by_location]
    if unknown:
        raise SearchIndexError("search index entries for pages the site model does not know: " + ", ".join(unknown))
    docs: list[Entry] = []
    for location, entries in grouped.items():
        docs += _page_entries(entries, by_location[location], sections.get(location, ()))
    config = dict(index["config"])
    config["fields"] = {**config["fields"], KEYWORDS_FIELD: {"boost": KEYWORDS_BOOST}}
    return {**index, "config": config, "docs": docs}
