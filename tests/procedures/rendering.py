"""Render procedures the way the site does, without MkDocs: front matter → Markdown → HTML, and the step sheet.

Markdown is converted with the Markdown extensions of the repository's mkdocs.yml, so tests see what the site
would render (content tabs, md_in_html, attr_list ...).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import markdown
from guide.links import page_link
from guide.markup.fragments import insert_fragments
from guide.markup.unsafe_links import inert_unsafe_links
from guide.model.schema import ProcedurePage
from guide.model.validation import validate_front_matter
from guide.procedures.render import render_procedure_markdown
from guide.procedures.sheet import PrintedLink, render_step_sheet
from guide.procedures.view import NextPage
from mkdocs.utils.yaml import yaml_load

from tests.support.paths import REPO_ROOT

FIXTURE_SITE_CONFIG = REPO_ROOT / "tests" / "fixtures" / "site" / "mkdocs.yml"


@lru_cache(maxsize=1)
def site_markdown_extensions() -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """The ``markdown_extensions`` of the repository's mkdocs.yml as (names, configs)."""
    with open(REPO_ROOT / "mkdocs.yml", encoding="utf-8") as file:
        config = yaml_load(file)
    names: list[Any] = []
    configs: dict[str, dict[str, Any]] = {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            (name, options), *_ = entry.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(entry)
    return names, configs


def markdown_to_html(text: str) -> str:
    names, configs = site_markdown_extensions()
    return markdown.Markdown(extensions=names, extension_configs=configs).convert(text)


def procedure(front_matter: dict[str, Any]) -> ProcedurePage:
    page, errors = validate_front_matter("procedure.md", front_matter)
    assert isinstance(page, ProcedurePage), [str(error) for error in errors]
    return page


def next_pages_from_titles(page_id: str, titles: dict[str, str]) -> list[NextPage]:
    return [NextPage(page_link(page_id, target), title) for target, title in titles.items()]


PAGE_ID = "procedures/x"


def raw_procedure_markdown(
    page: ProcedurePage, *, lang: str, then: list[NextPage] | None = None, page_id: str = PAGE_ID
) -> str:
    """The Markdown the hook gives MkDocs: Markdown fields stand there as tokens."""
    return render_procedure_markdown(page, page_id=page_id, lang=lang, then=then or [])


def procedure_markdown(
    page: ProcedurePage, *, lang: str, then: list[NextPage] | None = None, page_id: str = PAGE_ID
) -> str:
    """The generated Markdown, each Markdown field's token shown as the HTML it stands for (tokens differ from run
    to run: they carry a random mark)."""
    return insert_fragments(raw_procedure_markdown(page, lang=lang, then=then, page_id=page_id))


def procedure_html(
    page: ProcedurePage, *, lang: str, then: list[NextPage] | None = None, page_id: str = PAGE_ID
) -> str:
    """The generated part of a procedure page as the site renders it (with model_hook's on_page_content)."""
    html = markdown_to_html(raw_procedure_markdown(page, lang=lang, then=then, page_id=page_id))
    return inert_unsafe_links(insert_fragments(html))


def step_sheet_html(page: ProcedurePage, *, lang: str, page_url: str, then: list[PrintedLink] | None = None) -> str:
    return str(render_step_sheet(page, lang=lang, page_url=page_url, then=then))
