"""The front-matter schema of every page kind (see CONTRIBUTING.md).

pydantic models, strict: unknown keys are errors, text is never coerced from numbers, and every
model is frozen so a validated page cannot change under a renderer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

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


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, coerce_numbers_to_str=False)


class Source(Strict):
    title: Text
    url: HttpsUrl


class PageBase(Strict):
    kind: str
    title: Text
    description: Text | None = None
    reviewed: date
    sources: Annotated[list[Source], Field(min_length=1)]
    keywords: list[Text] = []
    hide: list[Literal["navigation", "toc", "footer"]] = []


class StartPage(PageBase):
    kind: Literal["start"]
    first: PageId


class Answer(Strict):
    label: Text
    next: PageId
    hint: Text | None = None


class QuestionPage(PageBase):
    kind: Literal["question"]
    question: Text
    help: Markdown | None = None
    answers: Annotated[list[Answer], Field(min_length=1)]


class ScenarioOption(Strict):
    page: PageId
    when: Text


class ScenarioPage(PageBase):
    kind: Literal["scenario"]
    summary: Text
    options: Annotated[list[ScenarioOption], Field(min_length=1)]


class OlderLabels(Strict):
    version: Text
    labels: Annotated[list[Text], Field(min_length=1)]


class Step(Strict):
    id: Id
    title: Text
    body: Markdown | None = None
    labels: list[Text] = []
    older: OlderLabels | None = None
    tip: Markdown | None = None
    warning: Markdown | None = None


Steps = Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS_PER_PHASE)]


class Wait(Strict):
    duration: Text
    summary: Text
    do: list[Text] = []
    avoid: list[Text] = []


class Phase(Strict):
    id: Id
    title: Text
    steps: Steps
    wait: Wait | None = None


class Blank(Strict):
    id: Id
    label: Text


class ProcedurePage(PageBase):
    kind: Literal["procedure"]
    summary: Text
    requires: list[Text] = []
    time: Text
    steps: Steps | None = None
    phases: Annotated[list[Phase], Field(min_length=1)] | None = None
    sheet: list[Blank] = []
    then: list[PageId] = []

    @property
    def all_phases(self) -> list[Phase]:
        """The procedure as phases; a procedure written with plain ``steps`` is one untitled phase."""
        if self.phases is not None:
            return list(self.phases)
        return [Phase(id="steps", title=self.title, steps=self.steps or [])]

    @property
    def all_steps(self) -> list[Step]:
        return [step for phase in self.all_phases for step in phase.steps]


class ExplanationPage(PageBase):
    kind: Literal["explanation"]


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
