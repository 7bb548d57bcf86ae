"""A local sandbox built from the spec: Prism mocking openapi/index.yaml plus a token endpoint.

Used three ways:
- ``python scripts/sandbox.py -- CMD ...`` starts both servers on free 127.0.0.1 ports, runs CMD
  with ``JUNIPER_BASE_URL``, ``JUNIPER_TOKEN_URL``, ``JUNIPER_CLIENT_ID`` and
  ``JUNIPER_CLIENT_SECRET`` pointing at them, stops both and exits with CMD's status
  (``make demo``);
- by the tests, which import :class:`PrismServer` and :class:`TokenServer`;
- ``python scripts/sandbox.py`` alone keeps both running until Ctrl-C.

Only 127.0.0.1 is ever used, and every wait is bounded.
"""

from __future__ import annotations

import http.server
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "index.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"

SANDBOX_CLIENT_ID = "sandbox-client"
# Not a real credential: the local token endpoint accepts only this pair.
SANDBOX_CLIENT_SECRET = "sandbox-secret-" + "0" * 16


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """Prism serving mock responses for openapi/index.yaml on 127.0.0.1.

    Prism validates each request against the spec: a call without a bearer token gets 401, a body
    that breaks the schema gets 422.
    """

    def __init__(self, spec: Path = SPEC, port: int | None = None, startup_timeout: float = 90.0):
        self.spec = spec
        self.port = port or free_port()
        self.startup_timeout = startup_timeout
        self.base_url = f"http://{HOST}:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None
        self._log = b""

    def start(self) -> None:
        if not PRISM.exists():
            raise RuntimeError(f"{PRISM} is missing: run `make setup` (npm ci) first")
        self._process = subprocess.Popen(  # noqa: S603 - fixed executable from node_modules
            [str(PRISM), "mock", str(self.spec), "-h", HOST, "-p", str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "NO_UPDATE_NOTIFIER": "1"},
        )
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                output = self._process.stdout.read() if self._process.stdout else b""
                raise RuntimeError(f"Prism exited early:\n{output.decode(errors='replace')}")
            try:
                httpx.get(
                    f"{self.base_url}/shipping-methods",
                    headers={"Authorization": "Bearer readiness-probe"},
                    timeout=2.0,
                )
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Prism did not answer on {self.base_url} in {self.startup_timeout}s")

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        if self._process.stdout:
            self._process.stdout.close()
        self._process = None

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


class TokenServer:
    """An OAuth 2.0 client-credentials token endpoint on 127.0.0.1 (``POST /oauth2/token``).

    Issues a fresh random access token to the configured client and counts the tokens issued;
    anything else gets the RFC 6749 error answer (400 ``invalid_request`` or 401
    ``invalid_client``).
    """

    def __init__(
        self,
        client_id: str = SANDBOX_CLIENT_ID,
        client_secret: str = SANDBOX_CLIENT_SECRET,
        *,
        expires_in: int = 3600,
        port: int = 0,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.expires_in = expires_in
        self.issued: list[str] = []
        self._lock = threading.Lock()
        self._server = http.server.ThreadingHTTPServer((HOST, port), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.token_url = f"http://{HOST}:{self.port}/oauth2/token"
        self._thread: threading.Thread | None = None

    @property
    def token_count(self) -> int:
        with self._lock:
            return len(self.issued)

    def issue(self) -> str:
        token = "tok_" + secrets.token_urlsafe(24)
        with self._lock:
            self.issued.append(token)
        return token

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                """Silence the per-request stderr lines."""

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode("ascii", "replace"))
                if self.path != "/oauth2/token":
                    self._answer(404, {"error": "not_found"})
                elif form.get("grant_type") != ["client_credentials"]:
                    self._answer(400, {"error": "unsupported_grant_type"})
                elif form.get("client_id") != [server.client_id] or form.get("client_secret") != [
                    server.client_secret
                ]:
                    self._answer(401, {"error": "invalid_client"})
                else:
                    self._answer(
                        200,
                        {
                            "access_token": server.issue(),
                            "expires_in": server.expires_in,
                            "token_type": "Bearer",
                        },
                    )

            def _answer(self, status: int, payload: dict[str, object]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

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


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    with PrismServer() as prism, TokenServer() as tokens:
        env = {
            **os.environ,
            "JUNIPER_BASE_URL": prism.base_url,
            "JUNIPER_TOKEN_URL": tokens.token_url,
            "JUNIPER_CLIENT_ID": tokens.client_id,
            "JUNIPER_CLIENT_SECRET": tokens.client_secret,
            "JUNIPER_ENVIRONMENT": "sandbox",
        }
        print(f"sandbox: API (Prism on {SPEC.relative_to(ROOT)}) at {prism.base_url}", flush=True)
        print(f"sandbox: token endpoint at {tokens.token_url}", flush=True)
        if not command:
            print("sandbox: running until Ctrl-C", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                return 0
        return subprocess.call(command, env=env, cwd=ROOT)  # noqa: S603 - the caller's command


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
