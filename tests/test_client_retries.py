"""The retry policy of JuniperClient, proven against a real local server.

Idempotent requests (GET, PUT, PATCH, DELETE) are retried after connection errors, timeouts, 408,
429 and 5xx, with backoff or the server's ``Retry-After``; a POST is sent again only when the
connection could not be opened or the server answered 429, so a POST that may have been processed
is never sent twice. ``x-should-retry`` overrides the status rules.
"""

from __future__ import annotations

import email.utils
import itertools
import json
import logging
import threading
import time

import pytest

from juniper_fulfillment import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConflictError,
    InternalServerError,
    RateLimitError,
)
from juniper_fulfillment_client.api.orders import cancel_order, create_order, get_order_by_id
from juniper_fulfillment_client.api.partner_settings import update_partner_settings
from juniper_fulfillment_client.api.protocols import delete_protocol, update_protocol
from juniper_fulfillment_client.models import (
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
    free_port,
)
from tests.test_contract import order_request

ORDER_PATH = f"/orders/{ORDER_ID}"
PROTOCOL_PATH = f"/protocols/{PROTOCOL_ID}"
# First and second backoff: 0.5 s and 1 s, each scaled by a random 0.75-1.0.
FIRST_BACKOFF = (0.375, 0.5)
SECOND_BACKOFF = (0.75, 1.0)
# Scheduling slack allowed on top of a computed wait.
SLACK = 0.5


@pytest.fixture
def attempts(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """The ``juniper_fulfillment`` log at INFO: one record per attempt, one per retry."""
    caplog.set_level(logging.INFO, logger="juniper_fulfillment")
    return caplog


def attempt_lines(caplog: pytest.LogCaptureFixture, method: str, path: str) -> list[str]:
    prefix = f"{method} {path} -> "
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith(prefix)]


def gaps(server: FaultServer, method: str, path: str) -> list[float]:
    """Seconds between consecutive requests to ``method path``, as the server saw them."""
    times = [request.at for request in server.seen(method, path)]
    return [later - earlier for earlier, later in itertools.pairwise(times)]


# ------------------------------------------------------------------------ idempotent methods
def test_get_recovers_from_two_503s(
    server: FaultServer, attempts: pytest.LogCaptureFixture
) -> None:
    server.script("GET", ORDER_PATH, Reply(503), Reply(503))
    with client_for(server) as client:
        order = get_order_by_id.sync(ORDER_ID, client=client)

    assert isinstance(order, Order)
    assert len(server.seen("GET", ORDER_PATH)) == 3
    first, second = gaps(server, "GET", ORDER_PATH)
    assert FIRST_BACKOFF[0] <= first <= FIRST_BACKOFF[1] + SLACK
    assert SECOND_BACKOFF[0] <= second <= SECOND_BACKOFF[1] + SLACK
    lines = attempt_lines(attempts, "GET", ORDER_PATH)
    assert [line.split(" (attempt ")[1][0] for line in lines] == ["1", "2", "3"]
    assert [line.split(" -> ")[1].split()[0] for line in lines] == ["503", "503", "200"]


async def test_async_get_recovers_from_a_503(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(503))
    async with client_for(server) as client:
        order = await get_order_by_id.asyncio(ORDER_ID, client=client)
    assert isinstance(order, Order)
    assert len(server.seen("GET", ORDER_PATH)) == 2


@pytest.mark.parametrize("status", [408, 429, 500, 502, 504])
def test_put_is_retried_after(server: FaultServer, status: int) -> None:
    server.script("PUT", PROTOCOL_PATH, Reply(status))
    with client_for(server) as client:
        protocol = update_protocol.sync(PROTOCOL_ID, client=client, body=order_request())
    assert isinstance(protocol, Protocol)
    assert len(server.seen("PUT", PROTOCOL_PATH)) == 2


def test_delete_and_patch_are_retried(server: FaultServer) -> None:
    server.script("DELETE", PROTOCOL_PATH, Reply(502))
    server.script("PATCH", "/partners/settings", Reply(503))
    with client_for(server) as client:
        delete_protocol.sync(PROTOCOL_ID, client=client)
        settings = update_partner_settings.sync(
            client=client, body=PartnerSettingsUpdate(primary_color="#1a73e8")
        )
    assert isinstance(settings, PartnerSettings)
    assert len(server.seen("DELETE", PROTOCOL_PATH)) == 2
    assert len(server.seen("PATCH", "/partners/settings")) == 2


def test_get_is_retried_after_a_dropped_connection(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(drop=True))
    with client_for(server) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(server.seen("GET", ORDER_PATH)) == 2


def test_retries_stop_at_max_retries(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, *[Reply(503)] * 3)
    with client_for(server, max_retries=1) as client, pytest.raises(InternalServerError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert raised.value.status_code == 503
    assert len(server.seen("GET", ORDER_PATH)) == 2


def test_max_retries_0_sends_once(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(503))
    with client_for(server, max_retries=0) as client, pytest.raises(InternalServerError):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert len(server.seen("GET", ORDER_PATH)) == 1


# ------------------------------------------------------------------------------ Retry-After
def test_retry_after_seconds_is_waited(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(429, headers={"Retry-After": "1"}))
    started = time.monotonic()
    with client_for(server) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    elapsed = time.monotonic() - started

    assert len(server.seen("GET", ORDER_PATH)) == 2
    (gap,) = gaps(server, "GET", ORDER_PATH)
    assert 0.95 <= gap <= 1.0 + SLACK  # the server's 1 s, not the 0.375-0.5 s backoff
    assert elapsed < 3.0


def test_retry_after_http_date_is_waited(server: FaultServer) -> None:
    # Whole seconds only: "now + 2 s" rounds down, so the wait is between 1 and 2 s.
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    server.script("GET", ORDER_PATH, Reply(503, headers={"Retry-After": when}))
    with client_for(server) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    (gap,) = gaps(server, "GET", ORDER_PATH)
    assert 0.9 <= gap <= 2.0 + SLACK


def test_retry_after_ms_is_waited(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(503, headers={"retry-after-ms": "50"}))
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
    (gap,) = gaps(server, "GET", ORDER_PATH)
    assert gap < FIRST_BACKOFF[0]  # 50 ms, not the backoff


def test_retry_after_3600_raises_rate_limit_error_at_once(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(429, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with client_for(server) as client, pytest.raises(RateLimitError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert time.monotonic() - started < 1.0
    assert raised.value.retry_after == 3600
    assert raised.value.status_code == 429
    assert len(server.seen("GET", ORDER_PATH)) == 1


def test_rate_limit_error_after_the_last_retry_keeps_retry_after(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, *[Reply(429, headers={"Retry-After": "0.1"})] * 2)
    with client_for(server, max_retries=1) as client, pytest.raises(RateLimitError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert raised.value.retry_after == pytest.approx(0.1)
    assert len(server.seen("GET", ORDER_PATH)) == 2


# --------------------------------------------------------------------------- x-should-retry
def test_x_should_retry_false_stops_a_retry_of_a_503(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(503, headers={"x-should-retry": "false"}))
    with client_for(server) as client, pytest.raises(InternalServerError):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert len(server.seen("GET", ORDER_PATH)) == 1


def test_x_should_retry_true_makes_a_get_409_retried(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(409, headers={"x-should-retry": "true"}))
    with client_for(server) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(server.seen("GET", ORDER_PATH)) == 2


def test_a_get_409_without_the_header_is_not_retried(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(409))
    with client_for(server) as client, pytest.raises(ConflictError):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert len(server.seen("GET", ORDER_PATH)) == 1


def test_x_should_retry_true_never_sends_a_post_twice(server: FaultServer) -> None:
    """No idempotency key: a POST the server may have processed is never repeated, header or not."""
    server.script("POST", "/orders", Reply(500, headers={"x-should-retry": "true"}))
    with client_for(server) as client, pytest.raises(InternalServerError):
        create_order.sync(client=client, body=order_request())
    assert len(server.seen("POST", "/orders")) == 1


# -------------------------------------------------------------------------------------- POST
@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
def test_a_post_answered_with_an_error_is_sent_once(server: FaultServer, status: int) -> None:
    server.script("POST", "/orders", Reply(status))
    with client_for(server) as client, pytest.raises(APIStatusError) as raised:
        create_order.sync(client=client, body=order_request())
    assert raised.value.status_code == status
    if status >= 500:
        assert isinstance(raised.value, InternalServerError)
    assert len(server.seen("POST", "/orders")) == 1


async def test_async_post_answered_500_is_sent_once(server: FaultServer) -> None:
    server.script("POST", "/orders", Reply(500))
    async with client_for(server) as client:
        with pytest.raises(InternalServerError):
            await create_order.asyncio(client=client, body=order_request())
    assert len(server.seen("POST", "/orders")) == 1


def test_a_post_whose_connection_drops_after_sending_is_sent_once(server: FaultServer) -> None:
    server.script("POST", "/orders", Reply(drop=True))
    with client_for(server) as client, pytest.raises(APIConnectionError) as raised:
        create_order.sync(client=client, body=order_request())

    assert type(raised.value) is APIConnectionError  # not an APITimeoutError
    assert "may have received" in str(raised.value)
    assert raised.value.method == "POST"
    (post,) = server.seen("POST", "/orders")
    assert json.loads(post.body)["customer"]["firstName"] == "John"  # read in full


async def test_async_post_whose_connection_drops_is_sent_once(server: FaultServer) -> None:
    server.script("POST", f"/orders/{ORDER_ID}/cancel", Reply(drop=True))
    async with client_for(server) as client:
        with pytest.raises(APIConnectionError) as raised:
            await cancel_order.asyncio(ORDER_ID, client=client)
    assert type(raised.value) is APIConnectionError
    assert len(server.seen("POST", f"/orders/{ORDER_ID}/cancel")) == 1


def test_a_post_that_times_out_is_sent_once(server: FaultServer) -> None:
    server.script("POST", "/orders", Reply(delay=1.0))
    with (
        client_for(server, timeout=0.3) as client,
        pytest.raises(APITimeoutError) as raised,
    ):
        create_order.sync(client=client, body=order_request())
    assert "may have received" in str(raised.value)
    assert len(server.seen("POST", "/orders")) == 1


def test_a_post_answered_429_is_retried(server: FaultServer) -> None:
    server.script("POST", "/orders", Reply(429, headers={"Retry-After": "0.1"}))
    with client_for(server) as client:
        order = create_order.sync(client=client, body=order_request())
    assert isinstance(order, Order)
    assert order.status == OrderStatus.NEW
    assert len(server.seen("POST", "/orders")) == 2


class _StartServerOnRefusal(logging.Handler):
    """Starts the API server when the client logs that its connection was refused.

    The client logs a failed attempt before waiting to retry, so the server is listening by the
    time the retry is sent: proof that the same POST went out again.
    """

    def __init__(self, port: int, tokens: FaultServer) -> None:
        super().__init__()
        self.port = port
        self.tokens = tokens
        self.server: FaultServer | None = None
        self.refusals = 0
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        if "-> ConnectError" not in record.getMessage():
            return
        with self._lock:
            self.refusals += 1
            if self.server is None:
                self.server = FaultServer(port=self.port, token_issuer=self.tokens)
                self.server.start()


def test_a_post_whose_connection_was_refused_is_retried(
    server: FaultServer, attempts: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    starter = _StartServerOnRefusal(port, tokens=server)
    logger = logging.getLogger("juniper_fulfillment")
    logger.addHandler(starter)
    try:
        with client_for(server, base_url=f"http://127.0.0.1:{port}") as client:
            order = create_order.sync(client=client, body=order_request())
    finally:
        logger.removeHandler(starter)
        if starter.server is not None:
            starter.server.stop()

    assert isinstance(order, Order)
    assert starter.refusals == 1
    assert starter.server is not None
    assert len(starter.server.seen("POST", "/orders")) == 1
    lines = attempt_lines(attempts, "POST", "/orders")
    assert [line.split(" (attempt ")[0] for line in lines] == [
        "POST /orders -> ConnectError",
        "POST /orders -> 201",
    ]


def test_a_post_refused_every_time_is_tried_max_retries_plus_one_times(
    server: FaultServer, attempts: pytest.LogCaptureFixture
) -> None:
    base_url = f"http://127.0.0.1:{free_port()}"
    with (
        client_for(server, base_url=base_url) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        create_order.sync(client=client, body=order_request())

    assert type(raised.value) is APIConnectionError
    assert "may have received" not in str(raised.value)  # it certainly did not
    lines = attempt_lines(attempts, "POST", "/orders")
    assert len(lines) == 3  # max_retries=2
    assert all(" -> ConnectError (attempt " in line for line in lines)


# ---------------------------------------------------------------------------------- timeouts
def test_a_slow_get_raises_api_timeout_error_after_retrying(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(delay=1.0), Reply(delay=1.0))
    started = time.monotonic()
    with (
        client_for(server, timeout=0.3, max_retries=1) as client,
        pytest.raises(APITimeoutError) as raised,
    ):
        get_order_by_id.sync(ORDER_ID, client=client)
    elapsed = time.monotonic() - started

    assert isinstance(raised.value, APIConnectionError)
    assert len(server.seen("GET", ORDER_PATH)) == 2
    assert 0.3 + FIRST_BACKOFF[0] + 0.3 <= elapsed < 2.5


def test_a_body_that_stalls_raises_api_timeout_error_and_is_retried(server: FaultServer) -> None:
    """The headers arrive in time, the body does not: a failed attempt like any other."""
    server.script("GET", ORDER_PATH, Reply(body_delay=1.0))
    with client_for(server, timeout=0.3, max_retries=1) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    server.script("GET", ORDER_PATH, Reply(body_delay=1.0))
    with (
        client_for(server, timeout=0.3, max_retries=0) as client,
        pytest.raises(APITimeoutError),
    ):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert len(server.seen("GET", ORDER_PATH)) == 3


async def test_async_slow_get_raises_api_timeout_error(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(delay=1.0), Reply(body_delay=1.0))
    async with client_for(server, timeout=0.3, max_retries=1) as client:
        with pytest.raises(APITimeoutError):
            await get_order_by_id.asyncio(ORDER_ID, client=client)
    assert len(server.seen("GET", ORDER_PATH)) == 2
