"""What the client checks in a request before sending it: dict bodies and path parameters.

A body given as a mapping is held to the spec's declared fields at every depth, as a model built
in Python is by its constructor: a misspelt key would otherwise be sent and ignored by the server
(an order placed STANDARD instead of OVERNIGHT, a dosing schedule dropped). ``extra_body=`` sends
undeclared fields on purpose, exactly as given. A path parameter is one percent-encoded segment,
and a value that would make the URL name another endpoint (empty, whitespace, ``.``, ``..``) is
refused. Each refusal is checked against a real server on 127.0.0.1 that then saw no request.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from juniper_fulfillment import (
    AsyncJuniperClient,
    JuniperClient,
    NotFoundError,
    RequestValidationError,
    ResponseValidationError,
)
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment_client.api.orders import cancel_order, create_order, get_order_by_id
from juniper_fulfillment_client.models import (
    CreateOrderRequest,
    Customer,
    Order,
    ShippingMethodName,
)
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for, order_json
from tests.test_contract import CALLS, Call, order_request


def order_body() -> dict[str, Any]:
    """The documented example order as the API's JSON, the way a partner writes a dict body."""
    return order_request().to_dict()


@pytest.fixture
def fake_server() -> Iterator[tuple[FakeJuniper, Any]]:
    with FakeJuniper() as fake, fake.serve() as served:
        yield fake, served


def fake_client(fake: FakeJuniper, served: Any, cls: type[Any] = JuniperClient) -> Any:
    return cls(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url=served.base_url,
        token_url=served.token_url,
        max_retries=0,
    )


# ------------------------------------------------------------------------- strict dict bodies
MISSPELT = [
    pytest.param(
        lambda body: body.update(shipping_method="OVERNIGHT"),
        "shipping_method",
        "shippingMethod",
        id="top-level-snake-case",
    ),
    pytest.param(
        lambda body: body["lineItems"][0].update(
            administraton=body["lineItems"][0].pop("administration")
        ),
        "lineItems[0].administraton",
        "administration",
        id="list-of-models-typo",
    ),
    pytest.param(
        lambda body: body["customer"]["address"].update(
            zip_code=body["customer"]["address"].pop("zipCode")
        ),
        "customer.address.zip_code",
        "zipCode",
        id="nested-model-snake-case",
    ),
    pytest.param(
        lambda body: body.update(ShippingMethod="OVERNIGHT"),
        "ShippingMethod",
        "shippingMethod",
        id="other-case",
    ),
]


@pytest.mark.parametrize(("misspell", "path", "meant"), MISSPELT)
def test_a_misspelt_key_is_refused_and_no_order_is_placed(
    fake_server: tuple[FakeJuniper, Any], misspell: Any, path: str, meant: str
) -> None:
    fake, served = fake_server
    body = order_body()
    misspell(body)
    expected = f"{path}: unknown field; did you mean {meant}?"
    with fake_client(fake, served) as client:
        for face in (client.orders, client.with_raw_response.orders):
            with pytest.raises(RequestValidationError) as raised:
                face.create_order(body=body)
            assert expected in str(raised.value)
            assert str(raised.value).startswith("create_order: the body is not a valid ")
            assert raised.value.path == path
            assert raised.value.problem == f"unknown field; did you mean {meant}?"
    assert fake.orders == []


@pytest.mark.parametrize(("misspell", "path", "meant"), MISSPELT)
def test_a_misspelt_key_is_refused_by_the_async_client(
    fake_server: tuple[FakeJuniper, Any], misspell: Any, path: str, meant: str
) -> None:
    fake, served = fake_server
    body = order_body()
    misspell(body)

    async def place() -> None:
        async with fake_client(fake, served, AsyncJuniperClient) as client:
            for face in (client.orders, client.with_raw_response.orders):
                with pytest.raises(RequestValidationError, match=f"did you mean {meant}"):
                    await face.create_order(body=body)

    asyncio.run(place())
    assert fake.orders == []


def test_a_refused_body_sends_nothing_not_even_a_token_request(server: FaultServer) -> None:
    body = order_body()
    body["lineItems"][0]["administraton"] = body["lineItems"][0].pop("administration")
    body["giftMesage"] = "get well"
    with client_for(server) as client, pytest.raises(RequestValidationError) as raised:
        client.orders.create_order(body=body)
    assert "also unknown here" not in str(raised.value)  # one unknown key per object named
    assert server.requests == []
    assert server.token_requests == []


def test_every_unknown_key_of_an_object_is_listed_and_no_value_is_quoted() -> None:
    body = order_body()
    body.update(shipping_method="OVERNIGHT", notes="Jane Roe, allergic to fish", zzz=1)
    with (
        JuniperClient(client_id="id", client_secret="secret") as client,
        pytest.raises(RequestValidationError) as raised,
    ):
        client.orders.create_order(body=body)
    message = str(raised.value)
    assert "shipping_method: unknown field; did you mean shippingMethod?" in message
    assert "(also unknown here: notes, zzz)" in message
    assert "OVERNIGHT" not in message
    assert "Jane Roe" not in message


def test_a_key_like_no_declared_one_lists_the_declared_fields() -> None:
    body = order_body()
    body["customer"]["qqqq"] = 1
    with (
        JuniperClient(client_id="id", client_secret="secret") as client,
        pytest.raises(RequestValidationError) as raised,
    ):
        client.orders.create_order(body=body)
    assert raised.value.path == "customer.qqqq"
    assert "unknown field; declared here: address, email, firstName, lastName" in str(raised.value)


def test_the_intended_order_is_placed_once_the_key_is_right(
    fake_server: tuple[FakeJuniper, Any],
) -> None:
    fake, served = fake_server
    body = order_body()
    body["shippingMethod"] = "OVERNIGHT"
    with fake_client(fake, served) as client:
        order = client.orders.create_order(body=body)
    assert order.shipping_method == ShippingMethodName.OVERNIGHT
    assert [placed["shippingMethod"] for placed in fake.orders] == ["OVERNIGHT"]
    administration = body["lineItems"][0]["administration"]
    assert fake.orders[0]["lineItems"][0]["administration"] == administration


def test_models_built_in_python_and_server_answers_stay_lenient(server: FaultServer) -> None:
    request = order_request()
    request["giftMessage"] = "get well"  # a model's additional_properties are sent as today
    answer = {**order_json(), "warehouse": "CA-2", "customer": {**order_json()["customer"], "x": 1}}
    server.script("POST", "/orders", Reply(201, answer))
    with client_for(server) as client:
        order = client.orders.create_order(body=request)
    assert json.loads(server.seen("POST", "/orders")[0].body)["giftMessage"] == "get well"
    assert order.additional_properties == {"warehouse": "CA-2"}
    assert isinstance(order.customer, Customer)
    assert order.customer.additional_properties == {"x": 1}
    assert Order.from_dict(answer).additional_properties == {"warehouse": "CA-2"}


# ---------------------------------------------------------------------------------- extra_body
def test_extra_body_reaches_the_wire_exactly(server: FaultServer) -> None:
    extra = {"giftMessage": "Get well soon", "priority": {"level": 2, "tags": ["a", None]}}
    with client_for(server) as client:
        client.orders.create_order(body=order_request(), extra_body=extra)
        client.orders.create_order(body=order_body(), extra_body=extra)
        client.with_raw_response.orders.create_order(body=order_body(), extra_body=extra)
        create_order.sync(client=client, body=order_request(), extra_body=extra)
    sent = [json.loads(seen.body) for seen in server.seen("POST", "/orders")]
    assert sent == [{**order_body(), **extra}] * 4


def test_extra_body_on_the_async_client(server: FaultServer) -> None:
    async def place() -> None:
        async with AsyncJuniperClient(
            client_id=server.client_id,
            client_secret=server.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
        ) as client:
            await client.orders.create_order(body=order_body(), extra_body={"a": 1})
            await create_order.asyncio(client=client, body=order_request(), extra_body={"b": 2})

    asyncio.run(place())
    sent = [json.loads(seen.body) for seen in server.seen("POST", "/orders")]
    assert sent == [{**order_body(), "a": 1}, {**order_body(), "b": 2}]


def test_extra_body_may_not_replace_a_field_of_the_body(server: FaultServer) -> None:
    with client_for(server) as client:
        with pytest.raises(ValueError, match="'shippingMethod' is already in the body"):
            client.orders.create_order(body=order_body(), extra_body={"shippingMethod": "X"})
        with pytest.raises(TypeError, match="extra_body keys must be strings"):
            client.orders.create_order(body=order_body(), extra_body={1: "x"})  # type: ignore[dict-item]
        with pytest.raises(TypeError, match="extra_body must be a mapping"):
            client.orders.create_order(body=order_body(), extra_body=[("a", 1)])  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="extra_body"):
            client.orders.get_order_by_id(ORDER_ID, extra_body={"a": 1})  # type: ignore[call-arg]
    assert server.requests == []
    assert server.token_requests == []


# ------------------------------------------------------------------------------ path parameters
REFUSED_IDS = ["", " ", "\t\n", ".", ".."]
PATH_CALLS = [call for call in CALLS if call.args]


def with_id(call: Call, value: str) -> tuple[Any, ...]:
    return (value, *call.args[1:])


@pytest.mark.parametrize("value", REFUSED_IDS, ids=repr)
@pytest.mark.parametrize("call", PATH_CALLS, ids=lambda call: call.name)
def test_a_path_parameter_that_is_not_one_segment_is_refused_before_sending(
    server: FaultServer, call: Call, value: str
) -> None:
    name = next(iter(call.operation.sync_detailed.__annotations__))
    with client_for(server) as client:
        tag = call.operation.__name__.split(".")[-2]
        faces = [
            getattr(getattr(client, tag), call.name),
            getattr(getattr(client.with_raw_response, tag), call.name),
            lambda *args, **kwargs: call.operation.sync_detailed(*args, client=client, **kwargs),
        ]
        for face in faces:
            with pytest.raises(ValueError, match=f"^{name} must not be "):
                face(*with_id(call, value), **copy.deepcopy(call.kwargs))
    assert server.requests == []
    assert server.token_requests == []


def test_a_refused_path_parameter_on_the_async_client(server: FaultServer) -> None:
    async def call() -> None:
        async with AsyncJuniperClient(
            client_id=server.client_id,
            client_secret=server.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
        ) as client:
            for value in REFUSED_IDS:
                with pytest.raises(ValueError, match=r"^order_id must not be "):
                    await client.orders.cancel_order(value)
                with pytest.raises(ValueError, match=r"^order_id must not be "):
                    await get_order_by_id.asyncio(value, client=client)

    asyncio.run(call())
    assert server.requests == []
    assert server.token_requests == []


ON_THE_WIRE = [
    ("a/b", "a%2Fb"),
    ("../cancel", "..%2Fcancel"),
    ("%2e%2e", "%252e%252e"),
    ("%2F", "%252F"),
    ("...", "..."),
    (".a", ".a"),
    (" x ", "%20x%20"),
    ("a?b=1#c", "a%3Fb%3D1%23c"),
    ("café☕", "caf%C3%A9%E2%98%95"),
]


@pytest.mark.parametrize(("value", "segment"), ON_THE_WIRE)
def test_any_other_value_is_one_encoded_segment_on_the_wire(
    server: FaultServer, value: str, segment: str
) -> None:
    with client_for(server) as client:
        client.orders.get_order_by_id(value)
        client.orders.cancel_order(value)
        get_order_by_id.sync(value, client=client)
        cancel_order.sync(value, client=client)
    assert [(seen.method, seen.path) for seen in server.requests] == [
        ("GET", f"/orders/{segment}"),
        ("POST", f"/orders/{segment}/cancel"),
    ] * 2


def test_an_id_with_a_slash_reaches_no_other_endpoint_of_the_fake(
    fake_server: tuple[FakeJuniper, Any],
) -> None:
    fake, served = fake_server
    with fake_client(fake, served) as client:
        order = client.orders.create_order(body=order_request())
        with pytest.raises(NotFoundError):
            client.orders.cancel_order(f"{order.id}/cancel")
    assert [placed["status"] for placed in fake.orders] == ["NEW"]


def test_a_mapping_body_may_still_be_any_mapping() -> None:
    """The strict check reads keys; a read-only mapping type works as a dict does."""
    from types import MappingProxyType

    parsed = CreateOrderRequest.from_dict(MappingProxyType(order_body()), strict=True)
    assert parsed == order_request()


def test_objects_the_spec_leaves_open_accept_any_key_when_strict() -> None:
    """``SupplementFactsPanel.ingredientInformation`` items declare ``additionalProperties``."""
    from juniper_fulfillment_client.models import SupplementFactsPanel

    panel = {"servingSize": 2, "ingredientInformation": [{"name": "EPA", "amount": "500 mg"}]}
    parsed = SupplementFactsPanel.from_dict(panel, strict=True)
    assert parsed.to_dict() == panel
    with pytest.raises(ResponseValidationError) as raised:
        SupplementFactsPanel.from_dict({**panel, "serving_size": 2}, strict=True)
    assert str(raised.value) == "serving_size: unknown field; did you mean servingSize?"
