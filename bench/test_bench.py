"""Timing benchmarks (pytest-benchmark). Run through ``make bench`` (bench/run.py).

Each figure compares ``project`` with ``baseline``. On a shared machine the load drifts within
seconds, so the two sides are not timed one after the other once: each figure runs in
``BLOCKS`` blocks in ABBA order (project first, then baseline first, ...), and run.py compares the
medians across blocks. Not part of ``make test`` (tests/test_bench_smoke.py runs the same code
briefly).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from bench import scenarios
from bench.server import BenchServer
from juniper_fulfillment import JuniperClient
from juniper_fulfillment.testing import FakeJuniper

REQUESTS = 1000
BLOCKS = 6


def rotation(blocks: int, sides: tuple[str, ...]) -> list[tuple[int, str]]:
    """(block, side) pairs: the sides in order, then in reverse order, and so on."""
    order: list[tuple[int, str]] = []
    for block in range(blocks):
        order += [(block, side) for side in (sides if block % 2 == 0 else sides[::-1])]
    return order


def abba(blocks: int = BLOCKS) -> list[tuple[int, str]]:
    """(block, side) pairs: project then baseline, then baseline then project, and so on."""
    return rotation(blocks, ("project", "baseline"))


def ids(pair: tuple[int, str]) -> str:
    return f"{pair[1]}-{pair[0]}"


@pytest.fixture(scope="module")
def server() -> Iterator[BenchServer]:
    with BenchServer(pages=2) as bench_server:
        yield bench_server


@pytest.fixture(scope="module")
def client(server: BenchServer) -> Iterator[JuniperClient]:
    with scenarios.juniper_client(server) as juniper:
        scenarios.order_via_juniper(juniper)  # token cached, connection open
        yield juniper


@pytest.fixture(scope="module")
def http(server: BenchServer) -> Iterator[Any]:
    with scenarios.raw_client(server) as raw:
        scenarios.order_via_httpx(raw)
        yield raw


def run(
    benchmark: Any,
    group: str,
    side: str,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    rounds: int,
    iterations: int,
) -> None:
    benchmark.group = group
    benchmark.extra_info["side"] = side
    benchmark.pedantic(function, args, rounds=rounds, iterations=iterations, warmup_rounds=1)


@pytest.mark.parametrize("pair", abba(), ids=ids)
def test_get_order_by_id(
    benchmark: Any, pair: tuple[int, str], client: JuniperClient, http: Any
) -> None:
    if pair[1] == "project":
        run(benchmark, "get_order_by_id", "project", scenarios.order_via_juniper, (client,), 8, 40)
    else:
        run(benchmark, "get_order_by_id", "baseline", scenarios.order_via_httpx, (http,), 8, 40)


# The resource method against the module function it calls: the surface's own cost, which must
# stay within 3 %, so more blocks than elsewhere to see through the machine's noise.
@pytest.mark.parametrize("pair", abba(10), ids=ids)
def test_resource_vs_module(
    benchmark: Any, pair: tuple[int, str], client: JuniperClient, http: Any
) -> None:
    if pair[1] == "project":
        run(
            benchmark,
            "resource_vs_module",
            "project",
            scenarios.order_via_resource,
            (client,),
            8,
            40,
        )
    else:
        run(
            benchmark,
            "resource_vs_module",
            "baseline",
            scenarios.order_via_juniper,
            (client,),
            8,
            40,
        )


# A client with a deadline it never reaches against the same client without one: the
# deadline's own cost per call (a clock read per attempt, the timeouts capped), within 2 %.
@pytest.mark.parametrize("pair", abba(10), ids=ids)
def test_deadline_unused(benchmark: Any, pair: tuple[int, str], client: JuniperClient) -> None:
    if pair[1] == "project":
        with_deadline = client.with_options(deadline=60)
        run(
            benchmark,
            "deadline_unused",
            "project",
            scenarios.order_via_juniper,
            (with_deadline,),
            8,
            40,
        )
    else:
        run(benchmark, "deadline_unused", "baseline", scenarios.order_via_juniper, (client,), 8, 40)


# The same client with hooks on every event (each counting) against it without: within 5 %.
@pytest.mark.parametrize("pair", abba(10), ids=ids)
def test_hooks(benchmark: Any, pair: tuple[int, str], client: JuniperClient) -> None:
    if pair[1] == "project":
        hooked = client.with_options(hooks=scenarios.counting_hooks())
        run(benchmark, "hooks", "project", scenarios.order_via_juniper, (hooked,), 8, 40)
    else:
        run(benchmark, "hooks", "baseline", scenarios.order_via_juniper, (client,), 8, 40)


# A page of 100 products, decoded as by default (json.loads, like the baseline), then with orjson
# (the `speed` extra); the baseline is raw httpx and json.loads either way.
@pytest.mark.parametrize("pair", abba(10), ids=ids)
@pytest.mark.parametrize("speed", [False, True], ids=["json", "orjson"])
def test_list_products(
    benchmark: Any, pair: tuple[int, str], speed: bool, client: JuniperClient, http: Any
) -> None:
    group = "list_products_orjson" if speed else "list_products"
    if pair[1] == "project":
        with scenarios.decoding(orjson=speed):
            run(benchmark, group, "project", scenarios.products_via_juniper, (client,), 10, 10)
    else:
        run(benchmark, group, "baseline", scenarios.products_via_httpx, (http,), 10, 10)


# Tracing on (an SDK provider, each span exported as it ends: the whole cost lands in the call)
# against the same client in an application that never imports OpenTelemetry; and OpenTelemetry
# imported with no provider configured (the API's no-op default) against the same.
@pytest.fixture(scope="module")
def span_recorder() -> Iterator[tuple[Any, Any]]:
    provider, exporter = scenarios.span_recorder()
    yield provider, exporter
    provider.shutdown()


@pytest.mark.parametrize("pair", abba(10), ids=ids)
def test_tracing(
    benchmark: Any, pair: tuple[int, str], client: JuniperClient, span_recorder: tuple[Any, Any]
) -> None:
    provider, exporter = span_recorder
    if pair[1] == "project":
        exporter.clear()
        with scenarios.tracer_provider(provider):
            run(benchmark, "tracing", "project", scenarios.order_via_juniper, (client,), 8, 40)
        spans = exporter.get_finished_spans()
        exporter.clear()
        # Every call was traced: its span and its one attempt's, nothing else.
        names = [span.name for span in spans]
        assert names.count("getOrderById") == names.count("getOrderById attempt") >= 8 * 40
        assert len(names) == 2 * names.count("getOrderById")
    else:
        with scenarios.opentelemetry_not_imported():
            run(benchmark, "tracing", "baseline", scenarios.order_via_juniper, (client,), 8, 40)


# The peer: the same call traced by opentelemetry-instrumentation-httpx on raw httpx, with the
# same SDK provider. Tracing must cost this client no more than it costs raw httpx.
@pytest.mark.parametrize("pair", abba(10), ids=ids)
def test_tracing_vs_httpx_instrumentation(
    benchmark: Any,
    pair: tuple[int, str],
    client: JuniperClient,
    server: BenchServer,
    span_recorder: tuple[Any, Any],
) -> None:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    provider, exporter = span_recorder
    group = "tracing_vs_httpx_instrumentation"
    exporter.clear()
    with scenarios.tracer_provider(provider):
        if pair[1] == "project":
            run(benchmark, group, "project", scenarios.order_via_juniper, (client,), 8, 40)
        else:
            with scenarios.raw_client(server) as raw:
                HTTPXClientInstrumentor().instrument_client(raw)
                scenarios.order_via_httpx(raw)  # connection open, as the project's
                run(benchmark, group, "baseline", scenarios.order_via_httpx, (raw,), 8, 40)
                HTTPXClientInstrumentor().uninstrument_client(raw)
    names = [span.name for span in exporter.get_finished_spans()]
    exporter.clear()
    # Both sides really traced every call: ours two spans each, the instrumentation's one.
    assert len(names) >= (2 if pair[1] == "project" else 1) * 8 * 40


@pytest.mark.parametrize("pair", abba(10), ids=ids)
def test_tracing_no_provider(benchmark: Any, pair: tuple[int, str], client: JuniperClient) -> None:
    if pair[1] == "project":
        with scenarios.tracer_provider(None):
            run(
                benchmark,
                "tracing_no_provider",
                "project",
                scenarios.order_via_juniper,
                (client,),
                8,
                40,
            )
    else:
        with scenarios.opentelemetry_not_imported():
            run(
                benchmark,
                "tracing_no_provider",
                "baseline",
                scenarios.order_via_juniper,
                (client,),
                8,
                40,
            )


# Parsing only, no HTTP: the server's 100-product page through our ProductList (decoded by
# json.loads, then by orjson), through the pydantic v2 models datamodel-code-generator makes from
# the same spec, and the decoding alone. All five in each block, in turn.
PARSERS = ("ours", "ours_orjson", "pydantic", "json_loads", "orjson_loads")


@pytest.fixture(scope="module")
def pydantic_product_list() -> Iterator[Any]:
    with tempfile.TemporaryDirectory() as folder:
        yield scenarios.pydantic_product_list(Path(folder))


@pytest.mark.parametrize("pair", rotation(10, PARSERS), ids=ids)
def test_parse_products(benchmark: Any, pair: tuple[int, str], pydantic_product_list: Any) -> None:
    body = scenarios.products_body()
    side = pair[1]
    parsers: dict[str, tuple[Callable[..., Any], tuple[Any, ...], Callable[[Any], int]]] = {
        "ours": (scenarios.parse_ours, (body,), lambda page: len(page.products)),
        "ours_orjson": (scenarios.parse_ours, (body,), lambda page: len(page.products)),
        "pydantic": (
            scenarios.parse_pydantic,
            (pydantic_product_list, body),
            lambda page: len(page.products),
        ),
        "json_loads": (json.loads, (body,), lambda data: len(data["products"])),
        "orjson_loads": (orjson.loads, (body,), lambda data: len(data["products"])),
    }
    function, args, products = parsers[side]
    with scenarios.decoding(orjson=side == "ours_orjson"):
        # Nothing is timed that did not parse the whole page.
        assert products(function(*args)) == 100
        run(benchmark, "parse_products", side, function, args, 10, 20)


@pytest.mark.parametrize("pair", abba(4), ids=ids)
def test_async_64_tasks(benchmark: Any, pair: tuple[int, str], server: BenchServer) -> None:
    if pair[1] == "project":
        tokens: list[int] = []
        run(
            benchmark,
            "async_64_tasks",
            "project",
            lambda: tokens.append(scenarios.async_gets_juniper(server, REQUESTS, 64)),
            (),
            2,
            1,
        )
        assert set(tokens) == {1}  # exactly one token request per 1,000 GETs
    else:
        run(
            benchmark,
            "async_64_tasks",
            "baseline",
            scenarios.async_gets_httpx,
            (server, REQUESTS, 64),
            2,
            1,
        )


# The same 1,000 GETs and 64 tasks, 16 in each of 4 event loops run one after another, against
# the one-loop figure: what a pool per loop costs (new connections per loop; one token).
@pytest.mark.parametrize("pair", abba(4), ids=ids)
def test_async_64_tasks_4_loops(benchmark: Any, pair: tuple[int, str], server: BenchServer) -> None:
    tokens: list[int] = []
    if pair[1] == "project":
        run(
            benchmark,
            "async_64_tasks_4_loops",
            "project",
            lambda: tokens.append(scenarios.async_gets_juniper_loops(server, REQUESTS, 64, 4)),
            (),
            2,
            1,
        )
    else:
        run(
            benchmark,
            "async_64_tasks_4_loops",
            "baseline",
            lambda: tokens.append(scenarios.async_gets_juniper(server, REQUESTS, 64)),
            (),
            2,
            1,
        )
    assert set(tokens) == {1}


@pytest.mark.parametrize("pair", abba(4), ids=ids)
def test_threads_16(benchmark: Any, pair: tuple[int, str], server: BenchServer) -> None:
    if pair[1] == "project":
        tokens: list[int] = []
        run(
            benchmark,
            "threads_16",
            "project",
            lambda: tokens.append(scenarios.threaded_gets_juniper(server, REQUESTS, 16)),
            (),
            2,
            1,
        )
        assert set(tokens) == {1}
    else:
        run(
            benchmark,
            "threads_16",
            "baseline",
            scenarios.threaded_gets_httpx,
            (server, REQUESTS, 16),
            2,
            1,
        )


@pytest.fixture(scope="module")
def fake_client() -> Iterator[JuniperClient]:
    with FakeJuniper() as fake, fake.client() as juniper:
        scenarios.create_then_get(juniper)  # token cached, spec validators built
        yield juniper


@pytest.fixture(scope="module")
def mock_client() -> Iterator[JuniperClient]:
    with scenarios.mock_transport_client() as juniper:
        scenarios.create_then_get(juniper)
        yield juniper


@pytest.mark.parametrize("pair", abba(), ids=ids)
def test_fake_create_then_get(
    benchmark: Any, pair: tuple[int, str], fake_client: JuniperClient, mock_client: JuniperClient
) -> None:
    side = pair[1]
    client = fake_client if side == "project" else mock_client
    run(benchmark, "fake_create_then_get", side, scenarios.create_then_get, (client,), 8, 40)


@pytest.fixture(scope="module")
def served_fake() -> Iterator[tuple[JuniperClient, Any]]:
    with scenarios.served_fake() as pair:
        yield pair


# The control plane must not slow the API: the same create+get rounds over HTTP, the project side
# with a control-plane call before each round (outside the timing), the baseline without. A
# 5 % target on a shared machine needs more blocks than elsewhere.
@pytest.mark.parametrize("pair", abba(16), ids=ids)
def test_control_plane_between_rounds(
    benchmark: Any, pair: tuple[int, str], served_fake: tuple[JuniperClient, Any]
) -> None:
    client, control = served_fake
    side = pair[1]

    def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
        if side == "project":
            scenarios.control_plane_call(control)
        return (client,), {}

    benchmark.group = "control_plane_between_rounds"
    benchmark.extra_info["side"] = side
    benchmark.pedantic(
        scenarios.create_then_get, setup=setup, rounds=100, iterations=1, warmup_rounds=1
    )


@pytest.mark.parametrize("pair", abba(), ids=ids)
def test_verify_signature_1kb(benchmark: Any, pair: tuple[int, str]) -> None:
    now = time.time()
    payload, header = scenarios.webhook_delivery(timestamp=int(now))
    if pair[1] == "project":
        run(
            benchmark,
            "verify_signature_1kb",
            "project",
            scenarios.verify_project,
            (payload, header, now),
            10,
            2000,
        )
    else:
        timestamp, v1 = header[2:].split(",v1=")
        signed = f"{timestamp}.".encode() + payload
        key = scenarios.WEBHOOK_SECRET.encode()
        assert scenarios.verify_baseline(key, signed, v1)
        run(
            benchmark,
            "verify_signature_1kb",
            "baseline",
            scenarios.verify_baseline,
            (key, signed, v1),
            10,
            2000,
        )
