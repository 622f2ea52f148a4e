"""Validate the decision flow of every language; each error names the file, the field (the answer) and the reason.

Runs as a site check (hooks/model_hook.py passes ``flow_errors`` to ``load_site``) once every page is valid, every link
points at a page and the twins are in parity. Parity compares each page's ``first``, answers, options and ``then``,
so equal per-page structure already means equal graphs; ``graph_difference_errors`` checks the whole graph anyway.
"""

from __future__ import annotations

from collections import deque

from ..model.errors import ContentError, shown
from ..model.schema import QuestionPage
from ..model.site import Site
from .graph import FlowGraph, build_flow_graph, start_pages

MIN_ANSWERS = 2


def flow_errors(site: Site) -> list[ContentError]:
    errors: list[ContentError] = []
    graphs = []
    for lang in site.languages:
        start_errors = _start_errors(site, lang)
        errors += start_errors
        if not start_errors:
            graph = build_flow_graph(site, lang)
            graphs.append(graph)
            errors += graph_errors(graph)
    errors += graph_difference_errors(graphs)
    return errors


def _start_errors(site: Site, lang: str) -> list[ContentError]:
    """Exactly one start page per language once there are questions; a site without questions has no flow."""
    starts = start_pages(site, lang)
    if len(starts) > 1:
        return [
            ContentError(extra.file, "kind", f"a second start page ({starts[0].file} is one): one per language")
            for extra in starts[1:]
        ]
    questions = [record for record in site.in_language(lang) if isinstance(record.page, QuestionPage)]
    if not starts and questions:
        reason = f"no start page ({lang}): a page of kind start must name the first question"
        return [ContentError(questions[0].file, "", reason)]
    return []


def graph_errors(graph: FlowGraph) -> list[ContentError]:
    """Every problem of one language's flow. A flow without a start page (no questions at all) has none."""
    if graph.start is None:
        return []
    errors = _answer_target_errors(graph) + _answer_count_errors(graph)
    first_error = _first_question_error(graph)
    if first_error:
        return [first_error, *errors]  # without a first question, everything would be "unreachable"
    errors += _cycle_errors(graph)
    errors += _unreachable_errors(graph)
    errors += _no_procedure_errors(graph)
    return errors


def _first_question_error(graph: FlowGraph) -> ContentError | None:
    assert graph.start is not None
    first = graph.first
    kind = graph.page_kinds.get(first or "")
    if kind == "question":
        return None
    return ContentError(graph.start.file, "first", f"{first!r} is {_a(kind)} page: the first page must be a question")


def _a(kind: str | None) -> str:
    """``a procedure``, ``an explanation``."""
    return f"an {kind}" if kind and kind[0] in "aeiou" else f"a {kind}"


def _answer_target_errors(graph: FlowGraph) -> list[ContentError]:
    """An answer must lead to a question, a scenario or a procedure (site.py already reports missing pages)."""
    errors = []
    for record in graph.nodes.values():
        if not isinstance(record.page, QuestionPage):
            continue
        for index, answer in enumerate(record.page.answers):
            if answer.next not in graph.nodes:
                errors.append(
                    ContentError(
                        record.file,
                        f"answers[{index}].next",
                        f"answer {shown(answer.label)} leads to {answer.next!r}, which is not a question, scenario or "
                        f"procedure page (it is {_a(graph.page_kinds.get(answer.next))} page)",
                    )
                )
    return errors


def _answer_count_errors(graph: FlowGraph) -> list[ContentError]:
    return [
        ContentError(
            record.file,
            "answers",
            f"a question needs at least {MIN_ANSWERS} answers, this one has {len(record.page.answers)}",
        )
        for record in graph.nodes.values()
        if isinstance(record.page, QuestionPage) and len(record.page.answers) < MIN_ANSWERS
    ]


def _cycle_errors(graph: FlowGraph) -> list[ContentError]:
    """Every edge that closes a cycle (depth first from the first question, then from every other page)."""
    errors = []
    done: set[str] = set()
    path: list[str] = []  # the pages on the current depth-first path

    def visit(page_id: str) -> None:
        path.append(page_id)
        for edge in graph.edges_from(page_id):
            if edge.target in path:
                loop = " → ".join([*path[path.index(edge.target) :], edge.target])
                what = f"{edge.kind} {shown(edge.label)}" if edge.label else edge.kind
                errors.append(ContentError(graph.nodes[edge.source].file, edge.field, f"{what} closes a cycle: {loop}"))
            elif edge.target not in done:
                visit(edge.target)
        path.pop()
        done.add(page_id)

    for page_id in (*graph.order, *sorted(graph.nodes)):
        if page_id not in done:
            visit(page_id)
    return errors


def _unreachable_errors(graph: FlowGraph) -> list[ContentError]:
    assert graph.start is not None
    reachable = set(graph.order)
    errors = []
    for page_id, record in sorted(graph.nodes.items()):
        if page_id in reachable:
            continue
        leads_here = [edge.source for edge in graph.edges_to(page_id)]
        via = f" (only {', '.join(sorted(set(leads_here)))} lead{'s' if len(set(leads_here)) == 1 else ''} here)"
        via = via if leads_here else " (no answer, option or then leads here)"
        errors.append(
            ContentError(
                record.file,
                "",
                f"the flow never reaches this {record.page.kind} page from the start ({graph.start.file}){via}",
            )
        )
    return errors


def _no_procedure_errors(graph: FlowGraph) -> list[ContentError]:
    """A question or scenario from which no procedure can be reached leaves the reader without an action."""
    reaches = {page_id for page_id in graph.nodes if graph.kind(page_id) == "procedure"}
    queue = deque(reaches)
    while queue:
        for edge in graph.edges_to(queue.popleft()):
            if edge.source not in reaches:
                reaches.add(edge.source)
                queue.append(edge.source)
    field_of = {"question": "answers", "scenario": "options"}
    return [
        ContentError(
            record.file,
            field_of[record.page.kind],
            f"no procedure can be reached from this {record.page.kind}: {_where_paths_end(graph, page_id)}",
        )
        for page_id, record in sorted(graph.nodes.items())
        if record.page.kind in field_of and page_id not in reaches
    ]


def _where_paths_end(graph: FlowGraph, page_id: str) -> str:
    ends = _dead_ends(graph, page_id)
    if ends == [page_id]:
        return "none of its options is a procedure, a scenario or a question"
    return f"every path ends at {', '.join(ends)}"


def _dead_ends(graph: FlowGraph, page_id: str) -> list[str]:
    """The pages without flow edges (and without a procedure) that ``page_id`` leads to."""
    seen, queue, ends = {page_id}, deque([page_id]), []
    while queue:
        current = queue.popleft()
        edges = graph.edges_from(current)
        if not edges:
            ends.append(current)
        for edge in edges:
            if edge.target not in seen:
                seen.add(edge.target)
                queue.append(edge.target)
    return sorted(ends) or [page_id]


GraphSignature = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...], str | None]


def graph_signature(graph: FlowGraph) -> GraphSignature:
    """The language-neutral structure of a flow: node kinds, edges with their fields, and the first question."""
    nodes = tuple(sorted((page_id, graph.kind(page_id)) for page_id in graph.nodes))
    edges = tuple(sorted((edge.source, edge.field, edge.target) for edge in graph.edges))
    return nodes, edges, graph.first


def graph_difference_errors(graphs: list[FlowGraph]) -> list[ContentError]:
    """Whole-graph parity: every language's flow has the structure of the first one's."""
    if not graphs:
        return []
    reference = graphs[0]
    errors = []
    for graph in graphs[1:]:
        if graph_signature(graph) == graph_signature(reference):
            continue
        nodes, edges, first = graph_signature(graph)
        ref_nodes, ref_edges, ref_first = graph_signature(reference)
        differences = sorted(set(nodes) ^ set(ref_nodes)) + sorted(set(edges) ^ set(ref_edges))
        detail = "; ".join(" ".join(map(str, item)) for item in differences[:3]) or f"first {first!r} ≠ {ref_first!r}"
        file = graph.start.file if graph.start else f"({graph.lang})"
        errors.append(ContentError(file, "", f"the {graph.lang} flow differs from the {reference.lang} flow: {detail}"))
    return errors
