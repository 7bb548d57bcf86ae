"""The release workflow's shape, and the tag and changelog rules it enforces.

The workflow cannot run here (it needs GitHub and PyPI), so its structure is checked instead:
what triggers it, which job may do what, and that every action is pinned to a commit.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import release

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*\s*$")


def load(name: str) -> dict[Any, Any]:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(workflow, dict)
    return workflow


def runs(job: dict[str, Any]) -> list[str]:
    return [str(step.get("run", "")) for step in job["steps"]]


def uses(job: dict[str, Any]) -> list[str]:
    return [str(step["uses"]).split("@")[0] for step in job["steps"] if "uses" in step]


def test_release_runs_only_on_version_tags() -> None:
    workflow = load("release.yml")
    # YAML 1.1 reads the key `on` as True.
    assert workflow[True] == {"push": {"tags": ["v*"]}}


def test_each_release_job_has_only_the_permissions_it_needs() -> None:
    workflow = load("release.yml")
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert set(jobs) == {"build", "publish", "github-release"}
    assert jobs["build"]["permissions"] == {"contents": "read"}
    assert jobs["publish"]["permissions"] == {"id-token": "write"}
    assert jobs["github-release"]["permissions"] == {"contents": "write"}


def test_build_refuses_a_wrong_tag_before_testing_and_keeps_what_it_tested() -> None:
    build = load("release.yml")["jobs"]["build"]
    commands = "\n".join(runs(build))
    assert commands.index("release.py check-tag") < commands.index("make test")
    assert commands.index("release.py notes") < commands.index("make test")
    assert "actions/upload-artifact" in uses(build)


def test_publish_uses_trusted_publishing_from_the_pypi_environment() -> None:
    jobs = load("release.yml")["jobs"]
    publish = jobs["publish"]
    assert publish["needs"] == "build"
    assert publish["environment"]["name"] == "pypi"
    assert uses(publish) == ["actions/download-artifact", "pypa/gh-action-pypi-publish"]
    step = next(s for s in publish["steps"] if "pypi-publish" in s["uses"])
    assert "password" not in step.get("with", {})  # OIDC, no API token
    assert jobs["github-release"]["needs"] == "publish"
    commands = "\n".join(runs(jobs["github-release"]))
    assert "release.py notes" in commands
    assert "gh release create" in commands
    assert "dist/*" in commands


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_actions_are_pinned_to_commits_and_checkouts_keep_no_credentials(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    assert lines
    for line in lines:
        assert PINNED.match(line), f"{name}: not pinned to a commit with its version: {line}"
    for job in load(name)["jobs"].values():
        for step in job["steps"]:
            if str(step.get("uses", "")).startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_no_token_or_password_is_stored_in_the_repository() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z"],  # noqa: S607 - git from PATH, fixed arguments
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    token = re.compile(rb"pypi-AgE[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{20,}")
    for name in filter(None, tracked):
        path = ROOT / name.decode()
        if path.is_file() and not path.is_symlink():
            assert not token.search(path.read_bytes()), f"{name.decode()} holds a token"
    # Publishing needs no stored secret at all: PyPI trusts the workflow (OIDC).
    assert "secrets." not in (WORKFLOWS / "release.yml").read_text(encoding="utf-8")


# ----------------------------------------------------------------------- scripts/release.py


def wheel_with_version(folder: Path, version: str) -> Path:
    folder.mkdir()
    with zipfile.ZipFile(folder / f"juniper_fulfillment-{version}-py3-none-any.whl", "w") as w:
        w.writestr(f"juniper_fulfillment-{version}.dist-info/METADATA", f"Version: {version}\n")
    return folder


def test_a_tag_naming_the_built_version_is_accepted(tmp_path: Path) -> None:
    assert release.check_tag("v1.0.2.1", wheel_with_version(tmp_path / "d", "1.0.2.1")) == "1.0.2.1"


@pytest.mark.parametrize(
    ("tag", "built", "reason"),
    [
        ("v1.0.2.2", "1.0.2.1", "does not match the built version 1.0.2.1"),
        ("1.0.2.1", "1.0.2.1", "is not a version tag"),
        ("v1.0.2.1.dev0", "1.0.2.1.dev0", "development or local version"),
        ("v1.0.2.1+local", "1.0.2.1+local", "development or local version"),
    ],
)
def test_other_tags_are_refused(tmp_path: Path, tag: str, built: str, reason: str) -> None:
    with pytest.raises(release.ReleaseError, match=re.escape(reason)):
        release.check_tag(tag, wheel_with_version(tmp_path / "d", built))


CHANGELOG = """# Changelog

## [Unreleased]

## [1.0.2.1] - 2026-12-01

### Fixed
- Something users saw.

## [1.0.2.0] - 2026-11-22

First release.

[1.0.2.0]: https://example.invalid/releases/1.0.2.0
"""


def test_release_notes_are_the_versions_changelog_section() -> None:
    assert release.release_notes("1.0.2.1", CHANGELOG) == "### Fixed\n- Something users saw.\n"
    assert release.release_notes("1.0.2.0", CHANGELOG) == "First release.\n"


@pytest.mark.parametrize(
    ("version", "reason"), [("1.0.2.2", "has no '## [1.0.2.2]'"), ("Unreleased", "is empty")]
)
def test_a_version_without_notes_is_refused(version: str, reason: str) -> None:
    with pytest.raises(release.ReleaseError, match=re.escape(reason)):
        release.release_notes(version, CHANGELOG)


def test_the_first_release_has_its_notes_in_the_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert release.release_notes("1.0.2.0", text).startswith("First release")
