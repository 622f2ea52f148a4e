"""guide.search.sections: the step panels of a built procedure page, read as search entries."""

from __future__ import annotations

from guide.search.sections import StepText, content_sections, page_sections

# The shape hooks/procedures_hook.py renders (pymdownx tabbed, alternate style), trimmed to what matters.
PAGE = """
<html><body>
<nav><h2 id="nav-heading">Outside the article</h2><p>menu 確認コード</p></nav>
<article class="md-content__inner md-typeset">
<h1>Procedure</h1>
<p>Intro.</p>
<h2 id="procedure-steps">Steps</h2>
<div class="guide-steps">
<div class="tabbed-set tabbed-alternate" data-tabs="1:2">
<input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" />
<input id="__tabbed_1_2" name="__tabbed_1" type="radio">
<div class="tabbed-labels"><label for="__tabbed_1_1">1. Open Settings</label><label
 for="__tabbed_1_2">2. Tap</label></div>
<div class="tabbed-content">
<div class="tabbed-block">
<p aria-level="3" class="guide-step__title" id="step-open-settings" role="heading"><span>Step 1 / 2</span>
<strong>Open Settings</strong></p>
<p>Find the grey icon &lt;gear&gt;.</p>
<div class="admonition tip"><p class="admonition-title">Tip</p><p>Swipe down to search.</p></div>
<p>After the tip.</p>
<script>var hidden = "script text";</script>
<p class="guide-step__nav" data-search-exclude><a href="#step-tap">Next step: 2. Tap</a></p>
</div>
<div class="tabbed-block">
<p class="guide-step__title" id="step-tap" role="heading"><strong>Tap</strong></p>
<ul><li>first</li><li>second</li></ul>
</div>
</div>
</div>
</div>
<p>After the tabs.</p>
<h2 id="other">Other</h2>
<div class="tabbed-set"><div class="tabbed-content"><div class="tabbed-block"><p>Plain tab text</p></div></div></div>
</article>
<h2 id="after-article">Footer</h2>
</body></html>
"""


def test_only_sections_with_step_panels_are_returned() -> None:
    assert [section.id for section in page_sections(PAGE)] == ["procedure-steps"]


def test_steps_come_in_page_order_with_their_ids() -> None:
    (section,) = page_sections(PAGE)
    assert [step.id for step in section.steps] == ["open-settings", "tap"]


def test_step_text_keeps_paragraphs_and_admonitions_but_not_title_nav_or_script() -> None:
    (section,) = page_sections(PAGE)
    text = section.steps[0].text
    assert text == "<p>Find the grey icon &lt;gear&gt;.</p><p>Tip</p><p>Swipe down to search.</p><p>After the tip.</p>"


def test_step_text_keeps_lists() -> None:
    (section,) = page_sections(PAGE)
    assert section.steps[1].text == "<ul><li>first</li><li>second</li></ul>"


def test_section_text_keeps_tab_labels_apart_and_loses_the_panels() -> None:
    (section,) = page_sections(PAGE)
    assert section.text == "1. Open Settings 2. Tap<p>After the tabs.</p>"


def test_a_page_without_step_panels_has_no_sections() -> None:
    assert page_sections("<article><h2 id='a'>A</h2><p>text</p></article>") == []


def test_stray_end_tags_do_not_break_the_reading() -> None:
    html = PAGE.replace("<p>After the tip.</p>", "</span><p>After the tip.</p>")
    (section,) = page_sections(html)
    assert "<p>After the tip.</p>" in section.steps[0].text


def article_content(page: str) -> str:
    """What MkDocs' page.content would be: the inside of the page's <article>."""
    start = page.index(">", page.index("<article")) + 1
    return page[start : page.rindex("</article>")]


def test_the_content_alone_reads_as_the_built_page() -> None:
    assert content_sections(article_content(PAGE)) == page_sections(PAGE)


def test_a_panel_left_open_ends_with_the_content_as_it_ends_with_the_article() -> None:
    content = '<h2 id="s">S</h2><div class="tabbed-block"><p id="step-a">A</p><p>Open <code>it'
    sections = content_sections(content)
    assert [step.id for section in sections for step in section.steps] == ["a"]
    assert sections == page_sections(f"<body><article>{content}</article><p>after</p></body>")


def test_an_end_tag_closes_the_elements_left_open_inside_it() -> None:
    html = PAGE.replace("<p>After the tip.</p>", "<p>After the <em>tip.")
    (section,) = page_sections(html)
    assert section.steps[0].text.endswith("<p>After the tip.</p>")
    assert [step.id for step in section.steps] == ["open-settings", "tap"]


def test_nothing_inside_an_excluded_element_is_step_text() -> None:
    content = (
        '<h2 id="s">S</h2><div class="tabbed-block"><p id="step-a">A <em>title</em></p>'
        "<div data-search-exclude><p>hidden <b>too</b></p><script>x</script></div><p>shown</p></div>"
    )
    (section,) = content_sections(content)
    assert section.steps == [StepText("a", "<p>shown</p>")]
