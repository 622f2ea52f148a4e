#!/usr/bin/env python3
"""Opt-in online check (`make linkcheck-online`): fetch every external link of a built site over the network.

Never part of `make test`: the offline checks (tests/site/test_links.py) already check these links' form.
Prints `page: url: reason` for each failure and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from tests.support.linkcheck import BuiltSite, external_links, external_url_problem  # noqa: E402
from tests.support.site_config import load_layout  # noqa: E402

TIMEOUT_SECONDS = 20
PARALLEL_REQUESTS = 8
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) recovery-guide-linkcheck"
RETRY_WITH_GET = {403, 405, 501}  # servers that refuse HEAD


def fetch_status(url: str, method: str) -> int:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - https only
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def url_failure(url: str) -> str | None:
    """Why `url` cannot be fetched, or None when it answers with a success (after redirects)."""
    form = external_url_problem(url)
    if form is not None:
        return form
    try:
        status = fetch_status(url, "HEAD")
        if status in RETRY_WITH_GET:
            status = fetch_status(url, "GET")
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        return f"unreachable: {error}"
    return None if status < 400 else f"HTTP {status}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO_ROOT / "site")
    parser.add_argument("--config-file", type=Path, default=REPO_ROOT / "mkdocs.yml")
    args = parser.parse_args(argv)
    site = BuiltSite(args.site_dir, load_layout(args.config_file))
    used_on = external_links(site)
    urls = sorted(used_on)
    with ThreadPoolExecutor(max_workers=PARALLEL_REQUESTS) as pool:
        failures = dict(zip(urls, pool.map(url_failure, urls), strict=True))
    problems = [f"{page}: {url}: {reason}" for url, reason in failures.items() if reason for page in used_on[url]]
    print("\n".join(problems) if problems else f"All {len(urls)} external links answered.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
