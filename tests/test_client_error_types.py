"""Everything the client raises is a JuniperError.

Each failure the README's errors table lists is driven here and raises exactly its class; a closed
client raises ClientClosedError before anything is sent, on every face (resources, generated
functions, raw responses, pages, copies); whatever else the transport stack raises becomes an
APIConnectionError keeping the original as its cause, with the POST warning when the request may
have left. KeyboardInterrupt, SystemExit and cancellation are never swallowed.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import juniper_fulfillment
from juniper_fulfillment import (
    APIConnectionError,
    AsyncJuniperClient,
    ClientClosedError,
    JuniperClient,
    JuniperError,
    apaginate,
    paginate,
)
from juniper_fulfillment.webhooks import verify_signature
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id, list_orders
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for, free_port, order_json
from tests.test_contract import order_request

README = Path(__file__).resolve().parents[1] / "README.md"
ORDER_PATH = f"/orders/{ORDER_ID}"
POST_WARNING = "the server may have received this request"


def documented_errors() -> list[str]:
    """The exception names of the README's errors table, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Errors\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE)


# ------------------------------------------------------------------ each documented failure
def _status(status: int, *replies: Reply) -> Callable[[FaultServer], None]:
    def drive(server: FaultServer) -> None:
        server.script("GET", ORDER_PATH, *(replies or (Reply(status),)))
        with client_for(server, max_retries=0) as client:
            client.orders.get_order_by_id(ORDER_ID)

    return drive


def _refused(server: FaultServer) -> None:
    with client_for(server, base_url=f"http://127.0.0.1:{free_port()}", max_retries=0) as client:
        client.orders.get_order_by_id(ORDER_ID)


def _timed_out(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(delay=3.0))
    with client_for(server, max_retries=0, timeout=0.3) as client:
        client.orders.get_order_by_id(ORDER_ID)


def _repeated_cursor(server: FaultServer) -> None:
    page = Reply(200, body={"orders": [order_json()], "cursor": "the-same-cursor"})
    server.script("GET", "/orders", page, page)
    with client_for(server, max_retries=0) as client:
        for _ in paginate(list_orders, client=client):
            pass


def _invalid_body(server: FaultServer) -> None:
    with client_for(server) as client:
        try:
            client.orders.create_order(body={"customer": "nobody"})
        finally:
            assert server.requests == []
            assert server.token_requests == []


def _forged_webhook(server: FaultServer) -> None:
    verify_signature(b'{"type": "orderStatusChanged"}', "t=1700000000,v1=00", "whsec_test")


def _closed(server: FaultServer) -> None:
    client = client_for(server)
    client.close()
    client.orders.get_order_by_id(ORDER_ID)


DRIVERS: dict[str, Callable[[FaultServer], None]] = {
    "APIConnectionError": _refused,
    "APITimeoutError": _timed_out,
    "APIStatusError": _status(418),
    "BadRequestError": _status(400),
    # The first 401 makes the client fetch a new token and replay once; the second one is final.
    "AuthenticationError": _status(401, Reply(401), Reply(401)),
    "PermissionDeniedError": _status(403),
    "NotFoundError": _status(404),
    "ConflictError": _status(409),
    "UnprocessableEntityError": _status(422),
    "RateLimitError": _status(429),
    "InternalServerError": _status(500),
    "PaginationError": _repeated_cursor,
    "RequestValidationError": _invalid_body,
    "WebhookVerificationError": _forged_webhook,
    "ClientClosedError": _closed,
}


def test_every_failure_the_readme_lists_is_driven_here() -> None:
    assert sorted(documented_errors()) == sorted(DRIVERS)


@pytest.mark.parametrize("name", sorted(DRIVERS))
def test_each_documented_failure_raises_exactly_its_class(server: FaultServer, name: str) -> None:
    with pytest.raises(JuniperError) as raised:
        DRIVERS[name](server)
    assert type(raised.value) is getattr(juniper_fulfillment, name)


# ----------------------------------------------------------------------------- closed clients
SYNC_CALLS: dict[str, Callable[[JuniperClient], Any]] = {
    "resource method": lambda c: c.orders.get_order_by_id(ORDER_ID),
    "generated sync": lambda c: get_order_by_id.sync(ORDER_ID, client=c),
    "generated sync_detailed": lambda c: get_order_by_id.sync_detailed(ORDER_ID, client=c),
    "raw response": lambda c: c.with_raw_response.orders.get_order_by_id(ORDER_ID),
    "page": lambda c: c.orders.list_orders(),
    "paginate": lambda c: list(paginate(list_orders, client=c)),
    "create_order": lambda c: c.orders.create_order(body=order_request()),
    "with_options copy": lambda c: c.with_options(timeout=5.0).orders.get_order_by_id(ORDER_ID),
    "with block": lambda c: c.__enter__(),
}


@pytest.mark.parametrize("call", sorted(SYNC_CALLS))
def test_a_closed_client_raises_before_sending(server: FaultServer, call: str) -> None:
    with client_for(server) as client:
        client.orders.get_order_by_id(ORDER_ID)
    sent = len(server.requests)
    with pytest.raises(ClientClosedError, match="closed") as raised:
        SYNC_CALLS[call](client)
    assert isinstance(raised.value, RuntimeError)  # what a closed client raised before
    assert len(server.requests) == sent
    assert server.token_count == 1


def test_a_client_closed_before_its_first_call_asks_for_no_token(server: FaultServer) -> None:
    client = client_for(server)
    client.close()
    with pytest.raises(ClientClosedError):
        client.orders.get_order_by_id(ORDER_ID)
    assert server.token_requests == []
    assert server.requests == []


def test_a_client_that_has_sent_can_still_be_entered(server: FaultServer) -> None:
    client = client_for(server)
    client.orders.get_order_by_id(ORDER_ID)
    with client:
        client.orders.get_order_by_id(ORDER_ID)
    with pytest.raises(ClientClosedError):
        client.orders.get_order_by_id(ORDER_ID)


def test_copies_close_with_the_client_that_owns_the_pools(server: FaultServer) -> None:
    client = client_for(server)
    copy = client.with_options(max_retries=0)
    copy.close()  # a copy's close closes only the copy
    client.orders.get_order_by_id(ORDER_ID)
    other = client.with_options(timeout=5.0)
    client.close()
    with pytest.raises(ClientClosedError, match="copied from"):
        other.orders.get_order_by_id(ORDER_ID)


def async_client_for(server: FaultServer, **options: Any) -> AsyncJuniperClient:
    return AsyncJuniperClient(
        client_id=server.client_id,
        client_secret=server.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        **options,
    )


async def _collect(pages: Any) -> list[Any]:
    return [item async for item in pages]


ASYNC_CALLS: dict[str, Callable[[AsyncJuniperClient], Awaitable[Any]]] = {
    "resource method": lambda c: c.orders.get_order_by_id(ORDER_ID),
    "generated asyncio": lambda c: get_order_by_id.asyncio(ORDER_ID, client=c),
    "generated asyncio_detailed": lambda c: get_order_by_id.asyncio_detailed(ORDER_ID, client=c),
    "raw response": lambda c: c.with_raw_response.orders.get_order_by_id(ORDER_ID),
    "page": lambda c: c.orders.list_orders(),
    "apaginate": lambda c: _collect(apaginate(list_orders, client=c)),
    "create_order": lambda c: create_order.asyncio(client=c, body=order_request()),
    "with_options copy": lambda c: c.with_options(timeout=5.0).orders.get_order_by_id(ORDER_ID),
    "async with block": lambda c: c.__aenter__(),
}


@pytest.mark.parametrize("call", sorted(ASYNC_CALLS))
async def test_a_closed_async_client_raises_before_sending(server: FaultServer, call: str) -> None:
    async with async_client_for(server) as client:
        await client.orders.get_order_by_id(ORDER_ID)
    sent = len(server.requests)
    with pytest.raises(ClientClosedError):
        await ASYNC_CALLS[call](client)
    assert len(server.requests) == sent


async def test_juniper_client_aclose_closes_only_its_async_side(server: FaultServer) -> None:
    client = client_for(server)
    await get_order_by_id.asyncio(ORDER_ID, client=client)
    await client.aclose()
    with pytest.raises(ClientClosedError, match="async"):
        await get_order_by_id.asyncio(ORDER_ID, client=client)
    client.orders.get_order_by_id(ORDER_ID)
    client.close()
    with pytest.raises(ClientClosedError):
        client.orders.get_order_by_id(ORDER_ID)


# -------------------------------------------------- anything else the transport stack raises
TOKEN_URL = "http://juniper.test/oauth2/token"
TOKEN = "tok_unexpected_0123456789"


class Exploding:
    """A transport handler: tokens from the token URL, ``error`` raised for everything else."""

    def __init__(self, error: BaseException, *, at_token: bool = False) -> None:
        self.error = error
        self.at_token = at_token
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if str(request.url) == TOKEN_URL and not self.at_token:
            body = {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}
            return httpx.Response(200, content=json.dumps(body).encode())
        raise self.error


def exploding_client(handler: Exploding, client_class: type[Any] = JuniperClient) -> Any:
    transport = httpx.MockTransport(handler)
    return client_class(
        client_id="unexpected",
        client_secret="unexpected-secret",
        base_url="http://juniper.test/v1",
        token_url=TOKEN_URL,
        max_retries=2,
        httpx_args={"transport": transport, "async_transport": transport},
    )


UNEXPECTED = [
    RuntimeError("Event loop is closed"),
    BrokenPipeError(32, "Broken pipe"),
    OSError(5, "Input/output error"),
    ValueError("a transport's own bug"),
]


@pytest.mark.parametrize("error", UNEXPECTED, ids=lambda error: type(error).__name__)
def test_an_unexpected_error_on_a_get_is_an_api_connection_error(error: Exception) -> None:
    handler = Exploding(error)
    with exploding_client(handler) as client, pytest.raises(APIConnectionError) as raised:
        client.orders.get_order_by_id(ORDER_ID)
    assert type(raised.value) is APIConnectionError
    assert raised.value.__cause__ is error
    assert f"GET /v1{ORDER_PATH} failed: {type(error).__name__}" in str(raised.value)
    assert POST_WARNING not in str(raised.value)
    assert handler.calls == 2  # the token, then one attempt: an unknown failure is not retried


@pytest.mark.parametrize("error", UNEXPECTED, ids=lambda error: type(error).__name__)
def test_an_unexpected_error_on_a_post_says_it_may_have_been_received(error: Exception) -> None:
    handler = Exploding(error)
    with exploding_client(handler) as client, pytest.raises(APIConnectionError) as raised:
        client.orders.create_order(body=order_request())
    assert raised.value.__cause__ is error
    assert POST_WARNING in str(raised.value)
    assert handler.calls == 2


@pytest.mark.parametrize("error", UNEXPECTED, ids=lambda error: type(error).__name__)
async def test_an_unexpected_error_in_async_code_is_an_api_connection_error(
    error: Exception,
) -> None:
    handler = Exploding(error)
    async with exploding_client(handler, AsyncJuniperClient) as client:
        with pytest.raises(APIConnectionError) as raised:
            await client.orders.create_order(body=order_request())
    assert raised.value.__cause__ is error
    assert POST_WARNING in str(raised.value)


def test_an_unexpected_error_of_the_token_request_is_an_api_connection_error() -> None:
    error = RuntimeError("Event loop is closed")
    handler = Exploding(error, at_token=True)
    with exploding_client(handler) as client, pytest.raises(APIConnectionError) as raised:
        client.orders.get_order_by_id(ORDER_ID)
    assert raised.value.__cause__ is error
    assert "token request" in str(raised.value)
    assert handler.calls == 1


def test_an_unexpected_error_echoing_the_token_keeps_it_out_of_the_message() -> None:
    class Echoing(Exploding):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            self.error = RuntimeError(f"cannot send {request.headers.get('Authorization')}")
            return super().__call__(request)

    client = exploding_client(Echoing(RuntimeError()))
    with client, pytest.raises(APIConnectionError) as raised:
        client.orders.get_order_by_id(ORDER_ID)
    assert TOKEN not in str(raised.value)
    assert "[redacted]" in str(raised.value)


@pytest.mark.parametrize("error", [KeyboardInterrupt(), SystemExit(3)], ids=repr)
def test_interrupts_and_exits_pass_through(error: BaseException) -> None:
    with exploding_client(Exploding(error)) as client, pytest.raises(type(error)) as raised:
        client.orders.get_order_by_id(ORDER_ID)
    assert raised.value is error


async def test_cancellation_passes_through() -> None:
    error = asyncio.CancelledError()
    async with exploding_client(Exploding(error), AsyncJuniperClient) as client:
        with pytest.raises(asyncio.CancelledError):
            await client.orders.get_order_by_id(ORDER_ID)
