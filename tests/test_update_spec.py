"""``make update-spec`` and ``make api-diff``, end to end, on a throwaway copy of this repository.

Each test copies the working tree (without .venv, node_modules, .nox, .git and caches) into a
temporary directory, links node_modules, and commits the copy in a fresh git repository so the API
diff has a base. The scripts then run on the copy with this interpreter and the copy's packages
first on ``PYTHONPATH``, so nothing here touches the real tree. The fixture specs are the real spec
plus one kind of vendor change (:mod:`tests.fixtures.specs.derive`).
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import update_spec
from scripts.sandbox import PrismServer, TokenServer, free_port
from tests.fixtures.specs import derive

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(sys.executable).parent
NOT_COPIED = shutil.ignore_patterns(
    ".git",
    ".venv",
    "node_modules",
    ".nox",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    ".benchmarks",
    "__pycache__",
)
TIMEOUT = 300


# ------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """additive.yaml, breaking.yaml and invalid.yaml, derived from the current spec."""
    return derive.write_fixtures(tmp_path_factory.mktemp("specs"))


def _git(repo: Path, *args: str) -> str:
    identity = ["-c", "user.name=Spec Update Test", "-c", "user.email=spec-update@example.invalid"]
    return subprocess.run(  # noqa: S603 - git with fixed arguments
        ["git", *identity, "-c", "commit.gpgsign=false", *args],  # noqa: S607 - git from PATH
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A committed copy of the working tree, sharing this checkout's node_modules."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED, symlinks=True)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    _git(copy, "init", "--quiet")
    _git(copy, "add", "--all")
    _git(copy, "commit", "--quiet", "--no-verify", "--message", "state before the update")
    return copy


@pytest.fixture
def http_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A static file server on 127.0.0.1: its base URL and the directory it serves."""
    directory = tmp_path / "served"
    directory.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Keep the test output free of access-log lines."""

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", directory
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# -------------------------------------------------------------------------------------- helpers


def copy_env(repo: Path, **extra: str) -> dict[str, str]:
    """The environment for running code of ``repo``: its packages win over the installed ones."""
    paths = os.pathsep.join(str(repo / directory) for directory in ("generated", "overrides"))
    return {**os.environ, "PYTHONPATH": paths, **extra}


def update(repo: Path, spec: str | Path, bin_dir: Path = BIN) -> subprocess.CompletedProcess[str]:
    """Run the copy's update_spec.py on ``spec``, without its test step."""
    command = [PYTHON, str(repo / "scripts" / "update_spec.py"), "--spec", str(spec)]
    return subprocess.run(  # noqa: S603 - this interpreter, the copy's script
        [*command, "--bin", str(bin_dir), "--no-tests"],
        cwd=repo,
        env=copy_env(repo),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def api_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the copy's api_diff.py against the copy."""
    return subprocess.run(  # noqa: S603 - this interpreter, the copy's script
        [PYTHON, str(repo / "scripts" / "api_diff.py"), "--repo", str(repo), *args],
        cwd=repo,
        env=copy_env(repo),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def hashes(repo: Path, *directories: str) -> dict[str, str]:
    """SHA-256 of every file under ``directories`` of ``repo``, caches left out."""
    digests: dict[str, str] = {}
    for directory in directories:
        for path in sorted((repo / directory).rglob("*")):
            if path.is_file() and not {".ruff_cache", "__pycache__"} & set(path.parts):
                digests[str(path.relative_to(repo))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def package_version(repo: Path) -> str:
    namespace: dict[str, object] = {}
    source = (repo / "overrides" / "juniper_fulfillment" / "_version.py").read_text()
    exec(compile(source, "_version.py", "exec"), namespace)  # noqa: S102 - our own version file
    return str(namespace["__version__"])


def last_line(output: str) -> str:
    """The last line of the API diff report inside ``output``."""
    lines = output.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("Public Python API:"))
    report = []
    for line in lines[end:]:
        if line.startswith("update-spec:"):
            break
        report.append(line)
    return [line for line in report if line.strip()][-1]


# The new operation, called the way a user would, in a process that imports the copy's packages.
NEW_OPERATION_CALL = """
import json
import sys

import juniper_fulfillment
import juniper_fulfillment_client
from juniper_fulfillment import JuniperClient, paginate
from juniper_fulfillment_client.api.orders import list_refunds
from juniper_fulfillment_client.models import Order, OrderStatus, Refund

with JuniperClient.from_env(max_retries=0) as client:
    refunds = list(paginate(list_refunds, client=client, limit=10))
    page = list_refunds.sync(client=client, limit=1)
    # The resource method and its typed page come from regeneration alone, too.
    through_resource = [refund.id for refund in client.orders.list_refunds(limit=10)]
order = Order.from_dict({"id": "o1", "status": sys.argv[1], "giftMessage": "Happy birthday!"})
print(json.dumps({
    "files": [juniper_fulfillment.__file__, juniper_fulfillment_client.__file__],
    "refunds": [[refund.id, refund.order_id, refund.amount] for refund in refunds],
    "all_refunds": all(isinstance(refund, Refund) for refund in refunds),
    "page": type(page).__name__,
    "through_resource": through_resource,
    "status_listed": order.status in list(OrderStatus),
    "gift_message": order.gift_message,
    "version": juniper_fulfillment.__version__,
}))
"""


# ---------------------------------------------------------------------------------------- tests


@pytest.mark.prism
def test_additive_spec_regenerates_and_the_new_operation_works_unchanged(
    repo: Path, specs: dict[str, Path], http_server: tuple[str, Path]
) -> None:
    base_url, served = http_server
    shutil.copyfile(specs["additive"], served / "index.yaml")
    overlay_before = hashes(repo, "overrides/juniper_fulfillment")

    result = update(repo, f"{base_url}/index.yaml")

    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo / "openapi" / "index.yaml").read_bytes() == specs["additive"].read_bytes()
    assert (repo / "generated/juniper_fulfillment_client/api/orders/list_refunds.py").is_file()
    report = result.stdout
    assert "Breaking changes: none" in report
    assert "juniper_fulfillment_client.api.orders.list_refunds: new operation" in report
    assert "juniper_fulfillment_client.models.RefundList: new model" in report
    assert "juniper_fulfillment_client.models.order.Order.gift_message: new model field" in report
    assert f"OrderStatus.{derive.NEW_ORDER_STATUS}: new enum value" in report
    assert last_line(report) == "no breaking changes"
    api = derive.load_spec(specs["additive"])["info"]["version"]
    assert package_version(repo) == f"{api}.0"
    overlay_after = hashes(repo, "overrides/juniper_fulfillment")
    version_file = "overrides/juniper_fulfillment/_version.py"
    assert {k: v for k, v in overlay_after.items() if k != version_file} == {
        k: v for k, v in overlay_before.items() if k != version_file
    }, "the overlay must not need a change for a new operation"

    with PrismServer(spec=repo / "openapi" / "index.yaml") as prism, TokenServer() as tokens:
        env = copy_env(
            repo,
            JUNIPER_BASE_URL=prism.base_url,
            JUNIPER_TOKEN_URL=tokens.token_url,
            JUNIPER_CLIENT_ID=tokens.client_id,
            JUNIPER_CLIENT_SECRET=tokens.client_secret,
            JUNIPER_ENVIRONMENT="sandbox",
        )
        call = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
            [PYTHON, "-c", NEW_OPERATION_CALL, derive.NEW_ORDER_STATUS],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert call.returncode == 0, call.stdout + call.stderr
    seen = json.loads(call.stdout)
    for file in seen["files"]:
        assert Path(file).is_relative_to(repo), f"imported {file}, not the copy's package"
    assert seen["refunds"] == [
        ["rf_2vSJ3kLmN8pQ", "2vSGym0bH8qVEwCIGlyFoRgJq1A", "19.80"],
        ["rf_2vSJ9xYzW4aB", "2vSHpR7Kq4mNxYzLaB1cD9eF0g", "5.00"],
    ]
    assert seen["all_refunds"] is True
    assert seen["page"] == "RefundList"
    assert seen["through_resource"] == [refund[0] for refund in seen["refunds"]]
    assert seen["status_listed"] is True
    assert seen["gift_message"] == "Happy birthday!"
    assert seen["version"] == f"{api}.0"


def test_breaking_spec_is_reported_and_fails_the_gate(repo: Path, specs: dict[str, Path]) -> None:
    result = update(repo, specs["breaking"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert not (
        repo / "generated/juniper_fulfillment_client/api/orders/get_order_by_id.py"
    ).exists()
    api = derive.load_spec(specs["breaking"])["info"]["version"]
    assert package_version(repo) == f"{api}.0"

    gate = api_diff(repo, "--fail-on-breaking")
    assert gate.returncode == 1, gate.stdout + gate.stderr
    for report in (result.stdout, gate.stdout):
        assert "juniper_fulfillment_client.api.orders.get_order_by_id: operation removed" in report
        assert "juniper_fulfillment_client.models.order.Order.discount: model field removed" in (
            report
        )
        assert "juniper_fulfillment_client.api.orders.get_order: new operation" in report
        # client.orders.get_order_by_id goes too, in each of its four faces.
        for resource in (
            "OrdersResource",
            "AsyncOrdersResource",
            "OrdersResourceWithRawResponse",
            "AsyncOrdersResourceWithRawResponse",
        ):
            api_path = f"juniper_fulfillment_client.api.orders.{resource}"
            assert f"{api_path}.get_order_by_id: function removed" in report
            assert f"{api_path}.get_order: new function" in report
        assert last_line(report) == "6 breaking changes"


def test_invalid_spec_changes_nothing_and_shows_the_validator_message(
    repo: Path, specs: dict[str, Path]
) -> None:
    before = hashes(repo, "openapi", "generated", "overrides")

    result = update(repo, specs["invalid"])

    assert result.returncode == 1
    assert derive.MISSING_SCHEMA in result.stderr  # openapi-spec-validator names the schema
    assert "no-unresolved-refs" in result.stderr  # Redocly names its rule
    assert "nothing was changed" in result.stderr
    assert hashes(repo, "openapi", "generated", "overrides") == before
    assert _git(repo, "status", "--porcelain") == ""


def test_failed_generation_puts_the_previous_state_back(
    repo: Path, specs: dict[str, Path], tmp_path: Path
) -> None:
    """A generator that dies half-way (here: after deleting the models) leaves no trace."""
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "openapi-spec-validator").symlink_to(BIN / "openapi-spec-validator")
    generator = tools / "openapi-python-client"
    generator.write_text("#!/bin/sh\nrm -rf generated/juniper_fulfillment_client/models\nexit 3\n")
    generator.chmod(0o755)
    before = hashes(repo, "openapi", "generated", "overrides")

    result = update(repo, specs["additive"], bin_dir=tools)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "`make generate` failed" in result.stderr
    assert "restored the previous spec" in result.stdout
    assert hashes(repo, "openapi", "generated", "overrides") == before


def test_same_spec_regenerates_identically_and_keeps_the_version(repo: Path) -> None:
    version = package_version(repo)

    result = update(repo, repo / "openapi" / "index.yaml")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Breaking changes: none" in result.stdout
    assert "Additions: none" in result.stdout
    assert package_version(repo) == version
    assert _git(repo, "status", "--porcelain") == ""


def test_unreachable_url_fails_with_a_clear_message(repo: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/index.yaml"  # nothing listens there

    result = update(repo, url)

    assert result.returncode == 1
    assert f"could not fetch {url}" in result.stderr
    assert "SPEC_URL=path/to/index.yaml" in result.stderr
    assert _git(repo, "status", "--porcelain") == ""


def test_api_diff_names_an_unknown_base(repo: Path) -> None:
    result = api_diff(repo, "--base", "no-such-ref")

    assert result.returncode == 2
    assert "no-such-ref" in result.stderr


@pytest.mark.parametrize(
    ("source", "version", "expected"),
    [
        (
            '"""Doc."""\n\n__version__ = "1.0.2.3"\n',
            "1.1.0.0",
            '"""Doc."""\n\n__version__ = "1.1.0.0"\n',
        ),
        (
            '__version__ = "1.0.2.0"\nOTHER = "x"\n',
            "2.0.0.0",
            '__version__ = "2.0.0.0"\nOTHER = "x"\n',
        ),
    ],
)
def test_with_version_replaces_only_the_version(source: str, version: str, expected: str) -> None:
    assert update_spec.with_version(source, version) == expected


def test_a_new_api_version_starts_the_release_counter_at_zero() -> None:
    assert update_spec.package_version("1.1.0") == "1.1.0.0"
    with pytest.raises(update_spec.UpdateError):
        update_spec.with_version("VERSION = '1'\n", "1.1.0.0")
