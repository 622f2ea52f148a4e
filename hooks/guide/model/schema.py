"""The front-matter schema of every page kind (see CONTRIBUTING.md).

Frozen pydantic dataclasses (validation.py turns pydantic's errors into content errors): strict about keys (an
unknown key is an error), text is never coerced from numbers (pydantic's default), and a validated page cannot
change under a renderer.
"""

from __future__ import annotations

import re
from dataclasses import field
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StringConstraints
from pydantic.dataclasses import dataclass

MAX_STEPS_PER_PHASE = 20  # Material's content-tab CSS handles at most 20 tabs in one set.

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PAGE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Markdown = Annotated[str, StringConstraints(min_length=1)]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
PageId = Annotated[str, StringConstraints(pattern=PAGE_ID_PATTERN)]


def _check_https_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise ValueError("must be an https:// URL")
    if not parts.netloc or "." not in parts.netloc or re.search(r"\s", url):
        raise ValueError("is not a well-formed URL")
    return url


HttpsUrl = Annotated[str, AfterValidator(_check_https_url)]

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
    seen: date  # when the source was last checked


@model
class PageBase:
    kind: str
    title: Text
    description: Text | None = None
    reviewed: date
    sources: Annotated[list[Source], Field(min_length=1)]
    keywords: list[Text] = field(default_factory=list)
    hide: list[Literal["navigation", "toc", "footer"]] = field(default_factory=list)


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
    answers: Annotated[list[Answer], Field(min_length=1)]


@model
class ScenarioOption:
    page: PageId
    when: Text
    cite: list[Id] = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False  # set when every cited source is third-party


@model
class Note:
    """A step's tip or warning: Markdown text and the sources it rests on."""

    text: Markdown
    cite: list[Id] = field(default_factory=list)  # required on warnings (citations.py)
    third_party: StrictBool = False


@model
class ScenarioPage(PageBase):
    kind: Literal["scenario"]
    summary: Text
    options: Annotated[list[ScenarioOption], Field(min_length=1)]


@model
class OlderLabels:
    version: Text
    labels: Annotated[list[Text], Field(min_length=1)]


@model
class Step:
    id: Id
    title: Text
    body: Markdown | None = None
    labels: list[Text] = field(default_factory=list)
    # What the control to tap is about, where no source shows its label on the current iOS (instead of labels).
    unconfirmed_label: Text | None = None
    older: OlderLabels | None = None
    tip: Note | None = None
    warning: Note | None = None
    cite: list[Id] = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False


Steps = Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS_PER_PHASE)]


@model
class Wait:
    duration: Text
    summary: Text
    do: list[Text] = field(default_factory=list)
    avoid: list[Text] = field(default_factory=list)
    cite: list[Id] = field(default_factory=list)  # source ids; required (citations.py)
    third_party: StrictBool = False


@model
class Phase:
    id: Id
    title: Text
    steps: Steps
    wait: Wait | None = None


@model
class Blank:
    id: Id
    label: Text


@model
class ProcedurePage(PageBase):
    kind: Literal["procedure"]
    summary: Text
    requires: list[Text] = field(default_factory=list)
    time: Text
    steps: Steps | None = None
    phases: Annotated[list[Phase], Field(min_length=1)] | None = None
    sheet: list[Blank] = field(default_factory=list)
    then: list[PageId] = field(default_factory=list)

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
