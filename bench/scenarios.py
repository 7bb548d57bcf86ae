"""What each benchmark figure runs, for the project and for its raw-httpx baseline.

Both sides hit the same server, reuse one connection pool, and parse the same JSON; the project
side also builds typed models (that is part of the cost being measured).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from bench.server import BenchServer
from juniper_fulfillment import JuniperClient, paginate
from juniper_fulfillment.webhooks import sign, verify_signature
from juniper_fulfillment_client.api.orders import get_order_by_id
from juniper_fulfillment_client.api.products import list_products

ORDER_ID = "2vSGym0bH8qVEwCIGlyFoRgJq1A"
WEBHOOK_SECRET = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"


def juniper_client(server: BenchServer) -> JuniperClient:
    return JuniperClient(
        client_id="bench",
        client_secret="bench-secret",
        base_url=server.base_url,
        token_url=server.token_url,
    )


def raw_client(server: BenchServer) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=60.0)


# ------------------------------------------------------------------------ single calls
def order_via_juniper(client: JuniperClient) -> Any:
    return get_order_by_id.sync(ORDER_ID, client=client)


def order_via_httpx(http: httpx.Client) -> Any:
    return json.loads(http.get(f"/orders/{ORDER_ID}").content)


def order_via_resource(client: JuniperClient) -> Any:
    return client.orders.get_order_by_id(ORDER_ID)


def products_via_juniper(client: JuniperClient) -> Any:
    return list_products.sync(client=client, limit=100)


def products_via_httpx(http: httpx.Client) -> Any:
    return json.loads(http.get("/products", params={"limit": 100}).content)


# ------------------------------------------------------------------------- concurrency
async def _gets_in_tasks(get: Any, requests: int, tasks: int) -> None:
    async def worker(count: int) -> None:
        for _ in range(count):
            await get()

    share, rest = divmod(requests, tasks)
    await asyncio.gather(*(worker(share + (1 if n < rest else 0)) for n in range(tasks)))


def async_gets_juniper(server: BenchServer, requests: int, tasks: int) -> int:
    """``requests`` GETs from ``tasks`` asyncio tasks on a fresh client; returns tokens used."""
    before = server.tokens

    async def run() -> None:
        async with juniper_client(server) as client:
            await _gets_in_tasks(
                lambda: get_order_by_id.asyncio(ORDER_ID, client=client), requests, tasks
            )

    asyncio.run(run())
    return server.tokens - before


def async_gets_httpx(server: BenchServer, requests: int, tasks: int) -> None:
    async def run() -> None:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=60.0) as http:

            async def get() -> Any:
                return json.loads((await http.get(f"/orders/{ORDER_ID}")).content)

            await _gets_in_tasks(get, requests, tasks)

    asyncio.run(run())


def threaded_gets_juniper(server: BenchServer, requests: int, threads: int) -> int:
    """``requests`` GETs from ``threads`` threads sharing a fresh client; returns tokens used."""
    before = server.tokens
    with juniper_client(server) as client, ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda _: order_via_juniper(client), range(requests)))
    return server.tokens - before


def threaded_gets_httpx(server: BenchServer, requests: int, threads: int) -> None:
    with raw_client(server) as http, ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda _: order_via_httpx(http), range(requests)))


# --------------------------------------------------------------------------- webhooks
def webhook_delivery(size: int = 1024, timestamp: int = 1_700_000_000) -> tuple[bytes, str]:
    body = json.dumps({"order": {"orderId": ORDER_ID, "status": "SHIPPED", "note": ""}})
    padded = body[:-2] + "x" * (size - len(body)) + body[-2:]
    payload = padded.encode()
    return payload, sign(payload, WEBHOOK_SECRET, timestamp=timestamp)


def verify_project(payload: bytes, header: str, now: float) -> None:
    verify_signature(payload, header, WEBHOOK_SECRET, now=now)


def verify_baseline(key: bytes, signed: bytes, v1: str) -> bool:
    return hmac.compare_digest(hmac.new(key, signed, hashlib.sha256).hexdigest(), v1)


# ----------------------------------------------------------------------------- memory
def paginate_memory(
    server: BenchServer, pages: int, *, typed_page: bool = False
) -> tuple[int, int, float]:
    """Iterate every product of ``pages`` pages; (items, peak traced bytes growth, seconds).

    With ``typed_page``, through ``client.products.list_products(...)``'s page instead of
    ``paginate``.
    """
    with juniper_client(server) as client:
        list_products.sync(client=client, limit=100)  # token and connection, outside the trace
        tracemalloc.start()
        baseline, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        started = time.perf_counter()
        items = 0
        products = (
            client.products.list_products(limit=100)
            if typed_page
            else paginate(list_products, client=client, limit=100)
        )
        for _ in products:
            items += 1
            if items >= pages * 100:
                break
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return items, peak - baseline, elapsed


# ------------------------------------------------------------------------ import time
def import_times(runs: int) -> tuple[float, float]:
    """Median wall seconds of ``python -c "import juniper_fulfillment"`` and ``... httpx``."""
    commands = {
        "project": [sys.executable, "-c", "import juniper_fulfillment"],
        "httpx": [sys.executable, "-c", "import httpx"],
    }
    # Both sides read compiled bytecode, as installed packages do: without this the caller's
    # PYTHONDONTWRITEBYTECODE would make the project side recompile its sources on every run.
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for command in commands.values():
        subprocess.run(command, check=True, env=environment)  # noqa: S603 - warm the cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():  # alternate, so drift hits both alike
            started = time.perf_counter()
            subprocess.run(command, check=True, env=environment)  # noqa: S603 - this interpreter
            times[name].append(time.perf_counter() - started)
    return statistics.median(times["project"]), statistics.median(times["httpx"])
