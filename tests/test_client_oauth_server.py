"""JuniperClient against a real OAuth 2.0 server: Authlib's AuthorizationServer (Flask).

Authlib accepts exactly one client authentication method per grant, so each method is tested
against a server that allows only it: the client must send the id and secret where and how that
method says (RFC 6749 section 2.3.1), ask for a scope when given one, refuse a token type it does
not understand, and keep the secret, in every encoding it is sent in, out of every error, repr,
body and log line.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from juniper_fulfillment import (
    AuthenticationError,
    BadRequestError,
    JuniperClient,
    JuniperError,
    PermissionDeniedError,
)
from juniper_fulfillment_client.api.orders import get_order_by_id
from juniper_fulfillment_client.models import Order
from tests.oauth_server import CLIENT_ID, SECRET, AuthlibServer
from tests.test_client_auth import assert_says_the_secret_was_refused

METHODS = ("client_secret_post", "client_secret_basic")
CALLS = 1000
THREADS = 8
TASKS = 64
# Every spelling of SECRET a server might echo: raw, form-encoded (both ways), JSON, and the
# Basic header's base64 of the raw and of the encoded id:secret pair.
SECRET_SPELLINGS = {
    SECRET,
    urllib.parse.quote_plus(SECRET),
    urllib.parse.quote(SECRET, safe=""),
    urllib.parse.quote(SECRET),
    *(
        base64.b64encode(pair.encode()).decode()
        for pair in (
            f"{CLIENT_ID}:{SECRET}",
            f"{CLIENT_ID}:{urllib.parse.quote(SECRET, safe='')}",
            f"{CLIENT_ID}:{urllib.parse.quote_plus(SECRET)}",
        )
    ),
}

AuthlibFactory = Callable[..., AuthlibServer]


@pytest.fixture
def authlib_server() -> Iterator[AuthlibFactory]:
    """Starts an :class:`AuthlibServer` with the given options; stops it after the test."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with contextlib.ExitStack() as stack:
        yield lambda **options: stack.enter_context(AuthlibServer(**options))


def client_of(server: AuthlibServer, **options: Any) -> JuniperClient:
    settings: dict[str, Any] = {
        "client_id": server.client_id,
        "client_secret": server.client_secret,
        "base_url": server.base_url,
        "token_url": server.token_url,
        **options,
    }
    return JuniperClient(**settings)


def texts_of(error: BaseException) -> list[str]:
    """Everything an error shows: str, repr, args, kept body and headers, parsed model, causes."""
    texts: list[str] = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current), *map(str, current.args)]
        body = getattr(current, "body", None)
        if isinstance(body, bytes):
            texts.append(body.decode("utf-8", "replace"))
        headers = getattr(current, "headers", None)
        if headers is not None:
            texts += [f"{name}: {value}" for name, value in headers.items()]
        texts.append(repr(getattr(current, "parsed", None)))
        current = current.__cause__ or current.__context__
    return texts


def client_log_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every log line from this process except the server's own (Authlib logs what it issues)."""
    return [
        record.getMessage()
        for record in caplog.records
        if not record.name.startswith(("authlib", "werkzeug"))
    ]


def assert_no_secret(texts: list[str], tokens: list[str] = []) -> None:  # noqa: B006 - read only
    for text in texts:
        for spelling in (*SECRET_SPELLINGS, *tokens):
            assert spelling not in text, f"{spelling!r} leaked into {text!r}"


# ------------------------------------------------------------------- methods, single flight
@pytest.mark.parametrize("method", METHODS)
def test_1000_calls_from_threads_and_tasks_together_fetch_one_token(
    authlib_server: AuthlibFactory, method: str
) -> None:
    # A slow token endpoint: every worker certainly finds the cache empty and has to wait.
    server = authlib_server(auth_method=method, token_delay=0.3)
    sync_calls = CALLS // 2
    async_calls = CALLS - sync_calls
    start = threading.Barrier(THREADS + 1)
    orders: list[Order | None] = []

    with client_of(server, token_endpoint_auth_method=method) as client:

        def sync_worker(index: int) -> list[Order | None]:
            start.wait(timeout=10)
            return [
                get_order_by_id.sync(f"order-{n}", client=client)
                for n in range(index, sync_calls, THREADS)
            ]

        async def async_calls_in_one_loop() -> list[Order | None]:
            async def task(index: int) -> list[Order | None]:
                return [
                    await get_order_by_id.asyncio(f"order-{n}", client=client)
                    for n in range(index, async_calls, TASKS)
                ]

            start.wait(timeout=10)
            try:
                results = await asyncio.gather(*(task(index) for index in range(TASKS)))
            finally:
                await client.aclose()
            return [order for result in results for order in result]

        with ThreadPoolExecutor(max_workers=THREADS + 1) as pool:
            async_future = pool.submit(asyncio.run, async_calls_in_one_loop())
            for result in pool.map(sync_worker, range(THREADS)):
                orders += result
            orders += async_future.result(timeout=120)

    assert len(orders) == CALLS
    assert all(isinstance(order, Order) for order in orders)
    assert len(server.token_requests) == 1
    assert len(server.issued) == 1
    assert server.api_authorizations == [f"Bearer {server.issued[0]}"] * CALLS
    sent = server.token_requests[0]
    if method == "client_secret_basic":
        assert (sent.authorization or "").startswith("Basic ")
        assert "client_secret" not in sent.form
    else:
        assert sent.authorization is None
        assert sent.form["client_secret"] == SECRET
    assert "scope" not in sent.form


def test_a_post_refused_with_a_basic_challenge_says_to_use_client_secret_basic(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server(auth_method="client_secret_basic")
    with client_of(server, max_retries=2) as client, pytest.raises(AuthenticationError) as raised:
        get_order_by_id.sync("order-1", client=client)
    message = str(raised.value)
    assert raised.value.status_code == 401
    assert "WWW-Authenticate: Basic" in message
    assert "token_endpoint_auth_method='client_secret_basic'" in message
    assert len(server.token_requests) == 1  # a refusal is not retried

    with client_of(server, token_endpoint_auth_method="client_secret_basic") as client:
        assert isinstance(get_order_by_id.sync("order-1", client=client), Order)


def test_a_wrong_secret_at_a_basic_only_server_is_named_before_any_basic_advice(
    authlib_server: AuthlibFactory,
) -> None:
    # Authlib answers a wrong secret in the form body exactly as it answers a right one sent
    # the wrong way: 401, invalid_client, WWW-Authenticate: Basic.
    server = authlib_server(auth_method="client_secret_basic")
    client = client_of(server, client_secret="not-the-secret")
    with client, pytest.raises(AuthenticationError) as raised:
        get_order_by_id.sync("order-1", client=client)
    assert raised.value.status_code == 401
    assert raised.value.headers["www-authenticate"].startswith("Basic")
    assert_says_the_secret_was_refused(str(raised.value))


def test_a_basic_client_refused_by_a_post_only_server_gets_no_basic_advice(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server(auth_method="client_secret_post")
    with (
        client_of(server, token_endpoint_auth_method="client_secret_basic") as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        get_order_by_id.sync("order-1", client=client)
    assert "invalid_client" in str(raised.value)
    assert "client_secret_basic'" not in str(raised.value)


# ------------------------------------------------------------------------------------ scope
def test_scope_is_sent_when_set_and_the_api_accepts_the_scoped_token(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server(required_scope="orders:read")
    with client_of(server, scope="orders:read") as client:
        assert isinstance(get_order_by_id.sync("order-1", client=client), Order)
    assert server.token_requests[0].form["scope"] == "orders:read"


def test_without_the_scope_the_token_has_none_and_the_api_refuses_it(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server(required_scope="orders:read")
    with client_of(server, max_retries=0) as client, pytest.raises(PermissionDeniedError):
        get_order_by_id.sync("order-1", client=client)
    assert "scope" not in server.token_requests[0].form


def test_method_and_scope_from_the_environment(
    authlib_server: AuthlibFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = authlib_server(auth_method="client_secret_basic", required_scope="orders:write")
    monkeypatch.setenv("JUNIPER_CLIENT_ID", server.client_id)
    monkeypatch.setenv("JUNIPER_CLIENT_SECRET", server.client_secret)
    monkeypatch.setenv("JUNIPER_BASE_URL", server.base_url)
    monkeypatch.setenv("JUNIPER_TOKEN_URL", server.token_url)
    monkeypatch.setenv("JUNIPER_TOKEN_AUTH_METHOD", "client_secret_basic")
    monkeypatch.setenv("JUNIPER_SCOPE", "orders:write")
    with JuniperClient.from_env() as client:
        assert isinstance(get_order_by_id.sync("order-1", client=client), Order)
    sent = server.token_requests[0]
    assert (sent.authorization or "").startswith("Basic ")
    assert sent.form["scope"] == "orders:write"


@pytest.mark.parametrize("method", ["client_secret_jwt", "basic", "", "CLIENT_SECRET_POST"])
def test_an_unknown_auth_method_is_a_value_error_at_construction(method: str) -> None:
    with pytest.raises(ValueError, match="token_endpoint_auth_method"):
        JuniperClient(client_id="id", client_secret=SECRET, token_endpoint_auth_method=method)


# ------------------------------------------------------------------------------- token type
@pytest.mark.parametrize("method", METHODS)
def test_a_mac_token_is_refused_without_retry_or_use(
    authlib_server: AuthlibFactory, method: str
) -> None:
    server = authlib_server(auth_method=method, token_type="mac")
    with (
        client_of(server, token_endpoint_auth_method=method, max_retries=2) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        get_order_by_id.sync("order-1", client=client)
    assert "token of type 'mac'" in str(raised.value)
    assert "Bearer" in str(raised.value)
    assert len(server.token_requests) == 1  # not retried
    assert server.api_authorizations == []  # never sent to the API
    assert_no_secret(texts_of(raised.value), server.issued)


@pytest.mark.parametrize("token_type", ["bearer", "BEARER", "Bearer"])
def test_bearer_is_accepted_in_any_case(authlib_server: AuthlibFactory, token_type: str) -> None:
    server = authlib_server(token_type=token_type)
    with client_of(server) as client:
        assert isinstance(get_order_by_id.sync("order-1", client=client), Order)
    assert server.api_authorizations == [f"Bearer {server.issued[0]}"]


# -------------------------------------------------------------------------------- scrubbing
@pytest.mark.parametrize("method", METHODS)
def test_no_encoding_of_the_secret_or_token_leaks_from_echoed_errors(
    authlib_server: AuthlibFactory, method: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A server that echoes the refused request: form body (post) or Authorization (basic)."""
    caplog.set_level(logging.DEBUG)
    # The server accepts only the other method, so it refuses and echoes what was sent.
    other = next(m for m in METHODS if m != method)
    server = authlib_server(auth_method=other, echo_errors=True)
    errors: list[JuniperError] = []
    client = client_of(server, token_endpoint_auth_method=method, max_retries=1)
    with client:
        with pytest.raises(AuthenticationError) as raised:
            get_order_by_id.sync("order-1", client=client)
        errors.append(raised.value)

    async def async_call() -> None:
        async with client_of(server, token_endpoint_auth_method=method) as async_client:
            await get_order_by_id.asyncio("order-1", client=async_client)

    with pytest.raises(AuthenticationError) as raised:
        asyncio.run(async_call())
    errors.append(raised.value)

    # The echo is real: the server's answer carried what the client sent.
    assert len(server.token_requests) == 2
    echoed = "[redacted]" in errors[0].args[0]
    assert echoed
    for error in errors:
        assert isinstance(error, AuthenticationError)
        assert b"[redacted]" in error.body
        assert_no_secret(texts_of(error))
    assert_no_secret(client_log_lines(caplog))
    assert_no_secret([repr(client), str(client), repr(client.with_options(max_retries=0))])


def test_an_api_error_echoing_the_issued_token_keeps_it_out_of_everything(
    authlib_server: AuthlibFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = authlib_server()
    with client_of(server) as client:
        client.get_httpx_client()
        with pytest.raises(BadRequestError) as raised:
            client.get_httpx_client().get("/echo/order-1")
    assert server.issued
    assert b"Bearer [redacted]" in raised.value.body
    assert_no_secret(texts_of(raised.value), server.issued)
    assert_no_secret(client_log_lines(caplog), server.issued)
