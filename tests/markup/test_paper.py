"""Markdown fields on paper: Markdown's own elements, no links (a link prints as its text, plus its address when it
leads off the site), no image, no attribute, raw HTML as text; Japanese soft line breaks are no space."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from guide.markup.environment import template_env
from guide.markup.paper import markdown_on_paper, printed_address

from tests.support.hostile import HOSTILE_MARKDOWN


def soup_of(markdown: str, lang: str = "en") -> BeautifulSoup:
    return BeautifulSoup(str(markdown_on_paper(markdown, lang)), "html.parser")


def text_of(markdown: str, lang: str = "en") -> str:
    return soup_of(markdown, lang).get_text()


@pytest.mark.parametrize(
    ("url", "printed"),
    [
        ("https://support.apple.com/ja-jp/118574", "support.apple.com/ja-jp/118574"),
        ("https://www.example.org/a/b/", "example.org/a/b/"),
        ("http://example.org/?q=1", "example.org/?q=1"),
        ("https://example.org", "example.org"),
        ("../about/scams.md", "../about/scams.md"),
    ],
)
def test_printed_address_drops_the_scheme_and_www(url: str, printed: str) -> None:
    assert printed_address(url) == printed


def test_a_link_to_a_page_of_the_site_prints_as_its_text() -> None:
    soup = soup_of("See [Watch out for scams](../about/scams.md) first.")
    assert soup.find("a") is None
    assert soup.get_text() == "See Watch out for scams first."


def test_a_link_off_the_site_prints_its_address_after_its_text() -> None:
    assert text_of("Open [Apple's article](https://support.apple.com/en-us/102431).") == (
        "Open Apple's article (support.apple.com/en-us/102431)."
    )


def test_a_link_whose_text_is_its_address_prints_it_once() -> None:
    assert text_of("Go to [iforgot.apple.com](https://iforgot.apple.com).") == "Go to iforgot.apple.com."


def test_markdown_stays_markdown() -> None:
    soup = soup_of("**Not the password.** Then *wait*.\n\n- one\n- two\n\n3. three\n4. four\n")
    assert soup.find("strong").get_text() == "Not the password."
    assert soup.find("em").get_text() == "wait"
    assert [li.get_text() for li in soup.select("ul > li")] == ["one", "two"]
    assert soup.find("ol")["start"] == "3"


@pytest.mark.parametrize("markdown", HOSTILE_MARKDOWN)
def test_nothing_active_comes_out(markdown: str) -> None:
    hostile = f"{markdown}\n\n[x](javascript:alert(1)) ![y](x.png) <https://example.org> {{: onclick=alert(1) }}"
    soup = soup_of(hostile)
    assert soup.find(["a", "img", "script", "iframe", "svg"]) is None
    attributes = [(element.name, element.attrs) for element in soup.find_all(True) if element.attrs]
    assert all(name == "ol" and set(attrs) == {"start"} for name, attrs in attributes), attributes
    assert "onclick=alert(1)" in soup.get_text(), "attribute-list syntax stays text"


def test_raw_html_is_text() -> None:
    assert text_of("<b>bold</b> & <i>") == "<b>bold</b> & <i>"


def test_japanese_soft_line_breaks_are_no_space() -> None:
    text = text_of("信頼できる電話番号を覚えていない場合です。\nわからないときは、\nApple\nの画面に従います。", "ja")
    assert text == "信頼できる電話番号を覚えていない場合です。わからないときは、Appleの画面に従います。"


def test_japanese_list_items_and_paragraphs_keep_their_breaks() -> None:
    soup = soup_of("次を確かめます。\n\n- 電話番号\n- メールアドレス\n", "ja")
    assert [li.get_text() for li in soup.find_all("li")] == ["電話番号", "メールアドレス"]


def test_english_soft_line_breaks_stay_spaces() -> None:
    assert " ".join(text_of("Enter the number.\nThen wait.", "en").split()) == "Enter the number. Then wait."


def test_templates_get_it_as_the_md_paper_filter() -> None:
    assert template_env().filters["md_paper"] is markdown_on_paper
