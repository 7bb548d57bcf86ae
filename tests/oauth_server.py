"""A real OAuth 2.0 authorization server (Authlib, Flask) and a resource it protects, on 127.0.0.1.

:class:`AuthlibServer` serves Authlib's ``AuthorizationServer`` with its ``ClientCredentialsGrant``
at ``/oauth2/token`` (one client, authenticated by ``client_secret_post`` or
``client_secret_basic`` as configured) and ``GET /orders/<id>`` behind Authlib's
``ResourceProtector``, which checks the bearer token and, when configured, its scope. Options
make it issue another ``token_type`` (``"mac"``), wait before answering token requests, and echo
each refused request (form body and ``Authorization`` header) in the error body, as some gateways
do. Every token request is recorded.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from authlib.integrations.flask_oauth2 import (  # type: ignore[import-untyped]
    AuthorizationServer,
    ResourceProtector,
)
from authlib.oauth2.rfc6749 import ClientMixin, TokenMixin, grants  # type: ignore[import-untyped]
from authlib.oauth2.rfc6750 import BearerTokenValidator  # type: ignore[import-untyped]
from flask import Flask, Response, jsonify, request
from werkzeug.serving import WSGIRequestHandler, make_server

from tests.fault_server import HOST, order_json

SECRET = "p+ss/w=rd&1%"  # every character form encoding and Basic treat specially
CLIENT_ID = "authlib-client"


@dataclass(frozen=True)
class TokenRequest:
    """A token request as the server read it."""

    form: dict[str, str]
    authorization: str | None


class _Client(ClientMixin):  # type: ignore[misc]
    def __init__(self, client_id: str, secret: str, auth_method: str, scope: str) -> None:
        self.client_id = client_id
        self.secret = secret
        self.auth_method = auth_method
        self.scope = scope

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str:
        return ""

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return ""
        allowed = set(self.scope.split())
        return " ".join(part for part in scope.split() if part in allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return hmac.compare_digest(client_secret.encode(), self.secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == self.auth_method

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "client_credentials"


class _Token(TokenMixin):  # type: ignore[misc]
    def __init__(self, payload: dict[str, Any]) -> None:
        self.payload = payload
        self.issued_at = time.time()

    def check_client(self, client: Any) -> bool:
        return True

    def get_scope(self) -> str:
        return str(self.payload.get("scope", ""))

    def get_expires_in(self) -> int:
        return int(self.payload["expires_in"])

    def is_expired(self) -> bool:
        return time.time() > self.issued_at + self.get_expires_in()

    def is_revoked(self) -> bool:
        return False


class _Handler(WSGIRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as production servers do

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Silence the per-request stderr lines."""


class AuthlibServer:
    """Authlib's authorization server and a protected ``/orders/<id>`` on one 127.0.0.1 port.

    Args:
        auth_method: ``"client_secret_post"`` or ``"client_secret_basic"``: the only way the
            client may authenticate (Authlib's ``TOKEN_ENDPOINT_AUTH_METHODS``).
        required_scope: the scope ``/orders/<id>`` demands of a token (the token carries the
            scope the client asked for, if the client is allowed it).
        token_type: the ``token_type`` issued.
        token_delay: seconds to wait before answering a token request.
        echo_errors: put the refused request (form body, ``Authorization``) in the error body.
    """

    def __init__(
        self,
        *,
        auth_method: str = "client_secret_post",
        client_secret: str = SECRET,
        required_scope: str | None = None,
        token_type: str = "Bearer",  # noqa: S107 - a token type, not a password
        token_delay: float = 0.0,
        echo_errors: bool = False,
    ) -> None:
        self.client_id = CLIENT_ID
        self.client_secret = client_secret
        self.token_type = token_type
        self.token_delay = token_delay
        self.echo_errors = echo_errors
        self.token_requests: list[TokenRequest] = []
        self.tokens: dict[str, _Token] = {}
        self.api_authorizations: list[str | None] = []
        self._lock = threading.Lock()
        client = _Client(CLIENT_ID, client_secret, auth_method, "orders:read orders:write")
        self._client = client

        class Grant(grants.ClientCredentialsGrant):  # type: ignore[misc]
            TOKEN_ENDPOINT_AUTH_METHODS = [auth_method]  # noqa: RUF012 - Authlib's interface

        app = Flask("authlib-server")
        authorization = AuthorizationServer(
            app,
            query_client=lambda client_id: client if client_id == CLIENT_ID else None,
            save_token=self._save_token,
        )
        authorization.register_grant(Grant)
        authorization.register_token_generator("default", self._generate_token)
        server = self

        class Validator(BearerTokenValidator):  # type: ignore[misc]
            def authenticate_token(self, token_string: str) -> _Token | None:
                with server._lock:
                    return server.tokens.get(token_string)

        protect = ResourceProtector()
        protect.register_token_validator(Validator())

        @app.before_request
        def keep_raw_body() -> None:
            request.get_data()  # cached, so that the echo below has the body as it was sent

        @app.post("/oauth2/token")
        def token() -> Any:
            with self._lock:
                self.token_requests.append(
                    TokenRequest(dict(request.form.items()), request.headers.get("Authorization"))
                )
            if self.token_delay:
                time.sleep(self.token_delay)
            return authorization.create_token_response()

        @app.get("/orders/<order_id>")
        @protect(required_scope)  # type: ignore[untyped-decorator]
        def get_order(order_id: str) -> Any:
            with self._lock:
                self.api_authorizations.append(request.headers.get("Authorization"))
            return jsonify({**order_json(), "id": order_id})

        @app.get("/echo/<order_id>")
        @protect()  # type: ignore[untyped-decorator]
        def echo(order_id: str) -> Any:
            # A gateway that puts the whole request, token included, in its error answer.
            return jsonify(
                {"error": "bad_request", "message": request.headers.get("Authorization")}
            ), 400

        @app.after_request
        def echo_refusal(response: Response) -> Response:
            if self.echo_errors and request.path == "/oauth2/token" and response.status_code >= 400:
                echoed = (
                    f"refused {request.get_data(as_text=True)} with Authorization "
                    f"{request.headers.get('Authorization')}"
                )
                payload = {**(response.get_json(silent=True) or {}), "error_description": echoed}
                response.set_data(jsonify(payload).get_data())
            return response

        self._server = make_server(HOST, 0, app, threaded=True, request_handler=_Handler)
        self.port: int = self._server.server_port
        self.base_url = f"http://{HOST}:{self.port}"
        self.token_url = f"{self.base_url}/oauth2/token"
        self._thread: threading.Thread | None = None

    def _generate_token(
        self,
        grant_type: str,
        client: Any,
        user: Any = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        token: dict[str, Any] = {
            "access_token": "at_" + secrets.token_urlsafe(24),
            "token_type": self.token_type,
            "expires_in": 3600,
        }
        if scope:
            token["scope"] = scope
        return token

    def _save_token(self, token: dict[str, Any], oauth_request: Any) -> None:
        with self._lock:
            self.tokens[token["access_token"]] = _Token(token)

    def rotate_secret(self, client_secret: str) -> None:
        """Accept only ``client_secret`` from now on, as a rotation at the vendor does."""
        with self._lock:
            self.client_secret = self._client.secret = client_secret

    def revoke_all(self) -> None:
        """Forget every token issued so far: the API answers 401 to each."""
        with self._lock:
            self.tokens.clear()

    @property
    def issued(self) -> list[str]:
        with self._lock:
            return list(self.tokens)

    def __enter__(self) -> Self:
        # Polled every 50 ms rather than 500: shutdown() waits for the next poll, in every test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


__all__ = ["CLIENT_ID", "SECRET", "AuthlibServer", "TokenRequest"]
