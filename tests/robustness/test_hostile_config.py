"""mkdocs.yml's printed text through a real strict build (scripts/safe_build.py; the robustness corpus with the real
config, hooks and overrides): markup in site_name, copyright and site_description, a language's own copyright,
script-running and foreign links and an invisible character in extra, all in one build: it stops with one
`mkdocs.yml: field: reason` line for each, no traceback, and leaves the last good site as it was. Outcomes join the
table of tests/robustness/hostile_table.py (category "config").
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from tests.robustness.hostile_cases import Case, Refused
from tests.robustness.hostile_run import Result
from tests.robustness.hostile_table import RESULTS
from tests.robustness.test_hostile_build import tree_digest
from tests.robustness.test_hostile_builds import safe_build, write_pages
from tests.support.paths import REPO_ROOT

EN_COPYRIGHT = "copyright: Written independently from Apple's official information. Not affiliated with Apple Inc."
HOSTILE = {
    "site_name": ("Guide <img src=x onerror=alert(1)>", "site_name", "contains '<' at character 7"),
    "copyright": ("<script>alert(1)</script>", "copyright", "contains '<' at character 1"),
    "site_description": ('x" onmouseover="alert(1)', "site_description", "contains '\"' at character 2"),
}
EXTRA = {
    "social": [{"icon": "fontawesome/brands/github", "link": "javascript:alert(1)"}],
    "homepage": "//evil.example/",
    "scope": '/"+alert(1)+"',
    "note": "Apple\U000e0041",
}
EXPECTED = [
    *((field, reason) for _, field, reason in HOSTILE.values()),
    ("plugins.i18n.languages[1].copyright", "contains '<' at character 1"),
    ("extra.social[0].link", "a link here is relative or http(s)://, not javascript:"),
    ("extra.homepage", "a link to another host starts with https://"),
    ("extra.scope", "contains '\"'"),
    ("extra.note", "contains U+E0041"),
]


def write_hostile_config(root: Path) -> Path:
    """The corpus with the real config copied (a language's copyright replaced) and the hostile values set."""
    config = write_pages(root)
    real = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert EN_COPYRIGHT in real
    base = root / "base.yml"
    base.write_text(real.replace(EN_COPYRIGHT, "copyright: <b>Official</b> Apple Support"), encoding="utf-8")
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["INHERIT"] = str(base)
    data.update({key: value for key, (value, _, _) in HOSTILE.items()})
    data["extra"] = EXTRA
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return config


def test_hostile_config_text_stops_the_build_with_one_line_each(tmp_path: Path) -> None:
    good = tmp_path / "good"
    assert safe_build(write_pages(good), good / "site").returncode == 0
    before = tree_digest(good / "site")
    started = time.monotonic()
    result = safe_build(write_hostile_config(tmp_path / "hostile"), good / "site")
    seconds = time.monotonic() - started
    output = result.stdout + result.stderr
    lines = [line.strip() for line in output.splitlines()]
    missing = []
    for field, reason in EXPECTED:
        found = [line for line in lines if line.startswith(f"mkdocs.yml: {field}: ") and reason in line]
        ok = bool(found) and result.returncode == 1 and "Traceback" not in output
        RESULTS.append(
            Result(
                Case("config", f"build: {field}", lambda docs: None, Refused("mkdocs.yml", field, reason)),
                "refused" if ok else ("traceback" if "Traceback" in output else "wrong"),
                found[0] if found else output[-400:],
                seconds,
            )
        )
        if not found:
            missing.append(f"{field}: {reason}")
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    assert not missing, f"lines missing for {missing}:\n{output}"
    assert tree_digest(good / "site") == before, "a failed build changed the last good site/"
