"""Typed errors and typed results of the generated operations run through JuniperClient.

Every non-2xx status raises its ``APIStatusError`` subclass with the raw body, the parsed
``Error`` model, the headers and the request id; ``sync()`` and ``asyncio()`` return the model
(never None) on success. Run against a real local server.
"""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from juniper_fulfillment import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    JuniperError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from juniper_fulfillment_client.api.orders import cancel_order, create_order, get_order_by_id
from juniper_fulfillment_client.api.partner_settings import (
    get_partner_settings,
    update_partner_settings,
)
from juniper_fulfillment_client.api.protocols import (
    delete_protocol,
    get_protocol_by_id,
    update_protocol,
)
from juniper_fulfillment_client.errors import UnexpectedStatus
from juniper_fulfillment_client.models import (
    Error,
    Order,
    OrderStatus,
    PartnerSettings,
    PartnerSettingsUpdate,
    Protocol,
)
from tests.fault_server import (
    ORDER_ID,
    PROTOCOL_ID,
    FaultServer,
    Reply,
    client_for,
    order_json,
)
from tests.test_contract import order_request

ORDER_PATH = f"/orders/{ORDER_ID}"

STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
}


def error_body(status: int) -> bytes:
    """The API's error JSON, laid out unusually so that a re-serialised copy would differ."""
    payload = {
        "error": f"error_{status}",
        "message": f"scripted {status}",
        "detail": [{"loc": ["body", "customer"], "type": "missing", "msg": "required"}],
    }
    return json.dumps(payload, indent=3).encode()


def test_the_error_classes_form_one_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, JuniperError)
    assert issubclass(APIStatusError, JuniperError)
    assert all(issubclass(cls, APIStatusError) for cls in STATUS_CLASSES.values())


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
def test_each_status_raises_its_class_with_body_parsed_and_headers(
    server: FaultServer, status: int
) -> None:
    headers = {"Retry-After": "7"} if status == 429 else {}
    # Twice: a 401 is replayed once with a fresh token before it is raised.
    reply = Reply(status, error_body(status), headers)
    server.script("GET", ORDER_PATH, reply, reply)
    with client_for(server, max_retries=0) as client, pytest.raises(APIStatusError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)

    error = raised.value
    assert type(error) is STATUS_CLASSES[status]
    assert error.status_code == status
    assert error.body == error_body(status)
    assert isinstance(error.parsed, Error)
    assert error.parsed.error == f"error_{status}"
    assert error.parsed.message == f"scripted {status}"
    assert error.parsed.detail[0].msg == "required"  # type: ignore[index]
    assert error.headers["content-type"] == "application/json"
    assert error.request_id is not None
    assert error.request_id == error.headers["x-request-id"]
    assert error.method == "GET"
    assert error.url == f"{server.base_url}{ORDER_PATH}"
    assert f"GET {ORDER_PATH} returned {status}" in str(error)
    assert f"scripted {status}" in str(error)
    assert error.request_id in str(error)
    if isinstance(error, RateLimitError):
        assert error.retry_after == 7


@pytest.mark.parametrize("status", [400, 404, 409, 422, 500])
async def test_async_statuses_raise_the_same_classes(server: FaultServer, status: int) -> None:
    server.script("POST", f"/orders/{ORDER_ID}/cancel", Reply(status, error_body(status)))
    async with client_for(server, max_retries=0) as client:
        with pytest.raises(APIStatusError) as raised:
            await cancel_order.asyncio(ORDER_ID, client=client)
    assert type(raised.value) is STATUS_CLASSES[status]
    assert raised.value.body == error_body(status)
    assert isinstance(raised.value.parsed, Error)


def test_a_body_that_is_not_the_error_json_is_kept_raw(server: FaultServer) -> None:
    html = b"<html><body>502 Bad Gateway</body></html>"
    server.script("GET", ORDER_PATH, Reply(502, html, {"Content-Type": "text/html"}))
    with client_for(server, max_retries=0) as client, pytest.raises(InternalServerError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert raised.value.body == html
    assert raised.value.parsed is None
    assert "502 Bad Gateway" in str(raised.value)


def test_an_undocumented_status_raises_api_status_error(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(418, b""))
    with client_for(server) as client, pytest.raises(APIStatusError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert type(raised.value) is APIStatusError
    assert raised.value.status_code == 418
    assert raised.value.body == b""
    assert not isinstance(raised.value, UnexpectedStatus)


# ------------------------------------------------------------------- generated operations
def test_sync_operations_return_models(server: FaultServer) -> None:
    with client_for(server) as client:
        order = get_order_by_id.sync(ORDER_ID, client=client)
        created = create_order.sync(client=client, body=order_request())
        cancelled = cancel_order.sync(ORDER_ID, client=client)
        protocol = update_protocol.sync(PROTOCOL_ID, client=client, body=order_request())
        fetched = get_protocol_by_id.sync(PROTOCOL_ID, client=client)
        settings = get_partner_settings.sync(client=client)
        updated = update_partner_settings.sync(
            client=client, body=PartnerSettingsUpdate(primary_color="#1a73e8")
        )
        deleted = delete_protocol.sync_detailed(PROTOCOL_ID, client=client)

    assert isinstance(order, Order)
    assert order.line_items[0].price == "0.37"  # type: ignore[index]
    assert isinstance(created, Order)
    assert created.status == OrderStatus.NEW
    assert isinstance(cancelled, Order)
    assert cancelled.status == OrderStatus.CANCELLED
    assert isinstance(protocol, Protocol)
    assert isinstance(fetched, Protocol)
    assert fetched.customer.first_name == "John"
    assert isinstance(settings, PartnerSettings)
    assert settings.name == "Acme Health"
    assert isinstance(updated, PartnerSettings)
    assert deleted.status_code == 204
    assert server.token_count == 1


async def test_async_operations_return_models(server: FaultServer) -> None:
    async with client_for(server) as client:
        order = await get_order_by_id.asyncio(ORDER_ID, client=client)
        created = await create_order.asyncio(client=client, body=order_request())
        protocol = await update_protocol.asyncio(PROTOCOL_ID, client=client, body=order_request())
        settings = await update_partner_settings.asyncio(
            client=client, body=PartnerSettingsUpdate(primary_color="#1a73e8")
        )
        await delete_protocol.asyncio(PROTOCOL_ID, client=client)
    assert isinstance(order, Order)
    assert isinstance(created, Order)
    assert isinstance(protocol, Protocol)
    assert isinstance(settings, PartnerSettings)
    assert server.token_count == 1


def test_sync_detailed_raises_typed_errors_too(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(404))
    with client_for(server) as client, pytest.raises(NotFoundError):
        get_order_by_id.sync_detailed(ORDER_ID, client=client)


def test_operations_raise_typed_errors_not_unexpected_status(server: FaultServer) -> None:
    server.script("POST", f"/orders/{ORDER_ID}/cancel", Reply(409))
    server.script("POST", "/orders", Reply(422))
    server.script("PUT", f"/protocols/{PROTOCOL_ID}", Reply(403))
    with client_for(server) as client:
        with pytest.raises(ConflictError):
            cancel_order.sync(ORDER_ID, client=client)
        with pytest.raises(UnprocessableEntityError):
            create_order.sync(client=client, body=order_request())
        with pytest.raises(PermissionDeniedError):
            update_protocol.sync(PROTOCOL_ID, client=client, body=order_request())


def test_a_compressed_body_is_decoded_once(server: FaultServer) -> None:
    body = gzip.compress(json.dumps(order_json("SHIPPED")).encode())
    server.script("GET", ORDER_PATH, Reply(200, body, {"Content-Encoding": "gzip"}))
    with client_for(server) as client:
        order = get_order_by_id.sync(ORDER_ID, client=client)
        assert order.status == OrderStatus.SHIPPED
        server.script("GET", ORDER_PATH, Reply(200, body, {"Content-Encoding": "gzip"}))
        response = client.get_httpx_client().get(ORDER_PATH)
    assert response.json()["status"] == "SHIPPED"
    assert response.elapsed.total_seconds() >= 0  # timed and closed as any httpx response


def test_errors_can_be_caught_as_juniper_error(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(404))
    with client_for(server) as client:
        try:
            get_order_by_id.sync(ORDER_ID, client=client)
        except JuniperError as error:
            caught: JuniperError = error
        else:
            pytest.fail("no error raised")
    assert isinstance(caught, NotFoundError)
    assert not isinstance(caught, httpx.HTTPError)
