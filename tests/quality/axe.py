"""axe-core, injected from node_modules into a page (no network), and its violations as readable lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playwright.sync_api import Page

from tests.quality.tools import AXE_SCRIPT, require

# Every rule axe runs by default (WCAG 2.0-2.2 A/AA and best practices), plus target-size (WCAG 2.2 AA 2.5.8,
# off by default in axe): readers tap on small phones while stressed.
FULL_RUN: dict[str, Any] = {"resultTypes": ["violations"], "rules": {"target-size": {"enabled": True}}}
CONTRAST_ONLY: dict[str, Any] = {
    "resultTypes": ["violations"],
    "runOnly": {"type": "rule", "values": ["color-contrast"]},
}

RUN_JS = """
async (options) => {
  const results = await axe.run(document, options);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact || "",
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.join(" "), summary: node.failureSummary || "" })),
  }));
}
"""

# Material's palette toggle switches schemes by setting this attribute; the contrast pass does the same.
# Transitions are switched off first: axe would otherwise measure colours halfway through Material's fades.
DARK_SCHEME_JS = """
() => {
  const style = document.createElement("style");
  style.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  document.head.append(style);
  document.body.setAttribute("data-md-color-scheme", "slate");
}
"""


@dataclass(frozen=True)
class AxeNode:
    target: str
    summary: str


@dataclass(frozen=True)
class AxeViolation:
    rule: str
    impact: str
    help: str
    nodes: tuple[AxeNode, ...]

    def describe(self, max_nodes: int = 3) -> str:
        lines = [f"{self.rule} ({self.impact}): {self.help}"]
        for node in self.nodes[:max_nodes]:
            summary = " ".join(node.summary.split())
            lines.append(f"    {node.target}: {summary}")
        if len(self.nodes) > max_nodes:
            lines.append(f"    ... and {len(self.nodes) - max_nodes} more elements")
        return "\n".join(lines)


def inject_axe(page: Page) -> None:
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(require(AXE_SCRIPT)))


def axe_version(page: Page) -> str:
    inject_axe(page)
    return str(page.evaluate("() => axe.version"))


def run_axe(page: Page, options: dict[str, Any] | None = None) -> list[AxeViolation]:
    """Run axe on the page as it is now; returns its violations (empty when there are none)."""
    inject_axe(page)
    raw: list[dict[str, Any]] = page.evaluate(RUN_JS, options or FULL_RUN)
    return [
        AxeViolation(
            rule=item["rule"],
            impact=item["impact"],
            help=item["help"],
            nodes=tuple(AxeNode(node["target"], node["summary"]) for node in item["nodes"]),
        )
        for item in raw
    ]


def run_axe_dark(page: Page) -> list[AxeViolation]:
    """Switch the page to Material's dark scheme (slate) and check colour contrast there."""
    page.evaluate(DARK_SCHEME_JS)
    return run_axe(page, CONTRAST_ONLY)
