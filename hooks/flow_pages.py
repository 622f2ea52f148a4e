"""MkDocs hook: the decision flow's pages, from front matter.

- start page (kind start): the first question with its answers, links to every scenario and procedure;
- question pages (kind question): the question, its answers as large links, a way back, "you are here";
- the flowchart page (page id ``flowchart``): the whole flow as inline SVG, laid out by Graphviz at build time,
  followed by the same flow as a nested list.
Markdown is generated in on_page_markdown (MkDocs then checks its links); the SVG goes in once the page is HTML.
"""

from __future__ import annotations

from guide.flow_graph import build_flow_graph
from guide.flow_text import render_flow_text
from guide.flowchart import LayoutError
from guide.flowchart_render import flow_strings, flowchart_figure, flowchart_layout
from guide.pages import PageRecord
from guide.question_render import (
    FLOWCHART_MARKER,
    FLOWCHART_PAGE_ID,
    insert_after_title,
    render_question_page,
    render_start,
)
from guide.schema import QuestionPage, StartPage
from guide.site import Site
from guide.templates import template_env
from hook_support import CORE_TEMPLATES, drop_templates, record_of, site_of
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

TEMPLATES = CORE_TEMPLATES


def on_files(files, config):
    return drop_templates(files, TEMPLATES)


def _is_flow_page(record: PageRecord) -> bool:
    return isinstance(record.page, QuestionPage | StartPage) or record.page_id == FLOWCHART_PAGE_ID


def _flow_markdown(site: Site, record: PageRecord) -> str | None:
    """The Markdown a flow page gets: a question page's question and answers (placed after its title by the
    caller), the start page's first question and lists, the flowchart page's marker and text alternative."""
    graph = build_flow_graph(site, record.lang)
    has_flowchart = site.get(record.lang, FLOWCHART_PAGE_ID) is not None
    env = template_env(TEMPLATES)
    if isinstance(record.page, QuestionPage):
        return render_question_page(env, graph, record.page_id, has_flowchart)
    if isinstance(record.page, StartPage):
        return render_start(env, graph, has_flowchart)
    if graph.first is not None:
        return f"{FLOWCHART_MARKER}\n\n{render_flow_text(env, graph, record.page_id)}"
    return None


def on_page_markdown(markdown, page, config, files):
    record = record_of(page, config)
    if record is None or not _is_flow_page(record):
        return None  # the graph is only needed on question, start and flowchart pages
    generated = _flow_markdown(site_of(config), record)
    if generated is None:
        return None
    if isinstance(record.page, QuestionPage):
        return insert_after_title(markdown, generated)
    return markdown.rstrip() + "\n\n" + generated


def on_page_content(html, page, config, files):
    if FLOWCHART_MARKER not in html:
        return None
    record = record_of(page, config)

    def href_of(page_id: str) -> str:
        target = files.get_file_from_path(f"{page_id}.md")
        if target is None:
            raise PluginError(f"flowchart: no page {page_id}.md to link to")
        return get_relative_url(target.url, page.file.url)

    env = template_env(TEMPLATES)
    graph = build_flow_graph(site_of(config), record.lang)
    current = record.page_id if isinstance(record.page, QuestionPage) else None
    try:
        # Laid out once per language and flow, however many pages show it (see flowchart_layout).
        layout = flowchart_layout(graph, flow_strings(env, record.lang))
    except LayoutError as error:
        raise PluginError(f"{record.file}: flowchart: {error}") from None
    return html.replace(FLOWCHART_MARKER, flowchart_figure(env, layout, href_of, current=current), 1)
