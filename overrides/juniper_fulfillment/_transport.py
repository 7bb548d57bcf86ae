"""httpx transports that run every request of a client through the :class:`~._flow.Engine`.

They sit between the generated code's ``httpx.Client`` and the connection pool, so every generated
operation, including any a future spec adds, gets tokens, retries and typed errors with no code of
its own.
"""

from __future__ import annotations

import httpx

from ._flow import Engine


class JuniperTransport(httpx.BaseTransport):
    """Sync transport: sends through ``pool``; closes it only if this client owns it."""

    def __init__(self, engine: Engine, pool: httpx.BaseTransport, *, owns_pool: bool) -> None:
        self._engine = engine
        self._pool = pool
        self._owns_pool = owns_pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._engine.run_sync(self._pool, self._engine.request_flow(request))

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()


class AsyncJuniperTransport(httpx.AsyncBaseTransport):
    """Async transport: sends through ``pool``; closes it only if this client owns it."""

    def __init__(self, engine: Engine, pool: httpx.AsyncBaseTransport, *, owns_pool: bool) -> None:
        self._engine = engine
        self._pool = pool
        self._owns_pool = owns_pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._engine.run_async(self._pool, self._engine.request_flow(request))

    async def aclose(self) -> None:
        if self._owns_pool:
            await self._pool.aclose()
