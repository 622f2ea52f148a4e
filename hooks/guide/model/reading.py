"""Read the docs tree: each Markdown file's language, page id, front matter and validated page."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, shown
from .front_matter import FrontMatterError, parse_front_matter, read_page_text
from .schema import PAGE_ID_PATTERN, Page
from .validation import validate_front_matter

# What MkDocs builds as a page (mkdocs.utils.markdown_extensions); only .md is a page here.
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
_PAGE_FILE = re.compile(PAGE_ID_PATTERN.removesuffix("$") + r"(?:\.(?P<lang>[a-z]{2}))?\.md$")


@dataclass(frozen=True)
class PageRecord:
    """One validated page in one language."""

    file: str  # path under docs/, e.g. "procedures/offline-code.en.md"
    page_id: str  # language-neutral id, e.g. "procedures/offline-code"
    lang: str
    page: Page


def page_id_and_lang(file: str, default_lang: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """``procedures/x.en.md`` → ``("procedures/x", "en")``; ``procedures/x.md`` → ``("procedures/x", default)``."""
    stem = file.removesuffix(".md")
    base, dot, suffix = stem.rpartition(".")
    if dot and suffix in languages and suffix != default_lang:
        return base, suffix
    return stem, default_lang


def read_front_matter(file: str, text: str) -> tuple[dict | None, list[ContentError]]:
    try:
        return parse_front_matter(text), []
    except FrontMatterError as error:
        return None, [ContentError(file, error.field, error.reason)]


def markdown_files(docs_dir: Path) -> list[str]:
    """Every file under ``docs_dir`` that MkDocs builds as a page, as MkDocs finds them: symbolic links followed,
    names starting with a dot and the top folder ``templates/`` left out (MkDocs' default ``exclude_docs``)."""
    found = []
    for folder, folders, names in os.walk(docs_dir, followlinks=True):
        relative = Path(folder).relative_to(docs_dir)
        folders[:] = [name for name in folders if not name.startswith(".")]
        if relative == Path("."):
            folders[:] = [name for name in folders if name != "templates"]
        found += [(relative / name).as_posix() for name in names if not name.startswith(".")]
    return sorted(file for file in found if file.endswith(MARKDOWN_SUFFIXES))


def file_name_errors(file: str, default_lang: str, languages: tuple[str, ...]) -> list[ContentError]:
    """A page's path is its page id (and URL): lowercase ``a-z0-9-`` words in folders, ``.md``, a language suffix."""
    if not file.endswith(".md"):
        stem = file.rpartition(".")[0]
        return [ContentError(file, "name", f"only .md files are pages: rename it to {shown(stem + '.md')}")]
    match = _PAGE_FILE.match(file)
    others = [lang for lang in languages if lang != default_lang]
    if match is None or (match["lang"] is not None and match["lang"] not in others):
        reason = (
            "is not a page id with .md (or .<language>.md): lowercase letters, digits and single hyphens, "
            f"folders separated by / (other languages: {', '.join(others) or 'none'})"
        )
        return [ContentError(file, "name", reason)]
    return []


def read_page(file: str, text: str) -> tuple[Page | None, list[ContentError]]:
    """The validated page of one Markdown file, or None and every error in its front matter."""
    data, problems = read_front_matter(file, text)
    if data is None:
        return None, problems
    return validate_front_matter(file, data)


def read_pages(
    docs_dir: Path, default_lang: str, languages: tuple[str, ...], files: list[str] | None = None
) -> tuple[list[PageRecord], list[ContentError]]:
    """Validate every Markdown page under ``docs_dir`` (or the ``files`` MkDocs found there); return the valid
    ones and all errors."""
    records: list[PageRecord] = []
    errors: list[ContentError] = []
    for file in markdown_files(docs_dir) if files is None else sorted(files):
        name_errors = file_name_errors(file, default_lang, languages)
        if name_errors:
            errors += name_errors
            continue
        try:
            text = read_page_text(docs_dir / file)
        except FrontMatterError as error:
            errors.append(ContentError(file, error.field, error.reason))
            continue
        page, problems = read_page(file, text)
        errors += problems
        if page is not None:
            page_id, lang = page_id_and_lang(file, default_lang, languages)
            records.append(PageRecord(file, page_id, lang, page))
    return records, errors
