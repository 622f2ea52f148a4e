"""The test harness itself: fixture builds report failures, the local server behaves like GitHub Pages,
and assert_only_local catches requests to other hosts."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.browser import PageLog, assert_no_errors, assert_only_local, non_local_requests, open_page
from tests.support.build import BuildResult
from tests.support.serve import serve_dir


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_serve_dir_serves_files_and_the_404_page(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text("english start", encoding="utf-8")
    (tmp_path / "404.html").write_text("not here", encoding="utf-8")
    with serve_dir(tmp_path) as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        assert fetch(url + "en/") == (200, "english start")
        assert fetch(url + "en") == (200, "english start")  # redirected to en/
        assert fetch(url + "missing/") == (404, "not here")


def test_build_fixture_site_reports_a_failed_build(
    tmp_path: Path, build_fixture_site: Callable[[Path], BuildResult]
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("[gone](missing.md)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: broken\ntheme: mkdocs\n", encoding="utf-8")
    result = build_fixture_site(tmp_path)
    assert result.returncode != 0 and not result.ok
    assert "index.md" in result.output and "missing.md" in result.output


def test_assert_only_local_lists_outside_requests() -> None:
    log = PageLog(
        requests=[
            "http://127.0.0.1:8000/",
            "data:image/png;base64,AAAA",
            "https://cdn.example.com/mermaid.min.js",
            "http://localhost:8000/x.css",
        ]
    )
    with pytest.raises(AssertionError) as failure:
        assert_only_local(log)
    message = str(failure.value)
    assert "https://cdn.example.com/mermaid.min.js" in message and "http://localhost:8000/x.css" in message
    assert "127.0.0.1:8000" not in message and "data:" not in message


def test_assert_only_local_passes_local_requests() -> None:
    assert_only_local(PageLog(requests=["http://127.0.0.1:8000/", "blob:http://127.0.0.1:8000/1"]))


def test_assert_no_errors_lists_console_and_page_errors() -> None:
    log = PageLog(console_errors=["Failed to load resource: 404"], page_errors=["TypeError: x is undefined"])
    with pytest.raises(AssertionError, match=r"(?s)Failed to load resource.*TypeError"):
        assert_no_errors(log)


@pytest.mark.browser
def test_open_page_records_and_blocks_requests_to_other_hosts(tmp_path: Path, browser: Browser) -> None:
    (tmp_path / "index.html").write_text(
        '<!doctype html><title>t</title><img src="https://example.org/pixel.png" alt="">'
        '<script src="https://cdn.example.com/mermaid.min.js"></script><p>ok</p>',
        encoding="utf-8",
    )
    with serve_dir(tmp_path) as url:
        page, log = open_page(browser, url)
        page.context.close()
    assert log.requests[0] == url
    assert sorted(non_local_requests(log)) == [
        "https://cdn.example.com/mermaid.min.js",
        "https://example.org/pixel.png",
    ]
    assert len(log.failed_requests) == 2, "requests leaving 127.0.0.1 must be aborted"
    with pytest.raises(AssertionError, match="cdn.example.com"):
        assert_only_local(log)
