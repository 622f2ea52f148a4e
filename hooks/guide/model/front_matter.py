"""A page's text and front matter, read exactly as MkDocs reads them and bounded before anything is built from them.

- The file: at most MAX_FILE_BYTES, UTF-8 (a byte-order mark is dropped), no NUL bytes, universal newlines: what
  MkDocs' ``File.content_string`` reads.
- The front matter: MkDocs' own pattern (``mkdocs.utils.meta.YAML_RE``; tests/model/test_front_matter.py checks they
  are equal), so a block MkDocs would render as the page's body (a closing ``---`` without a newline) is no front
  matter here either.
- The YAML: first a pass over libyaml's events, which refuses anchors, aliases (alias bombs), tags and merge keys
  and stops at MAX_DEPTH levels or MAX_EVENTS events; libyaml's parser is a state machine with its own stacks, so
  this pass neither recurses nor hangs. Only then are the values built, by libyaml's composer (which recurses, and
  crashes the process on deep nesting: the pass above bounds it) and PyYAML's safe constructors, with two changes:
  a key given twice is an error, and dates stay text (the schema reads them as ``YYYY-MM-DD``, nothing else).

Every problem is a FrontMatterError with the field ("file", "front matter") and a one-line reason.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from .errors import shown

MAX_FILE_BYTES = 256 * 1024  # the largest real page is 13 KB
MAX_FRONT_MATTER_BYTES = 64 * 1024  # the largest real front matter is 12 KB
MAX_DEPTH = 10  # mappings and lists inside each other; a procedure needs 7 (phases, steps, older, labels)
MAX_EVENTS = 20_000  # YAML events (values, keys, starts and ends of mappings and lists); real pages have < 2,000

# mkdocs.utils.meta.YAML_RE, character for character.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)

try:  # libyaml's parser, as MkDocs reads front matter (CSafeLoader): it accepts what PyYAML's own parser may not
    from yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None
_Parser = _CParser or yaml.SafeLoader


class FrontMatterError(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


def read_page_text(path: Path) -> str:
    """The page's text as MkDocs reads it, or FrontMatterError("file", why it cannot be read)."""
    try:
        if path.is_symlink() and not path.exists():
            raise FrontMatterError("file", "is a symbolic link to nothing")
        if not path.is_file():
            raise FrontMatterError("file", "is not a regular file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FrontMatterError("file", f"is {size // 1024} KB: a page has at most {MAX_FILE_BYTES // 1024} KB")
        data = path.read_bytes()
    except OSError as error:
        raise FrontMatterError("file", f"cannot be read: {error.strerror or type(error).__name__}") from None
    if b"\x00" in data:
        raise FrontMatterError("file", f"contains a NUL byte at offset {data.index(0)}: a page is UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FrontMatterError(
            "file", f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")  # what open()'s universal newlines make of it


def front_matter_block(text: str) -> str:
    """The YAML between the page's ``---`` lines, found as MkDocs finds it."""
    match = FRONT_MATTER.match(text)
    if match is not None:
        return match.group(1)
    if re.match(r"-{3}[ \t]*\n(?:\.{3}|-{3})[ \t]*(?:\n|$)", text):
        reason = "is empty (every page gives kind, title, ...)"
    elif text.startswith("---"):
        reason = "not closed: a line --- (or ...) must follow it, and a line break must end that line"
    else:
        reason = "missing (every page starts with --- and kind, title, ...)"
    raise FrontMatterError("front matter", reason)


def parse_front_matter(text: str) -> dict[str, Any]:
    """The front matter of a page's text as a mapping, or FrontMatterError."""
    block = front_matter_block(text)
    size = len(block.encode("utf-8"))
    if size > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            "front matter", f"is {size // 1024} KB: at most {MAX_FRONT_MATTER_BYTES // 1024} KB per page"
        )
    try:
        _check_events(block)
        data = yaml.load(block, Loader=_Loader)  # noqa: S506 - a safe constructor (below)
    except yaml.MarkedYAMLError as error:
        raise FrontMatterError("front matter", f"invalid YAML{_where(error)}: {_problem(error)}") from None
    except yaml.YAMLError as error:
        raise FrontMatterError("front matter", f"invalid YAML: {' '.join(str(error).split())}") from None
    if not isinstance(data, dict):
        raise FrontMatterError("front matter", "must be a mapping of fields")
    return data


def _where(error: yaml.MarkedYAMLError) -> str:
    mark = error.problem_mark or error.context_mark
    return f" (front matter line {mark.line + 1})" if mark is not None else ""


def _problem(error: yaml.MarkedYAMLError) -> str:
    return " ".join(str(error.problem or error.context or "cannot be parsed").split())


class _Refused(yaml.MarkedYAMLError):
    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)


def _check_events(block: str) -> None:
    """Refuse what the constructors must never see, stopping at the first problem."""
    depth = 0
    parser = _Parser(block)
    try:
        for count, event in enumerate(iter(parser.get_event, None)):
            if count >= MAX_EVENTS:
                raise _Refused(f"more than {MAX_EVENTS} values: too large", event.start_mark)
            if isinstance(event, yaml.AliasEvent):
                raise _Refused("aliases (*name) are not allowed: write the value out", event.start_mark)
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                raise _Refused("anchors (&name) are not allowed: write the value out", event.start_mark)
            if isinstance(event, yaml.CollectionStartEvent | yaml.ScalarEvent) and _explicit_tag(event):
                raise _Refused(f"tags ({event.tag}) are not allowed: write plain values", event.start_mark)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _Refused(f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        if hasattr(parser, "dispose"):
            parser.dispose()


def _explicit_tag(event: yaml.NodeEvent) -> bool:
    """A tag written in the text (``!!int``, ``!x``); a non-plain scalar's implied ``!`` is no tag."""
    return event.tag is not None and event.tag != "!"  # type: ignore[attr-defined]


class _Resolver(Resolver):
    """PyYAML's resolver without timestamps: ``2026-11-01`` stays text and the schema reads it as a date."""


_Resolver.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in Resolver.yaml_implicit_resolvers.items()
}


class _Constructor(SafeConstructor):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise ConstructorError(problem="merge keys (<<) are not allowed", problem_mark=key_node.start_mark)
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.get(key)
            except TypeError:
                raise ConstructorError(problem="a key must be plain text", problem_mark=key_node.start_mark) from None
            if first is not None:
                raise ConstructorError(
                    problem=f"key {shown(key)} is given twice (first on line {first + 1})",
                    problem_mark=key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


if _CParser is not None:

    class _Loader(_CParser, _Constructor, _Resolver):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            _Constructor.__init__(self)
            _Resolver.__init__(self)

else:  # pragma: no cover - PyYAML without libyaml

    class _Loader(  # type: ignore[no-redef]
        yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _Constructor, _Resolver
    ):
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            _Constructor.__init__(self)
            _Resolver.__init__(self)
