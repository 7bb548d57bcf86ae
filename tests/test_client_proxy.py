"""`httpx_args={"proxy": "http://..."}` sends the token request and API calls through the proxy.

The hosts of the API and token URLs do not exist (``.invalid``), so the calls can only succeed
through the forward proxy, a small HTTP server on 127.0.0.1 that answers in the API's place and
records the absolute URLs it was asked for. This runs in the ``lowest`` nox session too, at the
lowest httpx the package allows.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from juniper_fulfillment import JuniperClient
from juniper_fulfillment_client.api.shipping import list_shipping_methods

API = "http://api.juniper.invalid"
TOKEN_URL = "http://auth.juniper.invalid/oauth/token"


class _ForwardProxy(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def _answer(self, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.seen.append(f"POST {self.path}")
        self._answer({"access_token": "proxied-token", "token_type": "Bearer", "expires_in": 3600})

    def do_GET(self) -> None:
        self.seen.append(f"GET {self.path} {self.headers.get('Authorization')}")
        self._answer([{"name": "STANDARD", "description": "3-5 days", "price": "0.00"}])

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (_ForwardProxy,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_requests_go_through_the_proxy_given_as_a_url_string(
    proxy: tuple[str, list[str]],
) -> None:
    proxy_url, seen = proxy
    with JuniperClient(
        client_id="id",
        client_secret="secret",
        base_url=API,
        token_url=TOKEN_URL,
        max_retries=0,
        timeout=10.0,
        httpx_args={"proxy": proxy_url},
    ) as client:
        methods = list_shipping_methods.sync(client=client)

    assert [method.name for method in methods] == ["STANDARD"]
    assert seen == [f"POST {TOKEN_URL}", f"GET {API}/shipping-methods Bearer proxied-token"]


async def test_async_requests_go_through_the_proxy_too(proxy: tuple[str, list[str]]) -> None:
    proxy_url, seen = proxy
    async with JuniperClient(
        client_id="id",
        client_secret="secret",
        base_url=API,
        token_url=TOKEN_URL,
        max_retries=0,
        timeout=10.0,
        httpx_args={"proxy": proxy_url},
    ) as client:
        methods = await list_shipping_methods.asyncio(client=client)

    assert [method.name for method in methods] == ["STANDARD"]
    assert seen == [f"POST {TOKEN_URL}", f"GET {API}/shipping-methods Bearer proxied-token"]
