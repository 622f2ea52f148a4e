"""Debian's Chromium driven by Python playwright, with a log of what each page requested and reported."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, Request, Route

CHROMIUM_PATH = Path("/usr/bin/chromium")
INSTALL_HINT = (
    "Debian's Chromium is missing at /usr/bin/chromium. Install it with: "
    "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk "
    "(`make test` does this itself when run as root)."
)
# Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOST = "127.0.0.1"
NON_NETWORK_SCHEMES = {"data", "blob", "about", "chrome-error"}
DESKTOP_VIEWPORT = {"width": 1280, "height": 900}


class ChromiumMissingError(RuntimeError):
    pass


def launch_chromium(playwright: Playwright, env: dict[str, str] | None = None) -> Browser:
    """Start headless Chromium from /usr/bin/chromium; raises ChromiumMissingError with the install command."""
    if not CHROMIUM_PATH.is_file() or shutil.which(str(CHROMIUM_PATH)) is None:
        raise ChromiumMissingError(INSTALL_HINT)
    return playwright.chromium.launch(executable_path=str(CHROMIUM_PATH), args=CHROMIUM_ARGS, env=env)


@dataclass
class PageLog:
    """Everything a page asked for or complained about while it was open."""

    requests: list[str] = field(default_factory=list)  # the page's own (what it needs to show)
    # Made by the offline copy's service worker: its script, and the copy it fetches in the background once.
    worker_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def record_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            location = message.location.get("url", "")
            self.console_errors.append(f"{message.text} ({location})" if location else message.text)

    def record_request(self, request: Request) -> None:
        (self.worker_requests if request.service_worker else self.requests).append(request.url)

    def record_failure(self, request: Request) -> None:
        self.failed_requests.append(f"{request.url}: {request.failure}")


def is_network_request(url: str) -> bool:
    return urlsplit(url).scheme not in NON_NETWORK_SCHEMES


def is_local(url: str) -> bool:
    return urlsplit(url).hostname == LOCAL_HOST


def non_local_requests(log: PageLog) -> list[str]:
    requested = log.requests + log.worker_requests
    return [url for url in requested if is_network_request(url) and not is_local(url)]


def assert_only_local(log: PageLog) -> None:
    """Fail listing every request to a host other than 127.0.0.1 (data:, blob: and about: are not requests)."""
    outside = non_local_requests(log)
    assert not outside, "requests to hosts other than 127.0.0.1:\n" + "\n".join(outside)


def assert_no_errors(log: PageLog) -> None:
    """Fail listing console errors and uncaught page errors."""
    errors = log.console_errors + log.page_errors
    assert not errors, "errors in the browser console:\n" + "\n".join(errors)


def block_non_local(route: Route) -> None:
    """Keep tests offline: requests leaving 127.0.0.1 are logged by the page and then aborted here."""
    if is_local(route.request.url):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def open_page(
    browser: Browser,
    url: str,
    javascript: bool = True,
    *,
    viewport: dict[str, int] | None = None,
    wait_until: str = "networkidle",
    bypass_csp: bool = False,
) -> tuple[Page, PageLog]:
    """Open `url` in a fresh browser context; returns the page and its log. Close with `page.context.close()`.

    ``bypass_csp``: the page's Content-Security-Policy does not apply, for tools injected as inline scripts (axe);
    tests/security checks the policy itself."""
    context = browser.new_context(
        java_script_enabled=javascript, viewport=viewport or DESKTOP_VIEWPORT, bypass_csp=bypass_csp
    )
    log = PageLog()
    context.on("request", log.record_request)
    context.on("requestfailed", log.record_failure)
    context.route("**/*", block_non_local)
    page = context.new_page()
    page.on("console", log.record_console)
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.goto(url, wait_until=wait_until)  # type: ignore[arg-type]
    return page, log
