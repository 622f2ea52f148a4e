"""The real decision flow, node by node (alphagov/smart-answers style): for every answer of every question, the
page it leads to. A change to the flow in front matter must change this table too, on purpose.

Checked twice: in the validated front matter (both languages) and in the built site's answer links.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guide.flow.graph import FlowGraph, build_flow_graph
from guide.flow.rules import flow_errors
from guide.model.schema import QuestionPage
from guide.model.site import load_site

from tests.flow.flow_html import answer_targets, page_path

DOCS = Path(__file__).resolve().parents[2] / "docs"
LANGS = ["ja", "en"]

FIRST_QUESTION = "check/situation"

# question -> the page each answer leads to, in answer order
EXPECTED_NEXT: dict[str, list[str]] = {
    "check/situation": [
        "scenarios/new-iphone",  # a new (or erased) iPhone or iPad asks during setup
        "scenarios/sim-cancelled",  # the trusted number's SIM was cancelled or the number changed
        "scenarios/device-gone",  # the previous device was sold, lost, broken or erased
        "scenarios/code-not-arriving",  # the number works but nothing arrives
        "check/other-situation",  # something else (abroad, number transfer, no Apple device, locked …)
        "check/trusted-device",  # none of these / not sure
    ],
    "check/other-situation": [
        "scenarios/number-not-ready",  # number unusable for now: MNP or eSIM transfer, data-only SIM, dual-SIM line off
        "scenarios/abroad",  # abroad or roaming
        "scenarios/no-apple-device",  # Android or Windows only
        "scenarios/account-locked",  # "locked / disabled / not active" message
        "scenarios/activation-lock",  # erased or second-hand iPhone at Activation Lock
        "scenarios/know-password",  # knows the password, but no code arrives
        "scenarios/passcode-forgotten",  # forgot the passcode of the trusted iPhone
        "scenarios/sim-cancelled",  # the only trusted number is a family member's (a section there)
        "check/more-situations",  # something else again
    ],
    "check/more-situations": [
        "scenarios/broken-screen",  # trusted iPhone with a broken screen or Face ID
        "scenarios/family-or-managed",  # a child's account, or a Managed Apple Account
        "scenarios/security-key-lost",  # lost security key
        "procedures/find-apple-account",  # not sure which email or number is the Apple Account
        "procedures/request-legacy-access",  # the account holder died
        "scenarios/account-taken-over",  # someone else changed the password or the trusted number
        "scenarios/recovery-requested",  # requested recovery already: a second request, a sign-in during the wait
        "scenarios/sim-cancelled",  # the Apple Account email is a carrier address that no longer works (a section)
        "procedures/find-apple-account",  # a shop set up the account (a section there)
        "check/trusted-device",  # none of these / not sure
    ],
    "check/trusted-device": [
        "procedures/code-on-trusted-device",  # yes, online
        "procedures/offline-code",  # yes, but offline
        "check/trusted-number",  # no (gone or never had one)
        "check/device-signed-in",  # not sure
    ],
    "check/device-signed-in": [
        "procedures/code-on-trusted-device",  # my name is shown, online
        "procedures/offline-code",  # my name is shown, offline
        "check/trusted-number",  # no name, someone else's, or no device
    ],
    "check/trusted-number": [
        "procedures/code-by-sms-or-call",  # yes
        "scenarios/code-not-arriving",  # the number works, nothing arrives
        "check/recovery-contact",  # no
        "procedures/code-by-sms-or-call",  # not sure which number (try: it shows the number's last digits)
    ],
    "check/recovery-contact": [
        "procedures/use-recovery-contact",  # yes, and I can reach them
        "check/recovery-key",  # set up, but unreachable now
        "check/recovery-key",  # no or not sure
    ],
    "check/recovery-key": [
        "procedures/use-recovery-key",  # yes, at hand
        "procedures/use-recovery-key",  # created but lost (the page says what that means)
        "check/last-resort",  # never created
        "check/last-resort",  # not sure
    ],
    "check/last-resort": [
        "procedures/request-account-recovery",  # from my own iPhone, iPad or Mac
        "procedures/request-account-recovery-web",  # from a borrowed device or a browser
    ],
}

CASES = [
    (question, index, target) for question, targets in EXPECTED_NEXT.items() for index, target in enumerate(targets)
]


@pytest.fixture(scope="module")
def graphs() -> dict[str, FlowGraph]:
    site, _ = load_site(DOCS, today=date.today(), checks=(flow_errors,))
    return {lang: build_flow_graph(site, lang) for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
def test_start_page_names_the_first_question(graphs: dict[str, FlowGraph], lang: str) -> None:
    assert graphs[lang].first == FIRST_QUESTION


@pytest.mark.parametrize("lang", LANGS)
def test_table_lists_every_question_and_every_answer(graphs: dict[str, FlowGraph], lang: str) -> None:
    questions = {
        page_id: len(record.page.answers)
        for page_id, record in graphs[lang].nodes.items()
        if isinstance(record.page, QuestionPage)
    }
    assert questions == {question: len(targets) for question, targets in EXPECTED_NEXT.items()}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("question", "answer", "expected"), CASES)
def test_next_node(graphs: dict[str, FlowGraph], lang: str, question: str, answer: int, expected: str) -> None:
    page = graphs[lang].nodes[question].page
    assert isinstance(page, QuestionPage)
    assert page.answers[answer].next == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("question", sorted(EXPECTED_NEXT))
def test_built_answer_links(built_site: Path, lang: str, question: str) -> None:
    assert answer_targets(built_site, page_path(question, lang)) == [
        page_path(target, lang) for target in EXPECTED_NEXT[question]
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_built_start_page_answers_the_first_question(built_site: Path, lang: str) -> None:
    assert answer_targets(built_site, page_path("index", lang)) == [
        page_path(target, lang) for target in EXPECTED_NEXT[FIRST_QUESTION]
    ]
