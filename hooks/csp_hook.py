"""MkDocs hook: every built page, the 404 page included, gets its one Content-Security-Policy (guide.security.csp).

The inline scripts and styles it allows are those of the theme's templates (Material's and overrides/), collected
from their sources when the Jinja environment is ready and rendered with each page's own template context. A page
holding any other inline script or style, or any at all in its body (page.content: the page's Markdown and what
the core's templates, hooks/guide/templates, add to it, which holds none), stops the build with its file and the
reason. The policy goes in after every other hook and plugin has written the page (priority -1000).
"""

from __future__ import annotations

from typing import Any

from guide.security.csp import PolicyError, with_policy
from guide.security.inline import TemplateBlocks
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_state: dict[str, Any] = {"blocks": None, "allowed": set()}


def on_env(env: Any, config: Any, files: Any) -> Any:
    names = [name for name in env.loader.list_templates() if name.endswith(".html")]
    _state["blocks"] = TemplateBlocks(env, (env.loader.get_source(env, name)[0] for name in names))
    return env


def _remember(context: dict[str, Any]) -> None:
    _state["allowed"] = _state["blocks"].render(context) if _state["blocks"] is not None else set()


@event_priority(-1000)
def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    _remember(context)
    return context


@event_priority(-1000)
def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    _remember(context)
    return context


def _with_policy(output: str, file: str, body: str = "") -> str:
    try:
        return with_policy(output, _state["allowed"], body)
    except PolicyError as error:
        raise PluginError(f"{file}: {error}") from None


@event_priority(-1000)
def on_post_page(output: str, page: Any, config: Any) -> str:
    return _with_policy(output, page.file.src_uri, page.content or "")


@event_priority(-1000)
def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    if not template_name.endswith(".html") or not output_content:  # MkDocs writes no file for an empty template
        return output_content
    return _with_policy(output_content, template_name)
