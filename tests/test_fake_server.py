"""The fake's HTTP server and routing: encoded slashes stay in their segment, hang-ups are quiet."""

from __future__ import annotations

import socket
import struct
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any
from wsgiref.types import StartResponse

import httpx
import pytest

from juniper_fulfillment import APIStatusError, JuniperClient, NotFoundError
from juniper_fulfillment.testing import FakeJuniper
from tests.test_fake_contract import order_request


@contextmanager
def in_process(fake: FakeJuniper) -> Iterator[JuniperClient]:
    with fake.client(max_retries=0) as client:
        yield client


@contextmanager
def over_a_socket(fake: FakeJuniper) -> Iterator[JuniperClient]:
    with (
        fake.serve() as server,
        JuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            max_retries=0,
        ) as client,
    ):
        yield client


@pytest.mark.parametrize("connect", [in_process, over_a_socket], ids=["in-process", "socket"])
def test_an_encoded_slash_stays_inside_the_id(
    connect: Callable[[FakeJuniper], AbstractContextManager[JuniperClient]],
) -> None:
    with FakeJuniper() as fake, connect(fake) as client:
        order = client.orders.create_order(body=order_request())
        # The generated client sends "a/b" as a%2Fb: one id, unknown, not "No such endpoint".
        with pytest.raises(NotFoundError) as unknown:
            client.orders.get_order_by_id("a/b")
        assert "a/b" in str(unknown.value)
        # "<id>/cancel" as an id is not the cancel endpoint (whose GET would be a 405).
        with pytest.raises(NotFoundError) as not_cancel:
            client.orders.get_order_by_id(f"{order.id}/cancel")
        assert f"{order.id}/cancel" in str(not_cancel.value)
        with pytest.raises(NotFoundError):
            client.orders.cancel_order(f"{order.id}/x")
        assert fake.order(order.id)["status"] == "NEW"
        # Plain ids and real routes are unchanged.
        assert client.orders.get_order_by_id(order.id).id == order.id
        assert client.orders.cancel_order(order.id).status == "CANCELLED"


def test_a_wsgi_server_without_the_raw_path_still_routes() -> None:
    """Mounted in a WSGI server that offers only PATH_INFO, the app routes what it decoded
    (there an encoded slash is lost: the raw path is what keeps it)."""
    with FakeJuniper() as fake:
        with fake.client() as client:
            created = client.orders.create_order(body=order_request())
        environ_seen: list[str] = []

        def without_raw_path(
            environ: dict[str, Any], start_response: StartResponse
        ) -> Iterable[bytes]:
            environ.pop("RAW_URI", None)
            environ.pop("REQUEST_URI", None)
            environ_seen.append(str(environ["PATH_INFO"]))
            return fake.app(environ, start_response)

        with fake.client(
            httpx_args={"transport": httpx.WSGITransport(app=without_raw_path)}
        ) as client:
            assert client.orders.get_order_by_id(created.id).id == created.id
            with pytest.raises(APIStatusError) as decoded:
                client.orders.get_order_by_id(f"{created.id}/cancel")
            assert decoded.value.status_code == 405
    assert f"{fake.app.api_prefix}/orders/{created.id}" in environ_seen


SERVER = textwrap.dedent(
    """
    import sys
    from juniper_fulfillment.testing import FakeJuniper

    with FakeJuniper() as fake, fake.serve() as server:
        print(server.port, fake.app.api_prefix, flush=True)
        sys.stdin.read()
    """
)


def reset(sock: socket.socket) -> None:
    """Close with an RST, as a client that crashes or times out does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def test_clients_hanging_up_leave_no_traceback_on_stderr() -> None:
    process = subprocess.Popen(  # noqa: S603 - this interpreter on a script of this file
        [sys.executable, "-c", SERVER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        # The spec's server path (/v1 today), as the fake serves it.
        port_text, prefix = process.stdout.readline().split()
        port = int(port_text)
        api = prefix.encode()
        for partial in (
            b"",  # connected, then reset before a byte
            b"GET " + api + b"/shipping-methods HTTP/1.1\r\nHost: x",  # reset inside the headers
            b"POST " + api + b"/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{",
        ):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(partial)
            time.sleep(0.05)
            reset(sock)
        # A client that sends a request and resets before reading the answer.
        for _ in range(20):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET " + api + b"/products?limit=100 HTTP/1.1\r\nHost: x\r\n\r\n")
            reset(sock)
        # The server still answers afterwards.
        answer = httpx.get(f"http://127.0.0.1:{port}{prefix}/shipping-methods", timeout=5)
        assert answer.status_code == 401
        time.sleep(0.2)
    finally:
        _, stderr = process.communicate(input="", timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in stderr, stderr
    assert "ConnectionResetError" not in stderr, stderr
