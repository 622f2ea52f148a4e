"""The 404 page's body (guide.flow.not_found): one section per language, the default first, links as absolute
paths under the site's root, the first question's answers; the text escaped."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from guide.flow.not_found import NotFoundLink, not_found_html, not_found_sections
from guide.model.site import load_site

from tests.support.pages import TODAY, valid, write_both, write_minimal_site


def site_with_a_question(docs: Path):
    write_minimal_site(docs)
    answers = [{"label": "Yes <b>", "next": "procedures/a"}, {"label": "No", "next": "procedures/a"}]
    write_both(docs, "check/first", valid("question", question="Is it <here>?", answers=answers))
    site, _ = load_site(docs, today=TODAY)
    return site


def test_a_section_per_language_with_links_under_the_root(tmp_path: Path) -> None:
    sections = not_found_sections(site_with_a_question(tmp_path), "/guide")
    assert [section.lang for section in sections] == ["ja", "en"]
    ja, en = sections
    assert (ja.start_href, en.start_href) == ("/guide/", "/guide/en/")
    assert en.question == NotFoundLink("Is it <here>?", "/guide/en/check/first/")
    assert en.answers == (
        NotFoundLink("Yes <b>", "/guide/en/procedures/a/"),
        NotFoundLink("No", "/guide/en/procedures/a/"),
    )
    assert ja.answers[0].href == "/guide/procedures/a/"


def test_the_markup_has_both_languages_escaped_and_a_search_form_each(tmp_path: Path) -> None:
    html = not_found_html(site_with_a_question(tmp_path), "/")
    assert "<b>" not in html and "&lt;here&gt;" in html
    soup = BeautifulSoup(html, "html.parser")
    sections = soup.select("[data-guide-not-found-sections] > section")
    assert [section["lang"] for section in sections] == ["ja", "en"]
    assert [form["action"] for form in soup.select("form")] == ["/", "/en/"]
    assert all(form.select_one("input[name=q]") for form in soup.select("form"))
    assert [span["lang"] for span in soup.select("h1 > span[lang]")] == ["ja", "en"]


def test_a_site_without_a_flow_still_links_its_start_pages(tmp_path: Path) -> None:
    write_both(tmp_path, "about/x", valid("explanation"))
    site, _ = load_site(tmp_path, today=TODAY)
    sections = not_found_sections(site, "/")
    assert [(section.question, section.start_href) for section in sections] == [(None, "/"), (None, "/en/")]
