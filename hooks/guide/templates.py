"""The Jinja environment for markup generated from front matter (templates live in overrides/guide/)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .escaping import markdown_block, markdown_text, single_line


@lru_cache(maxsize=4)
def template_env(templates_dir: Path) -> Environment:
    """One environment per templates folder. Autoescape is on for every template, Markdown ones included."""
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_text"] = lambda value: markdown_text(single_line(value))
    env.filters["md_block"] = markdown_block
    return env
