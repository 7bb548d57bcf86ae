"""What each benchmark figure runs, for the project and for its raw-httpx baseline.

Both sides hit the same server, reuse one connection pool, and parse the same JSON; the project
side also builds typed models (that is part of the cost being measured). The parsing figures
compare our models with the pydantic v2 models datamodel-code-generator makes from the same spec.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from bench.server import BenchServer, products_page
from juniper_fulfillment import JuniperClient, paginate
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment.webhooks import sign, verify_signature
from juniper_fulfillment_client import errors
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id
from juniper_fulfillment_client.api.products import list_products
from juniper_fulfillment_client.api.shipping import list_shipping_methods
from juniper_fulfillment_client.models import CreateOrderRequest, ProductList

ORDER_ID = "2vSGym0bH8qVEwCIGlyFoRgJq1A"
SPEC = Path(__file__).resolve().parents[1] / "openapi" / "index.yaml"
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


@contextlib.contextmanager
def decoding(*, orjson: bool) -> Iterator[None]:
    """Response bodies decoded with orjson (the ``speed`` extra) or, by default, ``json.loads``."""
    saved = errors._orjson_loads
    if orjson:
        import orjson as orjson_module

        errors._orjson_loads = orjson_module.loads
    else:
        errors._orjson_loads = None
    try:
        yield
    finally:
        errors._orjson_loads = saved


def counting_hooks() -> Any:
    """Hooks on every event, each doing what a metrics hook does: count."""
    from juniper_fulfillment import Hooks

    counts = [0]

    def count(event: object) -> None:
        counts[0] += 1

    return Hooks(on_attempt=count, on_response=count, on_retry=count, on_token=count)


# ----------------------------------------------------------------------------- tracing
# OpenTelemetry is imported only here, when a tracing figure runs: the client looks for its
# module, so the other figures run as for an application that never imports it.
def span_recorder() -> tuple[Any, Any]:
    """An SDK tracer provider and the in-memory exporter its spans go to, each as it ends."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider, exporter


@contextlib.contextmanager
def tracer_provider(provider: Any | None) -> Iterator[None]:
    """``provider`` as OpenTelemetry's global tracer provider; None: none configured (the API's
    no-op default)."""
    from opentelemetry import trace

    # The public setter works once per process; the figures switch it on and off by block.
    saved = trace._TRACER_PROVIDER
    trace._TRACER_PROVIDER = provider
    try:
        yield
    finally:
        trace._TRACER_PROVIDER = saved


@contextlib.contextmanager
def opentelemetry_not_imported() -> Iterator[None]:
    """As for an application that never imports OpenTelemetry: the client finds no
    ``opentelemetry.trace`` module loaded (it never imports it itself)."""
    saved = sys.modules.pop("opentelemetry.trace", None)
    try:
        yield
    finally:
        if saved is not None:
            sys.modules["opentelemetry.trace"] = saved


# -------------------------------------------------------- parsing: ours against pydantic
def products_body() -> bytes:
    """The bench server's first page of two: 100 products with supplement facts, and a cursor."""
    return products_page(0, pages=2)


def pydantic_product_list(folder: Path) -> Any:
    """``ProductList`` of the pydantic v2 models datamodel-code-generator makes from the spec,
    generated into ``folder`` now (what a user would otherwise generate for this API)."""
    if importlib.util.find_spec("datamodel_code_generator") is None:
        raise RuntimeError(
            "datamodel-code-generator is not installed; `make bench` installs it "
            "(requirements-bench.txt)"
        )
    output = folder / "juniper_pydantic_models.py"
    subprocess.run(  # noqa: S603 - this interpreter, this repository's spec
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(SPEC),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--formatters",
            "black",
            "isort",
            "--output",
            str(output),
        ],
        check=True,
    )
    spec = importlib.util.spec_from_file_location(output.stem, output)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # The models' annotations are strings, resolved through the module's entry in sys.modules.
    sys.modules[output.stem] = module
    spec.loader.exec_module(module)
    return module.ProductList


def parse_ours(body: bytes) -> ProductList:
    """What ``list_products.sync`` does with the body: decode it, then build and check the page."""
    return ProductList.from_dict(errors.decode_json(body))


def parse_pydantic(model: Any, body: bytes) -> Any:
    return model.model_validate_json(body)


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


def async_gets_juniper_loops(server: BenchServer, requests: int, tasks: int, loops: int) -> int:
    """``requests`` GETs from ``tasks`` asyncio tasks spread over ``loops`` event loops, run one
    ``asyncio.run()`` after another on one fresh client; returns tokens used."""
    before = server.tokens
    with juniper_client(server) as client:
        for loop in range(loops):
            share, rest = divmod(requests, loops)
            count = share + (1 if loop < rest else 0)
            asyncio.run(
                _gets_in_tasks(
                    lambda: get_order_by_id.asyncio(ORDER_ID, client=client), count, tasks // loops
                )
            )
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


# ------------------------------------------------------------------- the fake Juniper
ORDER_REQUEST: dict[str, Any] = {
    "customer": {
        "sourceId": "1234567890",
        "firstName": "John",
        "lastName": "Doe",
        "email": "john.doe@example.com",
        "address": {"line1": "437 Lytton", "city": "Palo Alto", "state": "CA", "zipCode": "94301"},
    },
    "daysSupply": 30,
    "lineItems": [
        {
            "productId": 77123129891,
            "quantity": 2,
            "packDescription": "Whole Body Wellness",
            "administration": {"morning": 1, "afternoon": 0, "evening": 1, "sleep": 0},
        }
    ],
    "shippingMethod": "STANDARD",
    "orderType": "ONE_TIME",
}
CANNED_ORDER = json.dumps(
    {
        "id": ORDER_ID,
        "status": "NEW",
        **ORDER_REQUEST,
        "discount": "10%",
        "lineItems": [
            {**ORDER_REQUEST["lineItems"][0], "price": "0.37", "discountedPrice": "0.33"}
        ],
        "createdAt": "2023-10-01T12:00:00Z",
        "updatedAt": "2023-10-01T12:00:00Z",
    }
).encode()
CANNED_TOKEN = json.dumps(
    {"access_token": "t", "expires_in": 3600, "token_type": "Bearer"}
).encode()


def canned(request: httpx.Request) -> httpx.Response:
    """The cheapest possible server: a fixed token or order body, nothing checked or stored."""
    if request.url.path.endswith("/oauth2/token"):
        return httpx.Response(200, content=CANNED_TOKEN)
    status = 201 if request.method == "POST" else 200
    return httpx.Response(
        status, content=CANNED_ORDER, headers={"Content-Type": "application/json"}
    )


def mock_transport_client() -> JuniperClient:
    return JuniperClient(
        client_id="bench",
        client_secret="bench-secret",
        base_url="http://canned.test/v1",
        token_url="http://canned.test/oauth2/token",
        httpx_args={"transport": httpx.MockTransport(canned)},
    )


def create_then_get(client: JuniperClient) -> Any:
    """createOrder then getOrderById of the order it returned."""
    body = CreateOrderRequest.from_dict(ORDER_REQUEST)
    order = create_order.sync(client=client, body=body)
    return get_order_by_id.sync(order.id, client=client)


@contextlib.contextmanager
def served_fake() -> Iterator[tuple[JuniperClient, httpx.Client]]:
    """A JuniperClient of FakeJuniper's HTTP server (token cached, connection open) and a plain
    httpx client of its control plane (``/_fake``)."""
    with (
        FakeJuniper() as fake,
        fake.serve() as server,
        JuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            max_retries=0,
        ) as client,
        httpx.Client(base_url=server.url + "/_fake", trust_env=False) as control,
    ):
        create_then_get(client)
        control_plane_call(control)
        yield client, control


def control_plane_call(control: httpx.Client) -> None:
    """What a test does between steps: move the fake's clock (the API's timestamps read it)."""
    response = control.post("/clock", json={"advanceSeconds": 1})
    response.raise_for_status()


def fake_server_load(requests: int, clients: int) -> tuple[int, int, float]:
    """``requests`` calls from ``clients`` threads, one JuniperClient each, to FakeJuniper's HTTP
    server (a mix of listShippingMethods, createOrder and getOrderById); (answered, errors, s)."""
    with FakeJuniper() as fake, fake.serve() as server:
        errors: list[BaseException] = []
        answered: list[int] = []

        def one_client(count: int) -> None:
            done = 0
            try:
                with JuniperClient(
                    client_id=fake.client_id,
                    client_secret=fake.client_secret,
                    base_url=server.base_url,
                    token_url=server.token_url,
                    max_retries=0,
                ) as client:
                    order_id = None
                    for n in range(count):
                        if n % 3 == 0:
                            list_shipping_methods.sync(client=client)
                        elif order_id is None or n % 3 == 1:
                            order_id = create_order.sync(
                                client=client, body=CreateOrderRequest.from_dict(ORDER_REQUEST)
                            ).id
                        else:
                            get_order_by_id.sync(order_id, client=client)
                        done += 1
            except Exception as error:  # counted, not raised: the figure is the error count
                errors.append(error)
            answered.append(done)

        share, rest = divmod(requests, clients)
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one_client, [share + (1 if n < rest else 0) for n in range(clients)]))
        elapsed = time.perf_counter() - started
    return sum(answered), len(errors), elapsed


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
