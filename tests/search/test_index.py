"""guide.search.index: Material's search index finished with language, ranking, keywords and step entries;
and the hook around it (hooks/search_hook.py)."""

from __future__ import annotations

import copy
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import search_hook
from guide.model.site import load_site
from guide.search.index import (
    KEYWORDS_BOOST,
    KEYWORDS_FIELD,
    KIND_BOOST,
    SearchIndexError,
    SearchPage,
    rewrite_index,
    search_pages,
)
from guide.search.sections import SectionText, StepText
from guide.search.text import HTML_ACTIVE_FORMS, WORD_BREAK, normalise
from hook_support import SITE_KEY

from tests.support.pages import valid, write_both, write_minimal_site

PROCEDURE = SearchPage(
    "en/procedures/a/",
    "en",
    "procedure",
    ("text message", "ＳＭＳ", "SMS"),
    (("open", "Open Settings"), ("tap", "Tap <&>")),
)
EXPLANATION = SearchPage("about/x/", "ja", "explanation", ("2段階認証",))
START = SearchPage("", "ja", "start")


def index(*docs: dict[str, Any]) -> dict[str, Any]:
    config = {"lang": ["ja"], "separator": "[\\s]+", "pipeline": [], "fields": {"title": {"boost": 1000.0}}}
    return {"config": config, "docs": [dict(doc) for doc in docs]}


def doc(location: str, title: str = "T", text: str = "") -> dict[str, Any]:
    return {"location": location, "title": title, "text": text}


STEPS = {
    "en/procedures/a/": [SectionText("steps", "1. Open 2. Tap", [StepText("open", "<p>Gear</p>"), StepText("tap", "")])]
}
PAGES = [PROCEDURE, EXPLANATION, START]


def rewritten(*docs: dict[str, Any], sections: dict[str, list[SectionText]] | None = None) -> list[dict[str, Any]]:
    return rewrite_index(index(*docs), PAGES, sections or {})["docs"]


def test_normalise_folds_full_width_latin_and_half_width_kana() -> None:
    assert normalise("ＳＭＳ ｺｰﾄﾞ") == "SMS コード"


def test_every_entry_gets_its_page_language() -> None:
    docs = rewritten(doc(""), doc("about/x/"), doc("about/x/#why"), doc("en/procedures/a/"))
    assert [entry["lang"] for entry in docs] == ["ja", "ja", "ja", "en"]


def test_every_entry_of_a_page_gets_the_boost_of_its_kind() -> None:
    docs = rewritten(doc("en/procedures/a/"), doc("en/procedures/a/#more"), doc("about/x/"), doc(""))
    assert [entry.get("boost", 1.0) for entry in docs] == [
        KIND_BOOST["procedure"],
        KIND_BOOST["procedure"],
        KIND_BOOST["explanation"],
        KIND_BOOST["start"],
    ]


def test_task_pages_outrank_explanations_and_questions() -> None:
    assert min(KIND_BOOST["procedure"], KIND_BOOST["scenario"]) > KIND_BOOST["explanation"]
    assert KIND_BOOST["explanation"] > KIND_BOOST["question"]  # a question's title names the pages it leads to


def test_keywords_go_on_the_page_entry_only_normalised_and_once() -> None:
    article, section = rewritten(doc("en/procedures/a/"), doc("en/procedures/a/#more"))
    assert article[KEYWORDS_FIELD] == ["text message", "SMS"]
    assert KEYWORDS_FIELD not in section


def test_keywords_are_html_escaped_like_the_rest_of_the_index() -> None:
    page = SearchPage("x/", "en", "reference", ("Sign-In & Security",))
    (entry,) = rewrite_index(index(doc("x/")), [page], {})["docs"]
    assert entry[KEYWORDS_FIELD] == ["Sign-In &amp; Security"]


def test_the_keywords_field_is_declared_with_its_boost() -> None:
    fields = rewrite_index(index(doc("")), PAGES, {})["config"]["fields"]
    assert fields[KEYWORDS_FIELD] == {"boost": KEYWORDS_BOOST}
    assert fields["title"] == {"boost": 1000.0}


def test_full_width_markup_characters_stay_text_in_html_fields() -> None:
    (entry,) = rewritten(doc("about/x/", "＜img src=x onerror=alert(1)＞", "<p>Ｑ＆Ａ ﹤b﹥</p>"))
    assert entry["title"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert entry["text"] == "<p>Q&amp;A &lt;b&gt;</p>"


def test_every_character_that_folds_into_markup_is_handled() -> None:
    folding = {
        chr(code)
        for code in range(sys.maxunicode + 1)
        if chr(code) not in "<>&" and set(unicodedata.normalize("NFKC", chr(code))) & set("<>&")
    }
    assert folding == set(HTML_ACTIVE_FORMS)


@pytest.mark.parametrize(
    ("text", "indexed"),
    [
        ("確認コードが届かない", "確認|コード|が|届|かない"),
        ("iPhoneをなくした", "iPhone|をなくした"),
        ("2段階認証", "2|段階認証"),
        ("<p>SIMカード</p>", "<p>SIM|カード</p>"),  # tags and brackets stay whole
        ("iOS 17 2fa", "iOS 17 2fa"),  # letters and digits are one script
    ],
)
def test_a_word_break_goes_where_the_script_changes(text: str, indexed: str) -> None:
    (entry,) = rewritten(doc("about/x/", text, text))
    assert entry["title"] == entry["text"] == indexed.replace("|", WORD_BREAK)


def test_keywords_get_word_breaks_too() -> None:
    page = SearchPage("x/", "ja", "reference", ("機種変したら",))
    (entry,) = rewrite_index(index(doc("x/")), [page], {})["docs"]
    assert entry[KEYWORDS_FIELD] == [f"機種変{WORD_BREAK}したら"]


def test_title_and_text_are_normalised() -> None:
    (entry,) = rewritten(doc("about/x/", "ＳＭＳ", "<p>ｺｰﾄﾞ ＡＢＣ</p>"))
    assert (entry["title"], entry["text"]) == ("SMS", "<p>コード ABC</p>")


def test_step_entries_follow_their_section_whose_text_loses_the_panels() -> None:
    docs = rewritten(
        doc("en/procedures/a/"),
        doc("en/procedures/a/#steps", "Steps", "1. Open 2. Tap <p>Gear</p>"),
        doc("en/procedures/a/#then"),
        sections=STEPS,
    )
    assert [entry["location"] for entry in docs] == [
        "en/procedures/a/",
        "en/procedures/a/#steps",
        "en/procedures/a/#step-open",
        "en/procedures/a/#step-tap",
        "en/procedures/a/#then",
    ]
    assert docs[1]["text"] == "1. Open 2. Tap"
    assert (docs[2]["title"], docs[2]["text"]) == ("Open Settings", "<p>Gear</p>")
    assert docs[2]["lang"] == "en" and docs[2]["boost"] == KIND_BOOST["procedure"]
    assert docs[3]["title"] == "Tap &lt;&amp;&gt;"  # index titles are HTML, as Material writes them


def test_rewriting_twice_changes_nothing() -> None:
    first = rewrite_index(
        index(doc("en/procedures/a/"), doc("en/procedures/a/#steps", "Steps", "x"), doc("about/x/", "ＳＭＳ")),
        PAGES,
        STEPS,
    )
    assert rewrite_index(copy.deepcopy(first), PAGES, STEPS) == first


def test_an_entry_of_an_unknown_page_is_an_error() -> None:
    with pytest.raises(SearchIndexError, match="procedures/gone/"):
        rewritten(doc(""), doc("procedures/gone/#x"))


def test_a_step_panel_without_a_step_in_front_matter_is_an_error() -> None:
    sections = {"en/procedures/a/": [SectionText("steps", "", [StepText("renamed", "")])]}
    with pytest.raises(SearchIndexError, match="en/procedures/a/: .*renamed"):
        rewritten(doc("en/procedures/a/"), doc("en/procedures/a/#steps"), sections=sections)


def test_step_panels_under_a_heading_the_index_lacks_are_an_error() -> None:
    with pytest.raises(SearchIndexError, match="en/procedures/a/#steps"):
        rewritten(doc("en/procedures/a/"), sections=STEPS)


def test_search_pages_reads_kind_keywords_and_steps_from_the_site(tmp_path: Path) -> None:
    write_minimal_site(tmp_path)
    write_both(tmp_path, "procedures/a", valid("procedure", keywords=["機種変", "SMS"]))
    site, _ = load_site(tmp_path, today=date(2026, 11, 24))
    pages = {page.location: page for page in search_pages(site)}
    assert set(pages) == {"", "check/first/", "procedures/a/", "en/", "en/check/first/", "en/procedures/a/"}
    procedure = pages["en/procedures/a/"]
    assert (procedure.lang, procedure.kind, procedure.keywords) == ("en", "procedure", ("機種変", "SMS"))
    assert procedure.step_titles == (("one", "First"), ("two", "Second"))
    assert pages["check/first/"].step_titles == ()


# -- the hook (hooks/search_hook.py): step panels read while a page is built, the index rewritten once -------------

CONTENT = """<h2 id="steps">Steps</h2>
<div class="tabbed-set"><div class="tabbed-labels"><label>1. First</label><label>2. Second</label></div>
<div class="tabbed-content">
<div class="tabbed-block"><p id="step-one">First</p><p>Open it.</p></div>
<div class="tabbed-block"><p id="step-two">Second</p><p>Close it.</p></div>
</div></div>"""


def hook_build(tmp_path: Path, *, building: bool | None) -> SimpleNamespace:
    """A config as the hook sees it: the site model, a site_dir with Material's index, the i18n plugin or none."""
    docs = tmp_path / "docs"
    write_minimal_site(docs)
    site, _ = load_site(docs, today=date(2026, 11, 24))
    site_dir = tmp_path / "site"
    (site_dir / "search").mkdir(parents=True)
    material = index(doc("en/procedures/a/"), doc("en/procedures/a/#steps", "Steps", "1. First 2. Second"))
    (site_dir / "search" / "search_index.json").write_text(json.dumps(material), encoding="utf-8")
    plugins = {} if building is None else {"i18n": SimpleNamespace(building=building)}
    return SimpleNamespace(plugins=plugins, extra={SITE_KEY: site}, site_dir=str(site_dir))


def built_page(src_uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def written(config: SimpleNamespace) -> dict[str, Any]:
    return json.loads((Path(config.site_dir) / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("building", [None, False], ids=["without the i18n plugin", "outer build"])
def test_the_hook_splits_the_steps_it_read_while_the_page_was_built(tmp_path: Path, building: bool | None) -> None:
    config = hook_build(tmp_path, building=building)
    search_hook.on_pre_build(config)
    search_hook.on_page_content(CONTENT, built_page("procedures/a.en.md"), config, None)
    search_hook.on_page_content("<p>not a procedure</p>", built_page("check/first.en.md"), config, None)
    search_hook.on_post_build(config)
    entries = {entry["location"]: entry for entry in written(config)["docs"]}
    assert entries["en/procedures/a/#step-one"]["text"] == "<p>Open it.</p>"
    assert entries["en/procedures/a/#steps"]["text"] == "1. First 2. Second"
    assert list(config.extra[search_hook.STEP_SECTIONS_KEY]) == ["en/procedures/a/"]


def test_a_nested_language_build_neither_rewrites_the_index_nor_forgets_the_outer_builds_pages(tmp_path: Path) -> None:
    config = hook_build(tmp_path, building=False)
    search_hook.on_pre_build(config)
    search_hook.on_page_content(CONTENT, built_page("procedures/a.md"), config, None)
    config.plugins["i18n"].building = True  # mkdocs-static-i18n now builds English with the same config
    before = written(config)
    search_hook.on_pre_build(config)
    search_hook.on_page_content(CONTENT, built_page("procedures/a.en.md"), config, None)
    search_hook.on_post_build(config)
    assert written(config) == before
    assert set(config.extra[search_hook.STEP_SECTIONS_KEY]) == {"procedures/a/", "en/procedures/a/"}


def test_a_new_build_starts_without_the_step_panels_of_the_last(tmp_path: Path) -> None:
    config = hook_build(tmp_path, building=False)
    config.extra[search_hook.STEP_SECTIONS_KEY] = {"en/procedures/gone/": []}
    search_hook.on_pre_build(config)
    assert config.extra[search_hook.STEP_SECTIONS_KEY] == {}
