"""Session fixtures shared by every test folder; the helpers behind them live in tests/support (see its docstring)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from tests.support.browser import ChromiumMissingError, PageLog, launch_chromium, open_page
from tests.support.build import BuildResult, build_site
from tests.support.paths import FIXTURES_DIR, REPO_ROOT
from tests.support.serve import serve_dir

os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner, in the in-process builds too


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site (repo mkdocs.yml), built once per session with `mkdocs build --strict`."""
    result = build_site(REPO_ROOT / "mkdocs.yml", tmp_path_factory.mktemp("built-site") / "site")
    if not result.ok:
        pytest.fail(f"mkdocs build --strict failed (exit {result.returncode}):\n{result.output}", pytrace=False)
    return result.site_dir


def fixture_config(config: Path | str) -> Path:
    """A fixture site's mkdocs.yml from a path to it, a path to its folder, or a name under tests/fixtures/."""
    path = Path(config)
    if not path.is_absolute() and len(path.parts) == 1 and (FIXTURES_DIR / path).exists():
        path = FIXTURES_DIR / path  # a name under tests/fixtures/, even where the working folder has a site/
    if path.is_dir():
        path = path / "mkdocs.yml"
    if not path.is_file():
        raise FileNotFoundError(f"no mkdocs.yml at {path}")
    return path


@pytest.fixture
def build_fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path | str], BuildResult]:
    """build_fixture_site(config) -> BuildResult(returncode, output, site_dir); never raises on a failed build."""

    def build(config: Path | str) -> BuildResult:
        config_file = fixture_config(config)
        return build_site(config_file, tmp_path_factory.mktemp(f"{config_file.parent.name}-site") / "site")

    return build


@pytest.fixture(scope="session")
def built_fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """built_fixture_site("site") -> the site dir of a fixture under tests/fixtures/, built once per session;
    fails the test with MkDocs' output if it does not build."""
    built: dict[str, Path] = {}

    def build(name: str) -> Path:
        if name not in built:
            result = build_site(fixture_config(name), tmp_path_factory.mktemp(f"{name}-site") / "site")
            if not result.ok:
                pytest.fail(f"the fixture site {name} does not build:\n{result.output}", pytrace=False)
            built[name] = result.site_dir
        return built[name]

    return build


@pytest.fixture(scope="session")
def fixture_site_url(built_fixture_site: Callable[[str], Path]) -> Iterator[Callable[[str], str]]:
    """fixture_site_url("flow-ok") -> "http://127.0.0.1:<port>/" serving that fixture site for the whole session."""
    urls: dict[str, str] = {}
    with ExitStack() as servers:

        def url(name: str) -> str:
            if name not in urls:
                urls[name] = servers.enter_context(serve_dir(built_fixture_site(name)))
            return urls[name]

        yield url


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """ "http://127.0.0.1:<port>/" serving `built_site` for the whole session."""
    with serve_dir(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    """The one playwright driver of the session (the sync API allows one per thread)."""
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    """Headless Debian Chromium (/usr/bin/chromium) through playwright. A missing browser fails, never skips."""
    try:
        chromium = launch_chromium(playwright_session)
    except ChromiumMissingError as error:
        pytest.fail(str(error), pytrace=False)
    yield chromium
    chromium.close()


@pytest.fixture
def open_site_page(browser: Browser, site_url: str) -> Iterator[Callable[..., tuple[Page, PageLog]]]:
    """open_site_page("en/", javascript=True) -> (page, log) for a path of the built site; closed after the test."""
    opened: list[Page] = []

    def open_path(path: str, javascript: bool = True) -> tuple[Page, PageLog]:
        page, log = open_page(browser, site_url + path.lstrip("/"), javascript)
        opened.append(page)
        return page, log

    yield open_path
    for page in opened:
        page.context.close()
