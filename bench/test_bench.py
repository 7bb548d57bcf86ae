"""Timing benchmarks (pytest-benchmark). Run through ``make bench`` (bench/run.py).

Each figure compares ``project`` with ``baseline``. On a shared machine the load drifts and
stalls for seconds, so the two sides are never timed one after the other once. Single calls take
turns call by call (bench/interleaved.py; ``figure`` below); the figures of many requests at once
run in ``BLOCKS`` blocks in ABBA order (project first, then baseline first, ...), and run.py
compares the medians across blocks. Not part of ``make test`` (tests/test_bench_smoke.py runs the
same code briefly).
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from bench import scenarios
from bench.interleaved import Side, interleaved
from bench.server import BenchServer
from juniper_fulfillment import JuniperClient
from juniper_fulfillment.testing import FakeJuniper

REQUESTS = 1000
BLOCKS = 6
# Single calls are timed interleaved (bench/interleaved.py): this many rounds of every side.
ROUNDS = 2000


def abba(blocks: int = BLOCKS) -> list[tuple[int, str]]:
    """(block, side) pairs: project then baseline, then baseline then project, and so on."""
    sides = ("project", "baseline")
    order: list[tuple[int, str]] = []
    for block in range(blocks):
        order += [(block, side) for side in (sides if block % 2 == 0 else sides[::-1])]
    return order


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


def figure(
    benchmark: Any, group: str, sides: dict[str, Side], *, rounds: int, reference: str = "baseline"
) -> None:
    """Single calls of each side timed in turn (see bench/interleaved.py); run.py reads the
    medians and ratios from ``extra_info``."""
    benchmark.group = group
    benchmark.extra_info["side"] = "interleaved"
    result = benchmark.pedantic(
        interleaved,
        args=(sides,),
        kwargs={"reference": reference, "rounds": rounds},
        rounds=1,
        iterations=1,
        warmup_rounds=0,
    )
    benchmark.extra_info["interleaved"] = result.as_dict()


def test_get_order_by_id(benchmark: Any, client: JuniperClient, http: Any) -> None:
    sides = {
        "project": Side(lambda: scenarios.order_via_juniper(client)),
        "baseline": Side(lambda: scenarios.order_via_httpx(http)),
    }
    figure(benchmark, "get_order_by_id", sides, rounds=ROUNDS)


# The resource method against the module function it calls: the surface's own cost, within 3 %.
def test_resource_vs_module(benchmark: Any, client: JuniperClient) -> None:
    sides = {
        "project": Side(lambda: scenarios.order_via_resource(client)),
        "baseline": Side(lambda: scenarios.order_via_juniper(client)),
    }
    figure(benchmark, "resource_vs_module", sides, rounds=ROUNDS)


# A client with a deadline it never reaches against the same client without one: the
# deadline's own cost per call (a clock read per attempt, the timeouts capped), within 2 %.
def test_deadline_unused(benchmark: Any, client: JuniperClient) -> None:
    with_deadline = client.with_options(deadline=60)
    sides = {
        "project": Side(lambda: scenarios.order_via_juniper(with_deadline)),
        "baseline": Side(lambda: scenarios.order_via_juniper(client)),
    }
    figure(benchmark, "deadline_unused", sides, rounds=ROUNDS)


# The same client with hooks on every event (each counting) against it without: within 5 %.
def test_hooks(benchmark: Any, client: JuniperClient) -> None:
    hooked = client.with_options(hooks=scenarios.counting_hooks())
    sides = {
        "project": Side(lambda: scenarios.order_via_juniper(hooked)),
        "baseline": Side(lambda: scenarios.order_via_juniper(client)),
    }
    figure(benchmark, "hooks", sides, rounds=ROUNDS)


# A page of 100 products, decoded as by default (json.loads, like the baseline), then with orjson
# (the `speed` extra); the baseline is raw httpx and json.loads either way.
@pytest.mark.parametrize("speed", [False, True], ids=["json", "orjson"])
def test_list_products(benchmark: Any, speed: bool, client: JuniperClient, http: Any) -> None:
    sides = {
        "project": Side(
            lambda: scenarios.products_via_juniper(client),
            around=lambda: scenarios.decoding(orjson=speed),
        ),
        "baseline": Side(lambda: scenarios.products_via_httpx(http)),
    }
    group = "list_products_orjson" if speed else "list_products"
    figure(benchmark, group, sides, rounds=ROUNDS // 2)


# Tracing on (an SDK provider, each span exported as it ends: the whole cost lands in the call)
# against the same client in an application that never imports OpenTelemetry; and OpenTelemetry
# imported with no provider configured (the API's no-op default) against the same.
@pytest.fixture(scope="module")
def span_recorder() -> Iterator[tuple[Any, Any]]:
    provider, exporter = scenarios.span_recorder()
    yield provider, exporter
    provider.shutdown()


def against_no_opentelemetry(client: JuniperClient, provider: Any | None) -> dict[str, Side]:
    """The same call with ``provider`` as OpenTelemetry's (None: none configured) against it in
    an application that never imports OpenTelemetry."""
    return {
        "project": Side(
            lambda: scenarios.order_via_juniper(client),
            around=lambda: scenarios.tracer_provider(provider),
        ),
        "baseline": Side(
            lambda: scenarios.order_via_juniper(client), around=scenarios.opentelemetry_not_imported
        ),
    }


def test_tracing(benchmark: Any, client: JuniperClient, span_recorder: tuple[Any, Any]) -> None:
    provider, exporter = span_recorder
    exporter.clear()
    figure(benchmark, "tracing", against_no_opentelemetry(client, provider), rounds=ROUNDS)
    spans = exporter.get_finished_spans()
    exporter.clear()
    # Every traced call made its span and its one attempt's, nothing else; the others none.
    names = [span.name for span in spans]
    assert names.count("getOrderById") == names.count("getOrderById attempt") >= ROUNDS
    assert len(names) == 2 * names.count("getOrderById")


# The peer: the same call traced by opentelemetry-instrumentation-httpx on raw httpx, with the
# same SDK provider. Tracing must cost this client no more than it costs raw httpx.
def test_tracing_vs_httpx_instrumentation(
    benchmark: Any, client: JuniperClient, server: BenchServer, span_recorder: tuple[Any, Any]
) -> None:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    provider, exporter = span_recorder
    exporter.clear()
    with scenarios.tracer_provider(provider), scenarios.raw_client(server) as raw:
        HTTPXClientInstrumentor().instrument_client(raw)
        scenarios.order_via_httpx(raw)  # connection open, as the project's
        sides = {
            "project": Side(lambda: scenarios.order_via_juniper(client)),
            "baseline": Side(lambda: scenarios.order_via_httpx(raw)),
        }
        figure(benchmark, "tracing_vs_httpx_instrumentation", sides, rounds=ROUNDS)
        HTTPXClientInstrumentor().uninstrument_client(raw)
    names = [span.name for span in exporter.get_finished_spans()]
    exporter.clear()
    # Both sides really traced every call: ours two spans each, the instrumentation's one.
    assert names.count("getOrderById") >= ROUNDS
    assert len(names) >= 3 * ROUNDS


def test_tracing_no_provider(benchmark: Any, client: JuniperClient) -> None:
    sides = against_no_opentelemetry(client, None)
    figure(benchmark, "tracing_no_provider", sides, rounds=ROUNDS)


# Parsing only, no HTTP: the server's 100-product page through our ProductList (decoded by
# json.loads, then by orjson), through the pydantic v2 models datamodel-code-generator makes from
# the same spec, and the decoding alone. All five in turn, ratios against pydantic.
@pytest.fixture(scope="module")
def pydantic_product_list() -> Iterator[Any]:
    with tempfile.TemporaryDirectory() as folder:
        yield scenarios.pydantic_product_list(Path(folder))


def test_parse_products(benchmark: Any, pydantic_product_list: Any) -> None:
    body = scenarios.products_body()
    sides = {
        "ours": Side(
            lambda: scenarios.parse_ours(body), around=lambda: scenarios.decoding(orjson=False)
        ),
        "ours_orjson": Side(
            lambda: scenarios.parse_ours(body), around=lambda: scenarios.decoding(orjson=True)
        ),
        "pydantic": Side(lambda: scenarios.parse_pydantic(pydantic_product_list, body)),
        "json_loads": Side(lambda: json.loads(body)),
        "orjson_loads": Side(lambda: orjson.loads(body)),
    }
    # Nothing is timed that did not parse the whole page.
    for name, side in sides.items():
        with side.around():
            page: Any = side.call()
        count = len(page["products"]) if isinstance(page, dict) else len(page.products)
        assert count == 100, name
    figure(benchmark, "parse_products", sides, rounds=ROUNDS // 2, reference="pydantic")


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


# 16 threads on 2 cores: the GIL's hand-offs make single runs vary by a fifth either way, so
# more blocks than the asyncio figures.
@pytest.mark.parametrize("pair", abba(10), ids=ids)
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


def test_fake_create_then_get(
    benchmark: Any, fake_client: JuniperClient, mock_client: JuniperClient
) -> None:
    sides = {
        "project": Side(lambda: scenarios.create_then_get(fake_client)),
        "baseline": Side(lambda: scenarios.create_then_get(mock_client)),
    }
    figure(benchmark, "fake_create_then_get", sides, rounds=ROUNDS)


@pytest.fixture(scope="module")
def served_fake() -> Iterator[tuple[JuniperClient, Any]]:
    with scenarios.served_fake() as pair:
        yield pair


# The control plane must not slow the API: the same create+get rounds over HTTP, the project side
# with a control-plane call just before each round (outside the timing), the baseline without.
def test_control_plane_between_rounds(
    benchmark: Any, served_fake: tuple[JuniperClient, Any]
) -> None:
    client, control = served_fake

    @contextlib.contextmanager
    def after_control_plane_call() -> Iterator[None]:
        scenarios.control_plane_call(control)
        yield

    sides = {
        "project": Side(lambda: scenarios.create_then_get(client), around=after_control_plane_call),
        "baseline": Side(lambda: scenarios.create_then_get(client)),
    }
    figure(benchmark, "control_plane_between_rounds", sides, rounds=ROUNDS // 2)


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
