"""``deadline=``: one time budget for a whole call, proven against a real slow local server.

The token request, every attempt and every wait between attempts end by the deadline: an attempt
waits at most what remains, no retry starts that would end past it, and running out raises
``APITimeoutError`` naming the attempts. Real sockets and real time: no mocked clock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import Any

import pytest

from juniper_fulfillment import APITimeoutError, AsyncJuniperClient, JuniperClient
from juniper_fulfillment_client.models import Order
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for
from tests.test_contract import order_request

ORDER_PATH = f"/orders/{ORDER_ID}"
# Scheduling slack on top of a deadline (2 shared CPUs).
SLACK = 0.4


def elapsed_since(started: float) -> float:
    return time.monotonic() - started


def test_a_slow_server_fails_by_the_deadline_not_after_every_timeout(server: FaultServer) -> None:
    # Without a deadline: 3 attempts of 1 s each plus 2 backoffs, over 3.5 s. With 1.6 s, the
    # first backoff (at most 0.5 s) fits, and the second attempt gets the last ~0.1 s.
    server.script("GET", ORDER_PATH, *[Reply(delay=5)] * 3)
    with client_for(server, timeout=1, deadline=1.6) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
        took = elapsed_since(started)

    assert 1.5 <= took <= 1.6 + SLACK
    message = str(raised.value)
    assert "GET /orders/" in message
    assert "the deadline of 1.6s passed after 2 attempts (last: ReadTimeout)" in message
    assert len(server.seen("GET", ORDER_PATH)) == 2
    assert raised.value.may_have_been_processed is True
    assert raised.value.sent_at is not None


def test_a_retry_after_past_the_deadline_is_not_waited(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(503, headers={"Retry-After": "5"}), Reply(503))
    with client_for(server, deadline=2) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
        took = elapsed_since(started)

    assert took < 1.0  # given up at once: waiting 5 s could only end past the deadline
    assert len(server.seen("GET", ORDER_PATH)) == 1
    assert "the deadline of 2s passed after 1 attempt (last: status 503)" in str(raised.value)
    assert raised.value.may_have_been_processed is True


def test_retries_that_fit_in_the_deadline_still_happen(server: FaultServer) -> None:
    server.script(
        "GET",
        ORDER_PATH,
        Reply(503, headers={"Retry-After": "0.3"}),
        Reply(503, headers={"Retry-After": "0.3"}),
    )
    with client_for(server, deadline=3) as client:
        assert isinstance(client.orders.get_order_by_id(ORDER_ID), Order)
    assert len(server.seen("GET", ORDER_PATH)) == 3


def test_backoff_past_the_deadline_stops_503_retries(server: FaultServer) -> None:
    # The first backoff is 0.375-0.5 s, the second 0.75-1 s: together at least 1.125 s, so the
    # second cannot fit in 1.1 s whatever the jitter (with 1.2 s it could, on a fast machine).
    server.script("GET", ORDER_PATH, *[Reply(503)] * 3)
    with client_for(server, deadline=1.1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
        took = elapsed_since(started)
    assert len(server.seen("GET", ORDER_PATH)) == 2
    assert "passed after 2 attempts (last: status 503)" in str(raised.value)
    assert took < 1.2


def test_a_post_cut_by_the_deadline_says_it_may_have_been_received(server: FaultServer) -> None:
    server.script("POST", "/orders", Reply(201, delay=5))
    with client_for(server, timeout=30, deadline=1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.create_order(body=order_request())
        took = elapsed_since(started)

    assert 0.9 <= took <= 1 + SLACK
    assert len(server.seen("POST", "/orders")) == 1
    error = raised.value
    assert "POST /orders: the deadline of 1s passed after 1 attempt (last: ReadTimeout)" in str(
        error
    )
    assert "the server may have received this request" in str(error)
    assert error.may_have_been_processed is True
    assert error.sent_at is not None
    assert isinstance(error.__cause__, Exception)


def test_a_slow_token_request_counts_against_the_deadline(server: FaultServer) -> None:
    server.script_token(Reply(delay=0.7))
    server.script("GET", ORDER_PATH, Reply(delay=5))
    with client_for(server, timeout=30, deadline=1.2) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
        took = elapsed_since(started)
    # 0.7 s for the token, then only 0.5 s for the attempt.
    assert 1.1 <= took <= 1.2 + SLACK
    assert "the deadline of 1.2s passed after 1 attempt" in str(raised.value)


def test_a_token_request_that_outlasts_the_deadline_raises_before_any_attempt(
    server: FaultServer,
) -> None:
    server.script_token(Reply(delay=5))
    with client_for(server, timeout=30, deadline=1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
        took = elapsed_since(started)
        assert 0.9 <= took <= 1 + SLACK
        assert server.seen("GET", ORDER_PATH) == []
        message = str(raised.value)
        assert "deadline of 1s passed during the token request" in message
        assert "(0 attempts)" in message
        assert server.client_secret not in message
        assert raised.value.may_have_been_processed is False
        # The unfinished exchange does not poison the cache: the next call gets a token.
        assert isinstance(client.orders.get_order_by_id(ORDER_ID), Order)


async def test_async_per_call_deadline(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, *[Reply(delay=5)] * 3)
    async with AsyncJuniperClient(
        client_id=server.client_id,
        client_secret=server.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        timeout=1,
    ) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            await client.orders.get_order_by_id(ORDER_ID, deadline=1.6)
        took = elapsed_since(started)
        assert client.deadline is None  # the call's option made a copy
    assert 1.5 <= took <= 1.6 + SLACK
    assert "the deadline of 1.6s passed after 2 attempts" in str(raised.value)
    assert len(server.seen("GET", ORDER_PATH)) == 2


async def test_async_retry_after_past_the_deadline(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(429, headers={"Retry-After": "3"}))
    async with AsyncJuniperClient(
        client_id=server.client_id,
        client_secret=server.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        deadline=2,
    ) as client:
        with pytest.raises(APITimeoutError) as raised:
            await client.orders.get_order_by_id(ORDER_ID)
    assert "passed after 1 attempt (last: status 429)" in str(raised.value)
    assert len(server.seen("GET", ORDER_PATH)) == 1


def test_per_call_and_with_options_deadlines(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(delay=5), Reply(delay=1))
    with client_for(server, timeout=30, deadline=0.5) as client:
        assert client.deadline == 0.5
        assert "deadline=0.5" in repr(client)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.orders.get_order_by_id(ORDER_ID)
        assert elapsed_since(started) <= 0.5 + SLACK
        # The call's own deadline wins over the client's; None removes it.
        assert isinstance(client.orders.get_order_by_id(ORDER_ID, deadline=None), Order)
        assert client.with_options(deadline=None).deadline is None
        assert client.with_options(max_retries=0).deadline == 0.5
        assert client.with_options(deadline=3).deadline == 3


BAD_DEADLINES: list[tuple[Any, type[Exception]]] = [
    (True, TypeError),
    ("1", TypeError),
    (0, ValueError),
    (-1, ValueError),
    (math.nan, ValueError),
    (math.inf, ValueError),
    (10**400, ValueError),
]


@pytest.mark.parametrize(("deadline", "error"), BAD_DEADLINES)
def test_a_bad_deadline_is_refused_everywhere(
    server: FaultServer, deadline: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="deadline"):
        client_for(server, deadline=deadline)
    with client_for(server) as client:
        with pytest.raises(error, match="deadline"):
            client.with_options(deadline=deadline)
        with pytest.raises(error, match="deadline"):
            client.orders.get_order_by_id(ORDER_ID, deadline=deadline)
    assert server.requests == []
    assert server.token_requests == []


def test_no_deadline_by_default() -> None:
    client = JuniperClient(client_id="id", client_secret="secret")
    assert client.deadline is None
    assert "deadline" not in repr(client)


# ------------------------------------------------- a new token needed after an attempt was sent
@pytest.fixture
def expiring_server() -> Iterator[FaultServer]:
    """Tokens of 2 s: the client refreshes them at half their life, after 1 s."""
    with FaultServer(expires_in=2) as fault_server:
        yield fault_server


def test_a_401_then_a_slow_token_request_counts_the_attempt_sent(server: FaultServer) -> None:
    """A POST refused with 401 is replayed with a new token; when the deadline passes while that
    token is being obtained, the error says the request was sent once, and refused."""
    with client_for(server, timeout=30, deadline=1.5) as client:
        assert isinstance(client.orders.get_order_by_id(ORDER_ID), Order)  # a token cached
        server.script("POST", "/orders", Reply(401))
        server.script_token(Reply(delay=5))
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.create_order(body=order_request())
        took = elapsed_since(started)

    assert 1.4 <= took <= 1.5 + SLACK
    assert len(server.seen("POST", "/orders")) == 1
    error = raised.value
    assert type(error) is APITimeoutError
    assert str(error).startswith(
        "POST /orders: the deadline of 1.5s passed while a new token was being obtained, after "
        "1 attempt (last: status 401)"
    )
    assert "0 attempts" not in str(error)
    assert "may have received" not in str(error)
    assert error.may_have_been_processed is False  # refused with 401: nothing was created
    assert error.sent_at is not None
    assert error.url.endswith("/orders")
    # What ran out is the token request, named in the cause.
    assert type(error.__cause__) is APITimeoutError
    assert f"during the token request to {server.token_url}" in str(error.__cause__)
    assert server.client_secret not in str(error) + str(error.__cause__)


def test_a_token_that_expires_during_a_retry_wait_then_a_slow_exchange(
    expiring_server: FaultServer,
) -> None:
    """The cached token reaches its refresh time while a 503's Retry-After is waited; the new
    exchange outlasts the deadline: the error counts the attempt sent and keeps its answer."""
    server = expiring_server
    with client_for(server, timeout=30, deadline=2.5) as client:
        assert isinstance(client.orders.get_order_by_id(ORDER_ID), Order)  # a 2 s token
        server.script("GET", ORDER_PATH, Reply(503, headers={"Retry-After": "1.2"}))
        server.script_token(Reply(delay=5))
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
        took = elapsed_since(started)

    assert 2.4 <= took <= 2.5 + SLACK
    assert len(server.seen("GET", ORDER_PATH)) == 2  # the warm-up and the 503
    assert len(server.token_requests) == 2
    error = raised.value
    assert type(error) is APITimeoutError
    assert (
        "the deadline of 2.5s passed while a new token was being obtained, after 1 attempt "
        "(last: status 503)" in str(error)
    )
    assert error.may_have_been_processed is True  # a 5xx may come after the server acted
    assert error.sent_at is not None


async def test_async_401_then_a_slow_token_request_counts_the_attempt_sent(
    server: FaultServer,
) -> None:
    async with AsyncJuniperClient(
        client_id=server.client_id,
        client_secret=server.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        deadline=1.5,
    ) as client:
        assert isinstance(await client.orders.get_order_by_id(ORDER_ID), Order)
        server.script("POST", "/orders", Reply(401))
        server.script_token(Reply(delay=5))
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            await client.orders.create_order(body=order_request())
        took = elapsed_since(started)

    assert 1.4 <= took <= 1.5 + SLACK
    assert type(raised.value) is APITimeoutError
    assert str(raised.value).startswith(
        "POST /orders: the deadline of 1.5s passed while a new token was being obtained, after "
        "1 attempt (last: status 401)"
    )
    assert raised.value.may_have_been_processed is False


def test_before_any_attempt_the_error_is_the_documented_type(server: FaultServer) -> None:
    server.script_token(Reply(delay=5))
    with (
        client_for(server, timeout=30, deadline=0.5) as client,
        pytest.raises(APITimeoutError) as raised,
    ):
        client.orders.get_order_by_id(ORDER_ID)
    assert type(raised.value) is APITimeoutError
    assert str(raised.value) == (
        f"the deadline of 0.5s passed during the token request to {server.token_url}, before the "
        "API request was sent (0 attempts)"
    )
    assert raised.value.may_have_been_processed is False
    assert raised.value.sent_at is None
