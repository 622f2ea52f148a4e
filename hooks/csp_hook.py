"""MkDocs hook: every built page, the 404 page included, gets its Content-Security-Policy (guide.security.csp).

Runs after every other hook and plugin has written the page (priority -1000), since the inline scripts are allowed
by the hashes of their final text.
"""

from __future__ import annotations

from typing import Any

from guide.security.csp import with_policy
from mkdocs.plugins import event_priority


@event_priority(-1000)
def on_post_page(output: str, page: Any, config: Any) -> str:
    return with_policy(output)


@event_priority(-1000)
def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    return with_policy(output_content) if template_name.endswith(".html") else output_content
