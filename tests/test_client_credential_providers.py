"""Credential providers, against a real OAuth 2.0 server (Authlib's AuthorizationServer).

``client_secret`` may be a callable (a coroutine function for AsyncJuniperClient), asked at every
token exchange and once more when the token endpoint answers ``invalid_client``, so a rotated
secret is picked up without a restart; ``token_provider`` replaces the exchange, and its token is
cached by its expiry and asked for again after a 401. A provider that fails gives a
CredentialProviderError, and no secret a provider returns appears in an error or a log line.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from juniper_fulfillment import (
    AsyncJuniperClient,
    AuthenticationError,
    CredentialProviderError,
    JuniperClient,
    Token,
)
from juniper_fulfillment_client.models import Order
from tests.oauth_server import CLIENT_ID, SECRET, AuthlibServer
from tests.test_client_oauth_server import client_log_lines, texts_of

ROTATED = "r0tated+secret/2&%"
STALE = "stale secret/1?"
CALLS = 20

AuthlibFactory = Callable[..., AuthlibServer]


@pytest.fixture
def authlib_server() -> Iterator[AuthlibFactory]:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with contextlib.ExitStack() as stack:
        yield lambda **options: stack.enter_context(AuthlibServer(**options))


class Secrets:
    """A client_secret provider answering from a script, counting its calls."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            self.calls += 1
            return self.answers[min(self.calls, len(self.answers)) - 1]


def spellings(secret: str) -> set[str]:
    """Every spelling of ``secret`` a server might echo (see test_client_oauth_server)."""
    quoted = {urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}
    pairs = {f"{CLIENT_ID}:{secret}", *(f"{CLIENT_ID}:{q}" for q in quoted)}
    return {
        secret,
        urllib.parse.quote(secret),
        *quoted,
        *(base64.b64encode(pair.encode()).decode() for pair in pairs),
    }


def assert_none_of(secrets: list[str], texts: list[str]) -> None:
    for text in texts:
        for secret in secrets:
            for spelling in spellings(secret):
                assert spelling not in text, f"{spelling!r} leaked into {text!r}"


def sync_client(server: AuthlibServer, **options: Any) -> JuniperClient:
    return JuniperClient(base_url=server.base_url, token_url=server.token_url, **options)


def async_client(server: AuthlibServer, **options: Any) -> AsyncJuniperClient:
    return AsyncJuniperClient(base_url=server.base_url, token_url=server.token_url, **options)


# -------------------------------------------------------------------- client_secret provider
@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic"])
def test_a_rotated_secret_is_picked_up_after_invalid_client_with_one_more_provider_call(
    authlib_server: AuthlibFactory, method: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = authlib_server(auth_method=method, echo_errors=True)
    # The vault still hands out the old secret once after the vendor rotated it.
    provider = Secrets(SECRET, SECRET, ROTATED)
    client = sync_client(
        server, client_id=CLIENT_ID, client_secret=provider, token_endpoint_auth_method=method
    )
    with client:
        assert isinstance(client.orders.get_order_by_id("order-1"), Order)
        assert isinstance(client.orders.get_order_by_id("order-2"), Order)
        assert provider.calls == 1  # once per exchange, not per call

        server.rotate_secret(ROTATED)
        server.revoke_all()  # the API refuses the cached token: a new exchange is needed
        assert isinstance(client.orders.get_order_by_id("order-3"), Order)

    assert provider.calls == 3  # the exchange's call and exactly one more
    assert len(server.token_requests) == 3  # the stale secret refused, the rotated one taken
    assert len(server.api_authorizations) == 3
    assert_none_of([SECRET, ROTATED], [*client_log_lines(caplog), repr(client)])


def test_a_provider_that_returns_the_same_secret_again_gets_authentication_error(
    authlib_server: AuthlibFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = authlib_server(echo_errors=True)
    provider = Secrets(STALE)
    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=provider) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.orders.get_order_by_id("order-1")
    assert provider.calls == 2
    assert len(server.token_requests) == 1  # the same secret is not sent twice
    assert "invalid_client" in str(raised.value)
    assert "asked again, returned the same secret" in str(raised.value)
    # The server echoed the refused form: the provider's secret is scrubbed from all of it.
    assert b"[redacted]" in raised.value.body
    assert_none_of([STALE], texts_of(raised.value) + client_log_lines(caplog))


def test_two_refused_secrets_make_two_requests_and_neither_leaks(
    authlib_server: AuthlibFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = authlib_server(echo_errors=True)
    provider = Secrets(STALE, ROTATED)  # the server has neither
    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=provider) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.orders.get_order_by_id("order-1")
    assert provider.calls == 2
    assert len(server.token_requests) == 2  # retried once, not more
    assert_none_of([STALE, ROTATED], texts_of(raised.value) + client_log_lines(caplog))


def test_a_fixed_secret_refused_is_not_asked_again(authlib_server: AuthlibFactory) -> None:
    server = authlib_server()
    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=STALE) as client,
        pytest.raises(AuthenticationError),
    ):
        client.orders.get_order_by_id("order-1")
    assert len(server.token_requests) == 1


def test_a_provider_that_raises_gives_credential_provider_error_with_the_cause(
    authlib_server: AuthlibFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = authlib_server()

    def from_vault() -> str:
        raise KeyError(f"vault path not found near {SECRET}")

    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=from_vault) as client,
        pytest.raises(CredentialProviderError) as raised,
    ):
        client.orders.get_order_by_id("order-1")
    error = raised.value
    assert not isinstance(error, AuthenticationError)
    assert isinstance(error.__cause__, KeyError)
    assert "client_secret provider" in str(error)
    assert "from_vault" in str(error)
    assert "raised KeyError" in str(error)
    assert "nothing was sent" in str(error)
    assert server.token_requests == []
    assert server.api_authorizations == []
    assert_none_of([SECRET], [str(error), repr(error), *map(str, error.args)])
    assert_none_of([SECRET], client_log_lines(caplog))


@pytest.mark.parametrize("returned", [None, "", 42, b"bytes"])
def test_a_provider_returning_no_str_gives_credential_provider_error(
    authlib_server: AuthlibFactory, returned: object
) -> None:
    server = authlib_server()
    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=lambda: returned) as client,
        pytest.raises(CredentialProviderError, match="not a non-empty str"),
    ):
        client.orders.get_order_by_id("order-1")
    assert server.token_requests == []


def test_16_threads_on_a_cold_cache_ask_the_provider_once(authlib_server: AuthlibFactory) -> None:
    server = authlib_server(token_delay=0.2)
    provider = Secrets(SECRET)
    start = threading.Barrier(16)
    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=provider) as client,
        ThreadPoolExecutor(max_workers=16) as pool,
    ):

        def call(index: int) -> Order:
            start.wait(timeout=5)
            return client.orders.get_order_by_id(f"order-{index}")

        assert all(isinstance(o, Order) for o in pool.map(call, range(16)))
    assert provider.calls == 1
    assert len(server.token_requests) == 1


def test_the_blocking_client_refuses_a_coroutine_function() -> None:
    async def secret() -> str:
        return SECRET

    async def token() -> Token:
        return Token("at_x", 60)

    with pytest.raises(TypeError, match="AsyncJuniperClient"):
        JuniperClient(client_id=CLIENT_ID, client_secret=secret)
    with pytest.raises(TypeError, match="AsyncJuniperClient"):
        JuniperClient(token_provider=token)
    AsyncJuniperClient(client_id=CLIENT_ID, client_secret=secret)
    AsyncJuniperClient(token_provider=token)


def test_an_awaitable_returned_in_a_blocking_call_is_a_credential_provider_error(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server()

    async def secret() -> str:
        return SECRET

    # A lambda wrapping a coroutine function is not one itself: only the call can tell.
    with (
        sync_client(server, client_id=CLIENT_ID, client_secret=lambda: secret()) as client,
        pytest.raises(CredentialProviderError, match="returned an awaitable"),
    ):
        client.orders.get_order_by_id("order-1")
    assert server.token_requests == []


def test_an_async_provider_serves_the_async_client_on_several_event_loops(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server(token_delay=0.1)
    loops: list[asyncio.AbstractEventLoop] = []

    async def from_vault() -> str:
        await asyncio.sleep(0.01)  # a real await on the caller's loop
        loops.append(asyncio.get_running_loop())
        return SECRET

    client = async_client(server, client_id=CLIENT_ID, client_secret=from_vault)

    async def calls() -> list[Order]:
        return await asyncio.gather(
            *(client.orders.get_order_by_id(f"order-{i}") for i in range(CALLS))
        )

    for _ in range(3):
        assert len(asyncio.run(calls())) == CALLS
        server.revoke_all()  # the next loop's first call gets a 401 and a new exchange
    asyncio.run(client.aclose())
    assert len(loops) == 3  # one exchange per loop, whatever the number of tasks
    assert len(set(map(id, loops))) == 3
    assert len(server.token_requests) == 3


def test_an_async_provider_is_asked_again_after_invalid_client(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server()
    server.rotate_secret(ROTATED)
    answers = Secrets(SECRET, ROTATED)

    async def from_vault() -> str:
        await asyncio.sleep(0)
        return answers()

    async def call() -> Order:
        async with async_client(server, client_id=CLIENT_ID, client_secret=from_vault) as client:
            return await client.orders.get_order_by_id("order-1")

    assert isinstance(asyncio.run(call()), Order)
    assert answers.calls == 2
    assert len(server.token_requests) == 2


def test_from_env_takes_a_provider_for_the_secret(
    authlib_server: AuthlibFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = authlib_server()
    monkeypatch.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    monkeypatch.delenv("JUNIPER_CLIENT_SECRET", raising=False)
    monkeypatch.setenv("JUNIPER_BASE_URL", server.base_url)
    monkeypatch.setenv("JUNIPER_TOKEN_URL", server.token_url)
    provider = Secrets(SECRET)
    with JuniperClient.from_env(client_secret=provider) as client:
        assert isinstance(client.orders.get_order_by_id("order-1"), Order)
    assert provider.calls == 1


# ---------------------------------------------------------------------------- token_provider
class Gateway:
    """A partner's token gateway: exchanges at the Authlib server, counting its calls."""

    def __init__(self, server: AuthlibServer, expires_in: float | None = 3600) -> None:
        self.server = server
        self.expires_in = expires_in
        self.calls = 0
        self._lock = threading.Lock()

    def _form(self) -> dict[str, str]:
        with self._lock:
            self.calls += 1
        return {
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": self.server.client_secret,
        }

    def __call__(self) -> Token:
        answer = httpx.post(self.server.token_url, data=self._form(), timeout=5)
        answer.raise_for_status()
        return Token(answer.json()["access_token"], self.expires_in)

    async def fetch(self) -> Token:
        async with httpx.AsyncClient(timeout=5) as http:
            answer = await http.post(self.server.token_url, data=self._form())
        answer.raise_for_status()
        return Token(answer.json()["access_token"], self.expires_in)


def test_token_provider_is_called_once_for_many_calls_and_again_after_a_401(
    authlib_server: AuthlibFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = authlib_server()
    gateway = Gateway(server)
    with sync_client(server, token_provider=gateway) as client:
        with ThreadPoolExecutor(max_workers=8) as pool:
            orders = list(pool.map(client.orders.get_order_by_id, map(str, range(CALLS))))
        assert all(isinstance(order, Order) for order in orders)
        assert gateway.calls == 1

        server.revoke_all()
        assert isinstance(client.orders.get_order_by_id("after-revocation"), Order)
        assert gateway.calls == 2  # the 401 dropped the token and the provider was asked again
        copy = client.with_options(max_retries=0)
        assert isinstance(copy.orders.get_order_by_id("from-a-copy"), Order)
        assert gateway.calls == 2  # copies share the cache
        texts = [repr(client), repr(copy), str(client)]
    assert "token_provider=Gateway" in repr(client)
    assert_none_of([*server.issued, SECRET], texts + client_log_lines(caplog))


def test_token_provider_is_asked_again_when_its_token_expires(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server()
    gateway = Gateway(server, expires_in=0.4)  # refreshed at half its life, 0.2 s
    with sync_client(server, token_provider=gateway) as client:
        client.orders.get_order_by_id("order-1")
        client.orders.get_order_by_id("order-2")
        assert gateway.calls == 1
        time.sleep(0.3)
        client.orders.get_order_by_id("order-3")
        assert gateway.calls == 2
    assert len(set(server.api_authorizations)) == 2


def test_an_async_token_provider_serves_many_tasks_on_several_loops(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server(token_delay=0.1)
    gateway = Gateway(server)
    client = async_client(server, token_provider=gateway.fetch)

    async def calls() -> list[Order]:
        return await asyncio.gather(
            *(client.orders.get_order_by_id(f"order-{i}") for i in range(CALLS))
        )

    for round_ in range(1, 4):
        assert len(asyncio.run(calls())) == CALLS
        assert gateway.calls == round_
        server.revoke_all()
    asyncio.run(client.aclose())


def test_a_token_provider_that_fails_gives_credential_provider_error(
    authlib_server: AuthlibFactory,
) -> None:
    server = authlib_server()

    def gateway_down() -> Token:
        raise ConnectionRefusedError("gateway down")

    with (
        sync_client(server, token_provider=gateway_down) as client,
        pytest.raises(CredentialProviderError, match="token_provider gateway_down raised") as e,
    ):
        client.orders.get_order_by_id("order-1")
    assert isinstance(e.value.__cause__, ConnectionRefusedError)
    assert server.api_authorizations == []

    with (
        sync_client(server, token_provider=lambda: "at_plain_str") as client,
        pytest.raises(CredentialProviderError, match="returned str, not a Token"),
    ):
        client.orders.get_order_by_id("order-1")
    assert server.api_authorizations == []


def test_token_provider_arguments_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def provider() -> Token:
        return Token("at_x")

    with pytest.raises(ValueError, match="not both"):
        JuniperClient(client_id=CLIENT_ID, client_secret=SECRET, token_provider=provider)
    with pytest.raises(TypeError, match="callable"):
        JuniperClient(token_provider="at_x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="client_id and client_secret, or token_provider"):
        JuniperClient(client_id=CLIENT_ID)
    with pytest.raises(TypeError, match="client_secret must be a str or a callable"):
        JuniperClient(client_id=CLIENT_ID, client_secret=42)  # type: ignore[arg-type]
    # from_env with a token provider neither needs nor reads the client id and secret.
    monkeypatch.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("JUNIPER_CLIENT_SECRET", SECRET)
    client = JuniperClient.from_env(token_provider=provider)
    assert "token_provider=" in repr(client)
    assert CLIENT_ID not in repr(client)
    monkeypatch.delenv("JUNIPER_CLIENT_ID")
    monkeypatch.delenv("JUNIPER_CLIENT_SECRET")
    JuniperClient.from_env(token_provider=provider)


def test_token_hides_its_value_and_checks_its_fields() -> None:
    token = Token("at_very_secret", 60)
    assert "at_very_secret" not in repr(token)
    assert "60" in repr(token)
    assert Token("at_x").expires_in is None
    for value, expires_in in (("", 60), ("at_x", 0), ("at_x", -1), ("at_x", float("inf"))):
        with pytest.raises(ValueError, match="Token"):
            Token(value, expires_in)
    with pytest.raises(ValueError, match="Token"):
        Token("at_x", True)
