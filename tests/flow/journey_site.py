"""A tiny two-language flow for the journey's tests, written into a temporary docs folder:

start → check/first: Phone → scenarios/phone, Number → scenarios/number, Unsure → check/second
        check/second: Device → procedures/device, None → procedures/recovery
scenarios/phone: 1 procedures/device, 2 procedures/sms, 3 about/info (an explanation), 4 procedures/recovery
scenarios/number: 1 procedures/sms, 2 procedures/recovery
procedures/device then procedures/prevent; about/info, reference/words and the flowchart page are outside the flow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide.flow.graph import FlowGraph, build_flow_graph
from guide.model.site import Site, load_site

from tests.support.pages import CITE, TODAY, valid, write_both


def _answers(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"label": label, "next": target} for label, target in pairs]


def _options(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"page": page, "when": when, "cite": CITE} for page, when in pairs]


PAGES: dict[str, dict[str, Any]] = {
    "index": valid("start", title="Guide", first="check/first"),
    "check/first": valid(
        "question",
        title="First question",
        question="What happened?",
        answers=_answers(("Phone", "scenarios/phone"), ("Number", "scenarios/number"), ("Unsure", "check/second")),
    ),
    "check/second": valid(
        "question",
        title="Second question",
        question="Do you have a device?",
        answers=_answers(("Device", "procedures/device"), ("None", "procedures/recovery")),
    ),
    "scenarios/phone": valid(
        "scenario",
        title="New phone",
        summary="You are setting up a new phone.",
        options=_options(
            ("procedures/device", "when the old phone is at hand"),
            ("procedures/sms", "when the number works"),
            ("about/info", "when you want to know why"),
            ("procedures/recovery", "when nothing else works"),
        ),
    ),
    "scenarios/number": valid(
        "scenario",
        title="Number gone",
        summary="The number is gone.",
        options=_options(("procedures/sms", "when a new SIM has the number"), ("procedures/recovery", "otherwise")),
    ),
    "procedures/device": valid("procedure", title="Allow on the device", then=["procedures/prevent"]),
    "procedures/sms": valid("procedure", title="Get a text"),
    "procedures/recovery": valid("procedure", title="Request recovery"),
    "procedures/prevent": valid("procedure", title="Add a number"),
    "about/info": valid("explanation", title="Why it happens"),
    "reference/words": valid("reference", title="Words"),
    "flowchart": valid("explanation", title="Flowchart"),
}


def write_journey_site(docs: Path) -> None:
    for page_id, data in PAGES.items():
        write_both(docs, page_id, data)


def journey_site(docs: Path) -> Site:
    write_journey_site(docs)
    return load_site(docs, today=TODAY)[0]


def journey_graph(site: Site, lang: str = "en") -> FlowGraph:
    return build_flow_graph(site, lang)
