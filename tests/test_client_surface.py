"""The resource surface: ``client.<tag>.<operation>(...)`` for every operation of the spec.

Generated per tag from the templates, so these tests read the spec, not a list of names: an
operation added to openapi/index.yaml must show up as a sync method, a coroutine and a raw-response
method with the module function's parameters, or a test here fails.
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import juniper_fulfillment_client
from juniper_fulfillment import (
    AsyncCursorPage,
    AsyncJuniperClient,
    Hooks,
    JuniperClient,
    NotFoundError,
    RequestValidationError,
    SyncCursorPage,
)
from juniper_fulfillment._resource import NOT_GIVEN, NotGiven
from juniper_fulfillment_client.models import CreateOrderRequest, Order
from juniper_fulfillment_client.types import Response
from scripts.sandbox import PrismServer, TokenServer
from tests.test_contract import ALL_CALLS, ORDER_ID, Call, order_request

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "index.yaml"
CALL_OPTIONS = ("timeout", "extra_headers", "max_retries", "deadline", "hooks")
KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def spec_operations() -> list[str]:
    spec = yaml.safe_load(SPEC.read_text())
    return sorted(
        snake(operation["operationId"])
        for path in spec["paths"].values()
        for method, operation in path.items()
        if method in HTTP_METHODS
    )


def tag_of(operation: str) -> str:
    """The generated API package that holds ``operation``'s module."""
    import juniper_fulfillment_client.api as api

    packages = [
        tag for tag in api.TAGS if (Path(api.__file__).parent / tag / f"{operation}.py").exists()
    ]
    assert len(packages) == 1, (operation, packages)
    return packages[0]


def module_of(operation: str) -> Any:
    import importlib

    return importlib.import_module(
        f"juniper_fulfillment_client.api.{tag_of(operation)}.{operation}"
    )


def is_paginated(operation: str) -> bool:
    module = module_of(operation)
    return hasattr(module, "page_items")


def client_for(prism: PrismServer, tokens: TokenServer, cls: type[Any] = JuniperClient) -> Any:
    return cls(
        base_url=prism.base_url,
        token_url=tokens.token_url,
        client_id=tokens.client_id,
        client_secret=tokens.client_secret,
    )


@pytest.fixture
def tokens() -> Iterator[TokenServer]:
    with TokenServer() as server:
        yield server


# ---------------------------------------------------------------------------------- the surface
def test_the_spec_has_operations() -> None:
    """Each operation of the spec is one generated module, and each tag package holds some."""
    import pkgutil

    import juniper_fulfillment_client.api as api

    operations = spec_operations()
    assert operations
    generated = sorted(
        module.name
        for tag in api.TAGS
        for module in pkgutil.iter_modules([str(Path(api.__file__).parent / tag)])
    )
    assert generated == operations
    assert set(api.TAGS) == {tag_of(operation) for operation in operations}


def expected_parameters(function: Any, *, body_accepts_mapping: bool) -> list[tuple[Any, ...]]:
    hints = typing.get_type_hints(function)
    parameters = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "client":
            continue
        annotation = hints[parameter.name]
        if parameter.name == "body" and body_accepts_mapping:
            annotation = annotation | Mapping[str, Any]
        parameters.append((parameter.name, parameter.kind, parameter.default, annotation))
    parameters += [
        ("timeout", KEYWORD_ONLY, NOT_GIVEN, float | httpx.Timeout | NotGiven | None),
        ("extra_headers", KEYWORD_ONLY, None, Mapping[str, str] | None),
        ("max_retries", KEYWORD_ONLY, None, int | None),
        ("deadline", KEYWORD_ONLY, NOT_GIVEN, float | NotGiven | None),
        ("hooks", KEYWORD_ONLY, NOT_GIVEN, Hooks | NotGiven | None),
    ]
    return parameters


def actual_parameters(method: Any) -> list[tuple[Any, ...]]:
    hints = typing.get_type_hints(method)
    return [
        (parameter.name, parameter.kind, parameter.default, hints[parameter.name])
        for name, parameter in inspect.signature(method).parameters.items()
        if name != "self"
    ]


@pytest.mark.parametrize("operation", spec_operations())
def test_every_operation_is_a_method_with_the_module_functions_parameters(operation: str) -> None:
    client = JuniperClient(client_id="id", client_secret="secret")
    async_client = AsyncJuniperClient(client_id="id", client_secret="secret")
    tag = tag_of(operation)
    module = module_of(operation)
    body_type = typing.get_type_hints(module.sync).get("body")
    body_is_model = hasattr(body_type, "from_dict")
    faces = [
        (getattr(getattr(client, tag), operation), module.sync, False),
        (getattr(getattr(async_client, tag), operation), module.asyncio, True),
        (getattr(getattr(client.with_raw_response, tag), operation), module.sync_detailed, False),
        (
            getattr(getattr(async_client.with_raw_response, tag), operation),
            module.asyncio_detailed,
            True,
        ),
    ]
    for method, function, is_coroutine in faces:
        assert inspect.iscoroutinefunction(method) is is_coroutine, method
        assert actual_parameters(method) == expected_parameters(
            function, body_accepts_mapping=body_is_model
        ), method
        # The spec's documentation, and the errors a JuniperClient really raises.
        description = re.split(r"\n(?:Args|Raises):", inspect.getdoc(function) or "")[0]
        assert description.strip()
        assert (inspect.getdoc(method) or "").startswith(description)
        assert "juniper_fulfillment.APIStatusError" in (method.__doc__ or "")
        assert "httpx.TimeoutException" not in (function.__doc__ or "")
        assert "Client.raise_on_unexpected_status" not in (function.__doc__ or "")
    returned = [typing.get_type_hints(face[0])["return"] for face in faces]
    if is_paginated(operation):
        item = typing.get_type_hints(module.page_items)["return"]
        assert returned[0] == SyncCursorPage[typing.get_args(item)[0]]  # type: ignore[misc]
        assert returned[1] == AsyncCursorPage[typing.get_args(item)[0]]  # type: ignore[misc]
    else:
        assert returned[0] == returned[1] == typing.get_type_hints(module.sync)["return"]
    # Errors raise, so a raw response's ``parsed`` is typed as what sync() returns.
    success = typing.get_type_hints(module.sync)["return"]
    assert returned[2] == returned[3] == Response[success]  # type: ignore[valid-type]


@pytest.mark.parametrize("operation", spec_operations())
def test_extra_body_is_offered_exactly_where_the_body_is_a_json_object(operation: str) -> None:
    module = module_of(operation)
    body_type = typing.get_type_hints(module.sync).get("body")
    offered = hasattr(body_type, "from_dict")
    client = JuniperClient(client_id="id", client_secret="secret")
    method = getattr(getattr(client, tag_of(operation)), operation)
    for function in (module.sync, module.asyncio, module.sync_detailed, module.asyncio_detailed):
        parameter = inspect.signature(function).parameters.get("extra_body")
        assert (parameter is not None) is offered, function
        if parameter is not None:
            assert parameter.kind is KEYWORD_ONLY
            assert parameter.default is None
    if not offered:
        with pytest.raises(TypeError, match="extra_body"):
            method(*["x"] * len(module_path_parameters(module)), extra_body={"a": 1})


def module_path_parameters(module: Any) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(module.sync_detailed).parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]


def test_groups_are_created_once_per_client_and_per_copy() -> None:
    client = JuniperClient(client_id="id", client_secret="secret")
    assert client.orders is client.orders
    copy = client.with_options(max_retries=0)
    assert copy.orders is not client.orders
    assert copy.orders._client is copy


# ---------------------------------------------------------------------------- calls, on Prism
def resource_call(client: Any, call: Call) -> Any:
    method = getattr(getattr(client, tag_of(call.name)), call.name)
    return method(*call.args, **call.kwargs)


def check_result(call: Call, result: Any) -> None:
    if isinstance(result, SyncCursorPage | AsyncCursorPage):
        assert result.items
        return
    call.check(result)


@pytest.mark.prism
def test_every_operation_through_the_resources(prism: PrismServer, tokens: TokenServer) -> None:
    with client_for(prism, tokens) as client:
        for call in ALL_CALLS:
            check_result(call, resource_call(client, call))
            raw = resource_call(client.with_raw_response, call)
            assert isinstance(raw, Response)
            assert 200 <= raw.status_code < 300
            if raw.status_code != 204:
                call.check(raw.parsed)
    assert tokens.token_count == 1


@pytest.mark.prism
async def test_every_operation_through_the_async_client(
    prism: PrismServer, tokens: TokenServer
) -> None:
    async with client_for(prism, tokens, AsyncJuniperClient) as client:
        for call in ALL_CALLS:
            check_result(call, await resource_call(client, call))
            raw = await resource_call(client.with_raw_response, call)
            assert 200 <= raw.status_code < 300
    assert tokens.token_count == 1


@pytest.mark.prism
def test_raw_responses_still_raise_typed_errors(prism: PrismServer, tokens: TokenServer) -> None:
    with client_for(prism, tokens) as client, pytest.raises(NotFoundError) as raised:
        client.with_raw_response.orders.get_order_by_id(
            ORDER_ID, extra_headers={"Prefer": "code=404"}
        )
    assert raised.value.status_code == 404


@pytest.mark.prism
def test_a_body_may_be_a_mapping(prism: PrismServer, tokens: TokenServer) -> None:
    with client_for(prism, tokens) as client:
        order = client.orders.create_order(body=order_request().to_dict())
    assert isinstance(order, Order)


def test_a_bad_mapping_body_names_the_field_before_sending(tokens: TokenServer) -> None:
    body = order_request().to_dict()
    del body["customer"]
    with JuniperClient(
        base_url="http://127.0.0.1:9",  # nothing listens: a request sent would fail otherwise
        token_url=tokens.token_url,
        client_id=tokens.client_id,
        client_secret=tokens.client_secret,
    ) as client:
        with pytest.raises(RequestValidationError, match="customer: required field is missing"):
            client.orders.create_order(body=body)
        body = order_request().to_dict()
        body["lineItems"][0]["quantity"] = "3"
        with pytest.raises(RequestValidationError, match=r"lineItems\[0\]\.quantity: expected"):
            client.orders.create_order(body=body)
        with pytest.raises(TypeError, match="CreateOrderRequest or a mapping"):
            client.orders.create_order(body=["not", "a", "body"])  # type: ignore[arg-type]
    assert tokens.token_count == 0
    assert isinstance(RequestValidationError("x"), ValueError)
    assert CreateOrderRequest.from_dict(order_request().to_dict()) == order_request()


# ------------------------------------------------------------------------------ call options
def recording_client(seen: list[httpx.Request], cls: type[Any] = JuniperClient) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        seen.append(request)
        return httpx.Response(
            200,
            json={"id": 1, "name": "Omega", "price": "1.00"},
            headers={"x-request-id": "req_1"},
        )

    return cls(
        client_id="id",
        client_secret="secret",
        base_url="http://api.test",
        token_url="http://auth.test/token",
        timeout=30.0,
        httpx_args={
            "transport": httpx.MockTransport(handle),
            "async_transport": httpx.MockTransport(handle),
        },
    )


def test_per_call_timeout_and_headers_apply_to_that_call_only() -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        client.products.get_product_by_id(1, timeout=2.5, extra_headers={"X-Trace": "abc"})
        client.products.get_product_by_id(1)
        raw = client.with_raw_response.products.get_product_by_id(1, timeout=httpx.Timeout(1.0))
    assert seen[0].extensions["timeout"]["read"] == 2.5
    assert seen[0].headers["X-Trace"] == "abc"
    assert seen[1].extensions["timeout"]["read"] == 30.0
    assert "X-Trace" not in seen[1].headers
    assert seen[2].extensions["timeout"]["read"] == 1.0
    assert raw.headers["x-request-id"] == "req_1"


async def test_per_call_options_on_the_async_client() -> None:
    seen: list[httpx.Request] = []
    async with recording_client(seen, AsyncJuniperClient) as client:
        product = await client.products.get_product_by_id(1, timeout=4.0, max_retries=0)
    assert product.name == "Omega"
    assert seen[0].extensions["timeout"]["read"] == 4.0


@pytest.mark.parametrize("timeout", ["five seconds", True, [5]])
def test_a_timeout_of_the_wrong_type_is_refused_at_once(timeout: Any) -> None:
    client = JuniperClient(client_id="id", client_secret="secret")
    with pytest.raises(TypeError, match=r"timeout must be a number of seconds, an httpx\.Timeout"):
        client.with_options(timeout=timeout)
    with pytest.raises(TypeError, match="timeout must be a number of seconds"):
        JuniperClient(client_id="id", client_secret="secret", timeout=timeout)
    with pytest.raises(TypeError, match="timeout must be a number of seconds"):
        client.products.get_product_by_id(1, timeout=timeout)


# ------------------------------------------------------------------------------------ footguns
def test_the_bare_generated_client_is_not_exported() -> None:
    assert not hasattr(juniper_fulfillment_client, "AuthenticatedClient")
    assert juniper_fulfillment_client.__all__ == ()


def test_pages_refuse_a_bare_generated_client_at_once() -> None:
    from juniper_fulfillment import paginate
    from juniper_fulfillment_client.api.orders import list_orders
    from juniper_fulfillment_client.client import AuthenticatedClient

    bare = AuthenticatedClient(base_url="http://127.0.0.1:9", token="t")
    with pytest.raises(TypeError, match=r"must be a juniper_fulfillment\.JuniperClient"):
        next(paginate(list_orders, client=bare))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"must be a juniper_fulfillment\.JuniperClient"):
        SyncCursorPage.first(list_orders, bare, {})  # type: ignore[arg-type]


def test_an_error_body_reads_without_unset_objects() -> None:
    from juniper_fulfillment import APIStatusError
    from juniper_fulfillment_client.models import Error

    request = httpx.Request("GET", "https://api.test/v1/orders/o1")
    response = httpx.Response(404, json={"error": "not_found"}, request=request)
    error = APIStatusError.from_response(response)
    assert isinstance(error.parsed, Error)
    assert error.parsed.error == "not_found"
    assert "Unset object" not in repr(error.parsed)
    assert "message=UNSET" in repr(error.parsed)


# ---------------------------------------------------------------------- enum values as strings
def test_enum_parameters_accept_their_string_values() -> None:
    """``list_orders(status="SHIPPED")`` works as well as ``status=OrderStatus.SHIPPED``."""
    from juniper_fulfillment.testing import FakeJuniper
    from juniper_fulfillment_client.models import OrderStatus

    with FakeJuniper() as fake, fake.client() as client:
        order = client.orders.create_order(body=order_request())
        client.orders.cancel_order(order.id)
        by_string = [o.id for o in client.orders.list_orders(status="CANCELLED")]  # type: ignore[arg-type]
        by_member = [o.id for o in client.orders.list_orders(status=OrderStatus.CANCELLED)]
        assert by_string == by_member == [order.id]
        assert list(client.orders.list_orders(status="NEW")) == []  # type: ignore[arg-type]
