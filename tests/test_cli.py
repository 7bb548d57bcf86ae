"""The ``juniper`` console script, run as a subprocess against the fake's real HTTP server.

The commands come from the generated resource classes, so ``--help`` must list every operation of
openapi/index.yaml with its summary (the expected list is read from the spec, not written here).
Listings print one JSON object per line and follow every page; an API error exits 1 with the
message on stderr, a usage error exits 2 and sends nothing; ``webhooks sign`` and ``verify``
agree, and a tampered body is refused with the reason.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment.webhooks import sign

SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi" / "index.yaml").read_text())
# The console script installed next to this interpreter (the wheel's, under nox).
SCRIPT = Path(sys.executable).with_name("juniper")
WEBHOOK_SECRET = "whsec_cli_test_secret"
ORDER: dict[str, Any] = {
    "customer": {
        "sourceId": "cli-1",
        "firstName": "Ada",
        "lastName": "Lovelace",
        "address": {"line1": "1 Main St", "city": "Palo Alto", "state": "CA", "zipCode": "94301"},
    },
    "daysSupply": 30,
    "lineItems": [{"productId": 0, "quantity": 1, "packDescription": "Pack"}],
    "shippingMethod": "STANDARD",
    "orderType": "ONE_TIME",
}


def dashed(name: str) -> str:
    """The command name of a tag or an operationId (listOrders -> list-orders)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace(" ", "-").replace("_", "-").lower()


def spec_operations() -> set[tuple[str, str, str]]:
    found = set()
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                tag = dashed(operation["tags"][0])
                found.add((tag, dashed(operation["operationId"]), operation["summary"]))
    return found


@pytest.fixture(scope="module")
def fake() -> FakeJuniper:
    return FakeJuniper(seed=7, catalogue_size=10)


@pytest.fixture(scope="module")
def env(fake: FakeJuniper) -> Iterator[dict[str, str]]:
    with fake.serve() as server:
        environ = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("JUNIPER_") and key != "PYTHONPATH"
        }
        environ.update(
            JUNIPER_BASE_URL=server.base_url,
            JUNIPER_TOKEN_URL=server.token_url,
            JUNIPER_CLIENT_ID=fake.client_id,
            JUNIPER_CLIENT_SECRET=fake.client_secret,
            JUNIPER_WEBHOOK_SECRET=WEBHOOK_SECRET,
        )
        yield environ


def juniper(
    env: dict[str, str], *args: str, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603  # the installed script, fixed arguments
        [str(SCRIPT), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
        cwd=cwd,
    )


def lines(output: bytes) -> list[Any]:
    return [json.loads(line) for line in output.decode().splitlines()]


def a_product_id(fake: FakeJuniper) -> int:
    with fake.client() as client:
        product = next(iter(client.products.list_products(limit=1)))
    return product.id


def test_help_lists_every_operation_of_the_spec_with_its_summary(env: dict[str, str]) -> None:
    result = juniper(env, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    block = text.split("operations (", 1)[1].split("\n\n", 1)[0]
    listed = set(re.findall(r"^  ([a-z-]+) ([a-z-]+) +(.+)$", block, re.MULTILINE))
    expected = spec_operations()
    assert expected <= listed, sorted(expected - listed)
    assert {(tag, op) for tag, op, _ in listed} - {(t, o) for t, o, _ in expected} == {
        ("webhooks", "sign"),
        ("webhooks", "verify"),
    }
    for tag, operation, summary in expected:  # each command's own help says it too
        own = juniper(env, tag, operation, "--help")
        assert own.returncode == 0, own.stderr
        assert summary in own.stdout.decode()


def test_create_with_a_body_file_and_stdin_then_get(
    env: dict[str, str], fake: FakeJuniper, tmp_path: Path
) -> None:
    body = {**ORDER, "lineItems": [{**ORDER["lineItems"][0], "productId": a_product_id(fake)}]}
    path = tmp_path / "order.json"
    path.write_text(json.dumps(body))
    from_file = juniper(env, "orders", "create-order", "--body", f"@{path}")
    assert from_file.returncode == 0, from_file.stderr
    [created] = lines(from_file.stdout)
    assert created["status"] == "NEW"
    assert created["customer"]["lastName"] == "Lovelace"

    from_stdin = juniper(
        env, "orders", "create_order", "--body", "-", stdin=json.dumps(body).encode()
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    [second] = lines(from_stdin.stdout)
    assert second["id"] != created["id"]

    got = juniper(env, "orders", "get-order-by-id", "--order-id", created["id"])
    assert got.returncode == 0, got.stderr
    [read] = lines(got.stdout)
    assert (read["id"], read["customer"]) == (created["id"], created["customer"])
    with fake.client() as client:  # the orders exist on the server
        assert client.orders.get_order_by_id(second["id"]).id == second["id"]


def test_a_listing_prints_one_object_per_line_across_every_page(
    env: dict[str, str], fake: FakeJuniper
) -> None:
    with fake.client() as client:
        expected = [product.id for product in client.products.list_products(limit=100)]
    assert len(expected) > 7  # several pages of 3
    result = juniper(env, "products", "list-products", "--limit", "3")
    assert result.returncode == 0, result.stderr
    printed = lines(result.stdout)
    assert [product["id"] for product in printed] == expected
    assert all(isinstance(product, dict) for product in printed)


def test_an_api_error_exits_1_with_the_message_on_stderr(env: dict[str, str]) -> None:
    result = juniper(env, "orders", "get-order-by-id", "--order-id", "no-such-order")
    assert result.returncode == 1
    assert result.stdout == b""
    assert "NotFoundError" in result.stderr.decode()
    assert "404" in result.stderr.decode()
    assert env["JUNIPER_CLIENT_SECRET"] not in result.stderr.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["orders", "no-such-operation"], "invalid choice"),
        (["no-such-tag"], "invalid choice"),
        (["orders", "get-order-by-id"], "--order-id"),
        (["products", "list-products", "--limit", "many"], "--limit: expected int"),
        (["orders", "create-order", "--body", "{not json"], "--body: --body is not JSON"),
        (["orders", "create-order", "--body", '{"shipping_method": "STANDARD"}'], "--body"),
        (["orders", "create-order", "--body", "@/no/such/file.json"], "cannot read"),
    ],
)
def test_a_usage_error_exits_2_and_sends_nothing(
    env: dict[str, str], fake: FakeJuniper, args: list[str], message: str
) -> None:
    with fake.client() as client:
        before = len(list(client.orders.list_orders(limit=100)))
    result = juniper(env, *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr.decode()
    assert result.stdout == b""
    with fake.client() as client:
        assert len(list(client.orders.list_orders(limit=100))) == before


def test_missing_credentials_are_a_usage_error(env: dict[str, str]) -> None:
    without = {key: value for key, value in env.items() if key != "JUNIPER_CLIENT_SECRET"}
    result = juniper(without, "shipping", "list-shipping-methods")
    assert result.returncode == 2
    assert "JUNIPER_CLIENT_SECRET" in result.stderr.decode()


def test_webhooks_sign_and_verify_round_trip_and_a_tampered_body_fails(env: dict[str, str]) -> None:
    body = json.dumps({"order": {"orderId": "o1", "status": "SHIPPED"}}).encode()
    signed = juniper(env, "webhooks", "sign", stdin=body)
    assert signed.returncode == 0, signed.stderr
    header = signed.stdout.decode().strip()
    assert header.startswith("t=")
    stamp = int(header[2:].split(",")[0])
    assert header == sign(body, WEBHOOK_SECRET, timestamp=stamp)  # what Juniper would send
    assert WEBHOOK_SECRET not in signed.stdout.decode() + signed.stderr.decode()

    verified = juniper(
        env, "webhooks", "verify", "--signature", header, "--webhook-id", "d1", stdin=body
    )
    assert verified.returncode == 0, verified.stderr
    assert lines(verified.stdout) == [json.loads(body)]

    as_headers = juniper(
        env, "webhooks", "verify", "-H", f"X-Juniper-Signature: {header}", stdin=body
    )
    assert as_headers.returncode == 0, as_headers.stderr

    tampered = body.replace(b"SHIPPED", b"CANCELLED")
    refused = juniper(env, "webhooks", "verify", "--signature", header, stdin=tampered)
    assert refused.returncode == 1
    assert refused.stdout == b""
    assert "not verified" in refused.stderr.decode()
    assert "signature" in refused.stderr.decode()
    assert WEBHOOK_SECRET not in refused.stderr.decode()

    other = {**env, "JUNIPER_WEBHOOK_SECRET": "whsec_another"}
    assert juniper(other, "webhooks", "verify", "--signature", header, stdin=body).returncode == 1
    # During a rotation either of two secrets is accepted.
    rotated = {**other, "JUNIPER_WEBHOOK_SECRET_OLD": WEBHOOK_SECRET}
    both = ("--secret-env", "JUNIPER_WEBHOOK_SECRET", "--secret-env", "JUNIPER_WEBHOOK_SECRET_OLD")
    result = juniper(rotated, "webhooks", "verify", "--signature", header, *both, stdin=body)
    assert result.returncode == 0, result.stderr

    no_secret = {key: value for key, value in env.items() if key != "JUNIPER_WEBHOOK_SECRET"}
    missing = juniper(no_secret, "webhooks", "verify", "--signature", header, stdin=body)
    assert missing.returncode == 2
    assert "JUNIPER_WEBHOOK_SECRET" in missing.stderr.decode()
