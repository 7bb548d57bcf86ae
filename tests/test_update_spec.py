"""``make spec-diff``, ``make update-spec`` and ``make api-diff``, end to end.

The spec-change reports are computed once per fixture spec (module-scoped) in this checkout: the
comparison writes only into a temporary directory, which one test checks.

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
from typing import Any

import pytest

from scripts import update_spec
from scripts.sandbox import PrismServer, TokenServer, free_port
from scripts.servers import environments
from tests.fixtures.specs import derive

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(sys.executable).parent
# What a copy of the checkout leaves out: version control, environments and caches.
LOCAL_STATE = (
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
NOT_COPIED = shutil.ignore_patterns(*LOCAL_STATE)
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


def update(
    repo: Path, spec: str | Path, *args: str, bin_dir: Path = BIN
) -> subprocess.CompletedProcess[str]:
    """Run the copy's scripts.update_spec on ``spec``, without its test step."""
    command = [PYTHON, "-m", "scripts.update_spec", "--spec", str(spec), *args]
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


def outcome(repo: Path) -> dict[str, Any]:
    """build/update-spec.json of the copy."""
    data: dict[str, Any] = json.loads((repo / "build" / "update-spec.json").read_text())
    return data


def package_version(repo: Path) -> str:
    namespace: dict[str, object] = {}
    source = (repo / "overrides" / "juniper_fulfillment" / "_version.py").read_text()
    exec(compile(source, "_version.py", "exec"), namespace)  # noqa: S102 - our own version file
    return str(namespace["__version__"])


def next_minor(version: str) -> str:
    major, minor, _ = version.split(".dev")[0].split(".")
    return f"{major}.{int(minor) + 1}.0.dev0"


def next_major(version: str) -> str:
    return f"{int(version.split('.')[0]) + 1}.0.0.dev0"


# The sandbox environment, called the way a user would; every request is recorded, not sent.
SANDBOX_CALL = """
import json

import httpx

from juniper_fulfillment import JuniperClient
from juniper_fulfillment_client.api.shipping import list_shipping_methods

seen = []


def answer(request):
    seen.append(str(request.url))
    if request.url.path.endswith("/oauth2/token"):
        token = {"access_token": "t", "token_type": "Bearer", "expires_in": 3600}
        return httpx.Response(200, json=token)
    return httpx.Response(200, json=[])


transport = httpx.MockTransport(answer)
with JuniperClient(
    client_id="id", client_secret="s", environment="sandbox", httpx_args={"transport": transport}
) as client:
    list_shipping_methods.sync(client=client)
print(json.dumps(seen))
"""


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
    version = package_version(repo)

    result = update(repo, f"{base_url}/index.yaml")

    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo / "openapi" / "index.yaml").read_bytes() == specs["additive"].read_bytes()
    assert (repo / "generated/juniper_fulfillment_client/api/orders/list_refunds.py").is_file()
    assert "Breaking changes: none" in result.stdout
    assert "juniper_fulfillment_client.api.orders.list_refunds" in result.stdout
    summary = outcome(repo)
    assert summary["outcome"] == "updated"
    assert summary["breaking"] == []
    assert summary["not_generated"] == []
    assert summary["version"] == {"old": version, "new": next_minor(version)}
    assert package_version(repo) == next_minor(version)
    api = derive.load_spec(specs["additive"])["info"]["version"]
    changelog = (repo / "CHANGELOG.md").read_text()
    unreleased = changelog.split("## [Unreleased]", 1)[1].split("\n## [", 1)[0]
    assert f"Follows Order Fulfillment API {api}" in unreleased
    assert f"next release {next_minor(version).split('.dev')[0]}" in unreleased
    assert (
        f"Next release: {next_minor(version).split('.dev')[0]} (Order Fulfillment API {api})"
        in (unreleased)
    )
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
    assert seen["version"] == next_minor(version)

    sandbox = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [PYTHON, "-c", SANDBOX_CALL],
        cwd=repo,
        env=copy_env(repo),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert sandbox.returncode == 0, sandbox.stdout + sandbox.stderr
    token_call, api_call = json.loads(sandbox.stdout)
    moved = environments(derive.load_spec(specs["additive"]))["sandbox"]
    before = environments(derive.load_spec())["sandbox"]
    assert moved.base_url == derive.moved_server(before.base_url) != before.base_url
    assert api_call == f"{moved.base_url}/shipping-methods"
    assert token_call == moved.token_url


def test_breaking_spec_is_reported_bumps_the_major_version_and_fails_the_gate(
    repo: Path, specs: dict[str, Path]
) -> None:
    version = package_version(repo)

    result = update(repo, specs["breaking"], "--fail-on-breaking")

    assert result.returncode == update_spec.BREAKING, result.stdout + result.stderr
    assert not (
        repo / "generated/juniper_fulfillment_client/api/orders/get_order_by_id.py"
    ).exists()
    assert package_version(repo) == next_major(version)
    summary = outcome(repo)
    assert summary["outcome"] == "breaking"
    symbols = {finding["python"] for finding in summary["breaking"]}
    assert "juniper_fulfillment_client.api.orders.get_order_by_id" in symbols
    assert "juniper_fulfillment_client.models.order.Order.discount" in symbols
    assert "2 breaking changes" not in result.stdout  # the wire side names more than griffe
    body = (repo / "build" / "update-spec.md").read_text()
    assert "`make update-spec`: **breaking**" in body
    assert f"Package version: {version} -> {next_major(version)}" in body

    # The pull request says, for each breaking finding, what a user must change: the symbol, and
    # what it was and becomes. Every breaking finding has both sides (null: absent on that side).
    assert all({"old", "new"} <= finding.keys() for finding in summary["breaking"])
    by_symbol = {finding["python"]: finding for finding in summary["breaking"]}
    removed = by_symbol["juniper_fulfillment_client.api.orders.get_order_by_id"]
    assert removed["old"].startswith("get_order_by_id.sync(order_id: str, *, client: ")
    assert removed["new"] is None
    field = by_symbol["juniper_fulfillment_client.models.order.Order.discount"]
    assert field["old"].startswith(f"Order.{derive.REMOVED_ORDER_FIELD}: str | Unset")
    assert field["new"] is None
    renamed = by_symbol["juniper_fulfillment_client.api.orders.get_order"]
    assert renamed["old"] is None
    assert renamed["new"].startswith("get_order.sync(order_id: str, *, client: ")
    note = body.split("## What users must change", 1)[1].split("\n## ", 1)[0]
    bullets = [line for line in note.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(summary["breaking"])
    assert (
        "- `juniper_fulfillment_client.api.orders.get_order_by_id`: GET /orders/{orderId} "
        "(getOrderById): operation removed (or renamed) [python-breaking]\n"
        f"  - was: `{removed['old']}`\n"
        "  - now: removed"
    ) in note
    assert f"  - was: `{field['old']}`\n  - now: removed" in note
    assert f"  - was: did not exist\n  - now: `{renamed['new']}`" in note

    gate = api_diff(repo, "--base", "HEAD", "--fail-on-breaking")
    assert gate.returncode == 1, gate.stdout + gate.stderr
    assert "juniper_fulfillment_client.api.orders.get_order_by_id: operation removed" in gate.stdout
    # client.orders.get_order_by_id goes too, in each of its four faces.
    for resource in (
        "OrdersResource",
        "AsyncOrdersResource",
        "OrdersResourceWithRawResponse",
        "AsyncOrdersResourceWithRawResponse",
    ):
        api_path = f"juniper_fulfillment_client.api.orders.{resource}"
        assert f"{api_path}.get_order_by_id: function removed" in gate.stdout
        assert f"{api_path}.get_order: new function" in gate.stdout


def test_spec_the_generator_cannot_fully_generate_changes_nothing(
    repo: Path, specs: dict[str, Path]
) -> None:
    before = hashes(repo, "openapi", "generated", "overrides")

    result = update(repo, specs["ungenerated"])

    assert result.returncode == 1, result.stdout + result.stderr
    assert "nothing was changed" in result.stderr
    summary = outcome(repo)
    assert summary["outcome"] == "not-generated"
    dropped = {(gap["operationId"], gap["what"]) for gap in summary["not_generated"]}
    assert (derive.XML_OPERATION_ID, "operation POST /orders/{orderId}/notes") in dropped
    assert (
        "listOrders",
        f"query parameter `{derive.CONTENT_PARAMETER}` of GET /orders",
    ) in dropped
    assert hashes(repo, "openapi", "generated", "overrides") == before
    assert _git(repo, "status", "--porcelain") == ""


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
    """A generator that dies half-way (here: after deleting the models) leaves no trace.

    It works for the comparison, which generates into a temporary directory, and dies only when
    it writes the repository's generated/.
    """
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in ("openapi-spec-validator", "python", "ruff"):
        # A wrapper, not a symlink: a symlinked venv python outside its venv (uv links it to the
        # base interpreter) would not find the venv's pyvenv.cfg, nor its packages.
        wrapper = tools / tool
        wrapper.write_text(f'#!/bin/sh\nexec "{BIN / tool}" "$@"\n')
        wrapper.chmod(0o755)
    generator = tools / "openapi-python-client"
    generator.write_text(
        "#!/bin/sh\n"
        'case "$*" in *"--output-path generated/"*)\n'
        "  rm -rf generated/juniper_fulfillment_client/models; exit 3;;\n"
        "esac\n"
        f'exec "{BIN / "openapi-python-client"}" "$@"\n'
    )
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
    assert "Non-breaking changes: none" in result.stdout
    assert outcome(repo)["outcome"] == "unchanged"
    assert package_version(repo) == version
    assert _git(repo, "status", "--porcelain") == ""


def test_unreachable_url_fails_with_a_clear_message(repo: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/index.yaml"  # nothing listens there

    result = update(repo, url)

    assert result.returncode == 1
    assert f"could not fetch {url}" in result.stderr
    assert "SPEC_URL=path/to/index.yaml" in result.stderr
    assert _git(repo, "status", "--porcelain") == ""


def test_api_diff_without_a_release_tag_says_so(repo: Path) -> None:
    result = api_diff(repo)

    assert result.returncode == 2
    assert "no release tag" in result.stderr
    assert "BASE_REF=" in result.stderr


def test_api_diff_names_an_unknown_base(repo: Path) -> None:
    result = api_diff(repo, "--base", "no-such-ref")

    assert result.returncode == 2
    assert "no-such-ref" in result.stderr


@pytest.mark.parametrize(
    ("current", "released", "level", "expected"),
    [
        # Before the first tag, the current version counts as the last release.
        ("1.1.0.dev0", None, 0, "2.0.0.dev0"),
        ("1.1.0.dev0", None, 1, "1.2.0.dev0"),
        ("1.1.0.dev0", None, 2, "1.1.1.dev0"),
        # After v1.1.0, an addition leads to 1.2.0; a second one keeps 1.2.0, the counter moves.
        ("1.1.1.dev0", (1, 1, 0), 1, "1.2.0.dev0"),
        ("1.2.0.dev0", (1, 1, 0), 1, "1.2.0.dev1"),
        ("1.2.0.dev3", (1, 1, 0), 2, "1.2.0.dev4"),
        ("1.2.0.dev3", (1, 1, 0), 0, "2.0.0.dev0"),
        ("2.0.0.dev1", (1, 1, 0), 0, "2.0.0.dev2"),
    ],
)
def test_next_version_follows_semver_and_always_moves(
    current: str, released: tuple[int, int, int] | None, level: int, expected: str
) -> None:
    assert update_spec.next_version(current, released, level) == expected


def test_change_level_is_major_for_breaking_minor_for_additions_else_patch() -> None:
    finding = {"rule": "operation-added"}
    assert update_spec.change_level({"breaking": [finding], "non_breaking": []}) == 0
    assert update_spec.change_level({"breaking": [], "non_breaking": [finding]}) == 1
    removed = {"rule": "response-enum-value-removed"}
    assert update_spec.change_level({"breaking": [], "non_breaking": [removed]}) == 2
    assert update_spec.change_level({"breaking": [], "non_breaking": []}) == 2


def test_changelog_entry_goes_first_under_unreleased_with_the_next_release() -> None:
    source = (
        "# Changelog\n\n## [Unreleased]\n\nNext release: 1.1.0 (Order Fulfillment API 1.0.2).\n"
        "\n### Changed\n- x\n\n## [1.0.2.0]\n\nNext release: untouched\n"
    )
    entry = "- Follows Order Fulfillment API 1.1.0"
    updated = update_spec.with_changelog_entry(source, entry, "1.2.0 (Order Fulfillment API 1.1.0)")
    assert updated == (
        "# Changelog\n\n## [Unreleased]\n\n- Follows Order Fulfillment API 1.1.0\n\n"
        "Next release: 1.2.0 (Order Fulfillment API 1.1.0)\n"
        "\n### Changed\n- x\n\n## [1.0.2.0]\n\nNext release: untouched\n"
    )
    with pytest.raises(update_spec.UpdateError):
        update_spec.with_changelog_entry("# Changelog\n", entry)


@pytest.mark.parametrize(
    ("source", "version", "expected"),
    [
        (
            '"""Doc."""\n\n__version__ = "1.1.0.dev0"\n',
            "1.2.0.dev0",
            '"""Doc."""\n\n__version__ = "1.2.0.dev0"\n',
        ),
        (
            '__version__ = "1.1.0.dev0"\nOTHER = "x"\n',
            "2.0.0.dev0",
            '__version__ = "2.0.0.dev0"\nOTHER = "x"\n',
        ),
    ],
)
def test_with_version_replaces_only_the_version(source: str, version: str, expected: str) -> None:
    assert update_spec.with_version(source, version) == expected


# ------------------------------------------------------------------------------ the spec diff


@pytest.fixture(scope="module")
def reports(specs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """build/spec-diff.json of `make spec-diff NEW=<fixture>` for the wire and additive fixtures,
    each computed once; this checkout is compared, and must come out untouched."""
    before = hashes(ROOT, "openapi", "generated", "overrides")
    found: dict[str, Any] = {}
    for name in ("wire", "additive"):
        output = tmp_path_factory.mktemp("reports") / f"{name}.json"
        result = subprocess.run(  # noqa: S603 - this interpreter, the project's script
            [PYTHON, "-m", "scripts.spec_diff", "--new", str(specs[name]), "--json", str(output)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        found[name] = json.loads(output.read_text())
        found[f"{name}-text"] = result.stdout
    assert hashes(ROOT, "openapi", "generated", "overrides") == before
    return found


@pytest.mark.parametrize(("rule", "operation_id", "symbol"), derive.WIRE_CHANGES)
def test_report_classifies_each_wire_change_as_breaking_and_names_it(
    reports: dict[str, Any], rule: str, operation_id: str | None, symbol: str
) -> None:
    matches = [
        finding
        for finding in reports["wire"]["breaking"]
        if finding["rule"] == rule
        and (operation_id is None or finding["operationId"] == operation_id)
        and finding["python"].startswith(f"juniper_fulfillment_client.{symbol}")
    ]
    assert matches, f"no breaking {rule} for {operation_id} naming {symbol}"
    for finding in matches:
        if operation_id is not None:
            assert finding["operation"].split(" ", 1)[0] in {
                "GET",
                "POST",
                "PUT",
                "PATCH",
                "DELETE",
            }
        assert finding["message"]


def test_operation_that_changed_method_is_named_by_both_methods(reports: dict[str, Any]) -> None:
    moved = [f for f in reports["wire"]["breaking"] if f["rule"] == "operation-moved"]
    assert [(f["operation"], f["operationId"], f["message"]) for f in moved] == [
        (
            "PUT /protocols/{protocolId}",
            "updateProtocol",
            "PUT /protocols/{protocolId} is now PATCH /protocols/{protocolId}",
        )
    ]


def test_new_response_enum_value_is_not_breaking_but_a_removed_request_one_is(
    reports: dict[str, Any],
) -> None:
    added = [
        finding
        for finding in reports["additive"]["non_breaking"]
        if finding["rule"] == "response-enum-value-added"
        and derive.NEW_ORDER_STATUS in finding["message"]
    ]
    assert {finding["operationId"] for finding in added} >= {"getOrderById", "listOrders"}
    removed = [
        finding
        for finding in reports["wire"]["breaking"]
        if finding["rule"] == "request-enum-value-removed"
    ]
    assert {finding["operationId"] for finding in removed} >= {"createOrder", "createProtocol"}
    assert all("SUBSCRIPTION" in finding["message"] for finding in removed)


def test_additive_spec_has_no_breaking_change(reports: dict[str, Any]) -> None:
    report = reports["additive"]
    assert report["breaking"] == [], reports["additive-text"]
    assert report["not_generated"] == []
    base = derive.load_spec()["info"]["version"]
    assert report["old"] == {"version": base}
    assert report["new"]["version"] != base
    rules = {(f["rule"], f["operationId"]) for f in report["non_breaking"]}
    assert ("operation-added", derive.NEW_OPERATION_ID) in rules
    assert ("response-property-added", "getOrderById") in rules
    assert ("response-enum-value-added", "getOrderById") in rules
    symbols = {f["python"] for f in report["non_breaking"]}
    assert f"juniper_fulfillment_client.api.orders.{derive.NEW_OPERATION_MODULE}" in symbols
    assert "juniper_fulfillment_client.models.order.Order.gift_message" in symbols
    moved = [f for f in report["non_breaking"] if f["rule"] == "server-changed"]
    assert {f["message"].split(":")[0] for f in moved} == {"sandbox", "production"}
    after = environments(derive.additive(derive.load_spec()))
    assert all(f" -> {after[f['message'].split(':')[0]].base_url}," in f["message"] for f in moved)
    assert reports["additive-text"].splitlines()[-1] == "no breaking changes"


def test_spec_diff_of_the_committed_spec_reports_nothing() -> None:
    # --no-print-directory: under `make check` this make is a sub-make, which would otherwise
    # print "Leaving directory" after the report.
    command = [
        "make",
        "-s",
        "--no-print-directory",
        "spec-diff",
        "NEW=openapi/index.yaml",
        f"BIN={BIN}",
    ]
    result = subprocess.run(  # noqa: S603 - make with the project's own target
        [*command, "FAIL_ON_BREAKING=1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((ROOT / "build" / "spec-diff.json").read_text())
    version = derive.load_spec()["info"]["version"]
    assert report == {
        "old": {"version": version},
        "new": {"version": version},
        "breaking": [],
        "non_breaking": [],
        "not_generated": [],
    }
    assert result.stdout.splitlines()[-1] == "no breaking changes"


def _spec_diff(new: Path) -> subprocess.CompletedProcess[str]:
    """``make spec-diff NEW=<new>`` in this checkout."""
    return subprocess.run(  # noqa: S603 - make with the project's own target
        ["make", "-s", "--no-print-directory", "spec-diff", f"NEW={new}", f"BIN={BIN}"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_spec_diff_refuses_a_dangling_ref_and_names_it(specs: dict[str, Path]) -> None:
    lines = specs["invalid"].read_text().splitlines()
    ref = f"#/components/schemas/{derive.MISSING_SCHEMA}"
    line = next(number for number, text in enumerate(lines, start=1) if ref in text)

    result = _spec_diff(specs["invalid"])

    assert result.returncode != 0
    assert f"{specs['invalid']} is not a valid OpenAPI description" in result.stderr
    assert f"/components/schemas/{derive.MISSING_SCHEMA}' does not exist" in result.stderr
    assert "no-unresolved-refs" in result.stderr
    assert f"{line}:" in result.stderr  # Redocly's line:column of the $ref
    assert "optic" not in result.stderr


def test_spec_diff_refuses_invalid_yaml_and_names_the_line(tmp_path: Path) -> None:
    text, line = derive.unparsable(derive.SPEC.read_text(encoding="utf-8"))
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")

    result = _spec_diff(broken)

    assert result.returncode != 0
    assert f"{broken} is not a valid OpenAPI description" in result.stderr
    assert f"line {line}, column" in result.stderr  # openapi-spec-validator's YAML error
    assert f"({line + 1}:" in result.stderr or f"({line}:" in result.stderr  # Redocly's
    assert "optic" not in result.stderr


def test_fail_on_breaking_makes_spec_diff_exit_non_zero(
    specs: dict[str, Path], tmp_path: Path
) -> None:
    result = subprocess.run(  # noqa: S603 - this interpreter, the project's script
        [
            PYTHON,
            "-m",
            "scripts.spec_diff",
            "--new",
            str(specs["breaking"]),
            "--json",
            str(tmp_path / "report.json"),
            "--fail-on-breaking",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    rules = {(finding["rule"], finding["operationId"]) for finding in report["breaking"]}
    # getOrderById renamed getOrder: same method and path, new operationId, new module.
    old_id, new_id = derive.RENAMED_OPERATION
    assert ("operation-id-changed", new_id) in rules
    assert ("response-property-removed", new_id) in rules
    renamed = [f for f in report["breaking"] if f["rule"] == "operation-id-changed"]
    assert [f"operationId {old_id} -> {new_id}" in f["message"] for f in renamed] == [True]
