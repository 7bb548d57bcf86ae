"""httpx transports that hand requests straight to the fake's WSGI application: no sockets.

A dropped connection (an injected ``disconnect`` fault) surfaces as the error httpx raises when a
real server hangs up without answering: ``httpx.RemoteProtocolError``.
"""

from __future__ import annotations

import io
from typing import Any

import httpx

from ._app import ConnectionDropped, FakeApp


def _environ(request: httpx.Request, body: bytes) -> dict[str, Any]:
    url = request.url
    environ: dict[str, Any] = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": url.path,
        "QUERY_STRING": url.query.decode("ascii"),
        "SERVER_NAME": url.host,
        "SERVER_PORT": str(url.port or (443 if url.scheme == "https" else 80)),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": url.scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    for name, value in request.headers.items():
        key = name.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = value
        elif key != "CONTENT_LENGTH":
            environ[f"HTTP_{key}"] = value
    return environ


def call_app(app: FakeApp, request: httpx.Request, body: bytes) -> httpx.Response:
    """``app``'s answer to ``request`` as an httpx response, or the error a hang-up gives."""
    started: list[Any] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        started[:] = [int(status.split(" ", 1)[0]), headers]

    try:
        chunks = app(_environ(request, body), start_response)
    except ConnectionDropped:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        ) from None
    return httpx.Response(started[0], headers=started[1], content=b"".join(chunks), request=request)


class FakeTransport(httpx.BaseTransport):
    """Sync transport into a :class:`FakeJuniper`'s application."""

    def __init__(self, app: FakeApp) -> None:
        self._app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return call_app(self._app, request, request.read())


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """Async transport into the same application (and so the same state) as :class:`FakeTransport`.

    The application only touches memory, so it runs inline on the event loop.
    """

    def __init__(self, app: FakeApp) -> None:
        self._app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return call_app(self._app, request, await request.aread())
