"""Hypothesis strategies that mutate valid front matter: drop a field, wrong type, unknown key, hostile text,
huge lists, arbitrary unicode; and raw text edits that break the YAML itself."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

Path_ = tuple[str | int, ...]

# Text that must stay text: HTML, attribute break-outs, Jinja, Markdown/pymdownx syntax, DOT and SVG.
HOSTILE_TEXT = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "{{ config.extra }}",
    "{% include 'base.html' %}",
    "{# comment #}",
    '</title><script>alert("t")</script>',
    "digraph G { a -> b [label=<x>]; }",
    '"; node [shape=box URL="javascript:alert(1)"]',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "]]><!--",
    "<![CDATA[ x ]]>",
    "[link](javascript:alert(1))",
    "![img](x onerror=alert(1))",
    '=== "tab"\n    body',
    "!!! danger\n    admonition",
    '--8<-- "/etc/passwd"',
    "&lt;escaped&gt; &amp; &#60;",
    "\u202eRTL override\u202c",
    "\u0000 nul \u0007 bell",
    "a" * 10_000,
)

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.text(max_size=20),
)

UNICODE_TEXT = st.text(st.characters(codec="utf-8"), max_size=200)


def paths(document: Any, prefix: Path_ = ()) -> list[Path_]:
    """Every path into the document (keys of mappings and indexes of lists), parents before children."""
    found: list[Path_] = []
    if isinstance(document, dict):
        for key, value in document.items():
            found.append((*prefix, key))
            found += paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.append((*prefix, index))
            found += paths(value, (*prefix, index))
    return found


def get(document: Any, path: Path_) -> Any:
    for part in path:
        document = document[part]
    return document


def set_at(document: Any, path: Path_, value: Any) -> None:
    get(document, path[:-1])[path[-1]] = value


@dataclass(frozen=True)
class Mutation:
    name: str
    path: Path_

    def __str__(self) -> str:
        return f"{self.name} at {'.'.join(map(str, self.path)) or '(root)'}"


@st.composite
def mutate_once(draw: st.DrawFn, document: Any) -> tuple[Any, Mutation]:
    """One mutation of a copy of `document`."""
    document = copy.deepcopy(document)
    all_paths = paths(document)
    keys = [path for path in all_paths if isinstance(path[-1], str)]
    strings = [path for path in all_paths if isinstance(get(document, path), str)]
    lists = [path for path in all_paths if isinstance(get(document, path), list)]
    mappings = [(), *[path for path in all_paths if isinstance(get(document, path), dict)]]
    options = ["wrong type", "unknown key"] + ["drop"] * bool(keys) + ["hostile", "unicode"] * bool(strings)
    options += ["huge list"] * bool(lists)
    name = draw(st.sampled_from(options))
    if name == "drop":
        path = draw(st.sampled_from(keys))
        del get(document, path[:-1])[path[-1]]
    elif name == "wrong type":
        path = draw(st.sampled_from(all_paths))
        set_at(document, path, draw(ODD_VALUES))
    elif name == "unknown key":
        path = draw(st.sampled_from(mappings))
        key = draw(st.one_of(st.text(min_size=1, max_size=12), st.integers(), st.booleans()))
        get(document, path).setdefault(key, draw(ODD_VALUES))
        path = (*path, key)
    elif name in ("hostile", "unicode"):
        path = draw(st.sampled_from(strings))
        text = draw(st.sampled_from(HOSTILE_TEXT) if name == "hostile" else UNICODE_TEXT)
        set_at(document, path, text)
    else:  # huge list: many copies of an item, or many hostile strings
        path = draw(st.sampled_from(lists))
        items = get(document, path)
        item = items[0] if items else "x"
        count = draw(st.integers(min_value=21, max_value=80))
        set_at(document, path, [copy.deepcopy(item) for _ in range(count)])
    return document, Mutation(name, path)


@st.composite
def mutated(draw: st.DrawFn, document: Any, max_mutations: int = 3) -> tuple[Any, list[Mutation]]:
    """1 to `max_mutations` mutations applied one after the other."""
    done: list[Mutation] = []
    for _ in range(draw(st.integers(min_value=1, max_value=max_mutations))):
        if not isinstance(document, dict):
            break
        document, mutation = draw(mutate_once(document))
        done.append(mutation)
    return document, done


# Raw text put into the front matter block: broken YAML, YAML features we do not want, and delimiters.
YAML_BREAKERS = (
    "title: 'unterminated",
    'title: "unterminated',
    "steps: [unclosed",
    "answers: {unclosed",
    "\t- tab indented",
    ": no key",
    "- a list where a mapping is",
    "  badly: indented",
    "reviewed: 2026-02-30",
    "reviewed: 2026-13-45",
    "reviewed: 2026-01-01 25:00:00",
    "reviewed: !!timestamp nope",
    "time: !!int x",
    "time: !!float x",
    "title: !!binary xx",
    "title: !!python/object/apply:os.system ['echo hi']",
    "title: !!set {x}",
    "anchor: &a [1, 2]\nalias: *a",
    "merge:\n  <<: *missing",
    "? [complex, key]\n: value",
    "---",
    "...",
    "%YAML 1.1",
    "title: " + "[" * 1_000 + "]" * 1_000,
    "title: {{ jinja }}",
    "title: {% tag %}",
    "title: @reserved",
    "title: `backtick",
    "title: |\n bad block\nscalar",
    "\ufeff",
    "\x00",
    "\r",
)


@st.composite
def broken_front_matter(draw: st.DrawFn, text: str) -> tuple[str, str]:
    """Put one YAML breaker at a random line of `text` (a front matter block without its --- lines)."""
    lines = text.splitlines()
    breaker = draw(st.sampled_from(YAML_BREAKERS))
    at = draw(st.integers(min_value=0, max_value=len(lines)))
    replace = draw(st.booleans()) and at < len(lines)
    new_lines = [*lines[:at], breaker, *lines[at + (1 if replace else 0) :]]
    return "\n".join(new_lines) + "\n", breaker
