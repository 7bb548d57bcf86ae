"""Contract tests: every operation of the spec, called through the client, against Prism.

Prism serves the examples of openapi/index.yaml and validates each request against the spec, so a
pass means the client sends what the spec describes and parses what the spec promises. Each
operation runs through ``sync()`` and ``asyncio()``, with the generated client and a static token
and with ``JuniperClient`` and a local token endpoint.

The operations listed in ``CALLS`` are checked against the values of the spec's examples. Any other
operation of the spec (one a new vendor release adds) is called with arguments made from the
spec's examples and schemas, and its result checked against the type its ``sync()`` declares.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import pkgutil
import typing
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

import juniper_fulfillment_client.api as api_package
from juniper_fulfillment import JuniperClient, UnprocessableEntityError
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
from juniper_fulfillment_client.client import AuthenticatedClient, Client
from juniper_fulfillment_client.errors import UnexpectedStatus
from juniper_fulfillment_client.models import (
    Address,
    Administration,
    CreateOrderRequest,
    Customer,
    DaysSupply,
    LineItem,
    Order,
    OrderList,
    OrderStatus,
    OrderType,
    PageDirection,
    PartnerSettings,
    PartnerSettingsUpdate,
    Product,
    ProductList,
    ProductStatus,
    Protocol,
    ProtocolList,
    ShippingMethod,
    ShippingMethodName,
    SupplementFactsPanel,
    WebhookSecret,
)
from scripts.sandbox import PrismServer, TokenServer

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "index.yaml"

pytestmark = pytest.mark.prism

ORDER_ID = "2vSGym0bH8qVEwCIGlyFoRgJq1A"
PROTOCOL_ID = "2vSHpR7Kq4mNxYzLaB1cD9eF0g"
PRODUCT_ID = 7788991122


def order_request() -> CreateOrderRequest:
    """The documented example order: John Doe, 30 days, one pack item."""
    return CreateOrderRequest(
        customer=Customer(
            source_id="1234567890",
            first_name="John",
            last_name="Doe",
            email="john.doe@example.com",
            address=Address(
                line1="437 Lytton",
                line2="Suite 100",
                city="Palo Alto",
                state="CA",
                zip_code="94301",
            ),
        ),
        days_supply=DaysSupply.VALUE_30,
        line_items=[
            LineItem(
                product_id=77123129891,
                quantity=2,
                pack_description="Whole Body Wellness",
                administration=Administration(morning=1, afternoon=0, evening=1, sleep=0),
            )
        ],
        shipping_method=ShippingMethodName.STANDARD,
        order_type=OrderType.ONE_TIME,
    )


def check_order(order: Any) -> None:
    assert isinstance(order, Order)
    assert order.id == ORDER_ID
    assert isinstance(order.status, OrderStatus)


def check_new_order(order: Any) -> None:
    check_order(order)
    assert order.status == OrderStatus.NEW
    assert order.line_items[0].price == "0.37"
    assert order.created_at == datetime.datetime(2023, 10, 1, 12, tzinfo=datetime.UTC)


def check_shipped_order(order: Any) -> None:
    check_order(order)
    assert order.status == OrderStatus.SHIPPED
    assert order.fulfillment_info.carrier == "UPS"
    assert order.fulfillment_info.checkpoints[0].location == "San Francisco, CA"


def check_cancelled_order(order: Any) -> None:
    check_order(order)
    assert order.status == OrderStatus.CANCELLED


def check_order_list(page: Any) -> None:
    assert isinstance(page, OrderList)
    check_new_order(page.orders[0])
    assert page.cursor is None  # the example is a complete, one-page listing


def check_protocol(protocol: Any) -> None:
    assert isinstance(protocol, Protocol)
    assert protocol.id == PROTOCOL_ID
    assert protocol.customer.first_name == "John"
    assert protocol.days_supply == DaysSupply.VALUE_30
    administration = protocol.line_items[0].administration
    assert isinstance(administration, Administration)
    assert administration.morning == 1


def check_protocol_list(page: Any) -> None:
    assert isinstance(page, ProtocolList)
    check_protocol(page.protocols[0])


def check_product(product: Any) -> None:
    assert isinstance(product, Product)
    assert product.id == PRODUCT_ID
    assert product.name == "Elite EPA"
    panel = product.supplement_facts_panel
    assert isinstance(panel, SupplementFactsPanel)
    assert panel.serving_size == 2
    assert panel.other_ingredients == ["Fish oil", "Gelatin", "Glycerin"]
    assert product.status == ProductStatus.ACTIVE


def check_product_list(page: Any) -> None:
    assert isinstance(page, ProductList)
    check_product(page.products[0])


def check_shipping_methods(methods: Any) -> None:
    assert isinstance(methods, list)
    assert all(isinstance(method, ShippingMethod) for method in methods)
    assert [method.name for method in methods] == ["STANDARD", "EXPRESS", "OVERNIGHT"]
    assert methods[0].price == "9.99"


def check_settings(settings: Any) -> None:
    assert isinstance(settings, PartnerSettings)
    assert settings.name == "Acme Health"
    assert settings.discount_value == 0.1
    assert settings.webhook_url == "https://partner.com/webhooks/orders"


def check_webhook_secret(secret: Any) -> None:
    assert isinstance(secret, WebhookSecret)
    assert len(secret.webhook_secret) == 64


def check_nothing(result: Any) -> None:
    assert result is None


@dataclass(frozen=True)
class Call:
    """One operation, the arguments to call it with, and what its result must look like."""

    operation: ModuleType
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    check: Callable[[Any], None]

    @property
    def name(self) -> str:
        return self.operation.__name__.rsplit(".", 1)[-1]


CALLS = [
    Call(create_order, (), {"body": order_request()}, check_new_order),
    Call(
        list_orders,
        (),
        {"limit": 10, "status": OrderStatus.NEW, "direction": PageDirection.NEXT},
        check_order_list,
    ),
    Call(get_order_by_id, (ORDER_ID,), {}, check_new_order),
    Call(cancel_order, (ORDER_ID,), {}, check_cancelled_order),
    Call(create_protocol, (), {"body": order_request()}, check_protocol),
    Call(list_protocols, (), {"limit": 5, "search": "John Doe"}, check_protocol_list),
    Call(get_protocol_by_id, (PROTOCOL_ID,), {}, check_protocol),
    Call(update_protocol, (PROTOCOL_ID,), {"body": order_request()}, check_protocol),
    Call(delete_protocol, (PROTOCOL_ID,), {}, check_nothing),
    Call(
        list_products,
        (),
        {
            "limit": 100,
            "status": ProductStatus.ACTIVE,
            "updated_after": datetime.date(2023, 10, 1),
            "updated_before": datetime.date(2024, 10, 1),
            "search": "omega",
        },
        check_product_list,
    ),
    Call(get_product_by_id, (PRODUCT_ID,), {}, check_product),
    Call(list_shipping_methods, (), {}, check_shipping_methods),
    Call(get_partner_settings, (), {}, check_settings),
    Call(
        update_partner_settings,
        (),
        {
            "body": PartnerSettingsUpdate(
                primary_color="#1a73e8", webhook_url="https://partner.com/webhooks/orders"
            )
        },
        check_settings,
    ),
    Call(get_webhook_secret, (), {}, check_webhook_secret),
    Call(rotate_webhook_secret, (), {}, check_webhook_secret),
]


HAND_WRITTEN = {call.name for call in CALLS}

# ------------------------------------------------------- operations without a hand-written call
SPEC_DATA: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def resolved(node: Any) -> Any:
    """``node`` with a local ``$ref`` followed (recursively, for the parts this module reads)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC_DATA
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def example_of(schema: Any) -> Any:
    """A value the schema allows: its example, else one built from its parts and formats."""
    schema = resolved(schema)
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return next(value for value in schema["enum"] if value is not None)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return example_of(next(s for s in schema[key] if resolved(s).get("type") != "null"))
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(example_of(part))
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        return {
            name: example_of(prop)
            for name, prop in schema.get("properties", {}).items()
            if name in schema.get("required", []) or "example" in resolved(prop)
        }
    if kind == "array":
        return [example_of(schema.get("items", {}))] * max(1, schema.get("minItems", 1))
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    formats = {
        "date": "2024-05-01",
        "date-time": "2024-05-01T12:00:00Z",
        "uuid": "2c0b3f7e-9a3c-4d3e-8f1a-6c2d1b0a9e8f",
        "email": "someone@example.com",
        "uri": "https://example.com/",
    }
    return formats.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))


def as_python(annotation: Any, value: Any) -> Any:
    """``value`` (JSON) as the type a generated function's parameter declares."""
    for kind in typing.get_args(annotation) or (annotation,):
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(value)
        if hasattr(kind, "from_dict") and isinstance(value, dict):
            return kind.from_dict(value)
        if kind is datetime.datetime:
            return datetime.datetime.fromisoformat(value)
        if kind is datetime.date:
            return datetime.date.fromisoformat(value)
        if kind is uuid.UUID:
            return uuid.UUID(value)
        if typing.get_origin(kind) is list and isinstance(value, list):
            (item,) = typing.get_args(kind)
            return [as_python(item, element) for element in value]
    return value


def check_declared_type(module: ModuleType) -> Callable[[Any], None]:
    declared = typing.get_type_hints(module.sync)["return"]

    def check(result: Any) -> None:
        if declared is type(None):
            assert result is None
            return
        origin = typing.get_origin(declared)
        if origin is list:
            (item,) = typing.get_args(declared)
            assert isinstance(result, list)
            assert all(isinstance(element, item) for element in result)
        elif origin is None:
            assert isinstance(result, declared)
        else:  # a union of success types
            assert isinstance(result, typing.get_args(declared))
        if hasattr(result, "to_dict"):
            assert type(result).from_dict(result.to_dict()).to_dict() == result.to_dict()

    return check


def derived_call(
    path: str, method: str, operation: dict[str, Any], known: Mapping[str, Any] | None = None
) -> Call:
    """A call of ``operation`` with its required parameters and body made from the spec.

    ``known``: values for parameters by their spec name (ids of resources a server holds), used
    instead of the spec's examples.
    """
    name = str(PythonIdentifier(operation["operationId"], prefix="field_"))
    module = next(
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + ".")
        if info.name.rsplit(".", 1)[-1] == name
    )
    hints = typing.get_type_hints(module.sync_detailed)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    parameters = [*SPEC_DATA["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    for parameter in map(resolved, parameters):
        if not parameter.get("required") or parameter["in"] == "cookie":
            continue
        python = str(PythonIdentifier(parameter["name"], prefix="field_"))
        if python not in hints:
            continue  # a header the client sets itself
        if known is not None and parameter["name"] in known:
            value = known[parameter["name"]]
        else:
            value = parameter.get("example", example_of(parameter.get("schema", {})))
        if parameter["in"] == "path":
            args.append(as_python(hints[python], value))
        else:
            kwargs[python] = as_python(hints[python], value)
    body = resolved(operation.get("requestBody", {}))
    if body.get("required") and "body" in hints:
        media = body["content"].get("application/json", {})
        value = media.get("example", example_of(media.get("schema", {})))
        kwargs["body"] = as_python(hints["body"], value)
    return Call(module, tuple(args), kwargs, check_declared_type(module))


def derived_calls() -> list[Call]:
    return [
        derived_call(path, method, operation)
        for path, item in SPEC_DATA["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
        and str(PythonIdentifier(operation["operationId"], prefix="field_")) not in HAND_WRITTEN
    ]


ALL_CALLS = CALLS + derived_calls()


def call_sync(call: Call, client: AuthenticatedClient) -> Any:
    if hasattr(call.operation, "sync"):
        return call.operation.sync(*call.args, client=client, **call.kwargs)
    response = call.operation.sync_detailed(*call.args, client=client, **call.kwargs)
    assert 200 <= response.status_code < 300
    return response.parsed


async def call_async(call: Call, client: AuthenticatedClient) -> Any:
    if hasattr(call.operation, "asyncio"):
        result: Awaitable[Any] = call.operation.asyncio(*call.args, client=client, **call.kwargs)
        return await result
    response = await call.operation.asyncio_detailed(*call.args, client=client, **call.kwargs)
    assert 200 <= response.status_code < 300
    return response.parsed


def test_every_operation_of_the_spec_is_covered() -> None:
    """Every operation of the spec gets a contract test (a hand-written call or one made from
    the spec) and was generated: the list to compare with is the spec's operationIds, not a count
    kept by hand."""
    from pkgutil import walk_packages

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    in_spec = {
        str(PythonIdentifier(operation["operationId"], prefix="field_"))
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    generated = {
        info.name.rsplit(".", 1)[-1]
        for info in walk_packages(api_package.__path__, api_package.__name__ + ".")
        if not info.ispkg
    }
    assert generated == in_spec
    assert in_spec >= HAND_WRITTEN
    assert {call.name for call in ALL_CALLS} == in_spec
    assert len(ALL_CALLS) == len(in_spec)


EVERY_DERIVED_CALL = [
    derived_call(path, method, operation)
    for path, item in SPEC_DATA["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
]


@pytest.mark.parametrize("call", EVERY_DERIVED_CALL, ids=lambda call: call.name)
def test_a_call_made_from_the_spec_works_for_every_operation(
    call: Call, static_client: AuthenticatedClient
) -> None:
    """What a new operation gets: the hand-written ones show the derivation is sound."""
    call.check(call_sync(call, static_client))


@pytest.fixture
def static_client(prism: PrismServer) -> Iterator[AuthenticatedClient]:
    client = AuthenticatedClient(
        base_url=prism.base_url, token="static-test-token", timeout=httpx.Timeout(30.0)
    )
    with client:
        yield client


@pytest.mark.parametrize("call", ALL_CALLS, ids=lambda call: call.name)
def test_sync_with_static_token(call: Call, static_client: AuthenticatedClient) -> None:
    call.check(call_sync(call, static_client))


@pytest.mark.parametrize("call", ALL_CALLS, ids=lambda call: call.name)
async def test_async_with_static_token(call: Call, prism: PrismServer) -> None:
    client = AuthenticatedClient(
        base_url=prism.base_url, token="static-test-token", timeout=httpx.Timeout(30.0)
    )
    async with client:
        call.check(await call_async(call, client))


def test_shipped_order_with_tracking(static_client: AuthenticatedClient) -> None:
    """Prism serves the spec's second example when asked with ``Prefer: example=...``."""
    with static_client.with_headers({"Prefer": "example=ShippedOrder"}) as shipped:
        check_shipped_order(get_order_by_id.sync(ORDER_ID, client=shipped))


def test_prism_refuses_a_call_without_a_token(prism: PrismServer) -> None:
    with Client(base_url=prism.base_url, timeout=httpx.Timeout(30.0)) as client:
        response = get_order_by_id.sync_detailed(ORDER_ID, client=client)
    assert response.status_code == 401
    with (
        Client(base_url=prism.base_url, timeout=httpx.Timeout(30.0)) as client,
        pytest.raises(UnexpectedStatus) as raised,
    ):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert raised.value.status_code == 401


def test_prism_refuses_a_body_that_breaks_the_schema(static_client: AuthenticatedClient) -> None:
    bad = order_request()
    bad.customer.address.zip_code = "9430"
    response = create_order.sync_detailed(client=static_client, body=bad)
    assert response.status_code == 422


# ------------------------------------------------------------------------- through JuniperClient
def juniper_client(prism: PrismServer, tokens: TokenServer) -> JuniperClient:
    """A JuniperClient on Prism, exchanging its credentials at the local token endpoint."""
    return JuniperClient(
        base_url=prism.base_url,
        token_url=tokens.token_url,
        client_id=tokens.client_id,
        client_secret=tokens.client_secret,
    )


@pytest.fixture(scope="module")
def module_token_server() -> Iterator[TokenServer]:
    """One token endpoint for every sync JuniperClient test of this module."""
    with TokenServer() as server:
        yield server


@pytest.fixture(scope="module")
def shared_juniper_client(
    prism: PrismServer, module_token_server: TokenServer
) -> Iterator[JuniperClient]:
    """One sync JuniperClient for the module: every operation shares its one token."""
    with juniper_client(prism, module_token_server) as client:
        yield client


@pytest.mark.parametrize("call", ALL_CALLS, ids=lambda call: call.name)
def test_sync_with_juniper_client(
    call: Call, shared_juniper_client: JuniperClient, module_token_server: TokenServer
) -> None:
    call.check(call_sync(call, shared_juniper_client))
    assert module_token_server.token_count == 1


@pytest.mark.parametrize("call", ALL_CALLS, ids=lambda call: call.name)
async def test_async_with_juniper_client(
    call: Call, prism: PrismServer, token_server: TokenServer
) -> None:
    # An httpx.AsyncClient belongs to one event loop, and each test has its own: one client each.
    async with juniper_client(prism, token_server) as client:
        call.check(await call_async(call, client))
    assert token_server.token_count == 1


def test_every_operation_through_one_juniper_client(
    prism: PrismServer, token_server: TokenServer
) -> None:
    with juniper_client(prism, token_server) as client:
        for call in ALL_CALLS:
            call.check(call_sync(call, client))
    assert token_server.token_count == 1


async def test_every_operation_through_one_async_juniper_client(
    prism: PrismServer, token_server: TokenServer
) -> None:
    async with juniper_client(prism, token_server) as client:
        for call in ALL_CALLS:
            call.check(await call_async(call, client))
    assert token_server.token_count == 1


def test_juniper_client_with_a_prefer_header(prism: PrismServer, token_server: TokenServer) -> None:
    with juniper_client(prism, token_server) as client:
        shipped = client.with_options(headers={"Prefer": "example=ShippedOrder"})
        check_shipped_order(get_order_by_id.sync(ORDER_ID, client=shipped))
        check_new_order(get_order_by_id.sync(ORDER_ID, client=client))
    assert token_server.token_count == 1


def test_juniper_client_raises_422_for_a_body_that_breaks_the_schema(
    prism: PrismServer, token_server: TokenServer
) -> None:
    bad = order_request()
    bad.customer.address.zip_code = "9430"
    with juniper_client(prism, token_server) as client, pytest.raises(UnprocessableEntityError):
        create_order.sync(client=client, body=bad)
