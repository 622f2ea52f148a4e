"""scripts/safe_build.py against a target it cannot write: a read-only file system (EROFS), a full disk (ENOSPC) and
a missing permission (EACCES, EPERM), met where the staging folder is made, where the new site is exchanged for the
old one, and inside mkdocs (a real build whose hook raises as a full disk does; a real refusal by the kernel). Each
ends in one line saying what and where, without a traceback, and the last good site stays as it was. Outcomes join
the table of tests/robustness/hostile_table.py (category "faults").
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.robustness.hostile_cases import Case, Refused
from tests.robustness.hostile_run import Result
from tests.robustness.hostile_table import RESULTS
from tests.site.test_safe_build import safe_build, write_project


@pytest.fixture
def last_good_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("last good build", encoding="utf-8")
    return site


def record(name: str, ok: bool, detail: str, started: float) -> None:
    case = Case("faults", f"safe_build: {name}", lambda docs: None, Refused("site", "", "one line"))
    RESULTS.append(Result(case, "refused" if ok else "wrong", detail, time.monotonic() - started))


def load_script():  # noqa: ANN201 - the script's module
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import safe_build as script

    return script


def refused(code: int, message: str, path: str) -> OSError:
    return OSError(code, message, path)


@pytest.mark.parametrize(
    ("where", "code", "expected"),
    [
        ("staging", errno.EROFS, "the file system is read-only: build into a writable --site-dir"),
        ("staging", errno.EACCES, "permission denied: check the folder's owner and mode"),
        ("swap", errno.EROFS, "the file system is read-only"),
        ("swap", errno.EACCES, "permission denied"),
        ("swap", errno.ENOSPC, "the disk is full: free some space, then build again"),
    ],
)
def test_a_target_that_cannot_be_written_ends_in_one_line_and_keeps_the_site(
    tmp_path: Path, last_good_site: Path, monkeypatch: pytest.MonkeyPatch, capsys, where: str, code: int, expected: str
) -> None:
    """The folder next to site/ cannot take the staging folder, or site/ cannot be exchanged (renamed)."""
    started = time.monotonic()
    script = load_script()
    config = write_project(tmp_path, "# Fresh\n")
    before = sorted(path.name for path in tmp_path.iterdir())
    message = os.strerror(code)
    if where == "staging":

        def mkdtemp(prefix: str, dir: Path) -> str:  # noqa: A002 - tempfile's name
            raise refused(code, message, str(dir / prefix))

        monkeypatch.setattr(script.tempfile, "mkdtemp", mkdtemp)
    else:

        def exchange(a: Path, b: Path) -> None:
            raise refused(code, message, str(b))

        monkeypatch.setattr(script, "_exchange", exchange)
        monkeypatch.setattr(script.Path, "rename", lambda self, target: (_ for _ in ()).throw(AssertionError("no")))
    status = script.main(["--config-file", str(config), "--site-dir", str(last_good_site)])
    out, err = capsys.readouterr()
    lines = [line for line in err.splitlines() if line.strip()]
    ok = status == 1 and len(lines) == 1 and expected in lines[0] and "Traceback" not in out + err
    record(f"{os.strerror(code)} at the {where}", ok, err, started)
    assert status == 1
    assert len(lines) == 1 and expected in lines[0] and f"{last_good_site} left as it was" in lines[0], err
    assert "Traceback" not in out + err
    assert (last_good_site / "index.html").read_text(encoding="utf-8") == "last good build"
    assert sorted(path.name for path in tmp_path.iterdir()) == before


FULL_DISK_HOOK = """
import errno, os


def on_post_page(output, page, config):
    # What writing a page does when the disk is full: mkdocs ends with this traceback.
    path = os.path.join(config.site_dir, page.file.dest_uri)
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
"""


def test_a_full_disk_during_the_build_ends_in_one_line_without_mkdocs_traceback(
    repo_root: Path, tmp_path: Path, last_good_site: Path
) -> None:
    started = time.monotonic()
    config = write_project(tmp_path, "# Fresh\n")
    (tmp_path / "full_disk.py").write_text(FULL_DISK_HOOK, encoding="utf-8")
    text = config.read_text(encoding="utf-8")
    assert "hooks: [manifest_hook.py]" in text
    config.write_text(text.replace("hooks: [manifest_hook.py]", "hooks: [manifest_hook.py, full_disk.py]"))
    before = sorted(path.name for path in tmp_path.iterdir())
    result = safe_build(repo_root, config)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    ok = result.returncode == 1 and len(lines) == 1 and "Traceback" not in result.stdout + result.stderr
    record("a full disk inside mkdocs", ok, result.stderr[-400:], started)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    assert "the disk is full: free some space" in lines[0] and "index.html" in lines[0]
    assert (last_good_site / "index.html").read_text(encoding="utf-8") == "last good build"
    assert sorted(path.name for path in tmp_path.iterdir()) == before


def test_a_folder_the_system_refuses_to_write_really_ends_in_one_line(repo_root: Path, tmp_path: Path) -> None:
    """A real refusal, not a patched one: the kernel lets nobody, root included, make a folder in /sys (EPERM)."""
    probe = Path("/sys/guide-safe-build-probe")
    try:
        probe.mkdir()
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EACCES, errno.EROFS):
            pytest.skip(f"/sys refuses with {error}")
    else:
        probe.rmdir()
        pytest.skip("/sys is writable here")
    started = time.monotonic()
    result = safe_build_into(repo_root, write_project(tmp_path, "# Fresh\n"), Path("/sys/guide-site"))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    ok = result.returncode == 1 and len(lines) == 1 and "Traceback" not in result.stdout + result.stderr
    record("a folder the kernel refuses (/sys)", ok, result.stderr[-400:], started)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert len(lines) == 1 and lines[0].startswith("safe_build: cannot write the site (/sys/guide-site.building-")
    assert "not permitted" in lines[0] or "permission denied" in lines[0] or "read-only" in lines[0]


def safe_build_into(repo_root: Path, config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    script = repo_root / "scripts" / "safe_build.py"
    command = [sys.executable, str(script), "--config-file", str(config), "--site-dir", str(site)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
