"""The served fake's control plane (``/_fake``): its OpenAPI document is valid OpenAPI 3.1, every
route in it answers as it documents, and the console entry point serves it and stops cleanly.

Every control-plane answer in these tests is checked against the document the fake serves
(:class:`Control`), and the routes exercised are derived from that document, so a route added
without a test fails here.
"""

from __future__ import annotations

import http.server
import importlib.metadata
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from juniper_fulfillment.testing import FakeClock, FakeJuniper, FakeServer
from juniper_fulfillment_client.api.orders import create_order
from tests.test_fake_contract import order_request

DOCUMENT_URI = "urn:test:control-plane"
METHODS = ("get", "put", "post", "delete", "patch")


class Control:
    """An httpx client for ``/_fake`` that checks every answer against the served document and
    records which documented routes were called."""

    def __init__(self, server: FakeServer) -> None:
        self.url = server.url + "/_fake"
        self.http = httpx.Client(timeout=15, trust_env=False)
        self.document: dict[str, Any] = self.http.get(self.url + "/openapi.json").json()
        self.registry: Registry[Any] = Registry().with_resource(
            DOCUMENT_URI,
            Resource.from_contents(self.document, default_specification=DRAFT202012),
        )
        self.routes = {
            (method.upper(), template): re.compile(
                "^" + re.sub(r"\\\{(\w+)\\\}", r"[^/]+", re.escape(template)) + "$"
            )
            for template, item in self.document["paths"].items()
            for method in METHODS
            if method in item
        }
        self.called: set[tuple[str, str]] = set()

    def __call__(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.request(method, self.url + path, **kwargs)
        self.check(response)
        return response

    def check(self, response: httpx.Response) -> None:
        method, path = response.request.method, response.request.url.path.removeprefix("/_fake")
        route = next(
            (key for key, rx in self.routes.items() if key[0] == method and rx.match(path))
        )
        self.called.add(route)
        escaped = route[1].replace("~", "~0").replace("/", "~1")
        where = f"#/paths/{escaped}/{method.lower()}/responses"
        responses = self.document["paths"][route[1]][method.lower()]["responses"]
        status = str(response.status_code)
        assert status in responses, f"{method} {route[1]} answered {status}: {response.text}"
        documented = responses[status]
        if "$ref" in documented:
            where = documented["$ref"]
            documented = self.resolve(where)
        else:
            where = f"{where}/{status}"
        content = documented.get("content")
        if content is None:
            assert response.content == b""
            return
        assert response.headers["content-type"] == "application/json"
        schema = {"$ref": f"{DOCUMENT_URI}{where}/content/application~1json/schema"}
        validator = OAS31Validator(
            schema, registry=self.registry, format_checker=oas31_format_checker
        )
        errors = [error.message for error in validator.iter_errors(response.json())]
        assert errors == [], f"{method} {route[1]} {status}: {errors}"

    def resolve(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


class Receiver:
    """A webhook endpoint on 127.0.0.1 that records each POST and answers 200."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                owner.received.append((dict(self.headers.items()), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def fake() -> Iterator[FakeJuniper]:
    with FakeJuniper(seed=3) as juniper:
        yield juniper


@pytest.fixture
def server(fake: FakeJuniper) -> Iterator[FakeServer]:
    with fake.serve() as running:
        yield running


@pytest.fixture
def control(server: FakeServer) -> Iterator[Control]:
    plane = Control(server)
    yield plane
    plane.http.close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    endpoint = Receiver()
    yield endpoint
    endpoint.close()


Api = Callable[[], httpx.Client]


@pytest.fixture
def api(fake: FakeJuniper, server: FakeServer) -> Iterator[Api]:
    """Plain HTTP clients of the API, each with a fresh bearer token: no Juniper client."""
    made: list[httpx.Client] = []

    def make() -> httpx.Client:
        form = {
            "grant_type": "client_credentials",
            "client_id": fake.client_id,
            "client_secret": fake.client_secret,
        }
        token = httpx.post(server.token_url, data=form, trust_env=False).json()["access_token"]
        made.append(
            httpx.Client(
                base_url=server.base_url,
                headers={"Authorization": f"Bearer {token}"},
                timeout=15,
                trust_env=False,
            )
        )
        return made[-1]

    yield make
    for client in made:
        client.close()


def create(http: httpx.Client) -> dict[str, Any]:
    response = http.post("/orders", json=order_request().to_dict())
    assert response.status_code == 201, response.text
    order: dict[str, Any] = response.json()
    return order


def test_the_served_document_is_valid_openapi_3_1(control: Control) -> None:
    validate(control.document)
    assert control.document["openapi"].startswith("3.1.")
    assert control.document["servers"] == [{"url": "/_fake"}]
    # One place: what is served is the document shipped beside the control plane.
    shipped = files("juniper_fulfillment.testing") / "control_plane.yaml"
    assert control.document == yaml.safe_load(shipped.read_text(encoding="utf-8"))


def test_every_documented_route_answers_as_documented(
    fake: FakeJuniper, server: FakeServer, control: Control, receiver: Receiver, api: Api
) -> None:
    assert control("GET", "/openapi.json").json() == control.document
    assert (
        control("GET", "/api-spec.json").json()["paths"].keys()
        == fake._spec.document["paths"].keys()
    )

    assert control("GET", "/tokens").json() == {"lifetime": 3600}
    assert control("PUT", "/tokens", json={"lifetime": 60}).json() == {"lifetime": 60}
    with api() as first:
        assert fake.token_lifetime == 60
        assert first.get("/shipping-methods").status_code == 200
        assert control("POST", "/tokens/expire").status_code == 204
        assert first.get("/shipping-methods").status_code == 401
    http = api()

    assert control("GET", "/webhook").json() == {"url": None, "secret": None}
    webhook = control("PUT", "/webhook", json={"url": receiver.url}).json()
    assert webhook == {"url": receiver.url, "secret": fake.webhook_secret}
    assert webhook["secret"]
    assert control("GET", "/webhook").json() == webhook

    order = create(http)
    shipped = control("POST", f"/orders/{order['id']}/advance", json={"status": "SHIPPED"}).json()
    assert shipped == http.get(f"/orders/{order['id']}").json()
    assert shipped["status"] == "SHIPPED"
    assert shipped["fulfillmentInfo"]["trackingUrl"]
    assert [json.loads(body)["order"]["status"] for _, body in receiver.received] == [
        "PROCESSING",
        "AWAITING_SHIPMENT",
        "SHIPPED",
    ]
    listed = control("GET", "/deliveries", params={"orderId": order["id"], "wait": "true"}).json()
    assert [(d["status"], d["delivered"]) for d in listed["deliveries"]] == [
        ("PROCESSING", True),
        ("AWAITING_SHIPMENT", True),
        ("SHIPPED", True),
    ]
    assert all(d["attempts"][0]["statusCode"] == 200 for d in listed["deliveries"])
    assert listed["deliveries"][-1]["payload"] == json.loads(receiver.received[-1][1])
    assert [d["attempts"][0]["signature"] for d in listed["deliveries"]] == [
        headers["X-Juniper-Signature"] for headers, _ in receiver.received
    ]
    assert control("GET", "/deliveries", params={"orderId": "other"}).json() == {"deliveries": []}

    assert control("GET", "/faults").json() == {"faults": []}
    queued = control(
        "POST", "/faults", json={"operationId": "getOrderById", "status": 503, "times": 2}
    )
    assert queued.status_code == 201
    assert queued.json() == {"faults": [{"operationId": "getOrderById", "status": 503}] * 2}
    assert http.get(f"/orders/{order['id']}").status_code == 503
    assert control("GET", "/faults").json()["faults"] == [
        {"operationId": "getOrderById", "status": 503}
    ]
    assert control("DELETE", "/faults").status_code == 204
    assert control("GET", "/faults").json() == {"faults": []}
    assert http.get(f"/orders/{order['id']}").status_code == 200

    clock = control("GET", "/clock").json()
    assert clock["frozen"] is False
    assert abs(clock["timestamp"] - time.time()) < 60
    frozen = control("POST", "/clock", json={"set": "2030-01-02T03:04:05Z"}).json()
    assert frozen == {"now": "2030-01-02T03:04:05Z", "timestamp": 1893553445.0, "frozen": True}
    moved = control("POST", "/clock", json={"advanceSeconds": 60}).json()
    assert moved["now"] == "2030-01-02T03:05:05Z"
    assert fake.clock.now().isoformat() == "2030-01-02T03:05:05+00:00"
    resumed = control("POST", "/clock", json={"resume": True}).json()
    assert resumed["frozen"] is False
    assert abs(resumed["timestamp"] - time.time()) < 60

    assert control("POST", "/reset").status_code == 204
    assert http.get("/orders").json()["orders"] == []
    assert control("GET", "/deliveries").json() == {"deliveries": []}
    assert control("GET", "/webhook").json() == {"url": None, "secret": None}

    assert control.called == set(control.routes), "routes of the document never called"


def test_errors_are_json_and_documented(
    fake: FakeJuniper, server: FakeServer, control: Control, api: Api
) -> None:
    http = api()
    order = create(http)
    advance = f"/orders/{order['id']}/advance"

    missing = control("POST", "/orders/no-such-order/advance", json={})
    assert (missing.status_code, missing.json()["error"]) == (404, "not_found")
    wrong = control("POST", advance, json={"status": "LOST"})
    assert wrong.status_code == 422
    assert wrong.json()["detail"][0]["loc"] == ["body", "status"]
    not_json = control("POST", advance, content=b"{", headers={"Content-Type": "application/json"})
    assert not_json.status_code == 400
    assert control("POST", advance, json={"status": "PROCESSING"}).json()["status"] == "PROCESSING"
    backwards = control("POST", advance, json={"status": "NEW"})
    assert (backwards.status_code, backwards.json()["error"]) == (409, "conflict")
    assert http.post(f"/orders/{order['id']}/cancel").status_code == 409

    unknown = control("POST", "/faults", json={"operationId": "getOrderByIdd", "status": 503})
    assert unknown.status_code == 422
    assert "getOrderByIdd" in unknown.json()["message"]
    both = control(
        "POST", "/faults", json={"operationId": "createOrder", "status": 503, "disconnect": "after"}
    )
    assert both.status_code == 422
    assert control("POST", "/faults", json={"operationId": "token", "status": 404}).status_code == (
        422
    )
    assert control("POST", "/clock", json={"advanceSeconds": 1, "resume": True}).status_code == 422
    assert control("POST", "/clock", json={"set": "2030-01-02T03:04:05"}).status_code == 422
    assert control("PUT", "/webhook", json={"url": "ftp://example.com/x"}).status_code == 422
    assert control("PUT", "/tokens", json={"lifetime": 0}).status_code == 422
    assert control("GET", "/deliveries", params={"wait": "yes"}).status_code == 400

    # Outside the documented routes: JSON all the same.
    no_route = control.http.get(control.url + "/orders")
    assert (no_route.status_code, no_route.json()["error"]) == (404, "not_found")
    wrong_method = control.http.delete(control.url + "/clock")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "GET, POST"
    assert wrong_method.json()["error"] == "method_not_allowed"


def test_queued_429_and_disconnects_over_http(
    fake: FakeJuniper, server: FakeServer, control: Control, api: Api
) -> None:
    http = api()
    control("POST", "/faults", json={"operationId": "listOrders", "status": 429, "retryAfter": "7"})
    limited = http.get("/orders")
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "7")

    control("POST", "/faults", json={"operationId": "createOrder", "disconnect": "before"})
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/orders", json=order_request().to_dict())
    assert fake.orders == []
    listed = control("POST", "/faults", json={"operationId": "createOrder", "disconnect": "after"})
    assert listed.json() == {"faults": [{"operationId": "createOrder", "disconnect": "after"}]}
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/orders", json=order_request().to_dict())
    assert len(fake.orders) == 1  # the answer was lost, the order exists

    control("POST", "/faults", json={"operationId": "token", "status": 503})
    assert (
        httpx.post(server.token_url, data={"grant_type": "client_credentials"}).status_code == 503
    )


def test_moving_the_clock_expires_tokens(
    fake: FakeJuniper, server: FakeServer, control: Control, api: Api
) -> None:
    http = api()
    assert http.get("/shipping-methods").status_code == 200
    control("POST", "/clock", json={"advanceSeconds": 3601})
    assert http.get("/shipping-methods").status_code == 401


def test_reset_returns_to_the_seeded_state(control: Control, fake: FakeJuniper) -> None:
    with FakeJuniper(seed=3) as fresh, fresh.client() as fresh_client:
        first = create_order.sync(client=fresh_client, body=order_request())
    with fake.client() as client:
        create_order.sync(client=client, body=order_request())
        fake.fail_next("createOrder", 503)
        fake.token_lifetime = 5
        control("POST", "/reset")
        assert fake.orders == []
        assert fake.token_lifetime == 3600
        again = create_order.sync(client=client, body=order_request())  # the token still works
    assert again.id == first.id
    assert fake.order(again.id)["lineItems"] == fresh.order(first.id)["lineItems"]


def test_python_reset_keeps_the_start_up_webhook_and_restores_the_clock() -> None:
    clock = FakeClock()
    clock.advance(-3600)
    url = "http://127.0.0.1:9/hooks"
    with FakeJuniper(clock=clock, webhook_url=url, webhook_attempts=1) as fake:
        secret = fake.webhook_secret
        assert secret is not None
        assert fake.webhook_url == url
        fake.set_webhook_url("http://127.0.0.1:9/other")
        assert fake.webhook_secret == secret  # later URLs keep the secret
        clock.advance(7200)
        with fake.client() as client:
            assert client.partner_settings.get_partner_settings().webhook_url == (
                "http://127.0.0.1:9/other"
            )
        fake.reset()
        assert (fake.webhook_url, fake.webhook_secret) == (url, secret)
        assert abs(clock.timestamp() - (time.time() - 3600)) < 60
        with pytest.raises(ValueError, match="http"):
            fake.set_webhook_url("mailto:someone@example.com")


# ------------------------------------------------------------------------------- the CLI
def start_cli(*options: str) -> tuple[subprocess.Popen[str], dict[str, str], list[str]]:
    """``python -m juniper_fulfillment.testing`` on a free port, its settings and banner lines."""
    process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "juniper_fulfillment.testing", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if "running" in line:
            break
    assert lines, "no banner"
    assert "running" in lines[-1], lines
    settings = dict(line.split("=", 1) for line in lines if re.match(r"^[A-Z_]+=", line))
    return process, settings, lines


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_cli_serves_the_control_plane_and_stops_cleanly(stop: signal.Signals) -> None:
    hook = "http://127.0.0.1:9/juniper"
    process, settings, lines = start_cli(
        "--seed", "5", "--webhook-url", hook, "--token-lifetime", "120"
    )
    try:
        control_url = settings["JUNIPER_FAKE_CONTROL_URL"]
        assert control_url.endswith("/_fake")
        assert settings["JUNIPER_BASE_URL"].startswith(control_url.removesuffix("/_fake"))
        assert settings["JUNIPER_WEBHOOK_URL"] == hook
        assert any(line.startswith("control plane: ") and "openapi.json" in line for line in lines)
        spec_line = next(line for line in lines if line.startswith("API spec: "))
        assert Path(spec_line.removeprefix("API spec: ").split(" (")[0]).is_file()
        token = httpx.post(
            settings["JUNIPER_TOKEN_URL"],
            data={
                "grant_type": "client_credentials",
                "client_id": settings["JUNIPER_CLIENT_ID"],
                "client_secret": settings["JUNIPER_CLIENT_SECRET"],
            },
            trust_env=False,
        ).json()
        assert token["expires_in"] == 120
        webhook = httpx.get(control_url + "/webhook", trust_env=False).json()
        assert webhook["url"] == hook
        assert webhook["secret"]
        assert httpx.get(control_url + "/openapi.json", trust_env=False).status_code == 200
    finally:
        started = time.monotonic()
        process.send_signal(stop)
        try:
            out, err = process.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0, err
    assert time.monotonic() - started < 5
    assert "Traceback" not in err
    assert out.strip().endswith("fake Juniper stopped")


def test_the_cli_stops_cleanly_whenever_the_signal_comes() -> None:
    """A signal while the banner is still being printed, or just after, exits 0 all the same
    (it used to end in a traceback, or leave the server hanging in its shutdown)."""
    for lines_read in range(1, 9):
        process = subprocess.Popen(
            [sys.executable, "-m", "juniper_fulfillment.testing", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        for _ in range(lines_read):
            process.stdout.readline()
        process.send_signal(signal.SIGTERM)
        try:
            out, err = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise
        assert (process.returncode, err) == (0, ""), f"after {lines_read} lines"
        assert out.strip().endswith("fake Juniper stopped")


def test_juniper_fake_is_a_console_script() -> None:
    (entry,) = importlib.metadata.entry_points(group="console_scripts", name="juniper-fake")
    assert entry.value == "juniper_fulfillment._fake_cli:main"
    script = Path(sys.executable).with_name("juniper-fake")
    if script.exists():  # installed into this interpreter's environment
        shown = subprocess.run(  # noqa: S603 - the script beside this interpreter
            [str(script), "--help"], capture_output=True, text=True, timeout=60, check=True
        )
        for option in ("--port", "--host", "--seed", "--webhook-url", "--token-lifetime"):
            assert option in shown.stdout


def test_failed_deliveries_are_listed_with_their_outcome() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/hooks"
    with (
        FakeJuniper(webhook_attempts=2, webhook_retry_wait=0.01, webhook_url=closed) as fake,
        fake.serve() as server,
        fake.client() as client,
    ):
        order = create_order.sync(client=client, body=order_request())
        control = Control(server)
        try:
            refused = control("POST", f"/orders/{order.id}/advance", json={})
            # The order moved all the same; the answer says which delivery failed, and how.
            moved = client.orders.get_order_by_id(order.id).status
            (delivery,) = control("GET", "/deliveries", params={"wait": "true"}).json()[
                "deliveries"
            ]
            expected = control(
                "POST", f"/orders/{order.id}/advance", json={"raiseOnFailure": False}
            )
        finally:
            control.http.close()
    assert (refused.status_code, refused.json()["error"]) == (502, "delivery_failed")
    assert moved == "PROCESSING"
    assert refused.json()["detail"] == [
        {
            "loc": ["deliveries", delivery["webhookId"]],
            "type": "delivery_failed",
            "msg": f"PROCESSING to {closed}: last error ConnectError after 2 attempts",
        }
    ]
    assert (expected.status_code, expected.json()["status"]) == (200, "AWAITING_SHIPMENT")
    assert (delivery["status"], delivery["delivered"], delivery["url"]) == (
        "PROCESSING",
        False,
        closed,
    )
    assert [(a["statusCode"], a["error"]) for a in delivery["attempts"]] == [
        (None, "ConnectError"),
        (None, "ConnectError"),
    ]


def test_the_cli_refuses_a_webhook_url_that_is_not_http() -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "juniper_fulfillment.testing", "--webhook-url", "ftp://x/y"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert refused.returncode == 2
    assert "webhookUrl must be an http(s) URL" in refused.stderr
    assert "Traceback" not in refused.stderr
