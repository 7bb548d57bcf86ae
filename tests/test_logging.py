"""What ``JUNIPER_LOG`` shows: enough to debug a call, never a secret or a body.

In-process checks read the records; the environment-variable behaviour runs in a fresh
interpreter, as a partner's program would.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from juniper_fulfillment import JuniperClient
from tests.fault_server import ORDER_ID, FaultServer, Reply

ROOT = Path(__file__).resolve().parent.parent
ORDER_PATH = f"/orders/{ORDER_ID}"
PATIENT = "Jane Patient, 1 Private Road"


def handle(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"access_token": "tok_secret_value", "expires_in": 3600})
    if request.url.path == "/v1/products":
        return httpx.Response(
            200,
            json={"products": [{"id": 1, "name": PATIENT, "price": "1.00"}]},
            headers={"x-request-id": "req_42", "set-cookie": "session=abc"},
        )
    return httpx.Response(503, json={"error": "unavailable"}, headers={"retry-after-ms": "1"})


def mock_client() -> JuniperClient:
    return JuniperClient(
        client_id="id",
        client_secret="client_secret_value",
        base_url="http://api.test/v1",
        token_url="http://auth.test/token",
        httpx_args={"transport": httpx.MockTransport(handle)},
    )


def test_debug_shows_url_query_request_id_and_redacted_headers_never_bodies(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="juniper_fulfillment")
    with mock_client() as client:
        page = client.products.list_products(limit=5, search="omega")
        assert page.items[0].name == PATIENT
        with pytest.raises(Exception, match="503"):
            client.products.get_product_by_id(7, max_retries=1)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET /v1/products -> 200 (attempt 1, " in text
    assert "request id req_42" in text
    assert "GET http://api.test/v1/products?limit=5&search=omega -> 200" in text
    assert "authorization: [redacted]" in text.lower()
    assert "set-cookie: [redacted]" in text.lower()
    assert "x-request-id: req_42" in text
    assert "GET /v1/products/7: retrying in" in text
    assert "after status 503" in text
    for secret in ("tok_secret_value", "client_secret_value", PATIENT, "session=abc"):
        assert secret not in text


CHILD = """
import logging, os, sys
from juniper_fulfillment import JuniperClient
from juniper_fulfillment_client.api.orders import get_order_by_id

if sys.argv[1] == "basicConfig":
    logging.basicConfig(level=logging.INFO, format="ROOT %(name)s %(message)s")
settings = dict(base_url=os.environ["BASE_URL"], token_url=os.environ["TOKEN_URL"],
                client_id=os.environ["ID"], client_secret=os.environ["SECRET"])
with JuniperClient(**settings) as first:
    get_order_by_id.sync("{order_id}", client=first)
os.environ["JUNIPER_LOG"] = "debug"  # set after the first client exists
with JuniperClient(**settings) as second:
    second.orders.get_order_by_id("{order_id}")
"""


def run_child(server: FaultServer, mode: str) -> str:
    env = {
        **os.environ,
        "BASE_URL": server.base_url,
        "TOKEN_URL": server.token_url,
        "ID": server.client_id,
        "SECRET": server.client_secret,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("JUNIPER_LOG", None)
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", CHILD.format(order_id=ORDER_ID), mode],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_juniper_log_set_after_the_first_client_is_honoured(server: FaultServer) -> None:
    stderr = run_child(server, "plain")
    lines = [line for line in stderr.splitlines() if f"GET {ORDER_PATH} -> 200" in line]
    assert len(lines) == 1, stderr  # the second client's call only
    assert "DEBUG juniper_fulfillment: GET http://" in stderr


def test_no_duplicate_lines_under_basic_config(server: FaultServer) -> None:
    server.script("GET", f"{ORDER_PATH}", Reply(200), Reply(200))
    stderr = run_child(server, "basicConfig")
    lines = [line for line in stderr.splitlines() if f"GET {ORDER_PATH} -> 200" in line]
    # basicConfig(level=INFO) asks for both calls; each is printed once, by the root's handler.
    assert len(lines) == 2, stderr
    assert len(set(lines)) == 2
    assert all(line.startswith("ROOT juniper_fulfillment GET") for line in lines)
    assert "DEBUG juniper_fulfillment" not in stderr  # the package's own handler stayed out
    assert json.dumps(server.client_secret)[1:-1] not in stderr
