"""JuniperClient: the generated ``AuthenticatedClient`` made safe for production.

Every generated operation takes it as ``client=``. Its httpx clients send through
:mod:`._transport`, which adds client-credentials tokens, the retry policy of :mod:`._retry` and
the typed errors of :mod:`.errors`; nothing here knows any endpoint.
"""

from __future__ import annotations

import inspect
import os
import threading
from collections.abc import Collection, Mapping
from typing import Any, Self

import httpx

from juniper_fulfillment_client.api import AsyncResources, Resources
from juniper_fulfillment_client.client import AuthenticatedClient

from ._config import (
    DEFAULT_ENVIRONMENT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOKEN_AUTH_METHOD,
    ENVIRONMENTS,
    USER_AGENT,
)
from ._flow import Engine, RetrySleep
from ._fork import reset_after_fork
from ._hooks import Hooks, check_hooks
from ._logging import BodyLog, BodyRedactor, configure_from_env, log_bodies_from_env
from ._pool import AsyncConnectionPool, ConnectionPool, LoopPools
from ._resource import NOT_GIVEN, NotGiven, check_deadline, check_max_retries, check_timeout
from ._retry import RetryPolicy
from ._token import Credentials, SecretProvider, TokenCache, TokenProvider
from ._transport import AsyncJuniperTransport, JuniperTransport
from ._version import __version__
from .errors import ClientClosedError

# httpx_args keys that configure the connection pool rather than the httpx.Client.
_POOL_ARGS = frozenset(
    {"transport", "async_transport", "limits", "proxy", "http1", "http2", "cert"}
)


def _check_url(name: str, url: object, example: str) -> str:
    """``url`` if it is an http(s) URL with a host; else a TypeError or ValueError now.

    A URL without a scheme (``api.example.com/v1``) would otherwise fail only at the first call,
    inside httpx.
    """
    if not isinstance(url, str):
        raise TypeError(f"{name} must be a str, not {type(url).__name__}")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise ValueError(f"{name} is not a valid URL ({error}), such as {example!r}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        # A password in the URL stays out of the message.
        shown = repr(url) if not parsed.userinfo else "a URL with credentials"
        raise ValueError(
            f"{name} must be an http:// or https:// URL with a host, such as {example!r}, "
            f"not {shown}"
        )
    return url


class _Shared:
    """What a client shares with its ``with_options`` copies: the token cache and the pools.

    The async pools are one per event loop (:class:`LoopPools`); the token cache serves every
    loop and thread.
    """

    def __init__(
        self,
        tokens: TokenCache,
        environment: str,
        pool_args: dict[str, Any],
        verify: Any,
        trust_env: bool = True,
        retry_sleep: RetrySleep | None = None,
        body_log: BodyLog | None = None,
    ):
        self.tokens = tokens
        self.retry_sleep = retry_sleep
        self.body_log = body_log
        self.environment = environment
        self._pool_args = pool_args
        self._verify = verify
        self._trust_env = trust_env
        self._lock = threading.Lock()
        # The open or closed state of the client that owns the pools: its copies close with it.
        self.owner: _Lifecycle | None = None
        # A transport passed in httpx_args is used as it is: no proxies, no reset after a fork.
        self._sync_pool: httpx.BaseTransport | None = pool_args.get("transport")
        self._async_pool: httpx.AsyncBaseTransport | None = pool_args.get("async_transport")
        reset_after_fork(self)

    def _after_fork_in_child(self) -> None:
        self._lock = threading.Lock()  # another thread may have held it at the fork

    def _pool_kwargs(self) -> dict[str, Any]:
        kwargs = {
            k: v for k, v in self._pool_args.items() if k not in {"transport", "async_transport"}
        }
        return {"verify": self._verify, "trust_env": self._trust_env, **kwargs}

    def sync_pool(self) -> httpx.BaseTransport:
        with self._lock:
            if self._sync_pool is None:
                self._sync_pool = ConnectionPool(**self._pool_kwargs())
            return self._sync_pool

    def async_pool(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async_pool is None:
                kwargs = self._pool_kwargs()
                self._async_pool = LoopPools(lambda: AsyncConnectionPool(**kwargs))
            return self._async_pool

    def close_sync_pool(self) -> None:
        with self._lock:
            pool = self._sync_pool
        if pool is not None:
            pool.close()

    def close_pools(self) -> None:
        """Close the sync pool now, and each async pool on its own loop (if still open)."""
        self.close_sync_pool()
        with self._lock:
            async_pool = self._async_pool
        if isinstance(async_pool, LoopPools):
            async_pool.close_soon()

    async def close_async_pool(self) -> None:
        with self._lock:
            pool = self._async_pool
        if pool is not None:
            await pool.aclose()


class _Lifecycle:
    """Whether one client may still send, sync and async: it is open, and so is the client that
    owns its pools (``owner``, None for that client itself)."""

    __slots__ = ("async_closed", "name", "owner", "sync_closed")

    def __init__(self, name: str, owner: _Lifecycle | None) -> None:
        self.name = name
        self.owner = owner
        self.sync_closed = False
        self.async_closed = False

    def closed(self, is_async: bool) -> bool:
        return self.async_closed if is_async else self.sync_closed

    def check(self, *, is_async: bool, httpx_closed: bool = False) -> None:
        """Raise :class:`ClientClosedError` if the client is closed; nothing is sent then."""
        if httpx_closed or self.closed(is_async):
            side = " for async calls (aclose())" if is_async and not self.sync_closed else ""
            raise ClientClosedError(
                f"this {self.name} is closed{side}: nothing was sent; create a new client"
            )
        if self.owner is not None and self.owner.closed(is_async):
            raise ClientClosedError(
                f"the {self.owner.name} this client was copied from (with_options) is closed, and "
                "its connection pools with it: nothing was sent; create a new client"
            )


class _HttpxClient(httpx.Client):
    """``httpx.Client`` whose sends first check that the JuniperClient is open."""

    def __init__(self, lifecycle: _Lifecycle, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lifecycle = lifecycle

    def send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        self._lifecycle.check(is_async=False, httpx_closed=self.is_closed)
        return super().send(*args, **kwargs)


class _AsyncHttpxClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` whose sends first check that the JuniperClient is open."""

    def __init__(self, lifecycle: _Lifecycle, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lifecycle = lifecycle

    async def send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        self._lifecycle.check(is_async=True, httpx_closed=self.is_closed)
        return await super().send(*args, **kwargs)


def _check_blocking(name: str, argument: str, provider: object, blocking: bool) -> None:
    if blocking and inspect.iscoroutinefunction(provider):
        raise TypeError(
            f"{argument} is a coroutine function, which {name} cannot await: pass a plain "
            "function, or use AsyncJuniperClient"
        )


class BaseJuniperClient(AuthenticatedClient):
    """A client for the Order Fulfillment API that authenticates, retries and raises by itself.

    The machinery :class:`JuniperClient` and :class:`AsyncJuniperClient` share (constructor,
    ``from_env``, ``with_options``, the pools); use one of those two.

    Pass it to any generated operation::

        from juniper_fulfillment import JuniperClient
        from juniper_fulfillment_client.api.orders import get_order_by_id

        with JuniperClient(client_id="...", client_secret="...", environment="sandbox") as client:
            order = get_order_by_id.sync("2vSGym0bH8qVEwCIGlyFoRgJq1A", client=client)

    Every non-2xx answer raises the matching ``APIStatusError`` subclass; a failure without an
    answer raises ``APIConnectionError`` (both in :mod:`juniper_fulfillment.errors`).
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | SecretProvider | None = None,
        token_provider: TokenProvider | None = None,
        environment: str = DEFAULT_ENVIRONMENT,
        base_url: str | None = None,
        token_url: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        verify_ssl: Any = True,
        token_endpoint_auth_method: str = DEFAULT_TOKEN_AUTH_METHOD,
        scope: str | None = None,
        trust_env: bool = True,
        httpx_args: Mapping[str, Any] | None = None,
        retry_sleep: RetrySleep | None = None,
        log_bodies: bool | None = None,
        body_redactor: BodyRedactor | None = None,
        redact_keys: Collection[str] = (),
        deadline: float | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        """Create a client; nothing is sent until the first call.

        Every argument is checked here (and again in :meth:`with_options` and per call): a wrong
        type raises ``TypeError`` and a bad value ``ValueError``, naming the argument.

        Args:
            client_id, client_secret: the partner's OAuth 2.0 client credentials.
                ``client_secret`` may be a callable returning the current secret (a coroutine
                function for :class:`AsyncJuniperClient`): it is called for every token
                exchange, and once more when the token endpoint answers ``invalid_client``, so
                that a rotated secret is used without a restart.
            token_provider: instead of ``client_id`` and ``client_secret``, a callable returning
                a :class:`~juniper_fulfillment.Token` (a coroutine function for
                :class:`AsyncJuniperClient`), called instead of the token exchange: for partners
                whose gateway issues the tokens. The token is cached until shortly before it
                expires and asked for again after a 401.
            environment: ``"sandbox"`` (default) or ``"production"``; picks both URLs.
            base_url, token_url: override the environment's API and token URLs (``http://`` or
                ``https://`` with a host; the API's URL includes its path, such as ``/v1``).
            max_retries: how many times a failed request may be sent again (default 2), an int
                >= 0. POSTs are sent again only when the server certainly did not receive them
                (see README).
            timeout: seconds (finite, >= 0), an ``httpx.Timeout`` whose parts are such seconds or
                None, or None for no limit; default 60 s, 5 s to connect.
            headers: extra headers for every request.
            verify_ssl: TLS verification, as httpx's ``verify``.
            token_endpoint_auth_method: how the client id and secret reach the token endpoint:
                ``"client_secret_post"`` (default, in the form body, as the vendor documents) or
                ``"client_secret_basic"`` (HTTP Basic, RFC 6749 section 2.3.1).
            scope: the scope to request with each token, if the token endpoint wants one.
            trust_env: honour ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``,
                ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as httpx does (default True), for the token
                endpoint and the API alike.
            httpx_args: further ``httpx.Client`` arguments; ``transport``/``async_transport``,
                ``limits``, ``proxy`` (which wins over the environment), ``http2`` and ``cert``
                configure the connection pool.
            deadline: seconds (finite, > 0) that a whole call may take, token request, attempts
                and waits between them together, or None (the default) for no limit: each
                attempt waits at most what remains, no retry starts that would end past it, and
                running out raises ``APITimeoutError``.
            hooks: a :class:`Hooks` of callbacks told of each attempt, response, retry and
                token (sync or, with ``AsyncJuniperClient``, async); an exception in one is
                logged and changes nothing.
            retry_sleep: for tests: called with each wait before a retry (the policy's backoff or
                the server's ``Retry-After``) instead of sleeping it; every retry decision and log
                line stays as it is. ``FakeJuniper``'s clients record the waits this way
                (``fake.retry_sleeps``). None (the default) sleeps.
            log_bodies: log each API request and response body at DEBUG, redacted (True), or
                not (False); None (the default) follows ``JUNIPER_LOG_BODIES=1``. Token requests
                are never logged.
            body_redactor: replaces the default redaction: called with each JSON body (parsed),
                it returns what may be logged. The default replaces every customer field the
                spec declares, and each key in ``redact_keys``, at any depth.
            redact_keys: further JSON keys whose values the default redaction replaces.
        """
        if environment not in ENVIRONMENTS:
            raise ValueError(
                f"environment must be one of {sorted(ENVIRONMENTS)}, not {environment!r}"
            )
        defaults = ENVIRONMENTS[environment]
        base_url = _check_url("base_url", base_url or defaults.base_url, defaults.base_url)
        token_url = _check_url("token_url", token_url or defaults.token_url, defaults.token_url)
        tokens = self._token_cache(
            client_id,
            client_secret,
            token_provider,
            token_url,
            auth_method=token_endpoint_auth_method,
            scope=scope,
        )
        args = dict(httpx_args or {})
        pool_args = {key: args.pop(key) for key in list(args) if key in _POOL_ARGS}
        if retry_sleep is not None and not callable(retry_sleep):
            raise TypeError(
                f"retry_sleep must be a callable taking seconds, or None, not "
                f"{type(retry_sleep).__name__}"
            )
        if log_bodies is not None and not isinstance(log_bodies, bool):
            raise TypeError(f"log_bodies must be a bool or None, not {type(log_bodies).__name__}")
        # Built (and its arguments checked) even when off, so a mistake shows at once.
        body_log: BodyLog | None = BodyLog(body_redactor, redact_keys)
        if not (log_bodies_from_env() if log_bodies is None else log_bodies):
            body_log = None
        shared = _Shared(
            tokens,
            environment,
            pool_args,
            verify_ssl,
            trust_env,
            retry_sleep,
            body_log,
        )
        self._init(
            shared,
            owns_pool=True,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            headers=dict(headers or {}),
            verify_ssl=verify_ssl,
            httpx_args=args,
            deadline=deadline,
            hooks=hooks,
        )

    def _token_cache(
        self,
        client_id: str | None,
        client_secret: str | SecretProvider | None,
        token_provider: TokenProvider | None,
        token_url: str,
        *,
        auth_method: str,
        scope: str | None,
    ) -> TokenCache:
        name = type(self).__name__
        # The blocking client cannot await: a coroutine function is refused now, not at the
        # first call.
        blocking = not isinstance(self, AsyncJuniperClient)
        if token_provider is not None:
            if client_id is not None or client_secret is not None:
                raise ValueError(
                    "pass either token_provider or client_id and client_secret, not both"
                )
            if not callable(token_provider):
                raise TypeError(
                    "token_provider must be a callable returning a Token, not "
                    f"{type(token_provider).__name__}"
                )
            _check_blocking(name, "token_provider", token_provider, blocking)
            return TokenCache(None, token_provider)
        if client_id is None or client_secret is None:
            raise TypeError(f"{name} needs client_id and client_secret, or token_provider")
        if callable(client_secret):
            _check_blocking(name, "client_secret", client_secret, blocking)
        credentials = Credentials(
            client_id, client_secret, token_url, auth_method=auth_method, scope=scope
        )
        return TokenCache(credentials)

    def _init(
        self,
        shared: _Shared,
        *,
        owns_pool: bool,
        base_url: str,
        max_retries: int,
        timeout: float | httpx.Timeout | None,
        headers: dict[str, str],
        verify_ssl: Any,
        httpx_args: dict[str, Any],
        cookies: dict[str, str] | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        # Here, so that the constructor, with_options and every per-call option are all checked.
        max_retries = check_max_retries(max_retries)
        timeout = check_timeout(timeout)
        deadline = check_deadline(deadline)
        hooks = check_hooks(hooks)
        configure_from_env()
        super().__init__(
            base_url=base_url,
            token="",  # unused: JuniperTransport sets the Authorization header per request
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            headers={"User-Agent": f"{USER_AGENT}/{__version__}", **headers},
            cookies=cookies or {},
            verify_ssl=verify_ssl,
            httpx_args=httpx_args,
            raise_on_unexpected_status=True,
        )
        self._shared = shared
        self._owns_pool = owns_pool
        self._lifecycle = _Lifecycle(type(self).__name__, None if owns_pool else shared.owner)
        if owns_pool:
            shared.owner = self._lifecycle
        self._max_retries = max_retries
        self._deadline = deadline
        self._hooks = hooks
        self._engine = Engine(
            shared.tokens,
            RetryPolicy(max_retries),
            shared.retry_sleep,
            shared.body_log,
            deadline,
            hooks,
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from the environment.

        Reads ``JUNIPER_CLIENT_ID``, ``JUNIPER_CLIENT_SECRET``, ``JUNIPER_ENVIRONMENT`` (default
        ``sandbox``) and, optionally, ``JUNIPER_BASE_URL``, ``JUNIPER_TOKEN_URL``,
        ``JUNIPER_TOKEN_AUTH_METHOD`` (``client_secret_post`` or ``client_secret_basic``) and
        ``JUNIPER_SCOPE``. Keyword
        arguments override or add to them (``max_retries=0``, ``timeout=5.0``,
        ``client_secret=provider``, ...); with ``token_provider=`` the client id and secret are
        neither needed nor read.
        """
        environ: Mapping[str, str] = os.environ
        if "token_provider" in overrides:
            environ = {
                name: value
                for name, value in environ.items()
                if name not in ("JUNIPER_CLIENT_ID", "JUNIPER_CLIENT_SECRET")
            }
            overrides = {"client_id": None, "client_secret": None, **overrides}
        # A keyword argument stands in for its variable: from_env(client_id=...) with only
        # JUNIPER_CLIENT_SECRET set is complete, and an error names only what is really missing.
        missing = [
            name
            for name, keyword in (
                ("JUNIPER_CLIENT_ID", "client_id"),
                ("JUNIPER_CLIENT_SECRET", "client_secret"),
            )
            if not environ.get(name) and keyword not in overrides
        ]
        if missing:
            raise ValueError(
                f"set {' and '.join(missing)} to create a JuniperClient from the environment"
            )
        settings: dict[str, Any] = {
            "client_id": environ.get("JUNIPER_CLIENT_ID"),
            "client_secret": environ.get("JUNIPER_CLIENT_SECRET"),
            "environment": environ.get("JUNIPER_ENVIRONMENT") or DEFAULT_ENVIRONMENT,
            "base_url": environ.get("JUNIPER_BASE_URL") or None,
            "token_url": environ.get("JUNIPER_TOKEN_URL") or None,
            "token_endpoint_auth_method": environ.get("JUNIPER_TOKEN_AUTH_METHOD")
            or DEFAULT_TOKEN_AUTH_METHOD,
            "scope": environ.get("JUNIPER_SCOPE") or None,
        }
        settings.update(overrides)
        return cls(**settings)

    # ------------------------------------------------------------------------------ copies
    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy with other retry, timeout, deadline, hook or header settings (``deadline=None``
        removes the deadline, ``hooks=None`` the hooks).

        The copy shares the token cache and the connection pools, so making one per call is
        cheap. The original owns the pools: closing it closes its copies too (they raise
        :class:`ClientClosedError`), while closing a copy closes only that copy.
        """
        clone = object.__new__(type(self))
        clone._init(
            self._shared,
            owns_pool=False,
            base_url=self._base_url,
            max_retries=self._max_retries if max_retries is None else max_retries,
            timeout=self._timeout if isinstance(timeout, NotGiven) else check_timeout(timeout),
            headers={**self._headers, **(headers or {})},
            verify_ssl=self._verify_ssl,
            httpx_args=dict(self._httpx_args),
            cookies=dict(self._cookies),
            deadline=self._deadline if isinstance(deadline, NotGiven) else deadline,
            hooks=self._hooks if isinstance(hooks, NotGiven) else hooks,
        )
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy that also sends ``headers`` (see :meth:`with_options`)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy with another timeout (see :meth:`with_options`)."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy that also sends ``cookies``."""
        clone = self.with_options()
        clone._cookies = {**self._cookies, **cookies}
        return clone

    # ------------------------------------------------------------------------ httpx clients
    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, created on first use."""
        if self._client is None:
            self._client = _HttpxClient(
                self._lifecycle,
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=JuniperTransport(
                    self._engine, self._shared.sync_pool(), owns_pool=self._owns_pool
                ),
                # Proxies and certificates from the environment are applied by the pool, under
                # the transport that authenticates and retries (see _pool.py), not around it.
                trust_env=False,
                **self._httpx_args,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, created on first use."""
        if self._async_client is None:
            self._async_client = _AsyncHttpxClient(
                self._lifecycle,
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncJuniperTransport(
                    self._engine, self._shared.async_pool(), owns_pool=self._owns_pool
                ),
                trust_env=False,
                **self._httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        """Close the client (the ``with`` block does this too); it cannot be used again.

        On the client that created the pools this closes them, sync and async, even when only
        ``with_options`` copies sent requests through them, and the copies are closed with it;
        closing a copy closes nothing shared. An async pool is closed on its own event loop,
        if that loop is still open. Using a closed client raises :class:`ClientClosedError`.
        """
        self._lifecycle.sync_closed = self._lifecycle.async_closed = True
        if self._client is not None:
            self._client.close()
        if self._owns_pool:
            self._shared.close_pools()

    async def aclose(self) -> None:
        """Close the client (the ``async with`` block does this too); see :meth:`close`."""
        self._lifecycle.sync_closed = self._lifecycle.async_closed = True
        if self._async_client is not None:
            await self._async_client.aclose()
        if self._client is not None:
            self._client.close()
        if self._owns_pool:
            await self._shared.close_async_pool()
            self._shared.close_sync_pool()

    async def _aclose_async_side(self) -> None:
        self._lifecycle.async_closed = True
        if self._async_client is not None:
            await self._async_client.aclose()
        if self._owns_pool:
            await self._shared.close_async_pool()

    def __enter__(self) -> Self:
        self._lifecycle.check(is_async=False)
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self._lifecycle.check(is_async=True)
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.aclose()

    @property
    def environment(self) -> str:
        return self._shared.environment

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def timeout(self) -> httpx.Timeout | None:
        return self._timeout

    @property
    def hooks(self) -> Hooks | None:
        return self._hooks

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take (see ``__init__``), or None."""
        return self._deadline

    def __repr__(self) -> str:
        tokens = self._shared.tokens
        credentials = tokens.credentials
        source = (
            f"token_url={credentials.token_url!r}, client_id={credentials.client_id!r}"
            if credentials is not None
            else tokens.describe()
        )
        return (
            f"{type(self).__name__}(environment={self.environment!r}, "
            f"base_url={self._base_url!r}, {source}, "
            f"max_retries={self._max_retries}, timeout={self._timeout!r}"
            + ("" if self._deadline is None else f", deadline={self._deadline!r}")
            + ")"
        )

    __str__ = __repr__


class JuniperClient(Resources, BaseJuniperClient):
    """A client for the Order Fulfillment API that authenticates, retries and raises by itself.

    Every operation is a method of its tag's group::

        from juniper_fulfillment import JuniperClient

        with JuniperClient(client_id="...", client_secret="...") as client:
            order = client.orders.get_order_by_id("2vSGym0bH8qVEwCIGlyFoRgJq1A")
            for product in client.products.list_products(search="omega"):
                print(product.name)

    The client also goes as ``client=`` to the generated operation functions
    (``get_order_by_id.sync(order_id, client=client)``), the lower layer the methods call.
    ``client.with_raw_response.<tag>.<operation>(...)`` returns the whole ``Response``.

    The constructor's arguments (credentials, environment or URLs, retries, timeout, headers,
    token endpoint authentication, scope, proxies from the environment) are listed with
    ``__init__``.

    Every non-2xx answer raises the matching ``APIStatusError`` subclass; a failure without an
    answer raises ``APIConnectionError`` (both in :mod:`juniper_fulfillment.errors`).
    """

    def _resources_client(self) -> BaseJuniperClient:
        return self

    async def aclose(self) -> None:
        """Close the async side only: what the generated ``asyncio()`` functions use.

        Its connections on the running event loop are closed now, those of other loops on their
        own loops; the sync side stays open until :meth:`close` (or the end of the ``with``
        block), which closes both.
        """
        await self._aclose_async_side()


class AsyncJuniperClient(AsyncResources, BaseJuniperClient):
    """The asyncio twin of :class:`JuniperClient`: same constructor, ``from_env`` and
    ``with_options``; every operation method is a coroutine::

        async with AsyncJuniperClient.from_env() as client:
            order = await client.orders.get_order_by_id("2vSGym0bH8qVEwCIGlyFoRgJq1A")
            async for product in await client.products.list_products():
                print(product.name)

    Close it with ``async with`` or ``await client.aclose()``.
    """

    def _resources_client(self) -> BaseJuniperClient:
        return self
