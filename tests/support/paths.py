"""Where things are in the repository, and where a page is in a built site."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
REPO_CONFIG = REPO_ROOT / "mkdocs.yml"
DOCS_DIR = REPO_ROOT / "docs"
HOOKS_DIR = REPO_ROOT / "hooks"
OVERRIDES_DIR = REPO_ROOT / "overrides"
FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures"


def page_path(page_id: str, lang: str, default_lang: str = "ja") -> str:
    """URL path (relative to the site root) of a page id in a language: "en/check/x/", "" for the ja start page."""
    prefix = "" if lang == default_lang else f"{lang}/"
    return prefix if page_id == "index" else f"{prefix}{page_id}/"
