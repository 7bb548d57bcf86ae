"""httpx transports that hand requests straight to the fake's WSGI application: no sockets.

A dropped connection (an injected ``disconnect`` fault) surfaces as the error httpx raises when a
real server hangs up without answering: ``httpx.RemoteProtocolError``.
"""

from __future__ import annotations

import httpx

from ._app import ConnectionDropped, FakeApp, call_wsgi


def call_app(app: FakeApp, request: httpx.Request, body: bytes) -> httpx.Response:
    """``app``'s answer to ``request`` as an httpx response, or the error a hang-up gives."""
    url = request.url
    try:
        answer = call_wsgi(
            app,
            method=request.method,
            # As sent: an encoded "/" in an id must stay inside its path segment.
            path=url.raw_path.decode("ascii").partition("?")[0],
            query=url.query.decode("ascii"),
            headers=request.headers.items(),
            body=body,
            scheme=url.scheme,
            host=url.host,
            port=url.port or (443 if url.scheme == "https" else 80),
        )
    except ConnectionDropped:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        ) from None
    return httpx.Response(
        answer.status, headers=answer.headers, content=answer.body, request=request
    )


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
