"""MkDocs hook: the decision flow's pages, from front matter (the core's guide.flow).

- start page (kind start): the first question with its answers, links to every scenario and procedure;
- question pages (kind question): the question, its answers as large links, a way back, "you are here";
- the flowchart page (page id ``flowchart``): the whole flow as inline SVG, laid out by Graphviz at build time,
  followed by the same flow as a nested list.
Markdown is generated in on_page_markdown (MkDocs then checks its links); the SVG goes in once the page is HTML.
"""

from __future__ import annotations

from guide.flow.flowchart.figure import FLOWCHART_MARKER, FLOWCHART_PAGE_ID, flowchart_figure, flowchart_layout
from guide.flow.flowchart.source import LayoutError
from guide.flow.graph import build_flow_graph
from guide.flow.pages import insert_after_title, render_question_page, render_start
from guide.flow.text_alternative import render_flow_text
from guide.model.reading import PageRecord
from guide.model.schema import QuestionPage, StartPage
from guide.model.site import Site
from hook_support import record_of, site_of
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url


def _is_flow_page(record: PageRecord) -> bool:
    return isinstance(record.page, QuestionPage | StartPage) or record.page_id == FLOWCHART_PAGE_ID


def _flow_markdown(site: Site, record: PageRecord) -> str | None:
    """The Markdown a flow page gets: a question page's question and answers (placed after its title by the
    caller), the start page's first question and lists, the flowchart page's marker and text alternative."""
    graph = build_flow_graph(site, record.lang)
    has_flowchart = site.get(record.lang, FLOWCHART_PAGE_ID) is not None
    if isinstance(record.page, QuestionPage):
        return render_question_page(graph, record.page_id, has_flowchart)
    if isinstance(record.page, StartPage):
        return render_start(graph, has_flowchart)
    if graph.first is not None:
        return f"{FLOWCHART_MARKER}\n\n{render_flow_text(graph, record.page_id)}"
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

    graph = build_flow_graph(site_of(config), record.lang)
    current = record.page_id if isinstance(record.page, QuestionPage) else None
    try:
        layout = flowchart_layout(graph)  # laid out once per language and flow, however many pages show it
    except LayoutError as error:
        raise PluginError(f"{record.file}: flowchart: {error}") from None
    return html.replace(FLOWCHART_MARKER, flowchart_figure(layout, href_of, current=current), 1)
