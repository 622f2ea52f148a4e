"""The core's templates and interface strings: one naming scheme, one table per language with the same keys."""

from __future__ import annotations

import re
from typing import Any

from guide.markup.environment import TEMPLATES_DIR, interface_strings, render, strings_of

TEMPLATE_NAME = re.compile(r"[a-z]+/[a-z-]+\.(md|html|js)\.jinja")


def keys(table: dict[str, Any], prefix: str = "") -> set[str]:
    found = set()
    for key, value in table.items():
        found.add(prefix + key)
        if isinstance(value, dict):
            found |= keys(value, f"{prefix}{key}.")
    return found


def test_every_language_has_the_same_interface_strings() -> None:
    tables = interface_strings()
    assert set(tables) == {"ja", "en"}
    assert keys(tables["ja"]) == keys(tables["en"])
    assert {"flow", "procedures", "citations", "page", "nav", "not_found", "offline", "timeline"} == set(tables["ja"])


def test_every_string_is_text_and_none_is_empty() -> None:
    def leaves(value: Any) -> list[Any]:
        return [leaf for item in value.values() for leaf in leaves(item)] if isinstance(value, dict) else [value]

    for table in interface_strings().values():
        assert all(isinstance(leaf, str) and leaf.strip() for leaf in leaves(table))


def test_templates_follow_one_naming_scheme() -> None:
    names = [path.relative_to(TEMPLATES_DIR).as_posix() for path in TEMPLATES_DIR.rglob("*") if path.is_file()]
    assert names, f"no templates under {TEMPLATES_DIR}"
    assert [name for name in names if not TEMPLATE_NAME.fullmatch(name)] == []


def test_templates_read_the_strings_of_the_page_language() -> None:
    texts = {lang: render("flow/text-alternative.md.jinja", lang=lang, root=_root()) for lang in ("ja", "en")}
    for lang, text in texts.items():
        assert text.startswith(f"## {strings_of(lang, 'flow')['text_alternative']} ")


def _root() -> Any:
    from guide.flow.text_alternative import FlowTextNode

    return FlowTextNode("check/a", "question", "Question?", "a.md")
