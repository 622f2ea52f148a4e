"""One tappable choice of the flow: a question's answer or a situation's option, drawn by one template component
(templates/flow/choices.md.jinja) wherever the reader chooses where to go next."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.citations import Citation


@dataclass(frozen=True)
class Choice:
    text: str  # an answer's label, or the title of the page an option leads to
    hint: str | None  # an answer's hint, or an option's ``when``
    link: str  # a Markdown link to the target's .md file, relative to the page showing the choice
    number: int | None = None  # an option's place in its situation (1 = try first); answers are not numbered
    cited: Citation | None = None  # an option's sources, shown beside it on its own situation page
