"""Field constraints written in the schema's type annotations, read by pydantic when it builds the validator.

The schema (schema.py) is plain frozen dataclasses, so a page validated in an earlier build can be loaded from the
build cache without importing pydantic. Each constraint here carries pydantic's hook
(``__get_pydantic_core_schema__``) and imports pydantic_core only inside it: pydantic is loaded when, and only
when, a page has to be validated. The error types stay pydantic's own (``string_too_short``,
``string_pattern_mismatch``, ``too_short``, ``too_long``, ``value_error``), which validation.py turns into messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TextRule:
    """A text field: surrounding whitespace removed first (``strip``), then a minimum length or a pattern."""

    strip: bool = False
    min_length: int | None = None
    pattern: str | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema

        return core_schema.str_schema(strip_whitespace=self.strip, min_length=self.min_length, pattern=self.pattern)


@dataclass(frozen=True)
class Items:
    """A list field with at least ``min_length`` and at most ``max_length`` items."""

    min_length: int | None = None
    max_length: int | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        schema = dict(handler(source))
        if self.min_length is not None:
            schema["min_length"] = self.min_length
        if self.max_length is not None:
            schema["max_length"] = self.max_length
        return schema


@dataclass(frozen=True)
class Check:
    """A check run on the value after its type is validated; ``function`` raises ValueError with the reason."""

    function: Callable[[Any], Any]

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.function, handler(source))
