"""Typed errors and typed results of the generated operations run through JuniperClient.

Every non-2xx status raises its ``APIStatusError`` subclass with the raw body, the parsed
``Error`` model, the headers and the request id; ``sync()`` and ``asyncio()`` return the model
(never None) on success. Run against a real local server.
"""

from __future__ import annotations

import gzip
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

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
    JuniperClient,
    JuniperError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from juniper_fulfillment.testing import FakeJuniper, FakeServer
from juniper_fulfillment_client._spec import ENVIRONMENTS
from juniper_fulfillment_client.api.orders import (
    cancel_order,
    create_order,
    get_order_by_id,
    list_orders,
)
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


# ----------------------------------------------------------------- what the server said, bounded
@pytest.fixture
def fake_server() -> Iterator[tuple[FakeJuniper, FakeServer]]:
    """The package's fake Juniper on a real socket."""
    with FakeJuniper() as fake, fake.serve() as served:
        yield fake, served


def fake_client(fake: FakeJuniper, served: FakeServer, **options: Any) -> JuniperClient:
    settings: dict[str, Any] = {
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        "base_url": served.base_url,
        "token_url": served.token_url,
        "max_retries": 0,
        **options,
    }
    return JuniperClient(**settings)


def test_a_400_says_which_parameter_and_why(
    fake_server: tuple[FakeJuniper, FakeServer],
) -> None:
    fake, served = fake_server
    with fake_client(fake, served) as client, pytest.raises(BadRequestError) as raised:
        list_orders.sync(client=client, limit=101)
    message = str(raised.value)
    # Before, only "bad_request: A parameter is missing or out of range": the useful part sat in
    # error.parsed.detail.
    assert "A parameter is missing or out of range" in message
    assert "query.limit: At most 100" in message
    assert raised.value.parsed is not None
    assert raised.value.parsed.detail[0].msg == "At most 100"  # type: ignore[index]


def test_a_422_names_each_field_of_the_body(fake_server: tuple[FakeJuniper, FakeServer]) -> None:
    fake, served = fake_server
    body = order_request().to_dict()
    del body["customer"]["firstName"]
    body["lineItems"][0]["quantity"] = 0
    with fake_client(fake, served) as client, pytest.raises(APIStatusError) as raised:
        client.get_httpx_client().post("/orders", json=body)
    message = str(raised.value)
    assert raised.value.status_code == 422
    assert "body.customer.firstName: Field required" in message
    assert "body.lineItems[0].quantity: At least 1" in message


def test_the_detail_in_a_message_is_bounded_and_never_quotes_an_input(server: FaultServer) -> None:
    secret_value = "Jane-Doe-1970-01-01"  # what a server might echo back from the request
    issues = [
        {
            "loc": ["body", "lineItems", index, "note" + "x" * 200],
            "type": "invalid",
            "msg": f"problem {index} " + "y" * 500,
            "input": secret_value,
            "ctx": {"value": secret_value},
        }
        for index in range(40)
    ]
    payload = {"error": "validation_error", "message": "m" * 5000, "detail": issues}
    server.script("GET", ORDER_PATH, Reply(422, json.dumps(payload).encode()))
    with client_for(server, max_retries=0) as client, pytest.raises(APIStatusError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    message = str(raised.value)
    assert secret_value not in message
    assert "validation_error" in message
    assert "body.lineItems[0].note" in message
    assert "problem 0 " in message
    assert "problem 4 " in message
    assert "problem 5 " not in message
    assert "and 35 more" in message
    assert len(message) < 2000
    assert raised.value.body == json.dumps(payload).encode()  # the whole answer is still kept


def test_a_json_body_of_another_shape_is_not_quoted_whole(server: FaultServer) -> None:
    # A gateway's or framework's JSON: its message fields are shown, its other fields are not.
    payload = {"Message": "User is not authorized", "request": {"lastName": "Doe-Sentinel"}}
    server.script("GET", ORDER_PATH, Reply(403, json.dumps(payload).encode()))
    server.script("GET", ORDER_PATH, Reply(404, json.dumps({"detail": "Not Found"}).encode()))
    with client_for(server, max_retries=0) as client:
        with pytest.raises(PermissionDeniedError) as denied:
            get_order_by_id.sync(ORDER_ID, client=client)
        with pytest.raises(NotFoundError) as missing:
            get_order_by_id.sync(ORDER_ID, client=client)
    assert "User is not authorized" in str(denied.value)
    assert "Doe-Sentinel" not in str(denied.value)
    assert " - Not Found" in str(missing.value)


def test_a_404_without_the_servers_path_says_the_base_url_misses_it(
    fake_server: tuple[FakeJuniper, FakeServer],
) -> None:
    fake, served = fake_server
    server_path = urllib.parse.urlsplit(ENVIRONMENTS["sandbox"][0]).path  # "/v1", from the spec
    assert served.base_url.endswith(server_path)
    without = served.base_url.removesuffix(server_path)
    client = fake_client(fake, served, base_url=without)
    with client, pytest.raises(NotFoundError) as raised:
        client.orders.get_order_by_id(ORDER_ID)
    message = str(raised.value)
    assert f"the base_url probably misses {server_path}" in message
    assert ENVIRONMENTS["sandbox"][0] in message  # what a right one looks like

    # A 404 for an unknown id on the right base_url is just that: no hint.
    with fake_client(fake, served) as client, pytest.raises(NotFoundError) as raised:
        client.orders.get_order_by_id(ORDER_ID)
    assert "base_url" not in str(raised.value)
    assert f"GET {server_path}/orders/{ORDER_ID} returned 404" in str(raised.value)


def test_a_404_under_a_gateways_prefix_is_hinted_only_when_the_servers_path_is_missing(
    server: FaultServer,
) -> None:
    server_path = urllib.parse.urlsplit(ENVIRONMENTS["sandbox"][0]).path
    server.script("GET", f"/gateway{server_path}{ORDER_PATH}", Reply(404))
    server.script("GET", f"/gateway{ORDER_PATH}", Reply(404))
    mounted_client = client_for(server, base_url=f"{server.base_url}/gateway{server_path}")
    with mounted_client, pytest.raises(NotFoundError) as mounted:
        get_order_by_id.sync(ORDER_ID, client=mounted_client)
    missing_client = client_for(server, base_url=f"{server.base_url}/gateway")
    with missing_client, pytest.raises(NotFoundError) as missing:
        get_order_by_id.sync(ORDER_ID, client=missing_client)
    assert "base_url" not in str(mounted.value)
    assert f"the base_url probably misses {server_path}" in str(missing.value)
