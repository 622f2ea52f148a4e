"""The service worker of the offline copy, written into the site root so that its scope is the whole site.

The script is ``hooks/guide/templates/offline/offline-worker.js.jinja`` with the copy's version, pages and files
in it: the browser compares the script byte for byte on the reader's next online visit, so a build that changed
anything brings a new worker.
"""

from __future__ import annotations

from pathlib import Path

from ..markup.environment import render
from ..model.site import Site
from .copy import OfflineCopy, offline_copy

WORKER_FILE = "offline-worker.js"  # docs/assets/javascripts/offline.js registers it under this name
WORKER_TEMPLATE = "offline/offline-worker.js.jinja"


def worker_script(copy: OfflineCopy) -> str:
    return render(WORKER_TEMPLATE, offline=copy.as_data())


def write_worker(site: Site, site_dir: Path) -> OfflineCopy:
    """Write the worker of the site built into ``site_dir`` (raises OfflineCopyError); returns its copy."""
    copy = offline_copy(site, site_dir)
    (site_dir / WORKER_FILE).write_text(worker_script(copy), encoding="utf-8")
    return copy
