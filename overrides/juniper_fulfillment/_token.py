"""Client-credentials tokens: exchange, cache until shortly before expiry, refresh single-flight.

One :class:`TokenCache` serves a client and every copy made with ``with_options``, sync and async
alike. The client secret lives only in :class:`Credentials`, whose ``repr`` hides it; it is sent in
the token request body and nowhere else, and scrubbed from any text the token endpoint echoes.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import weakref
from typing import TYPE_CHECKING, Final

import httpx

from ._config import DEFAULT_TOKEN_LIFETIME, TOKEN_EXPIRY_MARGIN, TOKEN_TIMEOUT, USER_AGENT
from ._flow import Flow, Send, Sleep, connection_error
from ._retry import RetryPolicy

if TYPE_CHECKING:
    import asyncio

from .errors import APIStatusError, AuthenticationError, JuniperError

logger = logging.getLogger("juniper_fulfillment")

_REFUSED_STATUSES: Final = frozenset({400, 401})
_TOKEN_TIMEOUT_EXTENSION: Final = TOKEN_TIMEOUT.as_dict()


class Credentials:
    """A client id and secret, and the token URL they are exchanged at."""

    __slots__ = ("_client_secret", "client_id", "token_url")

    def __init__(self, client_id: str, client_secret: str, token_url: str) -> None:
        if not client_id:
            raise ValueError("client_id is empty")
        if not client_secret:
            raise ValueError("client_secret is empty")
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url

    def __repr__(self) -> str:
        return f"Credentials(client_id={self.client_id!r}, token_url={self.token_url!r})"

    def token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._client_secret,
            },
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            extensions={"timeout": _TOKEN_TIMEOUT_EXTENSION},
        )

    def scrub(self, text: str) -> str:
        """``text`` with any copy of the secret removed (a server might echo the request)."""
        return text.replace(self._client_secret, "[redacted]")


class TokenCache:
    """The current access token and the locks that make its refresh single-flight."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials
        # (token, monotonic time after which it must be refreshed); replaced whole, never mutated.
        self._entry: tuple[str, float] | None = None
        # Token exchanges finished so far, and the error of the last one if it failed: callers
        # that waited for an exchange share its failure instead of each starting another.
        self._exchanges = 0
        self._failure: JuniperError | None = None
        self._sync_lock = threading.Lock()
        self._guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"TokenCache(client_id={self.credentials.client_id!r})"

    def current(self) -> str | None:
        """The cached token while it is still fresh, else None."""
        entry = self._entry
        if entry is not None and time.monotonic() < entry[1]:
            return entry[0]
        return None

    def invalidate(self, token: str) -> None:
        """Forget ``token`` (the API refused it), unless a newer one has replaced it already."""
        with self._guard:
            if self._entry is not None and self._entry[0] == token:
                self._entry = None

    def exchanges(self) -> int:
        """How many token exchanges have finished; read it before waiting for the lock."""
        return self._exchanges

    def raise_failure_since(self, exchanges: int) -> None:
        """Raise the error of the last exchange if it failed after ``exchanges`` was read.

        Without this, N callers waiting on a failing token endpoint would each run a full round
        of retries in turn behind the lock: N times the token requests, and the last caller
        waiting N times as long. Like a shared future, they all get the one exchange's error.
        """
        with self._guard:
            failure = self._failure if self._exchanges != exchanges else None
        if failure is not None:
            raise failure

    def sync_lock(self) -> threading.Lock:
        return self._sync_lock

    def async_lock(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (an asyncio.Lock serves one loop only)."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def fetch_flow(self, policy: RetryPolicy) -> Flow[str]:
        """Exchange the credentials for a token; retry 5xx, 429 and connection failures.

        Run it only while holding the refresh lock. A failure is recorded for the callers that
        were waiting for this exchange (see :meth:`raise_failure_since`).
        """
        try:
            return (yield from self._exchange_flow(policy))
        except JuniperError as error:
            with self._guard:
                self._exchanges += 1
                self._failure = error
            raise

    def _exchange_flow(self, policy: RetryPolicy) -> Flow[str]:
        credentials = self.credentials
        described = (
            f"token request to {credentials.token_url} for client id {credentials.client_id!r}"
        )
        retries = 0
        while True:
            request = credentials.token_request()
            result = yield Send(request)
            if isinstance(result, httpx.TransportError):
                # Asking for a token twice is harmless, so every failure is worth another try.
                wait = policy.wait_after_error(True, result, retries)
                if wait is None:
                    raise connection_error(result, request, description=described) from result
                retries += 1
                yield Sleep(wait)
                continue
            assert isinstance(result, httpx.Response)
            response = result
            response.read()  # the body is in memory already (see _flow.Send)
            logger.info("%s -> %s", described, response.status_code)
            if 200 <= response.status_code < 300:
                return self._store(response, described)
            reason = credentials.scrub(_oauth_error(response))
            if response.status_code in _REFUSED_STATUSES:
                raise APIStatusError.from_response(
                    response,
                    message=f"{described} was refused ({response.status_code}{reason}): "
                    "check the client id, the client secret and the environment",
                    error_class=AuthenticationError,
                )
            wait = policy.wait_after_status(True, response, retries)
            if wait is None:
                raise APIStatusError.from_response(
                    response, message=f"{described} failed ({response.status_code}{reason})"
                )
            retries += 1
            yield Sleep(wait)

    def _store(self, response: httpx.Response, described: str) -> str:
        try:
            payload = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            payload = None
        token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(token, str) or not token:
            raise APIStatusError.from_response(
                response,
                message=f"{described} answered without an access_token",
                error_class=AuthenticationError,
            )
        assert isinstance(payload, dict)
        lifetime = _lifetime(payload.get("expires_in"))
        margin = min(TOKEN_EXPIRY_MARGIN, lifetime / 2)
        with self._guard:
            self._entry = (token, time.monotonic() + lifetime - margin)
            self._exchanges += 1
            self._failure = None
        logger.debug("%s: token valid for %.0fs", described, lifetime)
        return token


def _lifetime(expires_in: object) -> float:
    """Seconds a token lives: ``expires_in`` as a number or numeric string, else the default.

    Some servers send ``"3600"``; a missing, malformed or non-positive value falls back to a
    conservative default (a 401 still triggers a refresh).
    """
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float | str):
        return DEFAULT_TOKEN_LIFETIME
    try:
        seconds = float(expires_in)
    except ValueError:
        return DEFAULT_TOKEN_LIFETIME
    return seconds if 0 < seconds < float("inf") else DEFAULT_TOKEN_LIFETIME


def _oauth_error(response: httpx.Response) -> str:
    """``": invalid_client: description"`` from an RFC 6749 error body, or ``""``."""
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ""
    if not isinstance(payload, dict):
        return ""
    parts = [
        str(payload[key])
        for key in ("error", "error_description", "message")
        if isinstance(payload.get(key), str)
    ]
    return "".join(f": {part}" for part in parts)
