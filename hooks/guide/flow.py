"""The decision flow graph (placeholder: the flow issue fills this in)."""

from __future__ import annotations

from .errors import ContentError
from .site import Site


def flow_errors(site: Site) -> list[ContentError]:
    return []
