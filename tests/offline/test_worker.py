"""The offline copy's service worker (guide.offline.worker): written into the site root by every build, with the
copy's version, pages and files in it, and valid JavaScript."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

from guide.model.site import load_site
from guide.offline.copy import offline_copy
from guide.offline.worker import WORKER_FILE, worker_script

from tests.quality.tools import require_program
from tests.support.paths import DOCS_DIR

DATA = re.compile(r"^const OFFLINE = (\{.*\});$", re.M)


def test_the_build_writes_the_worker_of_its_copy(built_site: Path) -> None:
    site = load_site(DOCS_DIR, today=date.today())[0]
    copy = offline_copy(site, built_site)
    script = (built_site / WORKER_FILE).read_text(encoding="utf-8")
    assert script == worker_script(copy)
    found = DATA.search(script)
    assert found is not None and json.loads(found.group(1)) == copy.as_data()
    assert not (built_site / "en" / WORKER_FILE).exists()  # one worker for both languages


def test_the_worker_is_valid_javascript(built_site: Path) -> None:
    completed = subprocess.run(
        [require_program("node"), "--check", str(built_site / WORKER_FILE)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
