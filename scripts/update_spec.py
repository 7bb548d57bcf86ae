"""Follow the vendor's spec: fetch, validate, report, write, regenerate, version, test.

``make update-spec [SPEC_URL=...] [FAIL_ON_BREAKING=1]`` runs this (``python -m
scripts.update_spec``); ``SPEC_URL`` is a URL or a local path, by default the vendor's published
bundle. The steps, in order:

1. fetch the new description into a temporary file;
2. validate that copy with openapi-spec-validator and Redocly CLI (``redocly.yaml``;
   :func:`scripts.spec_diff.validate`, which ``make spec-diff`` runs too); any error stops here,
   before the repository is touched, and prints the validators' messages;
3. compare it with the committed one (:mod:`scripts.spec_diff`: wire, Python, generator gaps);
   anything the generator would drop (``not_generated``) stops here too: an operation that cannot
   be generated would be listed as new and then fail on every call;
4. write it to openapi/index.yaml and regenerate generated/ with ``make generate``; if generation
   fails, the previous spec, generated code, version and CHANGELOG are put back;
5. set the next package version from the report (SemVer: breaking -> major, additions -> minor,
   else patch; see :func:`next_version`) and note it, with the API version, under the CHANGELOG's
   ``## [Unreleased]``;
6. run the checks (``make spec lint typecheck pytest``) unless ``--no-tests``. ``check-generated``
   is left out on purpose: it compares generated/ with the last commit, which an update changes.

The outcome is written to ``build/update-spec.json`` (the spec-diff report, the version change,
the checks) and ``build/update-spec.md`` (the same for the pull request's body). Its ``outcome``
field is the contract for automation, because make turns every failure into status 2:

=================  ======  ===========================================================
outcome            status  the tree
=================  ======  ===========================================================
``unchanged``      0       untouched: the new description is the committed one
``updated``        0       updated
``invalid``        1       untouched: fetch, validation or generation failed
``not-generated``  1       untouched: the generator would drop part of the description
``checks-failed``  3       updated, for a person to look at (``git diff``)
``breaking``       4       updated; only with ``--fail-on-breaking`` (``FAIL_ON_BREAKING=1``)
=================  ======  ===========================================================
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import yaml

from scripts import spec_diff

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "index.yaml"
GENERATED = ROOT / "generated"
VERSION_FILE = ROOT / "overrides" / "juniper_fulfillment" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
BUILD = ROOT / "build"

DEFAULT_SPEC_URL = "https://docs.fulfillment.juniperhealth.com/_bundle/apis/index.yaml"
VERSION_LINE = re.compile(r'^__version__ = "[^"]*"$', re.MULTILINE)
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:\.dev(\d+))?$")
RELEASE_TAG = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")
UNRELEASED = "## [Unreleased]"
NEXT_RELEASE = re.compile(r"^Next release: .*$", re.MULTILINE)
CHECKS = ("spec", "lint", "typecheck", "pytest")
# Exit statuses; build/update-spec.json says the same in words (make turns them all into 2).
INVALID, CHECKS_FAILED, BREAKING = 1, 3, 4


class UpdateError(Exception):
    """The update stopped before changing anything; the message says why."""

    outcome = "invalid"


class NotGeneratedError(UpdateError):
    outcome = "not-generated"


def log(message: str) -> None:
    print(f"update-spec: {message}", flush=True)


# ------------------------------------------------------------------------------------- reading


def api_version(spec: Path) -> str | None:
    """``info.version`` of the description at ``spec``, or None if it has none."""
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    info = document.get("info") if isinstance(document, dict) else None
    version = info.get("version") if isinstance(info, dict) else None
    return None if version is None else str(version)


# ----------------------------------------------------------------------------------- versioning

Release = tuple[int, int, int]


def last_release() -> Release | None:
    """The newest release tag ``vX.Y.Z`` reachable from HEAD, or None before the first tag."""
    result = subprocess.run(  # noqa: S603 - git with fixed arguments
        ["git", "-C", str(ROOT), "tag", "--merged", "HEAD", "--list", "v*"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    releases = [
        (int(match[1]), int(match[2]), int(match[3]))
        for tag in result.stdout.split()
        if (match := RELEASE_TAG.match(tag))
    ]
    return max(releases, default=None)


def change_level(report: dict[str, Any]) -> int:
    """0 (major) when something breaks, 1 (minor) when something was added, else 2 (patch)."""
    if report["breaking"]:
        return 0
    if any(
        finding["rule"].endswith("-added") or finding["rule"] == "python-addition"
        for finding in report["non_breaking"]
    ):
        return 1
    return 2


def next_version(current: str, released: Release | None, level: int) -> str:
    """The development version after an update of ``level`` (0 major, 1 minor, 2 patch).

    The release it leads to is the last release bumped by ``level`` (before the first tag, the
    version in _version.py counts as the last release), and never lower than the release the
    current development version already leads to. The ``.devN`` counter moves whenever the
    release does not, so the version changes on every update even when the vendor keeps
    ``info.version``.
    """
    match = SEMVER.match(current)
    if match is None:
        raise UpdateError(f"{VERSION_FILE} has {current!r}, not X.Y.Z or X.Y.Z.devN")
    planned: Release = (int(match[1]), int(match[2]), int(match[3]))
    numbers = list(released or planned)
    numbers[level] += 1
    numbers[level + 1 :] = [0] * (2 - level)
    target = max(planned, (numbers[0], numbers[1], numbers[2]))
    dev = int(match[4]) + 1 if target == planned and match[4] is not None else 0
    return ".".join(map(str, target)) + f".dev{dev}"


def with_version(source: str, version: str) -> str:
    """The text of _version.py with ``__version__`` set to ``version``, all else unchanged."""
    updated, count = VERSION_LINE.subn(f'__version__ = "{version}"', source)
    if count != 1:
        raise UpdateError(f'{VERSION_FILE} has no single `__version__ = "..."` line')
    return updated


def read_version() -> str:
    match = re.search(r'^__version__ = "([^"]*)"$', VERSION_FILE.read_text(encoding="utf-8"), re.M)
    if match is None:
        raise UpdateError(f'{VERSION_FILE} has no `__version__ = "..."` line')
    return match.group(1)


def with_changelog_entry(source: str, entry: str, next_release: str | None = None) -> str:
    """CHANGELOG.md with ``entry`` as the first bullet under ``## [Unreleased]``, and the
    section's ``Next release: ...`` line, if any, set to ``next_release``."""
    if UNRELEASED not in source:
        raise UpdateError(f"{CHANGELOG} has no {UNRELEASED!r} section")
    head, _, rest = source.partition(UNRELEASED + "\n")
    section, marker, later = rest.partition("\n## [")
    if next_release is not None:
        section = NEXT_RELEASE.sub(f"Next release: {next_release}", section, count=1)
    return f"{head}{UNRELEASED}\n\n{entry}\n{section}{marker}{later}"


def changelog_entry(report: dict[str, Any], version: str) -> str:
    old, new = report["old"]["version"], report["new"]["version"]
    counts = f"{len(report['breaking'])} breaking, {len(report['non_breaking'])} non-breaking"
    release = version.split(".dev")[0]
    return (
        f"- Follows Order Fulfillment API {new} (`juniper_fulfillment.API_VERSION`, was {old}): "
        f"{counts} change(s); next release {release} (see the spec-change report)."
    )


# ------------------------------------------------------------------------------ writing, safely


class Snapshot:
    """A copy of everything an update writes, put back if the update fails part-way."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def __enter__(self) -> Self:
        self.directory.mkdir()
        shutil.copy2(SPEC, self.directory / "index.yaml")
        shutil.copy2(VERSION_FILE, self.directory / "_version.py")
        shutil.copy2(CHANGELOG, self.directory / "CHANGELOG.md")
        shutil.copytree(GENERATED, self.directory / "generated", symlinks=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            return
        shutil.copy2(self.directory / "index.yaml", SPEC)
        shutil.copy2(self.directory / "_version.py", VERSION_FILE)
        shutil.copy2(self.directory / "CHANGELOG.md", CHANGELOG)
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(self.directory / "generated", GENERATED, symlinks=True)
        log("restored the previous spec, generated code, version and CHANGELOG")


def make(targets: list[str], bin_dir: Path) -> int:
    """Run make ``targets`` in the repository with the Python tools of ``bin_dir``."""
    return subprocess.call(["make", *targets, f"BIN={bin_dir}"], cwd=ROOT)  # noqa: S603, S607


def install(candidate: Path, report: dict[str, Any], bin_dir: Path, workdir: Path) -> str:
    """Write the validated spec, regenerate, set the version and CHANGELOG; all or nothing.

    Returns the new package version.
    """
    with Snapshot(workdir / "previous"):
        shutil.copyfile(candidate, SPEC)
        log(f"wrote {SPEC.relative_to(ROOT)}; regenerating")
        if make(["generate"], bin_dir) != 0:
            raise UpdateError("`make generate` failed on the new spec (see above)")
        current = read_version()
        version = next_version(current, last_release(), change_level(report))
        VERSION_FILE.write_text(
            with_version(VERSION_FILE.read_text(encoding="utf-8"), version), encoding="utf-8"
        )
        CHANGELOG.write_text(
            with_changelog_entry(
                CHANGELOG.read_text(encoding="utf-8"),
                changelog_entry(report, version),
                f"{version.split('.dev')[0]} (Order Fulfillment API {report['new']['version']})",
            ),
            encoding="utf-8",
        )
        log(f"package version {current} -> {version}")
    return version


def migration_note(breaking: list[dict[str, Any]]) -> list[str]:
    """The pull-request section a maintainer turns into the CHANGELOG's migration note: for each
    breaking finding, the Python symbol, what it was and what it becomes."""
    if not breaking:
        return []
    lines = [
        "",
        f"## What users must change ({len(breaking)} breaking finding(s))",
        "",
        "The spec gate blocks this pull request until a maintainer adds the label"
        " `breaking-change-accepted`; the migration note under `## [Unreleased]` in CHANGELOG.md"
        " tells users, from this list, what to change.",
        "",
    ]
    for finding in breaking:
        where = (
            f"{finding['operation']} ({finding['operationId']}): " if finding["operation"] else ""
        )
        symbol = f"`{finding['python']}`" if finding["python"] else "(no Python symbol)"
        lines.append(f"- {symbol}: {where}{finding['message']} [{finding['rule']}]")
        if not finding["python"]:
            continue
        old, new = finding.get("old"), finding.get("new")
        if old is not None and old == new:
            lines.append(f"  - unchanged: `{old}`")
        else:
            lines.append(f"  - was: `{old}`" if old is not None else "  - was: did not exist")
            lines.append(f"  - now: `{new}`" if new is not None else "  - now: removed")
    return lines


def write_outcome(summary: dict[str, Any], rendered: str) -> None:
    """build/update-spec.json for automation, build/update-spec.md for the pull request."""
    BUILD.mkdir(exist_ok=True)
    (BUILD / "update-spec.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    lines = [f"`make update-spec`: **{summary['outcome']}**", ""]
    if "version" in summary:
        old, new = summary["version"]["old"], summary["version"]["new"]
        lines.append(f"Package version: {old} -> {new}")
    if "checks" in summary:
        lines.append(f"Checks (`make {' '.join(CHECKS)}`): {summary['checks']}")
    if "error" in summary:
        lines += ["", "```", summary["error"], "```"]
    lines += migration_note(summary.get("breaking") or [])
    lines += ["", "## Spec-change report", "", "```", rendered, "```"]
    (BUILD / "update-spec.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--spec", default=DEFAULT_SPEC_URL, help="URL or path of the new description"
    )
    parser.add_argument(
        "--bin",
        type=Path,
        default=Path(sys.executable).parent,
        help="directory of the Python tools (default: this interpreter's)",
    )
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit with status 4 when the report has breaking changes (the update is kept)",
    )
    parser.add_argument(
        "--no-tests",
        action="store_true",
        help="skip `make spec lint typecheck pytest` (the test suite runs this script itself)",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    bin_dir: Path = args.bin.absolute()
    summary: dict[str, Any] = {}
    rendered = "(no report: the update stopped before the comparison)"
    try:
        with tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
            candidate = Path(tmp) / "index.yaml"
            try:
                spec_diff.fetch(args.spec, candidate)
            except spec_diff.SpecDiffError as error:
                raise UpdateError(str(error)) from error
            log(f"fetched {args.spec} ({candidate.stat().st_size} bytes); validating, comparing")
            try:
                report = spec_diff.compare(None, str(candidate), bin_dir, Path(tmp) / "diff")
            except spec_diff.InvalidSpecError as error:
                raise UpdateError(
                    "the new spec is not valid; nothing was changed.\n"
                    + "\n\n".join(error.failures)
                ) from error
            except spec_diff.SpecDiffError as error:
                raise UpdateError(str(error)) from error
            summary = report.as_json()
            rendered = spec_diff.render(report)
            spec_diff.write_report(report)
            print(rendered, flush=True)
            if report.not_generated:
                raise NotGeneratedError(
                    "the generator would drop part of the new spec (not_generated above); "
                    "nothing was changed"
                )
            if candidate.read_bytes() == SPEC.read_bytes():
                summary["outcome"] = "unchanged"
                write_outcome(summary, rendered)
                log("the new spec is the committed one: nothing to do")
                return 0
            old_version = read_version()
            version = install(candidate, summary, bin_dir, Path(tmp))
            summary["version"] = {"old": old_version, "new": version}
    except UpdateError as error:
        print(f"update-spec: error: {error}", file=sys.stderr, flush=True)
        write_outcome({**summary, "outcome": error.outcome, "error": str(error)}, rendered)
        return INVALID

    status = 0
    summary["outcome"] = "updated"
    if args.no_tests:
        log("checks skipped (--no-tests)")
        summary["checks"] = "skipped"
    else:
        log(f"running the checks: make {' '.join(CHECKS)}")
        if make(list(CHECKS), bin_dir) != 0:
            print(
                "update-spec: error: the checks failed on the new spec; the update is left in "
                "place for review (git diff shows it)",
                file=sys.stderr,
            )
            summary["checks"] = "failed"
            summary["outcome"] = "checks-failed"
            status = CHECKS_FAILED
        else:
            summary["checks"] = "passed"
    if status == 0 and args.fail_on_breaking and summary["breaking"]:
        summary["outcome"] = "breaking"
        status = BREAKING
    write_outcome(summary, rendered)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
