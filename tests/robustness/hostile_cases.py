"""Hostile inputs, each with the outcome it must have: refused with file, field and reason, or built with nothing
active. Categories: yaml, types, flow, markup (every Markdown field of every page kind), files, faults, policy (the
page policy against what a hook writes), config (mkdocs.yml), input (what a reader types into a page).

Each case edits a fresh copy of the robustness corpus (tests/robustness/corpus.py: one rich page of every kind, in
both languages). tests/robustness/test_hostile_cases.py runs every case in this process (the core, with a time
bound); tests/robustness/test_hostile_builds.py runs grouped cases through real strict builds.
`.venv/bin/python -m tests.robustness.hostile_report` prints the table of outcomes per category.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.robustness.corpus import BODY, base_page, files_of, front_matter_text, write_file
from tests.robustness.mutations import set_at

Change = Callable[[Path], None]


@dataclass(frozen=True)
class Refused:
    """The build must stop with this error: the file, the field and a part of the reason."""

    file: str
    field: str
    reason: str


@dataclass(frozen=True)
class Case:
    category: str
    name: str
    change: Change
    refused: Refused | None = None  # None: the site builds, and nothing from the hostile text is active


# --- edits ----------------------------------------------------------------------------------------------------------


def with_field(page_id: str, path: tuple[str | int, ...], value: Any, *, both: bool = True) -> Change:
    """Set one front-matter field (in both twins, so parity holds)."""

    def change(docs: Path) -> None:
        for file in files_of(page_id) if both else files_of(page_id)[:1]:
            data = copy.deepcopy(base_page(page_id))
            set_at(data, path, value)
            write_file(docs, file, front_matter_text(data))

    return change


def without_field(page_id: str, path: tuple[str | int, ...]) -> Change:
    def change(docs: Path) -> None:
        for file in files_of(page_id):
            data = copy.deepcopy(base_page(page_id))
            parent = data
            for part in path[:-1]:
                parent = parent[part]
            del parent[path[-1]]
            write_file(docs, file, front_matter_text(data))

    return change


def front_matter_lines(file: str, extra: str, *, page_id: str | None = None) -> Change:
    """The page's front matter with raw YAML lines added at its end."""
    page_id = page_id or file.removesuffix(".md").removesuffix(".en")

    def change(docs: Path) -> None:
        write_file(docs, file, front_matter_text(base_page(page_id)) + extra)

    return change


def replaced(file: str, old: str, new: str) -> Change:
    """The page's front matter text with ``old`` replaced by raw YAML ``new``."""
    page_id = file.removesuffix(".md").removesuffix(".en")

    def change(docs: Path) -> None:
        text = front_matter_text(base_page(page_id))
        assert old in text, f"{old!r} is not in {file}"
        write_file(docs, file, text.replace(old, new))

    return change


def raw_text(file: str, text: str) -> Change:
    def change(docs: Path) -> None:
        (docs / file).parent.mkdir(parents=True, exist_ok=True)
        (docs / file).write_text(text, encoding="utf-8")

    return change


def raw_bytes(file: str, data: bytes) -> Change:
    def change(docs: Path) -> None:
        (docs / file).parent.mkdir(parents=True, exist_ok=True)
        (docs / file).write_bytes(data)

    return change


def page_text(page_id: str = "index") -> str:
    return f"---\n{front_matter_text(base_page(page_id))}---\n\n{BODY}"


def combined(*changes: Change) -> Change:
    def change(docs: Path) -> None:
        for each in changes:
            each(docs)

    return change


# --- yaml -----------------------------------------------------------------------------------------------------------

ALIAS_BOMB = "\n".join(
    ["bomb0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"bomb{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 9)}]" for i in range(1, 10)]
)
INDEX = "index.md"


def deep_block(levels: int) -> str:
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(levels)) + f"{'  ' * levels}x: 1\n"


YAML_CASES = [
    Case("yaml", "alias bomb", front_matter_lines(INDEX, ALIAS_BOMB + "\n"), Refused(INDEX, "front matter", "anchors")),
    Case(
        "yaml",
        "alias",
        front_matter_lines(INDEX, "keywords: &k [a]\ndescription: *k\n"),
        Refused(INDEX, "front matter", "anchors"),
    ),
    Case(
        "yaml",
        "alias alone",
        front_matter_lines(INDEX, "description: *nowhere\n"),
        Refused(INDEX, "front matter", "invalid YAML"),
    ),
    Case(
        "yaml",
        "merge key",
        front_matter_lines(INDEX, "extra:\n  <<: {title: x}\n"),
        Refused(INDEX, "front matter", "merge keys"),
    ),
    Case(
        "yaml",
        "duplicate key",
        front_matter_lines(INDEX, "title: Again\n"),
        Refused(INDEX, "front matter", "is given twice"),
    ),
    Case(
        "yaml",
        "duplicate key in a flow mapping",
        front_matter_lines(INDEX, "hide: []\nx: {a: 1, a: 2}\n"),
        Refused(INDEX, "front matter", "is given twice"),
    ),
    Case(
        "yaml",
        "duplicate key true/yes",
        front_matter_lines(INDEX, "m: {true: 1, yes: 2}\n"),
        Refused(INDEX, "front matter", "is given twice"),
    ),
    Case(
        "yaml",
        "deep flow nesting (30,000)",
        front_matter_lines(INDEX, "x: " + "[" * 30_000 + "]" * 30_000 + "\n"),
        Refused(INDEX, "front matter", "nested more than 10 levels"),
    ),
    Case(
        "yaml",
        "deep flow nesting (100,000)",
        front_matter_lines(INDEX, "x: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        Refused(INDEX, "front matter", "at most 64 KB"),
    ),
    Case(
        "yaml",
        "deep block nesting (200)",
        front_matter_lines(INDEX, deep_block(200)),
        Refused(INDEX, "front matter", "nested more than 10 levels"),
    ),
    Case(
        "yaml",
        "too many values",
        front_matter_lines(INDEX, "x: [" + "1, " * 21_000 + "1]\n"),
        Refused(INDEX, "front matter", "more than 20000 values"),
    ),
    Case(
        "yaml",
        "front matter of 70 KB",
        front_matter_lines(INDEX, "# " + "x" * 70_000 + "\n"),
        Refused(INDEX, "front matter", "at most 64 KB"),
    ),
    Case(
        "yaml",
        "python object tag",
        front_matter_lines(INDEX, "x: !!python/object/apply:os.system ['true']\n"),
        Refused(INDEX, "front matter", "tags (tag:yaml.org,2002:python/object/apply:os.system)"),
    ),
    Case(
        "yaml",
        "binary tag",
        front_matter_lines(INDEX, "description: !!binary aGk=\n"),
        Refused(INDEX, "front matter", "tags"),
    ),
    Case(
        "yaml",
        "int tag on text",
        front_matter_lines(INDEX, "description: !!int 12\n"),
        Refused(INDEX, "front matter", "tags"),
    ),
    Case(
        "yaml",
        "local tag",
        front_matter_lines(INDEX, "description: !x y\n"),
        Refused(INDEX, "front matter", "tags (!x)"),
    ),
    Case(
        "yaml",
        "unterminated quote",
        front_matter_lines(INDEX, "description: 'open\n"),
        Refused(INDEX, "front matter", "invalid YAML"),
    ),
    Case(
        "yaml",
        "tab indentation",
        front_matter_lines(INDEX, "x:\n\t- a\n"),
        Refused(INDEX, "front matter", "invalid YAML"),
    ),
    Case(
        "yaml",
        "control character in the text",
        front_matter_lines(INDEX, "description: a\x07b\n"),
        Refused(INDEX, "front matter", "invalid YAML"),
    ),
    Case(
        "yaml",
        "U+FFFE in the text",
        front_matter_lines(INDEX, "description: a\ufffeb\n"),
        Refused(INDEX, "front matter", "invalid YAML"),
    ),
    Case(
        "yaml",
        "a second document after ... (the page body, as for MkDocs)",
        front_matter_lines(INDEX, "...\n---\ntitle: <b onclick=alert(1)>x</b>\n"),
    ),
    Case(
        "yaml", "directive", raw_text(INDEX, "---\n%YAML 1.1\n---\ntitle: x\n---\n"), Refused(INDEX, "front matter", "")
    ),
    Case(
        "yaml",
        "front matter is a list",
        raw_text(INDEX, "---\n- kind\n- start\n---\n"),
        Refused(INDEX, "front matter", "must be a mapping"),
    ),
    Case(
        "yaml",
        "front matter is text",
        raw_text(INDEX, "---\njust text\n---\n"),
        Refused(INDEX, "front matter", "must be a mapping"),
    ),
    Case("yaml", "empty front matter", raw_text(INDEX, "---\n---\n# x\n"), Refused(INDEX, "front matter", "is empty")),
    Case(
        "yaml",
        "byte-order mark and CRLF line ends (read as MkDocs reads them)",
        raw_bytes(INDEX, ("\ufeff" + page_text()).replace("\n", "\r\n").encode()),
    ),
]

# --- types ----------------------------------------------------------------------------------------------------------

Q, A, B = "check/first", "procedures/a", "procedures/b"
QF, AF, BF = "check/first.md", "procedures/a.md", "procedures/b.md"

TYPE_CASES = [
    Case(
        "types",
        "reviewed as a Unix time",
        with_field("index", ("reviewed",), 1795910400),
        Refused(INDEX, "reviewed", "1795910400 is not a date (YYYY-MM-DD)"),
    ),
    Case(
        "types",
        "reviewed a YAML timestamp",
        replaced(INDEX, "reviewed: '2026-11-01'", "reviewed: 2026-11-01 10:00:00"),
        Refused(INDEX, "reviewed", "is not a date (YYYY-MM-DD)"),
    ),
    Case(
        "types",
        "reviewed a float",
        replaced(INDEX, "reviewed: '2026-11-01'", "reviewed: 2026.11"),
        Refused(INDEX, "reviewed", "is not a date (YYYY-MM-DD)"),
    ),
    Case(
        "types",
        "reviewed not in the calendar",
        with_field("index", ("reviewed",), "2026-02-30"),
        Refused(INDEX, "reviewed", "is not a date in the calendar"),
    ),
    Case(
        "types",
        "reviewed 2026-1-1",
        with_field("index", ("reviewed",), "2026-1-1"),
        Refused(INDEX, "reviewed", "is not a date"),
    ),
    Case(
        "types",
        "seen as a number",
        with_field("index", ("sources", 0, "seen"), 20261101),
        Refused(INDEX, "sources[0].seen", "is not a date"),
    ),
    Case("types", "title a number", with_field("index", ("title",), 42), Refused(INDEX, "title", "must be text")),
    Case("types", "title a list", with_field("index", ("title",), ["a"]), Refused(INDEX, "title", "must be text")),
    Case("types", "title null", with_field("index", ("title",), None), Refused(INDEX, "title", "")),
    Case("types", "title empty", with_field("index", ("title",), "   "), Refused(INDEX, "title", "must not be empty")),
    Case(
        "types",
        "title only zero-width joiners",
        with_field("index", ("title",), "\u200d\u200c\u200d"),
        Refused(INDEX, "title", "has no visible character"),
    ),
    Case(
        "types",
        "title with invisible tag characters",
        with_field("index", ("title",), "Start\U000e0001\U000e0063\U000e0061\U000e006c\U000e006c"),
        Refused(INDEX, "title", "contains U+E0001 (LANGUAGE TAG) at character 6: invisible, not allowed"),
    ),
    Case(
        "types",
        "title with a zero-width space",
        with_field("index", ("title",), "Apple\u200bSupport"),
        Refused(INDEX, "title", "contains U+200B (ZERO WIDTH SPACE) at character 6: invisible, not allowed"),
    ),
    Case(
        "types",
        "title only a Hangul filler",
        with_field("index", ("title",), "\u3164"),
        Refused(INDEX, "title", "has no visible character"),
    ),
    Case(
        "types",
        "title with a bidi override",
        with_field("index", ("title",), "abc\u202edef"),
        Refused(INDEX, "title", "U+202E"),
    ),
    Case(
        "types",
        "title with a bidi isolate",
        with_field("index", ("title",), "abc\u2067def"),
        Refused(INDEX, "title", "U+2067"),
    ),
    Case(
        "types",
        "title with U+FFFE (escaped)",
        with_field("index", ("title",), "a\ufffe"),
        Refused(INDEX, "title", "U+FFFE"),
    ),
    Case(
        "types",
        "title with a bell (escaped)",
        with_field("index", ("title",), "a\x07"),
        Refused(INDEX, "title", "U+0007"),
    ),
    Case(
        "types",
        "title with a NUL (escaped)",
        with_field("index", ("title",), "a\x00"),
        Refused(INDEX, "title", "U+0000"),
    ),
    Case(
        "types",
        "title with a lone surrogate",
        replaced(INDEX, "title: Start", 'title: "a\\ud800"'),
        Refused(INDEX, "front matter", "invalid Unicode character"),
    ),
    Case(
        "types", "title with a C1 control", with_field("index", ("title",), "a\x9bb"), Refused(INDEX, "title", "U+009B")
    ),
    Case(
        "types",
        "question of 1 MB",
        with_field(Q, ("question",), "q" * 1_000_000),
        Refused(QF, "file", "at most 256 KB"),
    ),
    Case(
        "types",
        "question of 600 characters",
        with_field(Q, ("question",), "q" * 600),
        Refused(QF, "question", "at most 500 characters"),
    ),
    Case(
        "types",
        "help of 5,000 characters",
        with_field(Q, ("help",), "h" * 5000),
        Refused(QF, "help", "at most 4000 characters"),
    ),
    Case(
        "types",
        "label of 600 characters",
        with_field(Q, ("answers", 0, "label"), "l" * 600),
        Refused(QF, "answers[0].label", "at most 500"),
    ),
    Case(
        "types",
        "41 keywords",
        with_field("index", ("keywords",), ["k"] * 41),
        Refused(INDEX, "keywords", "at most 40 items"),
    ),
    Case(
        "types",
        "21 steps",
        with_field(A, ("steps",), [{**base_page(A)["steps"][1], "id": f"s{i}"} for i in range(21)]),
        Refused(AF, "steps", "at most 20 per phase"),
    ),
    Case(
        "types",
        "unknown kind",
        with_field("about/e", ("kind",), "script"),
        Refused("about/e.md", "kind", "unknown kind"),
    ),
    Case("types", "kind missing", without_field("about/e", ("kind",)), Refused("about/e.md", "kind", "required")),
    Case(
        "types",
        "unknown key subtitle (nav-item.html)",
        with_field("about/e", ("subtitle",), "<img src=x onerror=alert(1)>"),
        Refused("about/e.md", "subtitle", "unknown field"),
    ),
    Case(
        "types",
        "unknown key template",
        with_field("about/e", ("template",), "../../etc/passwd"),
        Refused("about/e.md", "template", "unknown field"),
    ),
    Case(
        "types",
        "third_party 'yes'",
        with_field(A, ("steps", 0, "third_party"), "yes"),
        Refused(AF, "steps[0].third_party", ""),
    ),
    Case(
        "types",
        "step id with capitals",
        with_field(A, ("steps", 0, "id"), "Open"),
        Refused(AF, "steps[0].id", "is not an id"),
    ),
    Case(
        "types",
        "source url javascript:",
        with_field("index", ("sources", 0, "url"), "javascript:alert(1)"),
        Refused(INDEX, "sources[0].url", "must be an https:// URL"),
    ),
    Case(
        "types",
        "source url http:",
        with_field("index", ("sources", 0, "url"), "http://example.org/"),
        Refused(INDEX, "sources[0].url", "must be an https:// URL"),
    ),
    Case(
        "types",
        "source url with a user name before the host",
        with_field("index", ("sources", 0, "url"), "https://support.apple.com@evil.example/ja-jp/102568"),
        Refused(INDEX, "sources[0].url", "has a user name before '@' (the host is what follows it): not allowed"),
    ),
    Case(
        "types",
        "unknown publisher",
        with_field("index", ("sources", 0, "publisher"), "me"),
        Refused(INDEX, "sources[0].publisher", "is not allowed"),
    ),
    Case(
        "types",
        "hide something else",
        with_field("index", ("hide",), ["header"]),
        Refused(INDEX, "hide[0]", "is not allowed"),
    ),
    Case(
        "types",
        "a key that is a list",
        front_matter_lines(INDEX, "? [a]\n: b\n"),
        Refused(INDEX, "front matter", "a key must be plain text"),
    ),
]

# --- flow -----------------------------------------------------------------------------------------------------------

FLOW_CASES = [
    Case(
        "flow",
        "answer to a missing page",
        with_field(Q, ("answers", 0, "next"), "procedures/gone"),
        Refused(QF, "answers[0].next", "points at no page"),
    ),
    Case(
        "flow",
        "answer next is a path",
        with_field(Q, ("answers", 0, "next"), "../../etc/passwd"),
        Refused(QF, "answers[0].next", "is not a page id"),
    ),
    Case(
        "flow",
        "first is not a question",
        with_field("index", ("first",), "procedures/a"),
        Refused(INDEX, "first", "the first page must be a question"),
    ),
    Case("flow", "a cycle", with_field(A, ("then",), ["procedures/b"]), Refused(BF, "then[0]", "closes a cycle")),
    Case(
        "flow",
        "one answer",
        with_field(Q, ("answers",), [{"label": "Only", "next": "procedures/a"}]),
        Refused(QF, "answers", "at least 2 answers"),
    ),
    Case(
        "flow",
        "then to a missing page",
        with_field(A, ("then",), ["about/gone"]),
        Refused(AF, "then[0]", "points at no page"),
    ),
    Case(
        "flow",
        "option to a missing page",
        with_field("scenarios/s", ("options", 0, "page"), "procedures/gone"),
        Refused("scenarios/s.md", "options[0].page", "points at no page"),
    ),
    Case(
        "flow",
        "twin missing",
        lambda docs: (docs / "about/e.en.md").unlink(),
        Refused("about/e.md", "", "missing translation"),
    ),
    Case(
        "flow",
        "twins differ",
        with_field(Q, ("answers", 1, "next"), "procedures/b", both=False),
        Refused("check/first.en.md", "answers[1].next", "differs from"),
    ),
    Case(
        "flow",
        "a second start page",
        combined(raw_text("start2.md", page_text("index")), raw_text("start2.en.md", page_text("index"))),
        Refused("start2.md", "kind", "a second start page"),
    ),
    Case(
        "flow",
        "cite of an unknown source",
        with_field(A, ("steps", 0, "cite"), ["nobody"]),
        Refused(AF, "steps[0].cite[0]", "is not a source of this page"),
    ),
]

# --- markup: every Markdown field of every page kind (only questions and procedures have them) --------------------

# Each must come out inert: no attribute, element, id or script-running link from it.
INERT_MARKUP = {
    "attribute list onmouseover": "Tap here\n{: onmouseover=alert(1) }",
    "attribute list #__config": "Config\n{: #__config }",
    "inline attribute list": "[x](https://example.org){ onclick=alert(1) #__config style=color:red }",
    "raw img onerror": "<img src=x onerror=alert(1)>",
    "raw script": "<script>alert(1)</script>",
    "md_in_html div": '<div markdown="1" onclick="alert(1)">*x*</div>',
    "raw javascript link": '<a href="javascript:alert(1)">x</a>',
    "javascript: link": "[x](javascript:alert(1))",
    "data: link": "[x](data:text/html,<script>alert(1)</script>)",
    "vbscript: link": "[x](vbscript:msgbox(1))",
    "entity-hidden javascript: link": "[x](jav&#x61;script:alert(1))",
    "reference-style javascript: link": "[x][1]\n\n[1]: javascript:alert(1)",
    "autolink javascript:": "<javascript:alert(1)>",
    "admonition with attributes": '!!! warning "t" { onclick=alert(1) }\n    body',
    "tabbed content": '=== "Tab"\n    <b onclick=alert(1)>x</b>',
    "HTML comment": "<!-- --><script>alert(1)</script>",
    "style attribute list": 'Red\n{: style="background:url(javascript:alert(1))" }',
}
# Each is refused: the field and the link are named.
REFUSED_MARKUP = {
    "remote image": ("![x](https://example.org/x.png)", "a Markdown field loads nothing"),
    "protocol-relative link": ("[x](//evil.example/)", "a link to another host starts with https://"),
    "http link to another host": ("[x](http://evil.example/)", "a link to another host starts with https://"),
    "user name before the host": ("[x](https://support.apple.com@evil.example/)", "a user name before '@' hides"),
    "link to a missing page": ("[x](../gone.md)", "points at no page"),
    "link to a folder": ("[x](../about/)", "a link goes to a page's file"),
    "footnote (no footnotes here) with javascript:": (
        "Text[^1]\n\n[^1]: [f](javascript:alert(1))",
        "a link goes to a page's file",
    ),
}
ALL_INERT = "\n\n".join(INERT_MARKUP.values())

# The Markdown fields: (page id, field path in front matter, how the error names it).
MARKDOWN_FIELDS = [
    (Q, ("help",), "help"),
    (A, ("steps", 0, "body"), "steps[0].body"),
    (A, ("steps", 0, "tip", "text"), "steps[0].tip.text"),
    (A, ("steps", 0, "warning", "text"), "steps[0].warning.text"),
    (B, ("phases", 0, "steps", 0, "body"), "phases[0].steps[0].body"),
    (B, ("phases", 0, "steps", 0, "tip", "text"), "phases[0].steps[0].tip.text"),
    (B, ("phases", 0, "steps", 0, "warning", "text"), "phases[0].steps[0].warning.text"),
    (B, ("phases", 0, "handback", 0, "text"), "phases[0].handback[0].text"),
]

MARKUP_CASES = [
    Case(
        "markup",
        f"{name} in {MARKDOWN_FIELDS[index % len(MARKDOWN_FIELDS)][2]}",
        with_field(
            MARKDOWN_FIELDS[index % len(MARKDOWN_FIELDS)][0], MARKDOWN_FIELDS[index % len(MARKDOWN_FIELDS)][1], text
        ),
    )
    for index, (name, text) in enumerate(INERT_MARKUP.items())
]
MARKUP_CASES += [
    Case("markup", f"every inert payload in {field} ({page_id})", with_field(page_id, path, ALL_INERT))
    for page_id, path, field in MARKDOWN_FIELDS
]
MARKUP_CASES += [
    Case(
        "markup",
        f"{name} in {MARKDOWN_FIELDS[index][2]}",
        with_field(MARKDOWN_FIELDS[index][0], MARKDOWN_FIELDS[index][1], text),
        Refused(f"{MARKDOWN_FIELDS[index][0]}.md", MARKDOWN_FIELDS[index][2], reason),
    )
    for index, (name, (text, reason)) in enumerate(REFUSED_MARKUP.items())
]

# --- files ----------------------------------------------------------------------------------------------------------


def dangling_symlink(docs: Path) -> None:
    os.symlink(docs / "nowhere.md", docs / "about" / "ghost.md")


def folder_named_md(docs: Path) -> None:
    (docs / "about" / "folder.md").mkdir()


FILE_CASES = [
    Case(
        "files",
        "not UTF-8",
        raw_bytes("about/e.md", page_text("about/e").encode("utf-8") + b"\xff\xfe caf\xe9\n"),
        Refused("about/e.md", "file", "is not UTF-8 text"),
    ),
    Case(
        "files",
        "Shift_JIS page",
        raw_bytes("about/e.md", page_text("about/e").replace("Body", "本文").encode("shift_jis")),
        Refused("about/e.md", "file", "is not UTF-8 text"),
    ),
    Case(
        "files",
        "a binary .md",
        raw_bytes("about/e.md", bytes(range(256)) * 4),
        Refused("about/e.md", "file", "NUL byte"),
    ),
    Case(
        "files",
        "a file of 300 KB",
        raw_text("about/e.md", page_text("about/e") + "x" * 300_000),
        Refused("about/e.md", "file", "at most 256 KB"),
    ),
    Case(
        "files",
        "a dangling symbolic link",
        dangling_symlink,
        Refused("about/ghost.md", "file", "symbolic link to nothing"),
    ),
    Case("files", "a folder named x.md (MkDocs walks into it)", folder_named_md),
    Case(
        "files",
        "a .markdown page",
        raw_text("about/extra.markdown", page_text("about/e")),
        Refused("about/extra.markdown", "name", "only .md files are pages"),
    ),
    Case(
        "files",
        "a .mdown page",
        raw_text("about/extra.mdown", page_text("about/e")),
        Refused("about/extra.mdown", "name", "only .md files are pages"),
    ),
    Case(
        "files",
        "a .mkd page",
        raw_text("about/extra.mkd", page_text("about/e")),
        Refused("about/extra.mkd", "name", "only .md files are pages"),
    ),
    Case(
        "files",
        "capitals in a name",
        raw_text("about/Extra.md", page_text("about/e")),
        Refused("about/Extra.md", "name", "is not a page id"),
    ),
    Case(
        "files",
        "markup in a folder name",
        raw_text("<img src=x onerror=alert(1)>/e.md", page_text("about/e")),
        Refused("<img src=x onerror=alert(1)>/e.md", "name", "is not a page id"),
    ),
    Case(
        "files",
        "a line break in a name",
        raw_text("about/a\nb.md", page_text("about/e")),
        Refused("about/a\nb.md", "name", "is not a page id"),
    ),
    Case(
        "files",
        "README.md",
        raw_text("README.md", page_text("about/e")),
        Refused("README.md", "name", "is not a page id"),
    ),
    Case(
        "files",
        "an unknown language suffix",
        raw_text("about/e.fr.md", page_text("about/e")),
        Refused("about/e.fr.md", "name", "is not a page id"),
    ),
    Case(
        "files",
        "the default language as a suffix",
        raw_text("about/e.ja.md", page_text("about/e")),
        Refused("about/e.ja.md", "name", "is not a page id"),
    ),
    Case("files", "a hidden page (MkDocs leaves it out)", raw_text("about/.hidden.md", "not even front matter")),
    Case(
        "files", "a page under templates/ (MkDocs leaves it out)", raw_text("templates/x.md", "not even front matter")
    ),
]

# --- faults: what MkDocs would read differently, and input that broke the reader before -----------------------------

FAULT_CASES = [
    Case(
        "faults",
        "closing --- without a line break (MkDocs renders the YAML as the body)",
        raw_text(INDEX, page_text().split("---\n\n")[0] + "---"),
        Refused(INDEX, "front matter", "not closed"),
    ),
    Case(
        "faults",
        "closing ... without a line break",
        raw_text(INDEX, page_text().split("---\n\n")[0] + "..."),
        Refused(INDEX, "front matter", "not closed"),
    ),
    Case(
        "faults",
        "no closing line",
        raw_text(INDEX, "---\nkind: start\ntitle: x\n"),
        Refused(INDEX, "front matter", "not closed"),
    ),
    Case(
        "faults",
        "MultiMarkdown meta instead of YAML",
        raw_text(INDEX, "kind: start\ntitle: <script>alert(1)</script>\n\nBody\n"),
        Refused(INDEX, "front matter", "missing"),
    ),
    Case(
        "faults", "indented opening ---", raw_text(INDEX, " " + page_text()), Refused(INDEX, "front matter", "missing")
    ),
    Case("faults", "a title that closes <title>", with_field("index", ("title",), "</title><script>alert(1)</script>")),
    Case(
        "faults",
        "Jinja in every text field",
        with_field("index", ("title",), "{{ config.extra }} {% include 'base.html' %}"),
    ),
    Case(
        "faults",
        "DOT in a question",
        with_field(Q, ("question",), '"]; x [label=<<b>x</b>> URL="javascript:alert(1)"]; "'),
    ),
]

ALL_CASES: list[Case] = YAML_CASES + TYPE_CASES + FLOW_CASES + MARKUP_CASES + FILE_CASES + FAULT_CASES
CASE_CATEGORIES = ("yaml", "types", "flow", "markup", "files", "faults")  # cases run in this process (ALL_CASES)
# Categories that only real builds and Chromium have (test_hostile_policy, test_hostile_config, test_hostile_timeline)
CATEGORIES = (*CASE_CATEGORIES, "policy", "config", "input")
