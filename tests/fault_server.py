"""A scriptable API and token server on 127.0.0.1 for testing JuniperClient against real sockets.

:class:`FaultServer` serves a small slice of the Order Fulfillment API (orders, protocols, partner
settings) with bodies shaped like the spec's examples, plus a client-credentials token endpoint at
``/oauth2/token``. Each ``(method, path)`` can be given a queue of :class:`Reply` objects that are
answered first, in order: any status and headers, a delay before the headers or before the body,
or a connection closed after the whole request was read and before any answer. The token endpoint
takes a queue the same way. Every request is recorded (method, path, ``Authorization`` header,
body, client address, every header) so tests count exactly what reached the server.

Only 127.0.0.1 is used; every wait is bounded and cut short when the server stops.
"""

from __future__ import annotations

import collections
import copy
import http.server
import json
import re
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from juniper_fulfillment import JuniperClient

HOST = "127.0.0.1"
CLIENT_ID = "fault-client"
# Not a real credential; long and distinctive so a leak into any text is easy to detect.
CLIENT_SECRET = "fault-secret-" + "7f3c9a51e2b84d06" * 2

ORDER_ID = "2vSGym0bH8qVEwCIGlyFoRgJq1A"
PROTOCOL_ID = "2vSHpR7Kq4mNxYzLaB1cD9eF0g"

# Longest a scripted delay may last, whatever a test asks: keeps every test bounded.
MAX_DELAY = 10.0

_CUSTOMER: dict[str, Any] = {
    "sourceId": "1234567890",
    "firstName": "John",
    "lastName": "Doe",
    "email": "john.doe@example.com",
    "address": {
        "line1": "437 Lytton",
        "line2": "Suite 100",
        "city": "Palo Alto",
        "state": "CA",
        "zipCode": "94301",
    },
}
_LINE_ITEM: dict[str, Any] = {
    "productId": 77123129891,
    "quantity": 2,
    "packDescription": "Whole Body Wellness",
    "administration": {"morning": 1, "afternoon": 0, "evening": 1, "sleep": 0},
}


def order_json(status: str = "NEW") -> dict[str, Any]:
    """An ``Order`` as the API sends it: a new dict all the way down, each call."""
    return {
        "id": ORDER_ID,
        "status": status,
        "orderType": "ONE_TIME",
        "daysSupply": 30,
        "shippingMethod": "STANDARD",
        "customer": copy.deepcopy(_CUSTOMER),
        "lineItems": [{**copy.deepcopy(_LINE_ITEM), "price": "0.37", "discountedPrice": "0.33"}],
        "createdAt": "2023-10-01T12:00:00Z",
        "updatedAt": "2023-10-01T12:00:00Z",
    }


def protocol_json() -> dict[str, Any]:
    """A ``Protocol`` as the API sends it: a new dict all the way down, each call."""
    return {
        "id": PROTOCOL_ID,
        "customer": copy.deepcopy(_CUSTOMER),
        "daysSupply": 30,
        "lineItems": [copy.deepcopy(_LINE_ITEM)],
        "shippingMethod": "STANDARD",
        "orderType": "SUBSCRIPTION",
        "createdAt": "2023-10-01T12:00:00Z",
    }


def settings_json() -> dict[str, Any]:
    """``PartnerSettings`` as the API sends them."""
    return {
        "id": "partner_123",
        "name": "Acme Health",
        "primaryColor": "#1a73e8",
        "webhookUrl": "https://partner.com/webhooks/orders",
        "discountValue": 0.1,
    }


def error_json(status: int) -> dict[str, Any]:
    """The API's ``Error`` body for ``status``."""
    return {"error": f"error_{status}", "message": f"scripted {status} answer"}


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    Args:
        status: the HTTP status.
        body: JSON-serialisable value, raw bytes, or None: then a 2xx gets the route's normal
            answer (token checks included) and any other status the API's ``Error`` JSON.
        headers: extra response headers (``Retry-After``, ``x-should-retry``, ...).
        delay: seconds to wait after reading the request, before answering.
        body_delay: seconds to wait after sending the headers, before sending the body.
        drop: read the whole request, then close the connection without answering.
    """

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body_delay: float = 0.0
    drop: bool = False


@dataclass(frozen=True)
class Seen:
    """One request as the server read it."""

    method: str
    path: str
    authorization: str | None
    content_type: str | None
    body: bytes
    client: tuple[str, int]
    at: float
    # Every header as received, names in lower case; a repeated one's values joined by ", ",
    # as HTTP combines them (so a header sent twice is seen).
    headers: Mapping[str, str] = field(default_factory=dict)


_ROUTES: list[tuple[str, re.Pattern[str], int, Any]] = [
    ("GET", re.compile(r"/orders/[^/]+"), 200, lambda: order_json()),
    ("POST", re.compile(r"/orders"), 201, lambda: order_json()),
    ("POST", re.compile(r"/orders/[^/]+/cancel"), 200, lambda: order_json("CANCELLED")),
    ("GET", re.compile(r"/protocols/[^/]+"), 200, protocol_json),
    ("PUT", re.compile(r"/protocols/[^/]+"), 200, protocol_json),
    ("DELETE", re.compile(r"/protocols/[^/]+"), 204, None),
    ("GET", re.compile(r"/partners/settings"), 200, settings_json),
    ("PATCH", re.compile(r"/partners/settings"), 200, settings_json),
]


class FaultServer:
    """API routes and a token endpoint on one 127.0.0.1 port, with scripted faults.

    API requests must carry ``Authorization: Bearer <token>`` with a token issued and not revoked
    by ``token_issuer`` (by default this server); otherwise they get 401, as the real API does.
    """

    def __init__(
        self,
        *,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
        expires_in: float | None = 3600,
        port: int = 0,
        token_issuer: FaultServer | None = None,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.expires_in = expires_in
        self.issued: list[str] = []
        self.requests: list[Seen] = []
        self.token_requests: list[Seen] = []
        self._revoked: set[str] = set()
        self._issuer = token_issuer or self
        self._scripts: dict[tuple[str, str], collections.deque[Reply]] = {}
        self._token_script: collections.deque[Reply] = collections.deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server((HOST, port), self._handler_class())
        self.port: int = self._server.server_address[1]
        self.base_url = f"http://{HOST}:{self.port}"
        self.token_url = f"{self.base_url}/oauth2/token"
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------------- scripting
    def script(self, method: str, path: str, *replies: Reply) -> None:
        """Answer the next requests to ``method path`` with ``replies``, then normally."""
        with self._lock:
            self._scripts.setdefault((method.upper(), path), collections.deque()).extend(replies)

    def script_token(self, *replies: Reply) -> None:
        """Answer the next token requests with ``replies``, then normally."""
        with self._lock:
            self._token_script.extend(replies)

    def revoke_all(self) -> None:
        """Refuse every token issued so far (as if an administrator had revoked them)."""
        with self._lock:
            self._revoked.update(self.issued)

    # --------------------------------------------------------------------------- reading
    @property
    def token_count(self) -> int:
        """Tokens issued (successful token exchanges)."""
        with self._lock:
            return len(self.issued)

    def seen(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """API requests received, optionally only those to ``method`` and ``path``."""
        with self._lock:
            return [
                seen
                for seen in self.requests
                if (method is None or seen.method == method) and (path is None or seen.path == path)
            ]

    # ----------------------------------------------------------------------- life cycle
    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()  # ends every scripted delay at once
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------------- answering
    def _next(self, key: tuple[str, str] | None) -> Reply | None:
        with self._lock:
            queue = self._token_script if key is None else self._scripts.get(key)
            return queue.popleft() if queue else None

    def _record(self, seen: Seen, *, token: bool) -> None:
        with self._lock:
            (self.token_requests if token else self.requests).append(seen)

    def _issue(self) -> dict[str, Any]:
        token = "tok_" + secrets.token_urlsafe(24)
        with self._lock:
            self.issued.append(token)
        payload: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.expires_in is not None:
            payload["expires_in"] = self.expires_in
        return payload

    def _token_answer(self, body: bytes) -> tuple[int, Any]:
        form = urllib.parse.parse_qs(body.decode("ascii", "replace"))
        if form.get("grant_type") != ["client_credentials"]:
            return 400, {"error": "unsupported_grant_type"}
        if form.get("client_id") != [self.client_id] or form.get("client_secret") != [
            self.client_secret
        ]:
            return 401, {"error": "invalid_client", "error_description": "unknown client"}
        return 200, self._issue()

    def _authorized(self, authorization: str | None) -> bool:
        if authorization is None or not authorization.startswith("Bearer "):
            return False
        token = authorization.removeprefix("Bearer ")
        issuer = self._issuer
        with issuer._lock:
            return token in issuer.issued and token not in issuer._revoked

    def _api_answer(self, method: str, path: str) -> tuple[int, Any]:
        for route_method, pattern, status, body in _ROUTES:
            if route_method == method and pattern.fullmatch(path):
                return status, body() if body is not None else None
        return 404, error_json(404)

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # An idle keep-alive connection ends after this, so no handler thread lingers.
            timeout = 5
            # Headers and body go out in separate writes: without this, Nagle's algorithm and
            # the client's delayed ACK add ~40 ms to every answer.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                """Silence the per-request stderr lines."""

            def do_GET(self) -> None:
                self._handle()

            def do_POST(self) -> None:
                self._handle()

            def do_PUT(self) -> None:
                self._handle()

            def do_PATCH(self) -> None:
                self._handle()

            def do_DELETE(self) -> None:
                self._handle()

            def _handle(self) -> None:
                body = self._read_body()
                path = urllib.parse.urlsplit(self.path).path
                is_token = self.command == "POST" and path == "/oauth2/token"
                seen = Seen(
                    self.command,
                    path,
                    self.headers.get("Authorization"),
                    self.headers.get("Content-Type"),
                    body,
                    self.client_address,
                    time.monotonic(),
                    {
                        name.lower(): ", ".join(self.headers.get_all(name) or ())
                        for name in self.headers
                    },
                )
                server._record(seen, token=is_token)
                reply = server._next(None if is_token else (self.command, path))
                if (
                    reply is not None
                    and reply.delay
                    and server._stopping.wait(min(reply.delay, MAX_DELAY))
                ):
                    return
                if reply is not None and reply.drop:
                    # The whole request was read: close without a byte of answer.
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if reply is None or (200 <= reply.status < 300 and reply.body is None):
                    # The normal answer, with the reply's headers and delays if there is one.
                    if is_token:
                        status, payload = server._token_answer(body)
                    elif not server._authorized(seen.authorization):
                        status, payload = 401, error_json(401)
                    else:
                        status, payload = server._api_answer(self.command, path)
                else:
                    status = reply.status
                    payload = error_json(status) if reply.body is None else reply.body
                self._answer(status, payload, reply)

            def _read_body(self) -> bytes:
                """The request body, sent with a Content-Length or chunked (a streamed upload)."""
                if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
                    length = int(self.headers.get("Content-Length") or 0)
                    return self.rfile.read(length) if length else b""
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass  # trailers, up to the blank line that ends the body
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size + 2)[:size])  # data, then CRLF

            def _answer(self, status: int, payload: Any, reply: Reply | None) -> None:
                if isinstance(payload, bytes):
                    data = payload
                elif payload is None:
                    data = b""
                else:
                    data = json.dumps(payload).encode()
                self.send_response(status)
                if data:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("x-request-id", "req_" + secrets.token_hex(6))
                for name, value in (reply.headers if reply is not None else {}).items():
                    self.send_header(name, value)
                self.end_headers()
                if reply is not None and reply.body_delay:
                    self.wfile.flush()
                    if server._stopping.wait(min(reply.body_delay, MAX_DELAY)):
                        return
                self.wfile.write(data)

        return Handler


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 drops the SYNs of many clients connecting at once, and each
    # dropped one costs the client a 1 s retransmission.
    request_queue_size = 128

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        """Stay quiet about clients that gave up (timeout, closed socket); report anything else."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


def client_for(server: FaultServer, **options: Any) -> JuniperClient:
    """A JuniperClient whose API and token endpoint are ``server`` (``options`` override)."""
    settings: dict[str, Any] = {
        "client_id": server.client_id,
        "client_secret": server.client_secret,
        "base_url": server.base_url,
        "token_url": server.token_url,
        **options,
    }
    return JuniperClient(**settings)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


__all__ = [
    "CLIENT_ID",
    "CLIENT_SECRET",
    "HOST",
    "ORDER_ID",
    "PROTOCOL_ID",
    "FaultServer",
    "Reply",
    "Seen",
    "client_for",
    "error_json",
    "free_port",
    "order_json",
    "protocol_json",
    "settings_json",
]
