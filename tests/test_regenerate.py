"""The regenerate job end to end: ``make update-spec``, checks included, on the vendor's ordinary
releases, each of which must become a green update that needs no hand-written change.

The job's contract (README, "Following the vendor"): a release that breaks nothing ends
``outcome: updated`` with status 0, the version moved by the version rule, a CHANGELOG bullet,
``make check`` green, and only ``openapi/``, ``generated/``, the version file and CHANGELOG.md
changed. :data:`tests.fixtures.specs.derive.RELEASES` holds one release of each ordinary kind;
they are derived here from the spec the previous one left and applied one after the other to one
scratch checkout, as successive vendor releases, each committed before the next.

The scratch checkout is set up as the job's CI checkout is by ``make setup``: this session's
virtualenv, with the scratch checkout installed into it in editable mode (so its checks test the
code it regenerates, not an installed wheel), and this checkout's ``node_modules``, linked.
``make update-spec`` runs there with ``BIN`` and ``VENV`` naming that virtualenv; ``make -q``
first proves that its ``setup`` has nothing left to do, since an ``npm ci`` through the link would
reinstall the shared ``node_modules``.

The job's checks run this suite inside the scratch checkout. Tests marked ``regenerate`` run only
when ``JUNIPER_REGENERATE_VENV`` names the running virtualenv (tests/conftest.py), which only the
nox session ``regenerate`` sets and which is removed from the scratch's environment, so the suite
there leaves this module out rather than starting it again. The session runs once, on one Python,
in ``make test``: each release takes a few minutes.

Per release, what the job changed and how long it took go to ``build/regenerate.json``; the
release's spec and the output of its update, to ``build/regenerate/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uv

from scripts import spec_diff, update_spec
from tests.conftest import REGENERATE_VENV
from tests.fixtures.specs import derive
from tests.test_update_spec import LOCAL_STATE

pytestmark = pytest.mark.regenerate

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "build" / "regenerate.json"
LOGS = ROOT / "build" / "regenerate"  # each release's spec and the output of its update
NOT_COPIED = shutil.ignore_patterns(*LOCAL_STATE, "build", "dist", "site", "*.egg-info")
# Environment variables of this run that the job in CI would not have: the selection of this
# module, the wheel of the nox sessions, a sub-make's state, and pytest options.
NOT_INHERITED = (
    REGENERATE_VENV,
    "JUNIPER_TEST_WHEEL",
    "PYTHONPATH",
    "PYTEST_ADDOPTS",
    "PYTEST_ARGS",
    "MAKEFLAGS",
    "MAKELEVEL",
    "MFLAGS",
)
VERSION_FILE = "overrides/juniper_fulfillment/_version.py"
ALLOWED = ("openapi/", "generated/")
ALLOWED_FILES = (VERSION_FILE, "CHANGELOG.md")
FOLLOWS = "- Follows Order Fulfillment API "
UPDATE_TIMEOUT = 1800  # one release: validation, report, generation and every check
MAKE_TIMEOUT = 600


@dataclass
class Scratch:
    """The checkout the job runs in, and what each release did to it."""

    root: Path
    logs: Path
    bin: Path
    venv: Path
    env: dict[str, str]
    record: list[dict[str, Any]] = field(default_factory=list)

    def run(
        self, *command: str, log: Path | None = None, timeout: float = MAKE_TIMEOUT
    ) -> subprocess.CompletedProcess[str]:
        """``command`` in the checkout; its output into ``log`` when given (it can be long)."""
        if log is None:
            return subprocess.run(  # noqa: S603 - the project's own tools
                command,
                cwd=self.root,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        with log.open("w", encoding="utf-8") as output:
            completed = subprocess.run(  # noqa: S603 - the project's own tools
                command,
                cwd=self.root,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout,
                check=False,
            )
        return subprocess.CompletedProcess(completed.args, completed.returncode, "", "")

    def git(self, *args: str) -> str:
        identity = [
            "-c",
            "user.name=Regenerate Test",
            "-c",
            "user.email=regenerate@example.invalid",
        ]
        result = self.run("git", *identity, "-c", "commit.gpgsign=false", *args)
        assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
        return result.stdout


def _tail(log: Path, lines: int = 120) -> str:
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return f"{log} (last {lines} lines):\n" + "\n".join(text[-lines:])


def _newest_release(repo: Path) -> str | None:
    """The newest release tag ``vX.Y.Z`` reachable from HEAD of ``repo``."""
    result = subprocess.run(  # noqa: S603 - git with fixed arguments
        ["git", "-C", str(repo), "tag", "--merged", "HEAD", "--list", "v*"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    tags = [tag for tag in result.stdout.split() if update_spec.RELEASE_TAG.match(tag)]
    return max(tags, key=lambda tag: tuple(map(int, tag[1:].split("."))), default=None)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Scratch:
    venv = os.environ.get(REGENERATE_VENV, "")
    if Path(venv).resolve() != Path(sys.prefix).resolve():
        pytest.fail(
            f"{REGENERATE_VENV}={venv!r} is not the running virtualenv ({sys.prefix}): this test "
            "installs a scratch checkout into it, so it runs only in `nox -s regenerate`"
        )
    root, logs = tmp_path_factory.mktemp("regenerate") / "checkout", LOGS
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir(parents=True)
    shutil.copytree(ROOT, root, ignore=NOT_COPIED, symlinks=True)
    node_modules = (ROOT / "node_modules").resolve()
    installed = node_modules / ".installed"
    if not installed.is_file():
        pytest.fail(f"{installed} is missing: run `make setup` in {ROOT} first")
    (root / "node_modules").symlink_to(node_modules, target_is_directory=True)
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    checkout = Scratch(root, logs, Path(sys.prefix) / "bin", Path(sys.prefix), env)

    # A CI checkout: a git repository with the release tags, node_modules not tracked.
    checkout.git("init", "--quiet")
    (root / ".git" / "info" / "exclude").write_text("/node_modules\n", encoding="utf-8")
    checkout.git("add", "--all")
    checkout.git("commit", "--quiet", "--no-verify", "--message", "The checkout the job runs in")
    if (tag := _newest_release(ROOT)) is not None:
        checkout.git("tag", tag)

    # `make setup` there: the pinned tools are this virtualenv's; the project, editable.
    install = subprocess.run(  # noqa: S603 - uv from the pinned tools
        [uv.find_uv_bin(), "pip", "install", "--python", sys.executable, "--no-deps", "-e", root],
        capture_output=True,
        text=True,
        timeout=MAKE_TIMEOUT,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    (checkout.venv / ".installed").touch()
    # node_modules was installed from these very files (identical to this checkout's); their
    # copies are newer than its stamp, which would make `make setup` run `npm ci` through the link.
    stamp = installed.stat().st_mtime
    for name in ("package.json", "package-lock.json"):
        assert (root / name).read_bytes() == (ROOT / name).read_bytes()
        os.utime(root / name, (stamp - 1, stamp - 1))
    setup = checkout.run(
        "make",
        "-q",
        f"VENV={checkout.venv}",
        f"BIN={checkout.bin}",
        str(checkout.venv / ".installed"),
        "node_modules/.installed",
    )
    assert setup.returncode == 0, "`make setup` would install something in the scratch checkout"
    return checkout


def _package_version(root: Path) -> str:
    match = re.search(r'^__version__ = "([^"]*)"$', (root / VERSION_FILE).read_text(), re.M)
    assert match is not None
    return match.group(1)


def _unreleased(root: Path) -> str:
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    return changelog.split("## [Unreleased]", 1)[1].split("\n## [", 1)[0]


def _changed(scratch: Scratch) -> list[str]:
    """Every path ``git status`` lists in the checkout: modified, added, deleted, untracked."""
    listed = scratch.git("status", "--porcelain", "--untracked-files=all", "--no-renames")
    return sorted(line[3:] for line in listed.splitlines())


def _write_record(scratch: Scratch) -> None:
    RECORD.parent.mkdir(exist_ok=True)
    RECORD.write_text(json.dumps(scratch.record, indent=2) + "\n", encoding="utf-8")


# The new operation, called through the regenerated client on FakeJuniper generated from the
# same spec: for an order the fake knows, and for one it does not (README, "Testing with a local
# Juniper": operations it does not model are answered from the spec, marked unmodelled).
# Arguments: the resource attribute, the method, the body of a new order, the new operation's
# request body or null.
FAKE_CALL = """
import json
import sys

import juniper_fulfillment
from juniper_fulfillment.errors import NotFoundError
from juniper_fulfillment.testing import FakeJuniper

resource, method, order_body, body = sys.argv[1], sys.argv[2], *map(json.loads, sys.argv[3:])
kwargs = {} if body is None else {"body": body}
with FakeJuniper() as fake, fake.client(max_retries=0) as client:
    order = getattr(client, resource).create_order(body=order_body)
    answer = getattr(getattr(client, resource), method)(order.id, **kwargs)
    items = list(answer) if hasattr(answer, "has_next_page") else None
    raw = getattr(getattr(client.with_raw_response, resource), method)(order.id, **kwargs)
    try:
        getattr(getattr(client, resource), method)("no-such-order", **kwargs)
        unknown = None
    except NotFoundError as error:
        unknown = error.status_code
print(json.dumps({
    "files": [juniper_fulfillment.__file__],
    "type": type(answer).__name__,
    "items": None if items is None else [type(item).__name__ for item in items],
    "status": raw.status_code,
    "headers": dict(raw.headers),
    "unknown": unknown,
    "unmodelled": sorted(fake.unmodelled_operations),
}))
"""


def _example(spec: derive.Spec, media: dict[str, Any]) -> Any:
    """The example of a media type object: ``example`` or the first of ``examples``."""
    if "example" in media:
        return media["example"]
    first = next(iter(media.get("examples", {}).values()))
    return derive._resolve(spec, first)["value"]


def _serves(scratch: Scratch, spec: derive.Spec, operation_id: str) -> None:
    """The fake of the regenerated package answers ``operation_id`` through the client."""
    path, method, operation = derive._operation(spec, operation_id)
    _, _, create_order = derive._operation(spec, "createOrder")
    order_body = _example(spec, create_order["requestBody"]["content"]["application/json"])
    request = operation.get("requestBody", {}).get("content", {}).get("application/json")
    body = None if request is None else _example(spec, request)
    resource = spec_diff.python_identifier(str(operation["tags"][0]), prefix="tag")
    name = spec_diff.python_identifier(operation_id)
    call = scratch.run(
        str(scratch.bin / "python"),
        "-c",
        FAKE_CALL,
        resource,
        name,
        json.dumps(order_body),
        json.dumps(body),
        timeout=120,
    )
    assert call.returncode == 0, call.stdout + call.stderr
    seen = json.loads(call.stdout)
    for file in seen["files"]:
        assert Path(file).is_relative_to(scratch.root), f"imported {file}, not the checkout's"
    success = next(status for status in operation["responses"] if status.startswith("2"))
    schema = operation["responses"][success]["content"]["application/json"]["schema"]
    model = schema["$ref"].rsplit("/", 1)[-1]
    assert seen["status"] == int(success), seen
    # Answered from the spec, and marked so (FakeJuniper does not model it yet).
    assert operation_id in seen["unmodelled"], seen
    headers = {name.lower(): value for name, value in seen["headers"].items()}
    assert headers.get("x-fake-unmodelled") == operation_id, seen
    assert seen["unknown"] == 404, f"{method.upper()} {path} for an unknown order: {seen}"
    if seen["items"] is None:
        assert seen["type"] == model, seen
    else:
        item = derive._resolve(spec, derive._schemas(spec)[model])
        lists = [p for p in item["properties"].values() if p.get("type") == "array"]
        item_model = lists[0]["items"]["$ref"].rsplit("/", 1)[-1]
        assert seen["items"], seen
        assert set(seen["items"]) == {item_model}, seen


@pytest.mark.parametrize("release", derive.RELEASES, ids=lambda release: release.name)
def test_an_ordinary_vendor_release_becomes_a_green_update(
    scratch: Scratch, release: derive.Release
) -> None:
    if _changed(scratch):  # a release before this one failed: it is the vendor's spec now
        scratch.git("add", "--all")
        scratch.git("commit", "--quiet", "--no-verify", "--message", "Left by a failed update")
    spec_file = scratch.root / "openapi" / "index.yaml"
    new_spec = release.derive(derive.load_spec(spec_file))
    fixture = scratch.logs / f"{len(scratch.record) + 1}-{release.name}.yaml"
    derive.dump_spec(new_spec, fixture)
    old_version = _package_version(scratch.root)
    tag = _newest_release(scratch.root)
    released = None if tag is None else update_spec.RELEASE_TAG.match(tag)
    last = None if released is None else (int(released[1]), int(released[2]), int(released[3]))
    bullets = _unreleased(scratch.root).count(FOLLOWS)
    log = scratch.logs / f"{len(scratch.record) + 1}-{release.name}.log"

    started = time.monotonic()
    update = scratch.run(
        "make",
        "update-spec",
        f"SPEC_URL={fixture}",
        f"BIN={scratch.bin}",
        f"VENV={scratch.venv}",
        log=log,
        timeout=UPDATE_TIMEOUT,
    )
    seconds = round(time.monotonic() - started)
    outcome_file = scratch.root / "build" / "update-spec.json"
    summary: dict[str, Any] = json.loads(outcome_file.read_text()) if outcome_file.is_file() else {}
    changed = _changed(scratch)
    scratch.record.append(
        {
            "release": release.name,
            "api_version": new_spec["info"]["version"],
            "outcome": summary.get("outcome"),
            "exit_status": update.returncode,
            "version": summary.get("version"),
            "seconds": seconds,
            "changed": changed,
            "log": str(log),
        }
    )
    _write_record(scratch)
    print(f"{release.name}: {summary.get('outcome')}, exit {update.returncode}, {seconds} s")
    print("\n".join(f"  {path}" for path in changed))

    assert (summary.get("outcome"), update.returncode) == ("updated", 0), _tail(log)
    assert summary["checks"] == "passed"
    assert summary["breaking"] == []
    assert summary["not_generated"] == []
    if release.rule is not None:
        assert release.rule in {finding["rule"] for finding in summary["non_breaking"]}
    pytest_summary = [
        line for line in log.read_text().splitlines() if line.startswith("=") and " passed" in line
    ][-1]
    assert "deselected" in pytest_summary, "the checks must leave this module out"

    # The version rule, from this release's level and the checkout's last release tag.
    new_version = update_spec.next_version(old_version, last, release.level)
    assert summary["version"] == {"old": old_version, "new": new_version}
    assert _package_version(scratch.root) == new_version
    unreleased = _unreleased(scratch.root)
    assert unreleased.count(FOLLOWS) == bullets + 1
    first = unreleased.lstrip().splitlines()[0]
    assert first.startswith(f"{FOLLOWS}{new_spec['info']['version']} "), first
    assert f"next release {new_version.split('.dev')[0]} " in first, first

    # Only the spec, the generated code, the version and the CHANGELOG: nothing by hand.
    assert spec_file.read_bytes() == fixture.read_bytes()
    unexpected = [
        path for path in changed if not path.startswith(ALLOWED) and path not in ALLOWED_FILES
    ]
    assert unexpected == [], f"the update changed files a person would have to edit: {unexpected}"
    assert {"openapi/index.yaml", VERSION_FILE, "CHANGELOG.md"} <= set(changed)
    assert any(path.startswith("generated/") for path in changed)

    # `make check` on the result: the job ran spec, lint, typecheck and pytest on this very tree;
    # the rest of `make check` runs here, once the update is committed as its pull request would.
    scratch.git("add", "--all")
    scratch.git("commit", "--quiet", "--no-verify", "--message", f"Vendor release: {release.name}")
    rest = scratch.logs / f"{len(scratch.record)}-{release.name}-check.log"
    started = time.monotonic()
    check = scratch.run(
        "make", "check-generated", "not-generated", "workflows", f"BIN={scratch.bin}", log=rest
    )
    scratch.record[-1]["check_seconds"] = round(time.monotonic() - started)
    _write_record(scratch)
    assert check.returncode == 0, _tail(rest)

    if release.operation is not None:
        _serves(scratch, new_spec, release.operation)
