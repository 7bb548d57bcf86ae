"""Timing benchmarks (pytest-benchmark). Run through ``make bench`` (bench/run.py).

Each figure compares ``project`` with ``baseline``. On a shared machine the load drifts within
seconds, so the two sides are not timed one after the other once: each figure runs in
``BLOCKS`` blocks in ABBA order (project first, then baseline first, ...), and run.py compares the
medians across blocks. Not part of ``make test`` (tests/test_bench_smoke.py runs the same code
briefly).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bench import scenarios
from bench.server import BenchServer
from juniper_fulfillment import JuniperClient
from juniper_fulfillment.testing import FakeJuniper

REQUESTS = 1000
BLOCKS = 6


def abba(blocks: int = BLOCKS) -> list[tuple[int, str]]:
    """(block, side) pairs: project then baseline, then baseline then project, and so on."""
    order: list[tuple[int, str]] = []
    for block in range(blocks):
        sides = ["project", "baseline"] if block % 2 == 0 else ["baseline", "project"]
        order += [(block, side) for side in sides]
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


@pytest.mark.parametrize("pair", abba(), ids=ids)
def test_list_products(
    benchmark: Any, pair: tuple[int, str], client: JuniperClient, http: Any
) -> None:
    if pair[1] == "project":
        run(benchmark, "list_products", "project", scenarios.products_via_juniper, (client,), 6, 5)
    else:
        run(benchmark, "list_products", "baseline", scenarios.products_via_httpx, (http,), 6, 5)


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
