"""FakeJuniper serves a vendor release it does not model yet, derived here from openapi/index.yaml.

The release adds what vendors ordinarily add: a cursor-paginated operation with two new schemas
(``GET /orders/{orderId}/events``), a POST with a new request body (``POST
/orders/{orderId}/returns``), an optional ``format: date`` field on orders and a new order status.
The generated client under test is still the committed one, so the new operations are driven with
plain httpx, in-process and over the fake's socket server; answers are checked against the derived
spec with jsonschema, independently of the fake's own validation.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import re
import urllib.parse
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from juniper_fulfillment.testing import (
    UNMODELLED_HEADER,
    FakeJuniper,
    UnmodelledOperationWarning,
)
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id
from tests.fixtures.specs import derive
from tests.test_fake_contract import ORDER_BODY, order_request

pytestmark = pytest.mark.filterwarnings(
    "ignore::juniper_fulfillment.testing.UnmodelledOperationWarning"
)


def _suffix(spec: dict[str, Any]) -> str:
    """The first of "", "2", "3", ... that makes every name this release adds new to ``spec``.

    The release is derived from whatever spec the project holds, which a vendor release may
    already have grown the same way (an events list, a return, an ``ON_HOLD`` status).
    """
    schemas = spec["components"]["schemas"]
    taken = {
        *schemas,
        *spec["paths"],
        *schemas["OrderStatus"]["enum"],
        *schemas["Order"]["properties"],
        *schemas["CreateOrderRequest"]["properties"],
        *(
            operation["operationId"]
            for item in spec["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict) and "operationId" in operation
        ),
    }
    for n in range(1, 100):
        suffix = "" if n == 1 else str(n)
        names = {
            *(base + suffix for base in ("listOrderEvents", "createOrderReturn", "ON_HOLD")),
            *(base + suffix for base in ("requestedDeliveryDate", *_SCHEMAS)),
            *(f"/orders/{{orderId}}/{segment}{suffix}" for segment in ("events", "returns")),
        }
        if not names & taken:
            return suffix
    raise AssertionError("no free names for the derived release")  # pragma: no cover


_SCHEMAS = ("OrderEvent", "OrderEventList", "CreateReturnRequest", "OrderReturn")
_N = _suffix(derive.load_spec())
EVENTS = "listOrderEvents" + _N
RETURNS = "createOrderReturn" + _N
NEW_FIELD = "requestedDeliveryDate" + _N
NEW_STATUS = "ON_HOLD" + _N
EVENTS_PATH = "/orders/{orderId}/events" + _N
RETURNS_PATH = "/orders/{orderId}/returns" + _N
EVENT, EVENT_LIST, RETURN_REQUEST, RETURN = (name + _N for name in _SCHEMAS)
RETURN_EXAMPLE: dict[str, Any] = {
    "id": "ret_2vSJ3kLmN8pQ",
    "orderId": "2vSGym0bH8qVEwCIGlyFoRgJq1A",
    "status": "REQUESTED",
    "reason": "DAMAGED",
    "createdAt": "2023-10-05T08:00:00Z",
}


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise LookupError(operation_id)


def evolved(source: dict[str, Any], *, example_on: str = "media") -> dict[str, Any]:
    """``source`` plus an ordinary additive release (the module docstring lists it).

    The new list has no example (its body is built from the schemas); the new POST has one, on
    the response's media type or, with ``example_on="schema"``, on the response schema.
    """
    spec = copy.deepcopy(source)
    schemas = spec["components"]["schemas"]
    paths = spec["paths"]
    for name in (EVENT, EVENT_LIST, RETURN_REQUEST, RETURN):
        assert name not in schemas, f"the spec has {name}"
    assert EVENTS_PATH not in paths
    assert RETURNS_PATH not in paths
    major, minor, *_ = str(spec["info"]["version"]).split(".")
    spec["info"]["version"] = f"{major}.{int(minor) + 1}.0"
    date_field = {"type": "string", "format": "date", "description": "Deliver on or after."}
    schemas["CreateOrderRequest"]["properties"][NEW_FIELD] = dict(date_field)
    schemas["Order"]["properties"][NEW_FIELD] = dict(date_field)
    schemas["OrderStatus"]["enum"].append(NEW_STATUS)
    ref = "#/components/schemas/"
    schemas[EVENT] = {
        "type": "object",
        "description": "Something that happened to an order.",
        "required": ["id", "orderId", "type", "occurredAt", "tags"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "orderId": {"type": "string"},
            "type": {"type": "string", "enum": ["STATUS_CHANGED", "NOTE_ADDED"]},
            "status": {"$ref": ref + "OrderStatus"},
            "occurredAt": {"type": "string", "format": "date-time"},
            "effectiveDate": {"type": "string", "format": "date"},
            "sequence": {"type": "integer", "format": "int64", "minimum": 1},
            "actorEmail": {"type": "string", "format": "email"},
            "detailsUrl": {"type": "string", "format": "uri"},
            "note": {"type": ["string", "null"], "minLength": 12, "maxLength": 40},
            "code": {"type": "string", "pattern": "^[A-Z]{3}-\\d{4}$"},
            "tags": {
                "type": "array",
                "minItems": 2,
                "uniqueItems": True,
                "items": {"type": "string"},
            },
            "weight": {"type": "number", "exclusiveMinimum": 0, "maximum": 5},
            "shippedTo": {
                "allOf": [
                    {"$ref": ref + "Address"},
                    {"type": "object", "properties": {"country": {"type": "string"}}},
                ]
            },
            "actor": {
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["kind", "userId"],
                        "properties": {"kind": {"const": "user"}, "userId": {"type": "string"}},
                    },
                    {
                        "type": "object",
                        "required": ["kind", "system"],
                        "properties": {"kind": {"const": "system"}, "system": {"type": "string"}},
                    },
                ]
            },
            "refund": {"anyOf": [{"type": "null"}, {"type": "string", "maxLength": 8}]},
        },
    }
    schemas[EVENT_LIST] = {
        "type": "object",
        "description": "One page of order events.",
        "required": ["events"],
        "properties": {
            "events": {"type": "array", "items": {"$ref": ref + EVENT}},
            "cursor": {"type": ["string", "null"], "example": "eyJwYWdlIjoyfQ"},
        },
    }
    schemas[RETURN_REQUEST] = {
        "type": "object",
        "required": ["reason", "productIds"],
        "properties": {
            "reason": {"type": "string", "enum": ["DAMAGED", "WRONG_ITEM", "OTHER"]},
            "comment": {"type": "string", "maxLength": 500},
            "productIds": {
                "type": "array",
                "minItems": 1,
                "items": {"type": "integer", "format": "int64"},
            },
        },
    }
    schemas[RETURN] = {
        "type": "object",
        "required": ["id", "orderId", "status", "reason"],
        "properties": {
            "id": {"type": "string"},
            "orderId": {"type": "string"},
            "status": {"type": "string", "enum": ["REQUESTED", "APPROVED"]},
            "reason": {"type": "string"},
            "createdAt": {"type": "string", "format": "date-time"},
        },
    }
    read = _operation(spec, "getOrderById")
    listing = _operation(spec, "listOrders")
    errors = {code: answer for code, answer in read["responses"].items() if code[0] != "2"}
    paging = [parameter for parameter in listing["parameters"] if "$ref" in parameter]
    paths[EVENTS_PATH] = {
        "get": {
            "operationId": EVENTS,
            "tags": ["Orders"],
            "summary": "List an order's events",
            "parameters": [*read["parameters"], *paging],
            "responses": {
                "200": {
                    "description": "One page of events.",
                    "content": {"application/json": {"schema": {"$ref": ref + EVENT_LIST}}},
                },
                **errors,
            },
        }
    }
    created: dict[str, Any] = {"schema": {"$ref": ref + RETURN}}
    if example_on == "media":
        created["examples"] = {"Requested": {"summary": "A new return", "value": RETURN_EXAMPLE}}
    else:
        schemas[RETURN]["example"] = RETURN_EXAMPLE
    create = _operation(spec, "createOrder")
    paths[RETURNS_PATH] = {
        "post": {
            "operationId": RETURNS,
            "tags": ["Orders"],
            "summary": "Return items of an order",
            "parameters": list(read["parameters"]),
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": ref + RETURN_REQUEST}}},
            },
            "responses": {
                "201": {
                    "description": "The return was requested.",
                    "content": {"application/json": created},
                },
                **{code: a for code, a in create["responses"].items() if code[0] != "2"},
                **errors,
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return evolved(derive.load_spec())


@pytest.fixture(scope="module")
def spec_file(document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spec") / "index.yaml"
    derive.dump_spec(document, path)
    return path


class Answers:
    """The derived spec's documented answers, checked with jsonschema (not the fake's code)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource.from_contents(
            document, default_specification=DRAFT202012
        )
        self.registry: Registry[Any] = Registry().with_resource("urn:evolved", resource)

    def problems(self, template: str, method: str, response: httpx.Response) -> list[str]:
        responses = self.document["paths"][template][method]["responses"]
        status = str(response.status_code)
        key = status if status in responses else f"{status[0]}XX"
        pointer = f"/paths/{template.replace('/', '~1')}/{method}/responses/{key}"
        if "$ref" in responses[key]:
            pointer = responses[key]["$ref"].removeprefix("#")
        schema = {"$ref": f"urn:evolved#{pointer}/content/application~1json/schema"}
        validator = Draft202012Validator(
            schema, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        return [error.message for error in validator.iter_errors(response.json())]


@dataclass
class Api:
    """A fake on the derived spec and a raw httpx client with a token, one way or the other."""

    fake: FakeJuniper
    http: httpx.Client
    answers: Answers

    def create_order(self, **changes: Any) -> dict[str, Any]:
        created = self.http.post("/orders", json={**ORDER_BODY, **changes})
        assert created.status_code == 201, created.text
        assert UNMODELLED_HEADER not in created.headers
        order: dict[str, Any] = created.json()
        return order


@contextlib.contextmanager
def _client(
    base_url: str, token_url: str, fake: FakeJuniper, **options: Any
) -> Iterator[httpx.Client]:
    """A raw client holding a token from ``fake``'s token endpoint."""
    with httpx.Client(base_url=base_url, timeout=10.0, **options) as http:
        token = http.post(
            token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": fake.client_id,
                "client_secret": fake.client_secret,
            },
        )
        http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        yield http


@pytest.fixture(params=["in-process", "socket"])
def api(request: pytest.FixtureRequest, spec_file: Path, document: dict[str, Any]) -> Iterator[Api]:
    with FakeJuniper(spec=spec_file) as fake:
        if request.param == "in-process":
            with _client(fake.base_url, fake.token_url, fake, transport=fake.transport()) as http:
                yield Api(fake, http, Answers(document))
        else:
            with (
                fake.serve() as server,
                _client(server.base_url, server.token_url, fake) as http,
            ):
                yield Api(fake, http, Answers(document))


# ------------------------------------------------------------------------------- start-up
def test_the_fake_starts_on_a_release_with_operations_it_does_not_model(spec_file: Path) -> None:
    with FakeJuniper() as bundled:
        # The bundled spec may itself hold operations a vendor release added since.
        already = bundled.unmodelled_operations
    with FakeJuniper(spec=spec_file) as fake:
        assert fake.unmodelled_operations == already | {EVENTS, RETURNS}
        assert fake.base_url.endswith(
            urllib.parse.urlsplit(derive.load_spec()["servers"][0]["url"]).path
        )


# -------------------------------------------------------------------- unmodelled operations
def test_a_new_list_answers_a_last_page_valid_against_the_spec(api: Api) -> None:
    order = api.create_order()
    template = EVENTS_PATH
    page = api.http.get(f"/orders/{order['id']}/events{_N}")
    assert page.status_code == 200
    assert page.headers[UNMODELLED_HEADER] == EVENTS
    assert page.headers["content-type"] == "application/json"
    assert api.answers.problems(template, "get", page) == []
    body = page.json()
    assert body["cursor"] is None  # the schema's example cursor would never end a paging loop
    (event,) = body["events"]
    assert event["orderId"] == order["id"]  # a field named like the path parameter carries it
    uuid.UUID(event["id"])
    dt.datetime.fromisoformat(event["occurredAt"])
    dt.date.fromisoformat(event["effectiveDate"])
    assert event["actorEmail"].endswith("@example.com")
    assert urllib.parse.urlsplit(event["detailsUrl"]).scheme == "https"
    assert re.fullmatch(r"[A-Z]{3}-\d{4}", event["code"])
    assert 12 <= len(event["note"]) <= 40
    assert len(set(event["tags"])) == 2
    assert 0 < event["weight"] <= 5
    assert event["sequence"] >= 1
    assert event["shippedTo"]["zipCode"] == "94301"  # the spec's property example
    assert event["actor"]["kind"] in {"user", "system"}
    assert event["type"] == "STATUS_CHANGED"
    # Deterministic, and limit still shapes the page.
    assert api.http.get(f"/orders/{order['id']}/events{_N}").json() == body
    short = api.http.get(f"/orders/{order['id']}/events{_N}", params={"limit": 1})
    assert short.status_code == 200
    assert len(short.json()["events"]) == 1


def test_a_new_post_answers_its_example(api: Api) -> None:
    order = api.create_order()
    answer = api.http.post(
        f"/orders/{order['id']}/returns{_N}",
        json={"reason": "DAMAGED", "productIds": [77123129891]},
    )
    assert answer.status_code == 201
    assert answer.headers[UNMODELLED_HEADER] == RETURNS
    assert api.answers.problems(RETURNS_PATH, "post", answer) == []
    assert answer.json() == {**RETURN_EXAMPLE, "orderId": order["id"]}


def test_the_example_may_sit_on_the_response_schema() -> None:
    on_schema = evolved(derive.load_spec(), example_on="schema")
    with (
        FakeJuniper(spec=on_schema) as fake,
        _client(fake.base_url, fake.token_url, fake, transport=fake.transport()) as http,
    ):
        order = http.post("/orders", json=ORDER_BODY).json()
        answer = http.post(
            f"/orders/{order['id']}/returns{_N}", json={"reason": "OTHER", "productIds": [1]}
        )
    assert answer.status_code == 201
    assert answer.json() == {**RETURN_EXAMPLE, "orderId": order["id"]}


def test_no_content_and_impossible_answers(document: dict[str, Any]) -> None:
    """A 204 answers empty; a schema no value satisfies answers 501 (the fake still starts)."""
    spec = copy.deepcopy(document)
    order_id = _operation(spec, "getOrderById")["parameters"]
    spec["paths"]["/orders/{orderId}/hold"] = {
        "delete": {
            "operationId": "releaseOrderHold",
            "parameters": order_id,
            "responses": {"204": {"description": "Released."}},
        },
        "get": {
            "operationId": "getOrderHold",
            "parameters": order_id,
            "responses": {
                "200": {
                    "description": "Nothing can be this.",
                    "content": {"application/json": {"schema": {"not": {}}}},
                }
            },
        },
    }
    with (
        FakeJuniper(spec=spec) as fake,
        _client(fake.base_url, fake.token_url, fake, transport=fake.transport()) as http,
    ):
        assert {"releaseOrderHold", "getOrderHold"} <= fake.unmodelled_operations
        order = http.post("/orders", json=ORDER_BODY).json()
        released = http.delete(f"/orders/{order['id']}/hold")
        impossible = http.get(f"/orders/{order['id']}/hold")
    assert (released.status_code, released.content) == (204, b"")
    assert released.headers[UNMODELLED_HEADER] == "releaseOrderHold"
    assert impossible.status_code == 501
    assert impossible.headers[UNMODELLED_HEADER] == "getOrderHold"
    assert "getOrderHold" in impossible.json()["message"]


def test_new_operations_validate_requests_and_know_modelled_ids(api: Api) -> None:
    order = api.create_order()
    events = EVENTS_PATH
    unknown = api.http.get(f"/orders/2vSGym0bH8qVEwCIGlyFoRgJq1A/events{_N}")
    assert unknown.status_code == 404
    assert unknown.headers[UNMODELLED_HEADER] == EVENTS
    assert unknown.json()["error"] == "not_found"
    assert api.answers.problems(events, "get", unknown) == []
    missing = api.http.post(
        f"/orders/2vSGym0bH8qVEwCIGlyFoRgJq1A/returns{_N}",
        json={"reason": "OTHER", "productIds": [1]},
    )
    assert missing.status_code == 404
    too_many = api.http.get(f"/orders/{order['id']}/events{_N}", params={"limit": 500})
    assert too_many.status_code == 400
    assert too_many.json()["detail"][0]["loc"] == ["query", "limit"]
    invalid = api.http.post(f"/orders/{order['id']}/returns{_N}", json={"reason": "BORED"})
    assert invalid.status_code == 422
    assert {tuple(issue["loc"]) for issue in invalid.json()["detail"]} == {
        ("body", "reason"),
        ("body", "productIds"),
    }
    anonymous = api.http.get(
        f"/orders/{order['id']}/events{_N}", headers={"Authorization": "Bearer nothing"}
    )
    assert anonymous.status_code == 401
    api.fake.fail_next(EVENTS, 503)
    failed = api.http.get(f"/orders/{order['id']}/events{_N}")
    assert failed.status_code == 503
    assert failed.headers[UNMODELLED_HEADER] == EVENTS
    assert api.http.get(f"/orders/{order['id']}/events{_N}").status_code == 200


def test_the_warning_comes_once_per_fake_and_operation(api: Api, spec_file: Path) -> None:
    order = api.create_order()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            assert api.http.get(f"/orders/{order['id']}/events{_N}").status_code == 200
        assert api.http.get(f"/orders/2vSGym0bH8qVEwCIGlyFoRgJq1A/events{_N}").status_code == 404
        api.http.post(
            f"/orders/{order['id']}/returns{_N}", json={"reason": "OTHER", "productIds": [1]}
        )
        api.http.get(f"/orders/{order['id']}")
        with (
            FakeJuniper(spec=spec_file) as other,
            _client(other.base_url, other.token_url, other, transport=other.transport()) as http,
        ):
            second = http.post("/orders", json=ORDER_BODY).json()
            http.get(f"/orders/{second['id']}/events{_N}")
    messages = [
        str(w.message) for w in caught if issubclass(w.category, UnmodelledOperationWarning)
    ]
    assert len(messages) == 3
    assert [EVENTS in m for m in messages] == [True, False, True]
    assert RETURNS in messages[1]


def test_a_warning_made_an_error_fails_every_call_until_filtered(
    spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process the call raises the warning; the socket server answers 500 instead."""
    with (
        FakeJuniper(spec=spec_file) as fake,
        fake.serve() as server,
        _client(fake.base_url, fake.token_url, fake, transport=fake.transport()) as local,
        _client(server.base_url, server.token_url, fake) as remote,
    ):
        order = local.post("/orders", json=ORDER_BODY).json()
        events = f"/orders/{order['id']}/events{_N}"
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnmodelledOperationWarning)
            for _ in range(2):
                with pytest.raises(UnmodelledOperationWarning, match=EVENTS):
                    local.get(events)
                failed = remote.get(events)
                assert failed.status_code == 500
                assert failed.json()["message"] == "The fake failed (UnmodelledOperationWarning)"
        assert local.get(events).status_code == 200
        assert remote.get(events).status_code == 200
    assert "UnmodelledOperationWarning" in capsys.readouterr().err


# ----------------------------------------------------------------------- modelled operations
def test_modelled_operations_keep_their_rules_and_carry_what_the_release_adds(api: Api) -> None:
    order = api.create_order(**{NEW_FIELD: "2030-05-01"})
    assert order[NEW_FIELD] == "2030-05-01"
    assert order["status"] == "NEW"
    read = api.http.get(f"/orders/{order['id']}")
    assert read.status_code == 200
    assert UNMODELLED_HEADER not in read.headers
    assert read.json()[NEW_FIELD] == "2030-05-01"
    assert api.answers.problems("/orders/{orderId}", "get", read) == []
    bad_date = api.http.post("/orders", json={**ORDER_BODY, NEW_FIELD: "soon"})
    assert bad_date.status_code == 422
    held = api.http.get("/orders", params={"status": NEW_STATUS})
    assert held.status_code == 200
    assert held.json() == {"orders": [], "cursor": None}
    listed = api.http.get("/orders", params={"status": "NEW"}).json()["orders"]
    assert [o[NEW_FIELD] for o in listed] == ["2030-05-01"]
    protocol = api.http.post("/protocols", json={**ORDER_BODY, NEW_FIELD: "2030-06-01"})
    assert protocol.status_code == 201
    assert protocol.json()[NEW_FIELD] == "2030-06-01"
    cancelled = api.http.post(f"/orders/{order['id']}/cancel")
    assert cancelled.json()["status"] == "CANCELLED"
    assert api.http.post(f"/orders/{order['id']}/cancel").status_code == 409
    shipped = api.create_order()
    assert api.fake.advance(shipped["id"], to="SHIPPED")["status"] == "SHIPPED"


def test_the_committed_client_works_against_the_new_release(spec_file: Path) -> None:
    with FakeJuniper(spec=spec_file) as fake, fake.client() as client:
        order = create_order.sync(client=client, body=order_request(**{NEW_FIELD: "2030-05-01"}))
        again = get_order_by_id.sync(order.id, client=client)
    assert again.additional_properties[NEW_FIELD] == "2030-05-01"
    assert json.loads(json.dumps(fake.order(order.id)))[NEW_FIELD] == "2030-05-01"
