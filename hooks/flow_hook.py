"""MkDocs hook: the decision flow's pages, from front matter (the core's guide.flow).

- start page (kind start): its title, lead, the first question with its answers, the introduction, every outcome;
- question pages (kind question): the question as the heading, its answers, a way back, the questions on the way;
- situation pages (kind scenario): the summary and the options under the title, a way back at the end;
- procedures, and pages an option leads to: "if this did not work" at the end (guide.flow.fallbacks);
- the flowchart page (page id ``flowchart``): the whole flow as inline SVG, laid out by Graphviz at build time,
  followed by the same flow as a nested list.
Markdown is generated in on_page_markdown (MkDocs then checks its links); the SVG goes in once the page is HTML.
"""

from __future__ import annotations

from guide.flow.fallbacks import has_fallbacks, render_fallbacks
from guide.flow.flowchart.figure import FLOWCHART_MARKER, FLOWCHART_PAGE_ID, flowchart_figure, flowchart_layout
from guide.flow.flowchart.source import LayoutError
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.flow.pages import insert_after_title, render_question_page, render_start
from guide.flow.situations import render_situation_top, render_way_back
from guide.flow.text_alternative import render_flow_text
from guide.model.reading import PageRecord
from guide.model.schema import QuestionPage, ScenarioPage, StartPage
from guide.model.site import Site
from hook_support import record_of, site_of
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url


def _flow_markdown(site: Site, graph: FlowGraph, record: PageRecord, markdown: str) -> str | None:
    """The page's Markdown with the flow's parts in place, or None when the flow adds nothing to this page."""
    has_flowchart = site.get(record.lang, FLOWCHART_PAGE_ID) is not None
    page_id = record.page_id
    if isinstance(record.page, StartPage):
        return render_start(graph, has_flowchart, body=markdown)
    if isinstance(record.page, QuestionPage):
        return render_question_page(graph, page_id, has_flowchart) + "\n" + markdown
    if isinstance(record.page, ScenarioPage):
        top = render_situation_top(site, graph, page_id)
        return insert_after_title(markdown, top).rstrip() + "\n\n" + render_way_back(graph, page_id)
    if page_id == FLOWCHART_PAGE_ID:
        return markdown.rstrip() + f"\n\n{FLOWCHART_MARKER}\n\n{render_flow_text(graph, page_id)}"
    if has_fallbacks(site, graph, page_id):
        return markdown.rstrip() + "\n\n" + render_fallbacks(site, graph, page_id)
    return None


def on_page_markdown(markdown, page, config, files):
    record = record_of(page, config)
    if record is None:
        return None
    site = site_of(config)
    graph = build_flow_graph(site, record.lang)
    if graph.first is None:
        return None  # a site without questions has no flow
    return _flow_markdown(site, graph, record, markdown)


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
    try:
        layout = flowchart_layout(graph)  # laid out once per language and flow, however many pages show it
    except LayoutError as error:
        raise PluginError(f"{record.file}: flowchart: {error}") from None
    return html.replace(FLOWCHART_MARKER, flowchart_figure(layout, href_of), 1)
