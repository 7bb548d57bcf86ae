"""Proxies and certificates from the environment, through a real forward proxy on 127.0.0.1.

``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` / ``SSL_CERT_FILE`` mean for
JuniperClient what they mean for httpx: the token request and every API call (retries included)
go through the proxy, plainly for http:// and by ``CONNECT`` for https://, unless ``NO_PROXY``
names the host; an explicit ``proxy`` wins; ``trust_env=False`` ignores the environment.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from juniper_fulfillment import APIConnectionError, JuniperClient
from juniper_fulfillment_client.api.orders import get_order_by_id
from juniper_fulfillment_client.models import Order
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for, free_port
from tests.forward_proxy import ForwardProxy, LocalCA

ORDER_PATH = f"/orders/{ORDER_ID}"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy or certificate setting from the machine running the tests."""
    for name in (*PROXY_VARIABLES, "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as forward_proxy:
        yield forward_proxy


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[FaultServer, LocalCA]]:
    """A FaultServer speaking HTTPS with a certificate from a CA made for this test."""
    authority = LocalCA(tmp_path)
    server = FaultServer()
    server._server.socket = authority.server_context().wrap_socket(
        server._server.socket, server_side=True
    )
    with server:
        yield server, authority


def https_client_for(server: FaultServer, **options: Any) -> JuniperClient:
    base = f"https://127.0.0.1:{server.port}"
    return client_for(server, base_url=base, token_url=f"{base}/oauth2/token", **options)


def test_http_proxy_carries_the_token_request_and_api_calls_with_retries(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    server.script("GET", ORDER_PATH, Reply(503))  # retried, through the proxy again
    with client_for(server, max_retries=2) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)

    assert proxy.lines() == [
        f"POST {server.token_url}",
        f"GET {server.base_url}{ORDER_PATH}",
        f"GET {server.base_url}{ORDER_PATH}",
    ]
    assert len(server.seen("GET", ORDER_PATH)) == 2


async def test_async_calls_go_through_the_proxy_too(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    async with client_for(server) as client:
        orders = await asyncio.gather(
            *(get_order_by_id.asyncio(ORDER_ID, client=client) for _ in range(5))
        )
    assert all(isinstance(order, Order) for order in orders)
    assert proxy.lines("POST") == [f"POST {server.token_url}"]
    assert proxy.lines("GET") == [f"GET {server.base_url}{ORDER_PATH}"] * 5


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*"])
def test_a_no_proxy_match_goes_directly(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    with client_for(server) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert proxy.lines() == []
    assert server.token_count == 1


def test_a_no_proxy_entry_for_another_host_still_uses_the_proxy(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "internal.example.com,10.0.0.0/8")
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
    assert len(proxy.lines()) == 2


def test_https_goes_through_a_connect_tunnel_trusting_ssl_cert_file(
    tls_server: tuple[FaultServer, LocalCA],
    proxy: ForwardProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, authority = tls_server
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.ca_file))
    server.script("GET", ORDER_PATH, Reply(502))
    with https_client_for(server, max_retries=2) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)

    # One tunnel per connection; the API server saw the token request and three calls inside.
    tunnels = proxy.lines("CONNECT")
    assert tunnels
    assert set(tunnels) == {f"CONNECT 127.0.0.1:{server.port}"}
    assert proxy.lines("GET") == []
    assert len(server.token_requests) == 1
    assert len(server.seen("GET", ORDER_PATH)) == 3


def test_without_ssl_cert_file_the_test_ca_is_not_trusted(
    tls_server: tuple[FaultServer, LocalCA],
) -> None:
    server, _ = tls_server
    with (
        https_client_for(server, max_retries=0) as client,
        pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert server.token_requests == []


def test_trust_env_false_ignores_proxies_and_ssl_cert_file(
    tls_server: tuple[FaultServer, LocalCA], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, authority = tls_server
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}")  # nothing listens
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.ca_file))
    with (
        https_client_for(server, max_retries=0, trust_env=False) as client,
        pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        # Straight to the server (no dead proxy), which the default CA bundle does not trust.
        get_order_by_id.sync(ORDER_ID, client=client)


def test_an_explicit_proxy_wins_over_the_environment(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{free_port()}")  # nothing listens
    with client_for(server, httpx_args={"proxy": proxy.url}) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(proxy.lines()) == 2


def test_a_dead_proxy_from_the_environment_is_a_connection_error(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Proof that the environment is used: with nothing at HTTP_PROXY, no request gets through."""
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{free_port()}")
    with client_for(server, max_retries=1) as client, pytest.raises(APIConnectionError):
        get_order_by_id.sync(ORDER_ID, client=client)
    assert server.token_requests == []
