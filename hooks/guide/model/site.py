"""The site model: every page in every language, with the checks that span pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from .errors import ContentError, ContentErrors
from .parity import parity_errors
from .reading import PageRecord, file_name_errors, markdown_files, page_id_and_lang, read_pages
from .schema import ExplanationPage, Page, ProcedurePage, QuestionPage, ScenarioPage, StartPage

STALE_AFTER = timedelta(days=365)


@dataclass(frozen=True, eq=False)  # one build's model: compared and hashed by identity, so work on it can be memoised
class Site:
    default_lang: str
    languages: tuple[str, ...]
    records: dict[tuple[str, str], PageRecord] = field(repr=False)

    def get(self, lang: str, page_id: str) -> PageRecord | None:
        return self.records.get((lang, page_id))

    def page(self, lang: str, page_id: str) -> Page:
        return self.records[(lang, page_id)].page

    def in_language(self, lang: str) -> list[PageRecord]:
        return [record for (record_lang, _), record in sorted(self.records.items()) if record_lang == lang]

    def by_file(self, file: str) -> PageRecord | None:
        return self._by_file.get(file)

    @cached_property
    def _by_file(self) -> dict[str, PageRecord]:
        return {record.file: record for record in self.records.values()}


def page_links(page: Page) -> Iterator[tuple[str, str]]:
    """Every (field path, page id) a page's front matter points at."""
    if isinstance(page, StartPage):
        yield "first", page.first
    elif isinstance(page, QuestionPage):
        for index, answer in enumerate(page.answers):
            yield f"answers[{index}].next", answer.next
    elif isinstance(page, ScenarioPage):
        for index, option in enumerate(page.options):
            yield f"options[{index}].page", option.page
    elif isinstance(page, ProcedurePage):
        for index, target in enumerate(page.then):
            yield f"then[{index}]", target
    elif isinstance(page, ExplanationPage) and page.timeline is not None:
        yield "timeline", page.timeline


def _dangling_links(site: Site, existing: set[tuple[str, str]]) -> list[ContentError]:
    errors = []
    for (lang, _), record in site.records.items():
        for path, target in page_links(record.page):
            if (target, lang) not in existing:
                errors.append(ContentError(record.file, path, f"points at no page: {target!r}"))
    return errors


def _review_dates(site: Site, today: date) -> tuple[list[ContentError], list[str]]:
    errors, warnings = [], []
    for record in site.records.values():
        reviewed = record.page.reviewed
        for index, source in enumerate(record.page.sources):
            if source.seen > today:
                errors.append(ContentError(record.file, f"sources[{index}].seen", f"{source.seen} is in the future"))
        if reviewed > today:
            errors.append(ContentError(record.file, "reviewed", f"{reviewed} is in the future"))
        elif today - reviewed > STALE_AFTER:
            warnings.append(f"{record.file}: reviewed: {reviewed} is more than 12 months old: review the page")
    return errors, warnings


SiteCheck = Callable[[Site], list[ContentError]]


def load_site(
    docs_dir: Path,
    *,
    today: date,
    default_lang: str = "ja",
    languages: tuple[str, ...] = ("ja", "en"),
    checks: tuple[SiteCheck, ...] = (),
    files: list[str] | None = None,
) -> tuple[Site, list[str]]:
    """Read and validate the whole site: the Markdown ``files`` under ``docs_dir`` (those MkDocs found; by default
    found as MkDocs finds them). Raise ContentErrors with every error; return the site and warnings."""
    files = markdown_files(docs_dir) if files is None else files
    records, errors = read_pages(docs_dir, default_lang, languages, files)
    site = Site(default_lang, languages, {(r.lang, r.page_id): r for r in records})
    # Pages that exist but failed validation are not "missing": their own errors say what is wrong.
    named = [file for file in files if not file_name_errors(file, default_lang, languages)]
    existing = {page_id_and_lang(file, default_lang, languages) for file in named}
    invalid = {page_id for page_id, lang in existing if (lang, page_id) not in site.records}
    errors += _dangling_links(site, existing)
    errors += parity_errors(site.records, default_lang, languages, skip=invalid)
    review_errors, warnings = _review_dates(site, today)
    errors += review_errors
    if not errors:
        for check in checks:
            errors += check(site)
    if errors:
        raise ContentErrors(errors)
    return site, warnings
