"""Client-credentials tokens: exchange, cache until shortly before expiry, refresh single-flight.

One :class:`TokenCache` serves a client and every copy made with ``with_options``, sync and async,
in every thread and event loop. The client secret lives only in :class:`Credentials`, whose
``repr`` hides it; it is sent to the token endpoint and nowhere else, and every encoding it is sent
in, like every access token issued, is scrubbed from any error the client raises.

The secret may come from a provider (a callable, asked at each exchange, so that a rotated secret
is used without a restart), and the token itself from a ``token_provider`` instead of an exchange;
both are called through the flow's :class:`~._actions.Call`, so the async client awaits them.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import functools
import json
import logging
import math
import re
import threading
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, AnyStr, Final, TypeAlias

import httpx

from ._actions import Call, Flow, Send, Sleep, connection_error
from ._config import (
    DEFAULT_TOKEN_AUTH_METHOD,
    DEFAULT_TOKEN_LIFETIME,
    TOKEN_AUTH_METHODS,
    TOKEN_EXPIRY_MARGIN,
    TOKEN_TIMEOUT,
    USER_AGENT,
)
from ._fork import reset_after_fork
from ._retry import RetryPolicy
from .errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    CredentialProviderError,
    JuniperError,
)

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("juniper_fulfillment")

_REFUSED_STATUSES: Final = frozenset({400, 401})
_TOKEN_TIMEOUT_EXTENSION: Final = TOKEN_TIMEOUT.as_dict()
_REDACTED: Final = "[redacted]"
_REDACTED_BYTES: Final = _REDACTED.encode()
# Access tokens remembered for scrubbing: the current one and the few before it.
_REMEMBERED_TOKENS: Final = 8
# Secrets a provider returned, remembered for scrubbing likewise.
_REMEMBERED_SECRETS: Final = 8
# How often a caller waiting for another's token exchange checks that its owner can still finish.
_OWNER_CHECK_INTERVAL: Final = 0.25


def _form_encode(value: str) -> str:
    """``value`` percent-encoded for HTTP Basic, as RFC 6749 section 2.3.1 asks.

    Every byte outside the unreserved set is escaped, spaces as ``%20``: servers that decode with
    form rules (``+`` is a space) and servers that only percent-decode (Authlib) read it alike.
    """
    return urllib.parse.quote(value, safe="")


def _encodings(value: str) -> set[str]:
    """The spellings ``value`` may take in text a server echoes: raw, URL- and JSON-escaped."""
    json_escaped = json.dumps(value)[1:-1]
    return {
        value,
        urllib.parse.quote_plus(value),
        urllib.parse.quote(value, safe=""),
        urllib.parse.quote(value),
        json_escaped,
        json_escaped.replace("/", "\\/"),
    }


@functools.lru_cache(maxsize=16)
def _text_pattern(values: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of ``values``, longest first, inside a lookahead (see :func:`_redact`)."""
    ordered = sorted(set(values), key=len, reverse=True)
    return re.compile("(?=(" + "|".join(map(re.escape, ordered)) + "))")


@functools.lru_cache(maxsize=16)
def _bytes_pattern(values: tuple[bytes, ...]) -> re.Pattern[bytes]:
    """:func:`_text_pattern` for bytes."""
    ordered = sorted(set(values), key=len, reverse=True)
    return re.compile(b"(?=(" + b"|".join(map(re.escape, ordered)) + b"))")


def _scrub_text(text: str, values: tuple[str, ...]) -> str:
    present = tuple(value for value in values if value and value in text)
    return _redact(text, _text_pattern(present), _REDACTED) if present else text


def _scrub_bytes(data: bytes, values: tuple[str, ...]) -> bytes:
    encoded = (value.encode() for value in values if value)
    present = tuple(value for value in encoded if value in data)
    return _redact(data, _bytes_pattern(present), _REDACTED_BYTES) if present else data


def _redact(text: AnyStr, pattern: re.Pattern[AnyStr], marker: AnyStr) -> AnyStr:
    """``text`` with every stretch covered by occurrences of the pattern's values made ``marker``.

    One pass over the original text: a marker written is never searched again (replacing each
    value in turn rewrote ``[redacted]`` itself when a value was ``t`` or ``d``), and occurrences
    that overlap or touch become one marker, so no part of a longer value survives a shorter one
    matched first. The lookahead finds the longest value at every position, overlaps included.
    """
    spans: list[list[int]] = []
    for match in pattern.finditer(text):
        start = match.start()
        end = start + len(match.group(1))
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    pieces: list[AnyStr] = []
    last = 0
    for start, end in spans:
        pieces += [text[last:start], marker]
        last = end
    pieces.append(text[last:])
    return marker[:0].join(pieces)


@dataclass(frozen=True, slots=True)
class Token:
    """An access token a ``token_provider`` returns, and for how long it may be used.

    ``expires_in`` is seconds from now, as an OAuth 2.0 token endpoint says it; None means the
    client's default (300 s). The client refreshes a token 60 s before it expires (at half its
    life when that is shorter), and at once when the API answers 401. ``repr`` hides the value.
    """

    value: str = field(repr=False)
    expires_in: float | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.value, str) or not self.value:
            raise ValueError("Token.value must be a non-empty str")
        expires_in = self.expires_in
        if expires_in is not None and (
            isinstance(expires_in, bool)
            or not isinstance(expires_in, int | float)
            or not 0 < expires_in < math.inf
        ):
            raise ValueError("Token.expires_in must be a positive number of seconds, or None")


SecretProvider: TypeAlias = Callable[[], str | Awaitable[str]]
"""A callable returning the current client secret (a coroutine function for the async client)."""

TokenProvider: TypeAlias = Callable[[], Token | Awaitable[Token]]
"""A callable returning a :class:`Token` (a coroutine function for the async client)."""


def provider_name(provider: Callable[..., object]) -> str:
    """How messages name a provider: its qualified name, never its repr (it may hold a secret)."""
    name = getattr(provider, "__qualname__", None)
    if not isinstance(name, str):
        return type(provider).__name__
    return name.rsplit("<locals>.", 1)[-1]  # a function defined in another: its own name


class AwaitableInBlockingCallError(TypeError):
    """What the blocking driver makes of a provider that returned an awaitable."""


def provider_failure(role: str, provider: Callable[..., object], result: object) -> JuniperError:
    """The error for a provider that raised ``result`` or returned it unusable."""
    name = provider_name(provider)
    if isinstance(result, AwaitableInBlockingCallError):
        message = (
            f"the {role} {name} returned an awaitable in a blocking call: pass a plain function, "
            "or use AsyncJuniperClient, which awaits it"
        )
    elif isinstance(result, Exception):
        # Only its type: its text is the provider's and may quote what it was fetching.
        message = f"the {role} {name} raised {type(result).__name__} (its error is the cause)"
    else:
        wanted = "a Token" if role == "token_provider" else "a non-empty str"
        message = f"the {role} {name} returned {type(result).__name__}, not {wanted}"
    return CredentialProviderError(message + "; nothing was sent to the API")


def _secret_spellings(client_id: str, client_secret: str) -> set[str]:
    pairs = {
        f"{client_id}:{client_secret}",
        f"{_form_encode(client_id)}:{_form_encode(client_secret)}",
        f"{urllib.parse.quote_plus(client_id)}:{urllib.parse.quote_plus(client_secret)}",
    }
    return _encodings(client_secret) | {
        base64.b64encode(pair.encode()).decode("ascii") for pair in pairs
    }


class Credentials:
    """A client id and secret, how they are sent, and the token URL they are exchanged at.

    ``auth_method`` is ``"client_secret_post"`` (id and secret in the form body, as the vendor
    documents) or ``"client_secret_basic"`` (an HTTP Basic ``Authorization`` header, which RFC 6749
    requires every server to accept). ``scope``, when set, is sent with every token request.

    ``client_secret`` may be a :data:`SecretProvider`, asked for the secret at every exchange
    (:meth:`secret_flow`); every secret it returns is remembered for scrubbing before it is sent.
    """

    __slots__ = (
        "_client_secret",
        "_guard",
        "_provided",
        "_secrets",
        "auth_method",
        "client_id",
        "provider",
        "scope",
        "token_url",
    )

    def __init__(
        self,
        client_id: str,
        client_secret: str | SecretProvider,
        token_url: str,
        *,
        auth_method: str = DEFAULT_TOKEN_AUTH_METHOD,
        scope: str | None = None,
    ) -> None:
        if not isinstance(client_id, str):
            raise TypeError(f"client_id must be a str, not {type(client_id).__name__}")
        if not client_id:
            raise ValueError("client_id is empty")
        if not isinstance(client_secret, str) and not callable(client_secret):
            raise TypeError(
                "client_secret must be a str or a callable returning one, not "
                f"{type(client_secret).__name__}"
            )
        if not client_secret:
            raise ValueError("client_secret is empty")
        if auth_method not in TOKEN_AUTH_METHODS:
            raise ValueError(
                f"token_endpoint_auth_method must be one of {list(TOKEN_AUTH_METHODS)}, "
                f"not {auth_method!r}"
            )
        self.client_id = client_id
        self.provider = None if isinstance(client_secret, str) else client_secret
        self._client_secret = client_secret if isinstance(client_secret, str) else ""
        self.token_url = token_url
        self.auth_method = auth_method
        self.scope = scope or None
        self._guard = threading.Lock()
        self._provided: collections.deque[str] = collections.deque(maxlen=_REMEMBERED_SECRETS)
        self._secrets: tuple[str, ...] = ()
        if self._client_secret:
            self._remember(self._client_secret)

    def _remember(self, secret: str) -> None:
        with self._guard:
            if secret in self._provided:
                return
            self._provided.append(secret)
            spellings = set().union(
                *(_secret_spellings(self.client_id, known) for known in self._provided)
            )
            # Longest first, so that no shorter spelling leaves part of a longer one behind.
            self._secrets = tuple(sorted(spellings, key=len, reverse=True))

    def __repr__(self) -> str:
        return (
            f"Credentials(client_id={self.client_id!r}, token_url={self.token_url!r}, "
            f"auth_method={self.auth_method!r}, scope={self.scope!r})"
        )

    def secret_flow(self) -> Flow[str]:
        """The secret to send now: the fixed one, or what the provider returns."""
        provider = self.provider
        if provider is None:
            return self._client_secret
        result = yield Call(provider)
        if not isinstance(result, str) or not result:
            failure = provider_failure("client_secret provider", provider, result)
            if isinstance(result, Exception):
                raise failure from result
            raise failure
        self._remember(result)
        return result

    def token_request(self, client_secret: str) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        if self.scope is not None:
            form["scope"] = self.scope
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        if self.auth_method == "client_secret_basic":
            pair = f"{_form_encode(self.client_id)}:{_form_encode(client_secret)}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        else:
            form["client_id"] = self.client_id
            form["client_secret"] = client_secret
        return httpx.Request(
            "POST",
            self.token_url,
            data=form,
            headers=headers,
            extensions={"timeout": _TOKEN_TIMEOUT_EXTENSION},
        )

    def secrets(self) -> tuple[str, ...]:
        """Every spelling of each secret sent so far that may come back in a server's answer."""
        return self._secrets


class Exchange:
    """One token exchange in progress, which callers in any thread or event loop wait for.

    Its owner runs the exchange and calls :meth:`finish`. A thread waits on a
    ``threading.Event``; a coroutine awaits a future of its own loop, resolved through
    ``call_soon_threadsafe``, so waiting never blocks an event loop. Waiters also give up on an
    owner that can no longer finish: its thread ended, or its event loop stopped or closed with
    the exchange unfinished.
    """

    __slots__ = ("_done", "_futures", "_lock", "_loop", "_thread", "token")

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._futures: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._thread = threading.current_thread()
        self._loop = loop
        # The token it produced, for waiters that wake after it has already gone stale.
        self.token: str | None = None

    def orphaned(self) -> bool:
        """True when the owner can no longer finish the exchange."""
        loop = self._loop
        if loop is not None:
            return loop.is_closed() or not loop.is_running()
        return not self._thread.is_alive()

    def wait(self, end: float | None = None) -> bool:
        """Block until the exchange finishes (True) or its owner can no longer finish it.

        ``end`` (``time.monotonic()``) is the waiter's own deadline: past it, with the exchange
        unfinished, raises ``TimeoutError``. Only this waiter stops; the exchange goes on.
        """
        if self._thread is threading.current_thread():
            # A coroutine of this thread's event loop owns it: blocking here would stop it.
            return self._done.is_set()
        if end is None:
            while not self._done.wait(_OWNER_CHECK_INTERVAL):
                if self.orphaned():
                    return False
            return True
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                if self._done.is_set():
                    return True
                raise TimeoutError
            if self._done.wait(min(_OWNER_CHECK_INTERVAL, remaining)):
                return True
            if self.orphaned():
                return False

    async def wait_async(self, end: float | None = None) -> bool:
        """Wait, without blocking the loop, until the exchange finishes (True) or is orphaned.

        ``end`` as for :meth:`wait`: a timer of the loop wakes the waiter then.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._done.is_set():
                return True
            self._futures.append((loop, future))
        # A plain await, the owner checked by a timer: waiting through asyncio.wait instead made
        # the waiters of a cold start each open a connection rather than share a few (a fifth
        # more CPU for 1,000 GETs from 64 tasks).
        check = loop.call_later(_OWNER_CHECK_INTERVAL, self._check, loop, future)
        if end is None:
            try:
                await future
            finally:
                check.cancel()
            return self._done.is_set()
        # call_later, not loop.time(): end is time.monotonic(), which a loop's clock need not be.
        expire = loop.call_later(max(0.0, end - time.monotonic()), _expire, future)
        try:
            await future
        except TimeoutError:
            if self._done.is_set():
                return True
            with self._lock, contextlib.suppress(ValueError):
                self._futures.remove((loop, future))
            raise
        finally:
            check.cancel()
            expire.cancel()
        return self._done.is_set()

    def _check(self, loop: asyncio.AbstractEventLoop, future: asyncio.Future[None]) -> None:
        if future.done():
            return
        if self.orphaned():
            future.set_result(None)  # the waiter finds the exchange unfinished
        else:
            loop.call_later(_OWNER_CHECK_INTERVAL, self._check, loop, future)

    def finish(self) -> None:
        with self._lock:
            self._done.set()
            futures, self._futures = self._futures, []
        for loop, future in futures:
            # A closed loop raises RuntimeError: nobody waits there any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():  # a waiter that was cancelled has given up on it
        future.set_result(None)


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


class TokenCache:
    """The current access token, and the one exchange at a time that refreshes it.

    The token comes from exchanging ``credentials`` or, when ``provider`` is given instead, from
    calling it; either way it is cached until shortly before it expires, refreshed single-flight
    and dropped on a 401.
    """

    def __init__(
        self, credentials: Credentials | None, provider: TokenProvider | None = None
    ) -> None:
        if (credentials is None) == (provider is None):
            raise ValueError("a TokenCache needs credentials or a token provider, not both")
        self.credentials = credentials
        self.provider = provider
        # (token, monotonic time after which it must be refreshed); replaced whole, never mutated.
        self._entry: tuple[str, float] | None = None
        # The last token's lifetime and when it ends (time.time()), for the on_token hook.
        self._lifetime: tuple[str, float, float] | None = None
        # Token exchanges finished so far, and the error of the last one if it failed: callers
        # that waited for an exchange share its failure instead of each starting another.
        self._exchanges = 0
        self._failure: JuniperError | None = None
        self._exchange: Exchange | None = None
        self._issued: collections.deque[str] = collections.deque(maxlen=_REMEMBERED_TOKENS)
        self._guard = threading.Lock()
        reset_after_fork(self)

    def __repr__(self) -> str:
        return f"TokenCache({self.describe()})"

    def describe(self) -> str:
        """Where tokens come from, for a repr: the client id, or the token provider's name."""
        if self.credentials is not None:
            return f"client_id={self.credentials.client_id!r}"
        assert self.provider is not None
        return f"token_provider={provider_name(self.provider)}"

    def _after_fork_in_child(self) -> None:
        # The thread running an exchange, or holding the guard, did not survive the fork; the
        # cached token is still good.
        self._guard = threading.Lock()
        self._exchange = None

    def current(self) -> str | None:
        """The cached token while it is still fresh, else None."""
        entry = self._entry
        if entry is not None and time.monotonic() < entry[1]:
            return entry[0]
        return None

    def lifetime(self, token: str) -> tuple[float, float] | None:
        """``token``'s lifetime in seconds and when it ends (``time.time()``), if it is the last
        one obtained."""
        entry = self._lifetime
        if entry is None or entry[0] != token:
            return None
        return entry[1], entry[2]

    def invalidate(self, token: str) -> None:
        """Forget ``token`` (the API refused it), unless a newer one has replaced it already."""
        with self._guard:
            if self._entry is not None and self._entry[0] == token:
                self._entry = None

    def exchanges(self) -> int:
        """How many token exchanges have finished; read it before :meth:`claim`."""
        return self._exchanges

    def raise_failure_since(self, exchanges: int) -> None:
        """Raise the error of the last exchange if it failed after ``exchanges`` was read.

        Without this, N callers waiting on a failing token endpoint would each run a full round
        of retries in turn: N times the token requests, and the last caller waiting N times as
        long. Like a shared future, they all get the one exchange's error.
        """
        with self._guard:
            self._raise_failure_since(exchanges)

    def _raise_failure_since(self, exchanges: int) -> None:
        failure = self._failure if self._exchanges != exchanges else None
        if failure is not None:
            raise failure

    def claim(
        self, exchanges: int, loop: asyncio.AbstractEventLoop | None = None
    ) -> str | tuple[Exchange, bool]:
        """A fresh token, or the exchange to wait for and whether the caller must run it.

        Raises the failure of an exchange that finished after ``exchanges`` was read. Whoever
        gets ``(exchange, True)`` runs :meth:`fetch_flow` and then calls :meth:`release`; all
        others wait for that exchange, whatever thread or event loop they run in. ``loop`` is the
        caller's event loop, None for a blocking caller.
        """
        with self._guard:
            token = self.current()
            if token is not None:
                return token
            self._raise_failure_since(exchanges)
            if self._exchange is not None:
                return self._exchange, False
            exchange = self._exchange = Exchange(loop)
            return exchange, True

    def abandon(self, exchange: Exchange) -> None:
        """Give up on ``exchange``, orphaned by its owner: the next :meth:`claim` starts another."""
        with self._guard:
            if self._exchange is exchange:
                self._exchange = None
        exchange.finish()

    def release(self, exchange: Exchange, token: str | None) -> None:
        """End ``exchange`` (with its token, or None if it failed or was cancelled)."""
        exchange.token = token
        with self._guard:
            if self._exchange is exchange:
                self._exchange = None
        exchange.finish()

    # ------------------------------------------------------------------------- scrubbing
    def _scrubbed_values(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """What scrubbing removes: the secret in every encoding, issued tokens, ``tokens``."""
        secrets = self.credentials.secrets() if self.credentials is not None else ()
        return (*secrets, *self._issued, *tokens)

    def scrub(self, text: str, *tokens: str) -> str:
        """``text`` without the secret in any encoding, issued tokens, or ``tokens``."""
        return _scrub_text(text, self._scrubbed_values(tokens))

    def scrub_error(self, error: JuniperError, *tokens: str) -> JuniperError:
        """``error`` with every secret and token removed from its message and what it keeps.

        A server or gateway may echo the request (form body, ``Authorization`` header) in its
        answer; the error keeps that answer's body, headers and parsed model.
        """
        values = self._scrubbed_values(tokens)
        error.args = tuple(
            _scrub_text(arg, values) if isinstance(arg, str) else arg for arg in error.args
        )
        if isinstance(error, APIStatusError):
            from .errors import _parse_error_body

            body = _scrub_bytes(error.body, values)
            if body is not error.body:
                error.body = body
                error.parsed = _parse_error_body(body)
            headers = error.headers
            scrubbed = [(name, _scrub_text(value, values)) for name, value in headers.items()]
            if scrubbed != list(headers.items()):
                error.headers = httpx.Headers(scrubbed)
        return error

    # -------------------------------------------------------------------------- exchange
    def fetch_flow(self, policy: RetryPolicy) -> Flow[str]:
        """Exchange the credentials for a token; retry 5xx, 429 and connection failures.

        Run it only as the owner of an :class:`Exchange` (see :meth:`claim`). A failure is
        recorded for the callers that were waiting for this exchange (see
        :meth:`raise_failure_since`).
        """
        try:
            if self.provider is not None:
                return (yield from self._provider_flow(self.provider))
            return (yield from self._exchange_flow(policy))
        except JuniperError as error:
            self.scrub_error(error)
            with self._guard:
                self._exchanges += 1
                self._failure = error
            raise

    def _provider_flow(self, provider: TokenProvider) -> Flow[str]:
        result = yield Call(provider)
        if not isinstance(result, Token):
            failure = provider_failure("token_provider", provider, result)
            if isinstance(result, Exception):
                raise failure from result
            raise failure
        return self._keep(
            result.value, _lifetime(result.expires_in), f"token_provider {provider_name(provider)}"
        )

    def _exchange_flow(self, policy: RetryPolicy) -> Flow[str]:
        credentials = self.credentials
        assert credentials is not None
        described = (
            f"token request to {credentials.token_url} for client id {credentials.client_id!r}"
        )
        retries = 0
        client_secret = yield from credentials.secret_flow()
        asked_again = False
        while True:
            request = credentials.token_request(client_secret)
            result = yield Send(request)
            if isinstance(result, Exception) and not isinstance(result, httpx.TransportError):
                raise connection_error(result, request, description=described) from result
            if isinstance(result, httpx.TransportError):
                # Asking for a token twice is harmless, so every failure is worth another try.
                wait = policy.wait_after_error(True, result, retries)
                if wait is None:
                    error: APIConnectionError = connection_error(
                        result, request, description=described
                    )
                    raise error from result
                retries += 1
                yield Sleep(wait)
                continue
            assert isinstance(result, httpx.Response)
            response = result
            response.read()  # the body is in memory already (see _actions.Send)
            logger.info("%s -> %s", described, response.status_code)
            if 200 <= response.status_code < 300:
                return self._store(response, described)
            reason = _oauth_error(response)
            if response.status_code in _REFUSED_STATUSES:
                advice = self._refusal_advice(response)
                if (
                    credentials.provider is not None
                    and not asked_again
                    and _oauth_error_code(response) == "invalid_client"
                ):
                    # The secret may have been rotated since the provider was last asked: ask
                    # once more, and try once more if it now says something else.
                    asked_again = True
                    previous = client_secret
                    client_secret = yield from credentials.secret_flow()
                    if client_secret != previous:
                        logger.info(
                            "%s: invalid_client; trying the provider's new secret", described
                        )
                        continue
                    advice += "; the client_secret provider, asked again, returned the same secret"
                raise APIStatusError.from_response(
                    response,
                    message=f"{described} was refused ({response.status_code}{reason}): {advice}",
                    error_class=AuthenticationError,
                )
            wait = policy.wait_after_status(True, response, retries)
            if wait is None:
                raise APIStatusError.from_response(
                    response, message=f"{described} failed ({response.status_code}{reason})"
                )
            retries += 1
            yield Sleep(wait)

    def _refusal_advice(self, response: httpx.Response) -> str:
        oauth_error = _oauth_error_code(response)
        if oauth_error == "invalid_client":
            # RFC 6749 section 5.2: the client id or secret was not accepted. That is by far the
            # likeliest cause, so it comes first, whatever the challenge says.
            advice = (
                "the token endpoint did not accept the client id and client secret; check both, "
                "and that they are for this environment"
            )
        else:
            advice = "check the client id, the client secret, the scope and the environment"
        challenge = response.headers.get("www-authenticate", "")
        assert self.credentials is not None
        if (
            response.status_code == 401
            and self.credentials.auth_method == "client_secret_post"
            and challenge.split(" ", 1)[0].strip().lower() == "basic"
        ):
            # A 401 challenge names a scheme the server accepts (RFC 6749 section 5.2), but
            # servers that take both methods send it too (Authlib does), so it is a possibility.
            advice += (
                ". If they are right, the token endpoint may accept only HTTP Basic "
                "authentication (it answered WWW-Authenticate: Basic): then pass "
                "token_endpoint_auth_method='client_secret_basic'"
            )
        return advice

    def _store(self, response: httpx.Response, described: str) -> str:
        status = response.status_code
        try:
            payload = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            content_type = response.headers.get("content-type", "none")
            raise APIStatusError.from_response(
                response,
                message=f"{described} answered {status} with a body that is not JSON "
                f"(content-type {content_type!r}, {len(response.content)} bytes): is the token "
                "URL right, or did a proxy answer?",
                error_class=AuthenticationError,
            ) from None
        token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(token, str) or not token:
            raise APIStatusError.from_response(
                response,
                message=f"{described} answered {status} without an access_token",
                error_class=AuthenticationError,
            )
        assert isinstance(payload, dict)
        token_type = payload.get("token_type", "Bearer")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            # RFC 6749 section 7.1: a client must not use a token type it does not understand.
            # The token itself stays out of the error, body included.
            shown = repr(token_type)
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            error = APIStatusError.from_response(
                response,
                message=f"{described} issued a token of type {shown}; this client uses only "
                "Bearer tokens (RFC 6750)",
                error_class=AuthenticationError,
            )
            raise self.scrub_error(error, token)
        return self._keep(token, _lifetime(payload.get("expires_in")), described)

    def _keep(self, token: str, lifetime: float, described: str) -> str:
        """Cache ``token`` for ``lifetime`` seconds less the margin, and count the exchange."""
        margin = min(TOKEN_EXPIRY_MARGIN, lifetime / 2)
        with self._guard:
            self._entry = (token, time.monotonic() + lifetime - margin)
            self._lifetime = (token, lifetime, time.time() + lifetime)
            self._issued.append(token)
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


def _oauth_error_code(response: httpx.Response) -> str | None:
    """The RFC 6749 ``error`` code of a token endpoint's answer, if it has one."""
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    code = payload.get("error") if isinstance(payload, dict) else None
    return code if isinstance(code, str) else None


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
