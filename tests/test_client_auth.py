"""JuniperClient and the token endpoint, against a real local server.

Tokens are exchanged once and shared by every thread, task and ``with_options`` copy; a short
token is refreshed at half its life; a 401 from the API is answered with one fresh token and one
replay; a token endpoint that refuses the credentials gives an AuthenticationError naming the
token URL and the client id, and one that fails is retried.
"""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from juniper_fulfillment import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    JuniperClient,
)
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id
from juniper_fulfillment_client.models import Order, OrderStatus
from tests.fault_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    ORDER_ID,
    FaultServer,
    Reply,
    client_for,
    free_port,
)
from tests.test_contract import order_request

ORDER_PATH = f"/orders/{ORDER_ID}"
CALLS = 200
# The token endpoint answers this late, so every worker certainly finds the cache empty.
SLOW_TOKEN = 0.2


def bearer(token: str) -> str:
    return f"Bearer {token}"


# ------------------------------------------------------------------------------ single flight
def test_200_calls_from_16_threads_fetch_one_token(server: FaultServer) -> None:
    server.script_token(Reply(delay=SLOW_TOKEN))
    start = threading.Barrier(16)

    def call(index: int) -> Order:
        if index < 16:
            start.wait(timeout=5)  # the first 16 calls start together, on a cold cache
        return get_order_by_id.sync(ORDER_ID, client=client)

    with client_for(server) as client, ThreadPoolExecutor(max_workers=16) as pool:
        orders = list(pool.map(call, range(CALLS)))

    assert all(isinstance(order, Order) and order.id == ORDER_ID for order in orders)
    assert len(server.token_requests) == 1
    assert server.token_count == 1
    seen = server.seen("GET", ORDER_PATH)
    assert len(seen) == CALLS
    assert {request.authorization for request in seen} == {bearer(server.issued[0])}


async def test_200_calls_from_64_asyncio_tasks_fetch_one_token(server: FaultServer) -> None:
    server.script_token(Reply(delay=SLOW_TOKEN))

    async with client_for(server) as client:

        async def worker(first: int) -> list[Order]:
            return [
                await get_order_by_id.asyncio(ORDER_ID, client=client)
                for _ in range(first, CALLS, 64)
            ]

        results = await asyncio.gather(*(worker(index) for index in range(64)))

    orders = [order for batch in results for order in batch]
    assert len(orders) == CALLS
    assert all(isinstance(order, Order) for order in orders)
    assert len(server.token_requests) == 1
    seen = server.seen("GET", ORDER_PATH)
    assert len(seen) == CALLS
    assert {request.authorization for request in seen} == {bearer(server.issued[0])}


async def test_sync_and_async_calls_share_one_token(server: FaultServer) -> None:
    client = client_for(server)
    with client:
        async with client:
            await get_order_by_id.asyncio(ORDER_ID, client=client)
            await asyncio.to_thread(get_order_by_id.sync, ORDER_ID, client=client)
            get_order_by_id.sync(ORDER_ID, client=client)
    assert server.token_count == 1
    assert len(server.seen()) == 3


def test_with_options_copies_share_the_token(server: FaultServer) -> None:
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
        with client.with_options(max_retries=0, timeout=5.0) as fast:
            get_order_by_id.sync(ORDER_ID, client=fast)
        get_order_by_id.sync(ORDER_ID, client=client.with_options(max_retries=1))
    assert server.token_count == 1
    assert len(server.seen()) == 3


# ------------------------------------------------------------------------------------ expiry
def test_a_short_token_is_refreshed_at_half_its_life() -> None:
    """expires_in=2: the margin is min(60 s, half the life), so the token is renewed after 1 s."""
    with FaultServer(expires_in=2) as server, client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
        issued_at = server.token_requests[0].at
        time.sleep(max(0.0, issued_at + 0.4 - time.monotonic()))
        get_order_by_id.sync(ORDER_ID, client=client)  # well inside the first half: cached
        assert server.token_count == 1

        time.sleep(max(0.0, issued_at + 1.1 - time.monotonic()))
        get_order_by_id.sync(ORDER_ID, client=client)  # past half-life: a new token
        get_order_by_id.sync(ORDER_ID, client=client)  # ... which is then cached in turn

    assert server.token_count == 2
    assert [request.authorization for request in server.seen()] == [
        bearer(server.issued[0]),
        bearer(server.issued[0]),
        bearer(server.issued[1]),
        bearer(server.issued[1]),
    ]


def test_a_token_without_expires_in_is_cached() -> None:
    """No ``expires_in``: a conservative default lifetime, not a token per request."""
    with FaultServer(expires_in=None) as server, client_for(server) as client:
        for _ in range(5):
            get_order_by_id.sync(ORDER_ID, client=client)
    assert server.token_count == 1


# ------------------------------------------------------------------------------ 401 from API
def test_a_revoked_token_is_replaced_and_the_request_replayed(server: FaultServer) -> None:
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
        server.revoke_all()
        order = get_order_by_id.sync(ORDER_ID, client=client)

    assert isinstance(order, Order)
    assert server.token_count == 2
    seen = server.seen()
    assert [request.authorization for request in seen] == [
        bearer(server.issued[0]),
        bearer(server.issued[0]),  # refused with 401
        bearer(server.issued[1]),  # the replay
    ]


def test_a_post_refused_with_401_is_replayed_with_a_new_token(server: FaultServer) -> None:
    """The server refused the first POST, so sending it again cannot duplicate the order."""
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
        server.revoke_all()
        order = create_order.sync(client=client, body=order_request())

    assert isinstance(order, Order)
    assert order.status == OrderStatus.NEW
    posts = server.seen("POST", "/orders")
    assert [request.authorization for request in posts] == [
        bearer(server.issued[0]),
        bearer(server.issued[1]),
    ]


def test_a_second_401_raises_authentication_error(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(401), Reply(401))
    with client_for(server) as client, pytest.raises(AuthenticationError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)

    assert raised.value.status_code == 401
    assert len(server.seen()) == 2
    assert len(server.token_requests) == 2
    assert server.token_count == 2
    first, second = server.seen()
    assert first.authorization == bearer(server.issued[0])
    assert second.authorization == bearer(server.issued[1])


async def test_async_401_replay_then_authentication_error(server: FaultServer) -> None:
    async with client_for(server) as client:
        await get_order_by_id.asyncio(ORDER_ID, client=client)
        server.revoke_all()
        assert isinstance(await get_order_by_id.asyncio(ORDER_ID, client=client), Order)
        server.script("GET", ORDER_PATH, Reply(401), Reply(401))
        with pytest.raises(AuthenticationError):
            await get_order_by_id.asyncio(ORDER_ID, client=client)

    assert server.token_count == 3  # the first, the replacement, one more after the scripted 401
    assert len(server.seen()) == 5


def test_16_threads_meeting_a_revoked_token_fetch_one_new_token(server: FaultServer) -> None:
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
        server.revoke_all()
        start = threading.Barrier(16)

        def call(_: int) -> Order:
            start.wait(timeout=5)
            return get_order_by_id.sync(ORDER_ID, client=client)

        with ThreadPoolExecutor(max_workers=16) as pool:
            orders = list(pool.map(call, range(16)))

    assert len(orders) == 16
    assert server.token_count == 2
    refused = [r for r in server.seen() if r.authorization == bearer(server.issued[0])]
    replayed = [r for r in server.seen() if r.authorization == bearer(server.issued[1])]
    # Each call ends in one success with the new token; a call that started after another had
    # refreshed the cache never met the revoked token at all.
    assert 1 + 1 <= len(refused) <= 1 + 16
    assert len(replayed) == 16


# --------------------------------------------------------------------------- token endpoint
def test_the_token_request_is_a_client_credentials_form(server: FaultServer) -> None:
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)

    (request,) = server.token_requests
    assert request.method == "POST"
    assert request.path == "/oauth2/token"
    assert request.content_type == "application/x-www-form-urlencoded"
    assert request.authorization is None
    assert urllib.parse.parse_qs(request.body.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
    }


@pytest.mark.parametrize(
    ("client_id", "client_secret", "scripted", "status"),
    [
        (CLIENT_ID, "wrong-secret-123456", None, 401),
        ("someone-else", CLIENT_SECRET, None, 401),
        (CLIENT_ID, CLIENT_SECRET, Reply(400, {"error": "invalid_request"}), 400),
    ],
    ids=["wrong-secret", "unknown-client", "400-invalid-request"],
)
def test_refused_credentials_raise_authentication_error(
    server: FaultServer,
    client_id: str,
    client_secret: str,
    scripted: Reply | None,
    status: int,
) -> None:
    if scripted is not None:
        server.script_token(scripted)
    client = client_for(server, client_id=client_id, client_secret=client_secret)
    with client, pytest.raises(AuthenticationError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)

    error = raised.value
    assert error.status_code == status
    message = str(error)
    assert server.token_url in message
    assert client_id in message
    assert client_secret not in message
    assert client_secret not in repr(error)
    assert len(server.token_requests) == 1  # a refusal is final: not retried
    assert server.seen() == []  # and no API request was sent without a token


def assert_says_the_secret_was_refused(message: str) -> None:
    """A wrong secret is named as such first; HTTP Basic is only offered as a possibility.

    Servers that accept both methods also answer a wrong secret with ``invalid_client`` and
    ``WWW-Authenticate: Basic``, so the challenge alone does not mean that Basic is needed.
    """
    assert "invalid_client" in message
    refused = message.index("did not accept the client id and client secret")
    assert message.index("invalid_client") < refused < message.index("Basic")
    assert "asks for HTTP Basic" not in message
    assert "may accept only HTTP Basic authentication" in message
    assert "token_endpoint_auth_method='client_secret_basic'" in message


def test_a_wrong_secret_at_the_fake_is_named_before_any_basic_advice() -> None:
    with FakeJuniper() as fake, fake.serve() as served:
        client = JuniperClient(
            client_id=fake.client_id,
            client_secret="not-the-fake-secret",
            base_url=served.base_url,
            token_url=served.token_url,
        )
        with client, pytest.raises(AuthenticationError) as raised:
            client.orders.get_order_by_id(ORDER_ID)
    assert raised.value.status_code == 401
    assert raised.value.headers["www-authenticate"].startswith("Basic")
    assert_says_the_secret_was_refused(str(raised.value))
    assert "not-the-fake-secret" not in str(raised.value)


def test_token_endpoint_5xx_is_retried(server: FaultServer) -> None:
    server.script_token(Reply(500), Reply(503))
    with client_for(server) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(server.token_requests) == 3
    assert server.token_count == 1
    assert len(server.seen()) == 1


def test_token_endpoint_failing_too_often_raises_with_the_token_url(server: FaultServer) -> None:
    server.script_token(Reply(502), Reply(502))
    with client_for(server, max_retries=1) as client, pytest.raises(InternalServerError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert raised.value.status_code == 502
    assert server.token_url in str(raised.value)
    assert len(server.token_requests) == 2
    assert server.seen() == []


def test_token_endpoint_dropping_the_connection_is_retried(server: FaultServer) -> None:
    server.script_token(Reply(drop=True))
    with client_for(server, max_retries=1) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(server.token_requests) == 2
    assert server.token_count == 1


def test_token_endpoint_not_listening_raises_connection_error(server: FaultServer) -> None:
    token_url = f"http://127.0.0.1:{free_port()}/oauth2/token"
    client = client_for(server, token_url=token_url, max_retries=1)
    with client, pytest.raises(APIConnectionError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert not isinstance(raised.value, APITimeoutError)
    assert token_url in str(raised.value)
    assert CLIENT_ID in str(raised.value)
    assert server.seen() == []


def test_a_streamed_upload_refused_with_401_is_not_replayed_empty(server: FaultServer) -> None:
    """A streamed body cannot be sent twice: raise, and let the next request fetch a new token."""
    with client_for(server) as client:
        http = client.get_httpx_client()
        get_order_by_id.sync(ORDER_ID, client=client)
        server.revoke_all()
        with pytest.raises(AuthenticationError):
            http.post("/orders", content=iter([b'{"partial":', b" true}"]))
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)

    (post,) = server.seen("POST", "/orders")
    assert post.body == b'{"partial": true}'
    assert server.token_count == 2
    assert server.seen()[-1].authorization == bearer(server.issued[1])


# ------------------------------------------------------------ single flight when tokens fail
def test_16_threads_refused_credentials_make_one_token_request(server: FaultServer) -> None:
    """Callers waiting for an exchange share its failure instead of each starting another."""
    server.script_token(Reply(401, {"error": "invalid_client"}, delay=SLOW_TOKEN))
    start = threading.Barrier(16)

    def call(_: int) -> BaseException | None:
        start.wait(timeout=5)
        try:
            get_order_by_id.sync(ORDER_ID, client=client)
        except AuthenticationError as error:
            return error
        return None

    with client_for(server) as client, ThreadPoolExecutor(max_workers=16) as pool:
        errors = list(pool.map(call, range(16)))

    assert all(isinstance(error, AuthenticationError) for error in errors)
    assert len(server.token_requests) == 1
    assert server.seen() == []


def test_threads_waiting_on_a_failing_token_endpoint_are_not_queued(server: FaultServer) -> None:
    """Without sharing the failure, each of 8 callers would retry in turn: 8x the requests."""
    server.script_token(*[Reply(503, delay=0.1)] * 20)
    start = threading.Barrier(8)

    def call(_: int) -> type[BaseException] | None:
        start.wait(timeout=5)
        try:
            get_order_by_id.sync(ORDER_ID, client=client)
        except InternalServerError as error:
            return type(error)
        return None

    started = time.monotonic()
    with client_for(server, max_retries=1) as client, ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(call, range(8)))
    elapsed = time.monotonic() - started

    assert outcomes == [InternalServerError] * 8
    assert len(server.token_requests) == 2  # one exchange: the first try and one retry
    assert elapsed < 2.0  # one round of ~0.7 s, not eight


async def test_64_tasks_refused_credentials_make_one_token_request(server: FaultServer) -> None:
    server.script_token(Reply(401, {"error": "invalid_client"}, delay=SLOW_TOKEN))
    async with client_for(server) as client:
        results = await asyncio.gather(
            *(get_order_by_id.asyncio(ORDER_ID, client=client) for _ in range(64)),
            return_exceptions=True,
        )
    assert all(isinstance(result, AuthenticationError) for result in results)
    assert len(server.token_requests) == 1


def test_a_failed_exchange_does_not_stick(server: FaultServer) -> None:
    """The next call after a failed exchange tries again."""
    server.script_token(Reply(503))
    with client_for(server, max_retries=0) as client:
        with pytest.raises(InternalServerError):
            get_order_by_id.sync(ORDER_ID, client=client)
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(server.token_requests) == 2
    assert server.token_count == 1


# ---------------------------------------------------------- single flight across event loops
def test_threads_and_threads_running_their_own_loops_share_one_exchange(
    server: FaultServer,
) -> None:
    """4 threads calling sync and 4 threads each running an event loop: one token request."""
    server.script_token(Reply(delay=SLOW_TOKEN, headers={"Connection": "close"}))
    # Every answer closes its connection: no connection opened in one loop is reused in another.
    server.script("GET", ORDER_PATH, *[Reply(headers={"Connection": "close"})] * 8)
    start = threading.Barrier(8)

    with client_for(server) as client:

        def sync_call() -> Order | None:
            start.wait(timeout=5)
            return get_order_by_id.sync(ORDER_ID, client=client)

        def call_in_own_loop() -> Order | None:
            async def call() -> Order | None:
                start.wait(timeout=5)
                return await get_order_by_id.asyncio(ORDER_ID, client=client)

            return asyncio.run(call())

        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(sync_call) for _ in range(4)]
            futures += [pool.submit(call_in_own_loop) for _ in range(4)]
            orders = [future.result(timeout=30) for future in futures]

    assert all(isinstance(order, Order) for order in orders)
    assert len(server.token_requests) == 1
    assert {request.authorization for request in server.seen()} == {bearer(server.issued[0])}


def test_a_coroutine_waiting_for_a_threads_exchange_does_not_block_its_loop(
    server: FaultServer,
) -> None:
    server.script_token(Reply(delay=1.0))
    started = threading.Event()

    with client_for(server) as client:

        def owner() -> Order | None:
            started.set()
            return get_order_by_id.sync(ORDER_ID, client=client)

        async def waiter_and_ticker() -> tuple[Order | None, int]:
            ticks = 0
            call = asyncio.create_task(get_order_by_id.asyncio(ORDER_ID, client=client))
            while not call.done():  # bounded: the call ends within the token delay + 5 s
                await asyncio.sleep(0.02)
                ticks += 1
            await client.aclose()  # its connections belong to this loop, which ends here
            return call.result(), ticks

        with ThreadPoolExecutor(max_workers=1) as pool:
            sync_order = pool.submit(owner)
            assert started.wait(timeout=5)
            time.sleep(0.1)  # the thread's exchange is under way
            async_order, ticks = asyncio.run(asyncio.wait_for(waiter_and_ticker(), timeout=10))
            assert isinstance(sync_order.result(timeout=10), Order)

    assert isinstance(async_order, Order)
    assert len(server.token_requests) == 1
    # While it waited (about 0.9 s) the loop ran the ticker: it was never blocked.
    assert ticks >= 10


async def test_a_coroutine_waiting_for_a_failing_exchange_gets_its_error(
    server: FaultServer,
) -> None:
    server.script_token(Reply(401, delay=SLOW_TOKEN))
    with client_for(server) as client, ThreadPoolExecutor(max_workers=1) as pool:
        owner = pool.submit(get_order_by_id.sync, ORDER_ID, client=client)
        await asyncio.sleep(SLOW_TOKEN / 2)
        with pytest.raises(AuthenticationError):
            await get_order_by_id.asyncio(ORDER_ID, client=client)
        with pytest.raises(AuthenticationError):
            owner.result(timeout=10)
    assert len(server.token_requests) == 1


# ----------------------------------------------------------------- what the token endpoint says
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><body>Sign in to the network</body></html>", "text/html"),
        (b"\x00\xffgarbage", "application/octet-stream"),
    ],
)
def test_a_token_answer_that_is_not_json_says_so(
    server: FaultServer, body: bytes, content_type: str
) -> None:
    server.script_token(Reply(200, body=body, headers={"Content-Type": content_type}))
    with client_for(server) as client, pytest.raises(AuthenticationError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    message = str(raised.value)
    assert "not JSON" in message
    assert content_type in message
    assert "without an access_token" not in message


def test_a_token_answer_without_token_type_is_taken_as_bearer(server: FaultServer) -> None:
    """The vendor's documented answer always says Bearer; a server that omits it means Bearer."""
    server.script_token(Reply(200, body={"access_token": "tok_untyped", "expires_in": 3600}))
    with client_for(server, max_retries=0) as client:
        # FaultServer does not know this token: the API answers 401, then the client fetches
        # a normal one and replays, so both tokens were used as Bearer tokens.
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert [request.authorization for request in server.seen()] == [
        "Bearer tok_untyped",
        bearer(server.issued[0]),
    ]


def test_a_token_of_another_type_is_refused_without_retry(server: FaultServer) -> None:
    server.script_token(
        Reply(200, body={"access_token": "tok_mac_secret", "token_type": "mac", "mac_key": "k"})
    )
    with client_for(server) as client, pytest.raises(AuthenticationError) as raised:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert "token of type 'mac'" in str(raised.value)
    assert "tok_mac_secret" not in str(raised.value)
    assert b"tok_mac_secret" not in raised.value.body
    assert len(server.token_requests) == 1
    assert server.seen() == []
