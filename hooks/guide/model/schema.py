"""The front-matter schema of every page kind (see CONTRIBUTING.md).

Frozen pydantic dataclasses (validation.py turns pydantic's errors into content errors): strict about keys (an
unknown key is an error), text is never coerced from numbers (pydantic's default), and a validated page cannot
change under a renderer.
"""

from __future__ import annotations

import re
from dataclasses import field
from datetime import date, datetime
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, StringConstraints
from pydantic.dataclasses import dataclass

from .errors import shown
from .text_rules import check_text

MAX_STEPS_PER_PHASE = 20  # Material's content-tab CSS handles at most 20 tabs in one set.
# Lengths, in characters: several times the longest real value, and small enough for a flowchart box, a tab title
# and a printed sheet (a 1 MB question once ran Graphviz out of memory).
MAX_TEXT = 500  # the longest real text is 231 characters
MAX_MARKDOWN = 4000  # the longest real Markdown field is 850 characters
MAX_URL = 2000
MAX_ITEMS = 40  # items of any list but steps; the longest real list has 18
MAX_NOTICE_HOURS = 24 * 90  # a waiting period's notice comes within hours or days, not seasons

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PAGE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$"

Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT), AfterValidator(check_text)
]
Markdown = Annotated[str, StringConstraints(min_length=1, max_length=MAX_MARKDOWN), AfterValidator(check_text)]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
PageId = Annotated[str, StringConstraints(pattern=PAGE_ID_PATTERN, max_length=200)]

TextList = Annotated[list[Text], Field(max_length=MAX_ITEMS)]
Cites = Annotated[list[Id], Field(max_length=MAX_ITEMS)]
PageIds = Annotated[list[PageId], Field(max_length=MAX_ITEMS)]


def _iso_date(value: object) -> object:
    """A date written ``YYYY-MM-DD`` (a YAML date stays text, front_matter.py), nothing else: no number read as a
    Unix time, no time of day."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"{shown(value)} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date in the calendar (YYYY-MM-DD)") from None


Date = Annotated[date, BeforeValidator(_iso_date)]


def _check_https_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise ValueError("must be an https:// URL")
    if not parts.netloc or "." not in parts.netloc or re.search(r"\s", url):
        raise ValueError("is not a well-formed URL")
    if "@" in parts.netloc:
        # https://support.apple.com@evil.example/ goes to evil.example: what a reader sees first is not the host.
        raise ValueError("has a user name before '@' (the host is what follows it): not allowed")
    return url


HttpsUrl = Annotated[str, StringConstraints(max_length=MAX_URL), AfterValidator(_check_https_url)]

# Unknown keys are errors; numbers are not turned into text (pydantic's default).
model = dataclass(frozen=True, kw_only=True, config=ConfigDict(extra="forbid"))


# Who published a source: Apple in its "Apple Account" era (2024-09 on), Apple's older "Apple ID"-era text, a
# carrier about its own service, anyone else. A claim resting only on the last two is labelled on the page.
Publisher = Literal["apple", "apple-older", "carrier", "third-party"]


@model
class Source:
    id: Id  # unique in the page, the same in both twins; claims cite it
    title: Text
    url: HttpsUrl
    publisher: Publisher
    seen: Date  # when the source was last checked


@model
class PageBase:
    kind: str
    title: Text
    description: Text | None = None
    reviewed: Date
    sources: Annotated[list[Source], Field(min_length=1, max_length=MAX_ITEMS)]
    keywords: TextList = field(default_factory=list)
    hide: Annotated[list[Literal["navigation", "toc", "footer"]], Field(max_length=3)] = field(default_factory=list)


@model
class StartPage(PageBase):
    kind: Literal["start"]
    first: PageId


@model
class Answer:
    label: Text
    next: PageId
    hint: Text | None = None


@model
class QuestionPage(PageBase):
    kind: Literal["question"]
    question: Text
    help: Markdown | None = None
    answers: Annotated[list[Answer], Field(min_length=1, max_length=MAX_ITEMS)]


@model
class ScenarioOption:
    page: PageId
    when: Text
    cite: Cites = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False  # set when every cited source is third-party


@model
class Note:
    """A step's tip or warning, or an item of a phase's handback list: Markdown text and the sources it rests on."""

    text: Markdown
    cite: Cites = field(default_factory=list)  # required on warnings (citations.py)
    third_party: StrictBool = False


@model
class ScenarioPage(PageBase):
    kind: Literal["scenario"]
    summary: Text
    options: Annotated[list[ScenarioOption], Field(min_length=1, max_length=MAX_ITEMS)]


@model
class OlderLabels:
    version: Text  # the era the labels belong to, e.g. "iOS 17 以前"
    labels: Annotated[list[Text], Field(min_length=1, max_length=MAX_ITEMS)]


@model
class Step:
    id: Id
    title: Text
    body: Markdown | None = None
    # The control to tap (model/tap_targets.py): its current label in the page's language where a source shows it;
    # else, on a Japanese page, the wording Apple's current English pages give; the older label with its era; and
    # where on the screen it sits, in a few words.
    labels: TextList = field(default_factory=list)
    english_labels: TextList = field(default_factory=list)
    older: OlderLabels | None = None
    where: Text | None = None
    tip: Note | None = None
    warning: Note | None = None
    cite: Cites = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False


Steps = Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS_PER_PHASE)]


@model
class Notice:
    """The notice that confirms a request, as the reader's timeline shows it: it comes within ``within_hours`` of
    the request and names the date to check again (procedures/timeline.py)."""

    within_hours: Annotated[StrictInt, Field(ge=1, le=MAX_NOTICE_HOURS)]
    cite: Cites = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False


@model
class Wait:
    duration: Text
    summary: Text
    do: TextList = field(default_factory=list)
    avoid: TextList = field(default_factory=list)
    cite: Cites = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False
    notice: Notice | None = None  # the page then shows the reader's timeline of this waiting period


@model
class Phase:
    id: Id
    title: Text
    steps: Steps
    wait: Wait | None = None
    # Before the reader gives back a borrowed device: what to sign out of and close, shown after the phase's steps.
    handback: Annotated[list[Note], Field(max_length=MAX_ITEMS)] = field(default_factory=list)


@model
class Blank:
    id: Id
    label: Text


@model
class ProcedurePage(PageBase):
    kind: Literal["procedure"]
    summary: Text
    requires: TextList = field(default_factory=list)
    time: Text
    steps: Steps | None = None
    phases: Annotated[list[Phase], Field(min_length=1, max_length=MAX_ITEMS)] | None = None
    sheet: Annotated[list[Blank], Field(max_length=MAX_ITEMS)] = field(default_factory=list)
    then: PageIds = field(default_factory=list)

    @property
    def all_phases(self) -> list[Phase]:
        """The procedure as phases; a procedure written with plain ``steps`` is one untitled phase."""
        if self.phases is not None:
            return list(self.phases)
        return [Phase(id="steps", title=self.title, steps=self.steps or [])]

    @property
    def all_steps(self) -> list[Step]:
        return [step for phase in self.all_phases for step in phase.steps]


@model
class ExplanationPage(PageBase):
    kind: Literal["explanation"]
    # A procedure whose waiting period (the first with a notice) this page shows as the reader's timeline.
    timeline: PageId | None = None


@model
class ReferencePage(PageBase):
    kind: Literal["reference"]


Page = StartPage | QuestionPage | ScenarioPage | ProcedurePage | ExplanationPage | ReferencePage

MODEL_BY_KIND: dict[str, type[PageBase]] = {
    "start": StartPage,
    "question": QuestionPage,
    "scenario": ScenarioPage,
    "procedure": ProcedurePage,
    "explanation": ExplanationPage,
    "reference": ReferencePage,
}
