"""The fake on a real socket: a threaded HTTP/1.1 server on 127.0.0.1 running the WSGI app."""

from __future__ import annotations

import contextlib
import http.server
import json
import socket
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self

from ._app import Answer, ConnectionDropped, FakeApp, call_wsgi


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up (reset, broken pipe) is routine for a test server, not a fault
        # worth a traceback on stderr; anything else still gets one.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class FakeServer:
    """A running HTTP server for one :class:`FakeJuniper`; use it as a context manager.

    ``base_url`` and ``token_url`` are what a client needs; ``port`` is the bound port.
    """

    def __init__(self, app: FakeApp, host: str = "127.0.0.1", port: int = 0) -> None:
        self._app = app
        self._server = _Server((host, port), _handler_class(app))
        self.host = host
        self.port: int = self._server.socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self.base_url = self.url + app.api_prefix
        self.token_url = self.url + app.token_path
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"juniper-fake-{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._server.server_close()

    def serve_forever(self) -> None:
        """Serve on the calling thread until interrupted (``python -m`` uses this)."""
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"FakeServer(base_url={self.base_url!r}, token_url={self.token_url!r})"


def _handler_class(app: FakeApp) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self._serve()

        do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_GET  # noqa: N815

        def __getattr__(self, name: str) -> Callable[[], None]:
            # Any other method (TRACE, OPTIONS, ...) goes to the app too: a JSON 405 with Allow
            # on the spec's paths, instead of http.server's HTML 501.
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

        def send_error(
            self, code: int, message: str | None = None, explain: str | None = None
        ) -> None:
            """http.server's own refusals (a malformed request line, headers too long) in JSON.

            Only the status phrase is sent: http.server's messages quote the request line.
            """
            phrase = HTTPStatus(code).phrase if code in HTTPStatus._value2member_map_ else "Error"
            error = phrase.lower().replace(" ", "_").replace("-", "_")
            data = json.dumps({"error": error, "message": phrase}).encode()
            self.send_response(code, phrase)
            self.send_header("Connection", "close")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _serve(self) -> None:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = 0
            body = self.rfile.read(length) if length > 0 else b""
            path, _, query = self.path.partition("?")
            host, port = self.connection.getsockname()[:2]
            try:
                answer = call_wsgi(
                    app,
                    method=self.command,
                    path=path,
                    query=query,
                    headers=self.headers.items(),
                    body=body,
                    scheme="http",
                    host=str(host),
                    port=int(port),
                    protocol=self.request_version,
                )
            except ConnectionDropped:
                # The request was read; hang up without a byte of answer.
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            except Exception as error:
                # The client gets an answer, as from a real server; the traceback goes to stderr.
                # (An UnmodelledOperationWarning that a warnings filter made an error ends here.)
                self.server.handle_error(self.request, self.client_address)
                answer = _failure(error)
            self.send_response(answer.status, answer.reason)
            for name, value in answer.headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: request lines could carry identifiers of patients' orders."""

    return Handler


def _failure(error: Exception) -> Answer:
    """A 500 in the spec's error shape naming what failed (its type only: no request data)."""
    body = {"error": "internal_error", "message": f"The fake failed ({type(error).__name__})"}
    data = json.dumps(body).encode()
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    return Answer(500, "Internal Server Error", headers, data)
