"""One stylesheet for the screen and one for print, from the site's source stylesheets in their order.

The screen file holds every rule but those under a top-level ``@media print``; the print file holds those (their
``@media print`` taken off), and the page links it with ``media="print"``, so the browser neither waits for it nor
lets it delay the first screen, and the print rules come after every screen rule, as print.css did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from guide.stylesheet.css import CssError, minify, rules

_PRINT = re.compile(r"@media\s*print", re.I)


class BundleError(ValueError):
    """A source stylesheet that cannot be bundled, named with the reason."""


@dataclass(frozen=True)
class Bundle:
    screen: str
    print: str


def bundle(sources: Iterable[tuple[str, str]]) -> Bundle:
    """The bundle of ``(name, text)`` sources, in their order."""
    screen: list[str] = []
    printed: list[str] = []
    for name, text in sources:
        try:
            found = rules(minify(text))
        except CssError as error:
            raise BundleError(f"{name}: {error}") from None
        for rule in found:
            if rule.body is None and rule.prelude.lower().startswith(("@import", "@charset")):
                raise BundleError(f"{name}: {rule.prelude.split()[0]} cannot stand inside a bundle")
            if rule.body is not None and _PRINT.fullmatch(rule.prelude):
                printed.append(rule.body)
            else:
                screen.append(rule.text)
    return Bundle("".join(screen) + "\n", "".join(printed) + "\n")
