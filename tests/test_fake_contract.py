"""Every response FakeJuniper sends validates against openapi/index.yaml.

The same scenario (every operation, success and error paths) runs through ``JuniperClient`` twice:
- over HTTP, with Prism as a validating proxy in front of the fake's server (``prism proxy
  --errors``): a response that breaks the spec comes back from Prism as a 500 carrying an
  ``sl-violations`` header, which the recording transport below turns into a test failure;
- in-process, with each raw response checked by this module's own validator (jsonschema's
  Draft 2020-12 validator over the spec's response schemas, independent of the fake's code).

Prism answers requests that break the request schemas itself (its own 422) without forwarding
them, so the schema-level 400/422 paths are proven in-process and over plain HTTP instead.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import time
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from juniper_fulfillment import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    JuniperClient,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
    paginate,
)
from juniper_fulfillment.testing import FakeJuniper, FakeServer
from juniper_fulfillment_client.api.orders import (
    cancel_order,
    create_order,
    get_order_by_id,
    list_orders,
)
from juniper_fulfillment_client.api.partner_settings import (
    get_partner_settings,
    get_webhook_secret,
    rotate_webhook_secret,
    update_partner_settings,
)
from juniper_fulfillment_client.api.products import get_product_by_id, list_products
from juniper_fulfillment_client.api.protocols import (
    create_protocol,
    delete_protocol,
    get_protocol_by_id,
    list_protocols,
    update_protocol,
)
from juniper_fulfillment_client.api.shipping import list_shipping_methods
from juniper_fulfillment_client.models import (
    CreateOrderRequest,
    OrderStatus,
    PageDirection,
    PartnerSettingsUpdate,
    ProductStatus,
)
from juniper_fulfillment_client.types import Unset
from scripts.sandbox import HOST, PRISM, SPEC, free_port
from tests.test_contract import HTTP_METHODS, SPEC_DATA, Call, call_sync, derived_call

# Operations a vendor release added are served from the spec with a one-time warning, which
# the suite's "error" filter would turn into 500s: this module checks answers, not warnings
# (tests/test_fake_unmodelled.py checks those).
pytestmark = pytest.mark.filterwarnings(
    "ignore::juniper_fulfillment.testing.UnmodelledOperationWarning"
)

ROOT = Path(__file__).resolve().parents[1]
ORDER_BODY: dict[str, Any] = {
    "customer": {
        "sourceId": "1234567890",
        "firstName": "John",
        "lastName": "Doe",
        "email": "john.doe@example.com",
        "address": {"line1": "437 Lytton", "city": "Palo Alto", "state": "CA", "zipCode": "94301"},
    },
    "daysSupply": 30,
    "lineItems": [
        {
            "productId": 77123129891,
            "quantity": 2,
            "packDescription": "Whole Body Wellness",
            "administration": {"morning": 1, "afternoon": 0, "evening": 1, "sleep": 0},
        }
    ],
    "shippingMethod": "EXPRESS",
    "orderType": "ONE_TIME",
}


T = TypeVar("T")


def present(value: T | Unset) -> T:
    """``value``, which the response must have carried."""
    assert not isinstance(value, Unset)
    return value


def cursor_of(page: Any) -> str:
    """The cursor of a page that is not the last one."""
    assert isinstance(page.cursor, str)
    assert page.cursor
    return page.cursor


def order_request(**changes: Any) -> CreateOrderRequest:
    return CreateOrderRequest.from_dict({**json.loads(json.dumps(ORDER_BODY)), **changes})


# ------------------------------------------------------------------ independent validation
class SpecResponses:
    """The spec's documented responses, checked with jsonschema (not the fake's validator)."""

    def __init__(self) -> None:
        self.document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        resource: Resource[Any] = Resource.from_contents(
            self.document, default_specification=DRAFT202012
        )
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
        self.routes = [
            (re.compile("^" + re.sub(r"\{\w+\}", "[^/]+", template) + "$"), template)
            for template in self.document["paths"]
        ]

    def template(self, path: str) -> str | None:
        return next((t for pattern, t in self.routes if pattern.match(path)), None)

    def operation_ids(self, seen: list[tuple[str, str, int]]) -> set[str]:
        found = set()
        for method, path, _ in seen:
            template = self.template(path)
            if template is not None:
                found.add(self.document["paths"][template][method.lower()]["operationId"])
        return found

    def all_operation_ids(self) -> set[str]:
        return {
            operation["operationId"]
            for item in self.document["paths"].values()
            for operation in item.values()
        }

    def problems(self, method: str, path: str, status: int, body: bytes) -> list[str]:
        template = self.template(path)
        if template is None:
            return [f"{method} {path}: no such path in the spec"]
        operation = self.document["paths"][template].get(method.lower())
        if operation is None:
            return [f"{method} {template}: no such operation in the spec"]
        responses = operation["responses"]
        key = str(status) if str(status) in responses else f"{str(status)[0]}XX"
        if key not in responses:
            return [f"{method} {template}: status {status} is not documented"]
        response = responses[key]
        pointer = f"/paths/{template.replace('/', '~1')}/{method.lower()}/responses/{key}"
        if "$ref" in response:
            pointer = response["$ref"].removeprefix("#")
            name = pointer.rsplit("/", 1)[1]
            response = self.document["components"]["responses"][name]
        if "content" not in response:
            return [] if not body else [f"{method} {template} {status}: body where none is"]
        schema = {"$ref": f"urn:spec#{pointer}/content/application~1json/schema"}
        validator = Draft202012Validator(schema, registry=self.registry)
        try:
            payload = json.loads(body)
        except ValueError:
            return [f"{method} {template} {status}: body is not JSON"]
        return [
            f"{method} {template} {status}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(payload)
        ]


SPEC_RESPONSES = SpecResponses()


@dataclass
class Recorder:
    """What a recording transport saw: (method, path, status) per response, and violations."""

    prefix: str
    check_spec: bool
    seen: list[tuple[str, str, int]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def record(self, request: httpx.Request, response: httpx.Response) -> None:
        path = request.url.path
        if not path.startswith(self.prefix):
            return  # the token endpoint is not part of the API description
        path = path[len(self.prefix) :] or "/"
        self.seen.append((request.method, path, response.status_code))
        if "sl-violations" in response.headers:
            self.violations.append(f"{request.method} {path}: {response.headers['sl-violations']}")
        if self.check_spec:
            self.violations.extend(
                SPEC_RESPONSES.problems(
                    request.method, path, response.status_code, response.content
                )
            )


class RecordingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, recorder: Recorder) -> None:
        self.inner = inner
        self.recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.recorder.record(request, response)
        return response

    def close(self) -> None:
        self.inner.close()


# ---------------------------------------------------------------------------- Prism proxy
class PrismProxy:
    """``prism proxy openapi/index.yaml UPSTREAM --errors`` on a free 127.0.0.1 port."""

    def __init__(self, upstream: str, startup_timeout: float = 90.0) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PrismProxy:
        command = [
            str(PRISM), "proxy", str(SPEC), self.upstream, "--errors",
            "-h", HOST, "-p", str(self.port),
        ]  # fmt: skip
        self.process = subprocess.Popen(  # noqa: S603 - fixed executable from node_modules
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, "NO_UPDATE_NOTIFIER": "1"},
        )
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("Prism proxy exited early")
            try:
                httpx.get(f"{self.base_url}/shipping-methods", timeout=2.0)
                return self
            except httpx.TransportError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"Prism proxy did not start in {self.startup_timeout}s")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None


@dataclass
class Setup:
    """One way of reaching a fake: how to make clients and what their responses showed."""

    fake: FakeJuniper
    recorder: Recorder
    base_url: str
    token_url: str
    transport: httpx.BaseTransport

    def client(self, **options: Any) -> JuniperClient:
        return JuniperClient(
            client_id=self.fake.client_id,
            client_secret=options.pop("client_secret", self.fake.client_secret),
            base_url=self.base_url,
            token_url=self.token_url,
            httpx_args={"transport": RecordingTransport(self.transport, self.recorder)},
            **options,
        )


@pytest.fixture(scope="module")
def http_fake() -> Iterator[tuple[FakeJuniper, FakeServer]]:
    with FakeJuniper() as fake, fake.serve() as server:
        yield fake, server


@pytest.fixture(scope="module")
def prism_proxy(http_fake: tuple[FakeJuniper, FakeServer]) -> Iterator[PrismProxy]:
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing: run `make setup`")
    with PrismProxy(http_fake[1].base_url) as proxy:
        yield proxy


@pytest.fixture
def through_prism(
    http_fake: tuple[FakeJuniper, FakeServer], prism_proxy: PrismProxy
) -> Iterator[Setup]:
    fake, server = http_fake
    pool = httpx.HTTPTransport()
    yield Setup(fake, Recorder("", check_spec=False), prism_proxy.base_url, server.token_url, pool)
    pool.close()


@pytest.fixture
def in_process() -> Iterator[Setup]:
    with FakeJuniper() as fake:
        yield Setup(
            fake,
            # The API's paths follow the base URL's path (the spec's server path).
            Recorder(urllib.parse.urlsplit(fake.base_url).path, check_spec=True),
            fake.base_url,
            fake.token_url,
            fake.transport(),
        )


# --------------------------------------------------------------------------- the scenario
def every_operation(setup: Setup) -> None:
    """Drive every operation, success and documented error paths, through JuniperClient."""
    fake = setup.fake
    with setup.client(max_retries=0) as client:
        methods = list_shipping_methods.sync(client=client)
        assert [m.name for m in methods] == ["STANDARD", "EXPRESS", "OVERNIGHT"]

        first = list_products.sync(client=client, limit=5, status=ProductStatus.ACTIVE)
        assert len(first.products) == 5
        assert all(p.status == ProductStatus.ACTIVE for p in first.products)
        second = list_products.sync(
            client=client, limit=5, status=ProductStatus.ACTIVE, cursor=cursor_of(first)
        )
        back = list_products.sync(
            client=client,
            limit=5,
            status=ProductStatus.ACTIVE,
            cursor=cursor_of(second),
            direction=PageDirection.PREVIOUS,
        )
        assert [p.id for p in back.products] == [p.id for p in first.products]
        searched = list_products.sync(
            client=client,
            limit=100,
            search="omega",
            updated_after=dt.date(2023, 1, 1),
            updated_before=dt.date(2026, 12, 31),
        )
        assert searched.products
        assert all("omega" in (p.name + str(p.description)).lower() for p in searched.products)
        product = get_product_by_id.sync(77123129891, client=client)
        assert product.price == "0.33"
        with pytest.raises(NotFoundError):
            get_product_by_id.sync(1, client=client)

        settings = get_partner_settings.sync(client=client)
        assert settings.name == "Acme Health"
        with pytest.raises(NotFoundError) as no_secret:
            get_webhook_secret.sync(client=client)
        assert b"Webhook URL is not configured" in no_secret.value.body
        updated = update_partner_settings.sync(
            client=client,
            body=PartnerSettingsUpdate(
                webhook_url="http://127.0.0.1:9/hooks", support_email="help@acme.example"
            ),
        )
        assert updated.webhook_url == "http://127.0.0.1:9/hooks"
        assert get_partner_settings.sync(client=client).support_email == "help@acme.example"
        secret = get_webhook_secret.sync(client=client).webhook_secret
        rotated = rotate_webhook_secret.sync(client=client).webhook_secret
        assert rotated != secret
        assert get_webhook_secret.sync(client=client).webhook_secret == rotated

        order = create_order.sync(client=client, body=order_request())
        assert order.status == OrderStatus.NEW
        assert present(order.line_items)[0].price == "0.37"
        assert get_order_by_id.sync(order.id, client=client).id == order.id
        listed = list(paginate(list_orders, client=client, status=OrderStatus.NEW, limit=1))
        assert order.id in [o.id for o in listed]
        assert cancel_order.sync(order.id, client=client).status == OrderStatus.CANCELLED
        with pytest.raises(ConflictError):
            cancel_order.sync(order.id, client=client)
        shipped = create_order.sync(client=client, body=order_request())
        # Nothing listens at the webhook URL: the deliveries fail, as this test expects.
        fake.advance(shipped.id, to="SHIPPED", raise_on_failure=False)
        seen = get_order_by_id.sync(shipped.id, client=client)
        assert seen.status == OrderStatus.SHIPPED
        assert present(seen.fulfillment_info).tracking_number
        with pytest.raises(ConflictError):
            cancel_order.sync(shipped.id, client=client)
        with pytest.raises(NotFoundError):
            get_order_by_id.sync("2vSGym0bH8qVEwCIGlyFoRgJq1A", client=client)
        with pytest.raises(NotFoundError):
            cancel_order.sync("2vSGym0bH8qVEwCIGlyFoRgJq1A", client=client)
        with pytest.raises(UnprocessableEntityError) as rule:
            create_order.sync(
                client=client,
                body=order_request(
                    lineItems=[
                        {
                            "productId": 77123129891,
                            "quantity": 3,
                            "packDescription": "Whole Body Wellness",
                            "administration": {
                                "morning": 1,
                                "afternoon": 0,
                                "evening": 1,
                                "sleep": 0,
                            },
                        }
                    ]
                ),
            )
        parsed = rule.value.parsed
        assert parsed is not None
        assert isinstance(parsed.detail, list)
        assert parsed.detail[0].loc == ["body", "lineItems", 0, "administration"]
        with pytest.raises(BadRequestError):
            list_orders.sync(client=client, cursor="not-a-cursor")

        protocol = create_protocol.sync(client=client, body=order_request())
        assert get_protocol_by_id.sync(protocol.id, client=client).id == protocol.id
        found = list_protocols.sync(client=client, search="john doe")
        assert [p.id for p in found.protocols] == [protocol.id]
        assert list_protocols.sync(client=client, search="Jane").protocols == []
        changed = update_protocol.sync(
            protocol.id, client=client, body=order_request(daysSupply=90)
        )
        assert changed.days_supply == 90
        delete_protocol.sync(protocol.id, client=client)
        for gone in (get_protocol_by_id.sync, delete_protocol.sync):
            with pytest.raises(NotFoundError):
                gone(protocol.id, client=client)
        with pytest.raises(NotFoundError):
            update_protocol.sync(protocol.id, client=client, body=order_request())

        fake.fail_next("listShippingMethods", 429, retry_after="7")
        with pytest.raises(RateLimitError) as limited:
            list_shipping_methods.sync(client=client)
        assert limited.value.retry_after == 7.0
        for status in (500, 502, 503, 504):
            fake.fail_next("createOrder", status)
            with pytest.raises(InternalServerError) as failed:
                create_order.sync(client=client, body=order_request())
            assert failed.value.status_code == status
        assert len(fake.orders) == 2  # the failed creates changed nothing

        # Operations a vendor release added, which the scenario above does not call by name:
        # a call made from the spec, on resources that exist here.
        kept = create_protocol.sync(client=client, body=order_request())
        existing = {"orderId": shipped.id, "protocolId": kept.id, "productId": product.id}
        for call in spec_calls(setup.recorder.seen, existing):
            call.check(call_sync(call, client))

    # 401: an expired token is refused, and the client recovers with a fresh one.
    with setup.client() as client:
        list_shipping_methods.sync(client=client)
        fake.expire_tokens()
        assert list_shipping_methods.sync(client=client)
    assert any(status == 401 for _, _, status in setup.recorder.seen)
    with (
        setup.client(client_secret="wrong", max_retries=0) as client,
        pytest.raises(AuthenticationError),
    ):
        list_shipping_methods.sync(client=client)


def spec_calls(seen: list[tuple[str, str, int]], existing: Mapping[str, Any]) -> list[Call]:
    """A call made from the spec for every operation not in ``seen`` (what was answered)."""
    called = SPEC_RESPONSES.operation_ids(seen)
    return [
        derived_call(path, method, operation, existing)
        for path, item in SPEC_DATA["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS and operation["operationId"] not in called
    ]


EXPECTED_STATUSES = {200, 201, 204, 400, 401, 404, 409, 422, 429, 500, 502, 503, 504}


@pytest.mark.prism
def test_every_operation_through_the_prism_validating_proxy(through_prism: Setup) -> None:
    every_operation(through_prism)
    recorder = through_prism.recorder
    assert recorder.violations == []
    assert {status for _, _, status in recorder.seen} == EXPECTED_STATUSES
    assert SPEC_RESPONSES.operation_ids(recorder.seen) == SPEC_RESPONSES.all_operation_ids()


def test_every_operation_in_process_matches_the_spec(in_process: Setup) -> None:
    every_operation(in_process)
    assert in_process.recorder.violations == []
    assert {status for _, _, status in in_process.recorder.seen} == EXPECTED_STATUSES
    assert SPEC_RESPONSES.operation_ids(in_process.recorder.seen) == (
        SPEC_RESPONSES.all_operation_ids()
    )


def test_schema_errors_answer_400_and_422_with_validation_issues(in_process: Setup) -> None:
    """Prism refuses these itself, so they are checked against the spec here."""
    fake = in_process.fake
    transport = RecordingTransport(fake.transport(), in_process.recorder)
    with httpx.Client(transport=transport, base_url=fake.base_url) as raw:
        token = raw.post(
            fake.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": fake.client_id,
                "client_secret": fake.client_secret,
            },
        ).json()["access_token"]
        raw.headers["Authorization"] = f"Bearer {token}"
        bad_limit = raw.get("/orders", params={"limit": 500})
        broken = raw.post(
            "/orders", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        body = {**ORDER_BODY, "daysSupply": 31}
        body["customer"] = {**ORDER_BODY["customer"], "lastName": 5}
        del body["lineItems"]
        invalid = raw.post("/orders", json=body)
        settings = raw.patch("/partners/settings", json={"name": "Someone Else"})
    assert bad_limit.status_code == 400
    assert bad_limit.json()["detail"] == [
        {"loc": ["query", "limit"], "type": "invalid", "msg": "At most 100"}
    ]
    assert broken.status_code == 400
    assert invalid.status_code == 422
    issues = {(tuple(i["loc"]), i["type"]) for i in invalid.json()["detail"]}
    assert issues == {
        (("body", "lineItems"), "missing"),
        (("body", "daysSupply"), "invalid"),
        (("body", "customer", "lastName"), "type_error"),
    }
    assert settings.status_code == 422
    assert settings.json()["detail"][0]["loc"] == ["body", "name"]
    assert in_process.recorder.violations == []
    assert [s for _, _, s in in_process.recorder.seen] == [400, 400, 422, 422]


def test_dropped_connections_in_process_and_over_http(
    in_process: Setup, http_fake: tuple[FakeJuniper, FakeServer]
) -> None:
    fake, server = http_fake
    with in_process.client(max_retries=0) as client:
        in_process.fake.disconnect_next("getOrderById")
        with pytest.raises(APIConnectionError):
            get_order_by_id.sync("anything", client=client)
        in_process.fake.disconnect_next("createOrder", processed=True)
        with pytest.raises(APIConnectionError):
            create_order.sync(client=client, body=order_request())
        # The order exists although the answer was lost: what reconciliation must find.
        assert [o["status"] for o in in_process.fake.orders] == ["NEW"]
    with JuniperClient(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        max_retries=0,
    ) as client:
        fake.disconnect_next("listShippingMethods")
        with pytest.raises(APIConnectionError):
            list_shipping_methods.sync(client=client)
        assert list_shipping_methods.sync(client=client)  # the next call is served


class CorruptingApp:
    """The fake's app with one response broken: ``price`` a number, an unknown method name."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.api_prefix = app.api_prefix
        self.token_path = app.token_path

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        captured: list[Any] = []
        body = b"".join(
            self.app(environ, lambda status, headers: captured.extend([status, headers]))
        )
        if environ["PATH_INFO"].endswith("/shipping-methods"):
            body = body.replace(b'"9.99"', b"9.99").replace(b'"STANDARD"', b'"SNAIL_MAIL"')
        headers = [(k, v) for k, v in captured[1] if k.lower() != "content-length"]
        start_response(captured[0], [*headers, ("Content-Length", str(len(body)))])
        return [body]


@pytest.mark.prism
def test_both_checks_catch_a_response_that_breaks_the_spec() -> None:
    """The checks above have teeth: a broken body fails through Prism and in-process alike."""
    with FakeJuniper() as fake:
        broken = cast(Any, CorruptingApp(fake.app))
        with FakeServer(broken) as server, PrismProxy(server.base_url) as proxy:
            recorder = Recorder("", check_spec=False)
            setup = Setup(fake, recorder, proxy.base_url, server.token_url, httpx.HTTPTransport())
            with setup.client(max_retries=0) as client, pytest.raises(InternalServerError):
                list_shipping_methods.sync(client=client)
        (violation,) = recorder.violations
        assert "0.name" in violation
        assert "0.price must be string" in violation
        body = b'[{"name": "SNAIL_MAIL", "price": 9.99}]'
        problems = SPEC_RESPONSES.problems("GET", "/shipping-methods", 200, body)
        assert len(problems) == 2
