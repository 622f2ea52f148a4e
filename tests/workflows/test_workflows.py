"""The GitHub workflows: deploy publishes only after the tests passed, each job with the least permissions, actions
pinned by commit SHA, checkout without credentials, every job bounded in time, installs from the hashed locks."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.support.paths import REPO_ROOT

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def load(name: str) -> dict[str, Any]:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def all_workflows() -> dict[str, dict[str, Any]]:
    return {path.name: load(path.name) for path in sorted(WORKFLOWS.glob("*.yml"))}


def test_deploy_needs_the_tests_of_the_same_commit() -> None:
    deploy, test = load("deploy.yml"), load("test.yml")
    jobs = deploy["jobs"]
    assert jobs["test"]["uses"] == "./.github/workflows/test.yml"
    assert "workflow_call" in test["on"]
    assert jobs["build"]["needs"] == "test"
    assert jobs["deploy"]["needs"] == "build"
    assert "make test" in [step.get("run") for step in test["jobs"]["test"]["steps"]]
    assert set(deploy["on"]) == {"push", "workflow_dispatch"} and deploy["on"]["push"]["branches"] == ["main"]


def test_main_is_not_tested_twice() -> None:
    assert load("test.yml")["on"]["push"]["branches-ignore"] == ["main"]


@pytest.mark.parametrize("name", sorted(path.name for path in WORKFLOWS.glob("*.yml")))
def test_each_job_has_its_own_least_permissions(name: str) -> None:
    workflow = load(name)
    assert workflow["permissions"] == {}, "no permissions for the whole workflow: each job names its own"
    for job_name, job in workflow["jobs"].items():
        permissions = job.get("permissions")
        assert isinstance(permissions, dict), f"{name}: {job_name} names no permissions"
        expected = {"pages": "write", "id-token": "write"} if job_name == "deploy" else {"contents": "read"}
        assert permissions == expected, f"{name}: {job_name}: {permissions}"


@pytest.mark.parametrize("name", sorted(path.name for path in WORKFLOWS.glob("*.yml")))
def test_actions_are_pinned_and_checkout_keeps_no_credentials(name: str) -> None:
    for job_name, job in load(name)["jobs"].items():
        if "uses" in job:
            assert job["uses"].startswith("./"), f"{name}: {job_name} calls a workflow outside the repository"
            continue
        assert isinstance(job.get("timeout-minutes"), int), f"{name}: {job_name} has no timeout-minutes"
        for step in job["steps"]:
            action = step.get("uses")
            if action is None:
                continue
            assert PINNED.match(action), f"{name}: {job_name}: {action} is not pinned by commit SHA"
            if action.startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False, f"{name}: {job_name}: checkout"


def test_installs_come_from_the_hashed_locks() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^PIP_INSTALL := .*--require-hashes", makefile, re.M)
    assert "npm ci" in makefile
    runs = [step.get("run", "") for job in load("deploy.yml")["jobs"].values() for step in job.get("steps", [])]
    assert "make build" in runs
    assert not [run for run in runs if "pip install" in run or "npm install" in run]
