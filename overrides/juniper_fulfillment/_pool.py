"""The connection pools under the transport that authenticates and retries.

A :class:`ConnectionPool` (sync) or :class:`AsyncConnectionPool` sends each request either
directly or through a proxy, choosing per URL exactly as ``httpx.Client`` does: an explicit
``proxy`` carries everything; otherwise, unless ``trust_env`` is off, ``HTTP_PROXY``,
``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` are read with httpx's own parser, and
``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` by httpx's transports. The choice is made below
:class:`~._transport.JuniperTransport`, so a proxied request still gets its token, its retries
and its typed errors, and the token request takes the same route as the API's.

After ``os.fork()`` the child drops the pools it inherited (see :mod:`._fork`): a keep-alive
connection shared by two processes hands each the other's answers.

Async connections belong to the event loop that opened them, so :class:`LoopPools` keeps one
:class:`AsyncConnectionPool` per loop.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

# httpx's own environment parsing, so that NO_PROXY and friends mean exactly what they mean for
# httpx.get (httpx is pinned below 0.29 in pyproject.toml).
from httpx._utils import URLPattern, get_environment_proxies

from ._fork import reset_after_fork

if TYPE_CHECKING:
    import asyncio

TransportT = TypeVar("TransportT", bound=httpx.HTTPTransport | httpx.AsyncHTTPTransport)


def proxy_routes(proxy: Any, trust_env: bool) -> list[tuple[URLPattern, httpx.Proxy | None]]:
    """Which URLs go through which proxy (None: directly), most specific pattern first.

    The same map ``httpx.Client`` builds: ``proxy`` for everything when given, else the
    environment's proxies and ``NO_PROXY`` exceptions when ``trust_env`` is true.
    """
    if proxy is not None:
        if not isinstance(proxy, httpx.Proxy):
            proxy = httpx.Proxy(url=proxy)
        return [(URLPattern("all://"), proxy)]
    if not trust_env:
        return []
    routes = [
        (URLPattern(pattern), None if url is None else httpx.Proxy(url=url))
        for pattern, url in get_environment_proxies().items()
    ]
    return sorted(routes, key=lambda route: route[0])


class _Router(Generic[TransportT]):
    """Opens one transport per route on first use; forgets them all in a forked child."""

    def __init__(self, *, proxy: Any = None, trust_env: bool = True, **transport_args: Any) -> None:
        self._routes = proxy_routes(proxy, trust_env)
        self._transport_args = {"trust_env": trust_env, **transport_args}
        self._lock = threading.Lock()
        self._direct: TransportT | None = None
        self._proxied: dict[str, TransportT] = {}
        # Pools inherited over a fork: never used or closed here (closing could end an HTTP/2
        # connection the parent still uses), only kept from the garbage collector.
        self._inherited: list[TransportT] = []
        reset_after_fork(self)

    def _open(self, proxy: httpx.Proxy | None) -> TransportT:
        raise NotImplementedError

    def _transport_for(self, url: httpx.URL) -> TransportT:
        for pattern, proxy in self._routes:
            if pattern.matches(url):
                if proxy is None:
                    break
                transport = self._proxied.get(pattern.pattern)
                if transport is None:
                    with self._lock:
                        transport = self._proxied.get(pattern.pattern)
                        if transport is None:
                            transport = self._proxied[pattern.pattern] = self._open(proxy)
                return transport
        direct = self._direct
        if direct is None:
            with self._lock:
                direct = self._direct
                if direct is None:
                    direct = self._direct = self._open(None)
        return direct

    def _opened(self) -> list[TransportT]:
        with self._lock:
            opened = [*self._proxied.values()]
            if self._direct is not None:
                opened.append(self._direct)
            return opened

    def _after_fork_in_child(self) -> None:
        self._lock = threading.Lock()
        self._inherited.extend(self._proxied.values())
        if self._direct is not None:
            self._inherited.append(self._direct)
        self._direct = None
        self._proxied = {}


class ConnectionPool(_Router[httpx.HTTPTransport], httpx.BaseTransport):
    """Sync pool: ``httpx.HTTPTransport`` per route, taking its arguments (verify, limits...)."""

    def _open(self, proxy: httpx.Proxy | None) -> httpx.HTTPTransport:
        return httpx.HTTPTransport(proxy=proxy, **self._transport_args)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._transport_for(request.url).handle_request(request)

    def close(self) -> None:
        for transport in self._opened():
            transport.close()


class AsyncConnectionPool(_Router[httpx.AsyncHTTPTransport], httpx.AsyncBaseTransport):
    """Async pool: ``httpx.AsyncHTTPTransport`` per route."""

    def _open(self, proxy: httpx.Proxy | None) -> httpx.AsyncHTTPTransport:
        return httpx.AsyncHTTPTransport(proxy=proxy, **self._transport_args)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport_for(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._opened():
            await transport.aclose()


class _LoopPool:
    """The pool of one event loop, closed at most once."""

    __slots__ = ("closed", "closer", "pool")

    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self.pool = pool
        self.closed = False
        # Keeps the async generator that closes the pool when the loop shuts down alive: the
        # loop itself holds it only weakly.
        self.closer: AsyncGenerator[None, None] | None = None

    async def aclose(self) -> None:
        if not self.closed:
            self.closed = True
            await self.pool.aclose()


class LoopPools(httpx.AsyncBaseTransport):
    """One async pool per event loop, opened by ``open_pool`` when the loop first sends.

    An asyncio socket works only on the loop that opened it: used from another loop, or after its
    loop has closed, it fails (``Event loop is closed``, ``... is bound to a different event
    loop``) or hangs. So a client shared by several loops (one ``asyncio.run()`` after another,
    a loop per thread, a test framework's loop per test) gives each its own connections.

    A pool is closed on its own loop when that loop shuts down: ``asyncio.run()`` and
    ``asyncio.Runner`` finish the loop's async generators, and one of them closes the pool. A loop
    closed without that loses its pool here, its sockets untouched, since closing them from
    another loop is what fails. Loops are held weakly.
    """

    def __init__(self, open_pool: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._open_pool = open_pool
        self._lock = threading.Lock()
        self._pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopPool] = (
            weakref.WeakKeyDictionary()
        )
        self._closing: set[asyncio.Task[None]] = set()
        reset_after_fork(self)

    def _after_fork_in_child(self) -> None:
        # The pools themselves drop what they inherited (their routers register too).
        self._lock = threading.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        loop = asyncio.get_running_loop()
        entry = self._pools.get(loop)
        if entry is None:
            entry = await self._open(loop)
        return await entry.pool.handle_async_request(request)

    async def _open(self, loop: asyncio.AbstractEventLoop) -> _LoopPool:
        with self._lock:
            entry = self._pools.get(loop)
            if entry is not None:
                return entry
            for stale in [other for other in self._pools if other.is_closed()]:
                del self._pools[stale]
            entry = self._pools[loop] = _LoopPool(self._open_pool())
        closer = self._close_at_shutdown(loop, entry)
        # Its first step runs on this loop, which from then on finishes it at shutdown.
        await closer.__anext__()
        entry.closer = closer
        return entry

    async def _close_at_shutdown(
        self, loop: asyncio.AbstractEventLoop, entry: _LoopPool
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            with self._lock:
                if self._pools.get(loop) is entry:
                    del self._pools[loop]
            await entry.aclose()

    def _take_all(self) -> list[tuple[asyncio.AbstractEventLoop, _LoopPool]]:
        with self._lock:
            entries = list(self._pools.items())
            self._pools.clear()
        return entries

    def _close_on_its_loop(self, loop: asyncio.AbstractEventLoop, entry: _LoopPool) -> None:
        if loop.is_closed():
            return  # dropped: its sockets cannot be closed from here
        with contextlib.suppress(RuntimeError):  # the loop closed in the meantime
            loop.call_soon_threadsafe(self._spawn_close, loop, entry)

    def _spawn_close(self, loop: asyncio.AbstractEventLoop, entry: _LoopPool) -> None:
        task = loop.create_task(entry.aclose())
        self._closing.add(task)  # the loop keeps only a weak reference to its tasks
        task.add_done_callback(self._closing.discard)

    async def aclose(self) -> None:
        """Close every pool whose loop is still open: this loop's now, each other on its loop."""
        import asyncio

        current = asyncio.get_running_loop()
        for loop, entry in self._take_all():
            if loop is current:
                await entry.aclose()
            else:
                self._close_on_its_loop(loop, entry)

    def close_soon(self) -> None:
        """Have every pool whose loop is still open closed on its loop (from any thread)."""
        for loop, entry in self._take_all():
            self._close_on_its_loop(loop, entry)
