"""Timing benchmarks (pytest-benchmark). Run through ``make bench`` (bench/run.py).

Each figure is a pair in one group: ``project`` and ``baseline``; run.py reports the ratio of
their medians. Not part of ``make test`` (tests/test_bench_smoke.py runs the same code briefly).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from bench import scenarios
from bench.server import BenchServer
from juniper_fulfillment import JuniperClient

REQUESTS = 1000


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


@pytest.mark.benchmark(group="get_order_by_id")
def test_get_order_project(benchmark: Any, client: JuniperClient) -> None:
    benchmark.pedantic(
        scenarios.order_via_juniper, (client,), rounds=30, iterations=50, warmup_rounds=2
    )


@pytest.mark.benchmark(group="get_order_by_id")
def test_get_order_baseline(benchmark: Any, http: Any) -> None:
    benchmark.pedantic(
        scenarios.order_via_httpx, (http,), rounds=30, iterations=50, warmup_rounds=2
    )


@pytest.mark.benchmark(group="list_products")
def test_list_products_project(benchmark: Any, client: JuniperClient) -> None:
    benchmark.pedantic(
        scenarios.products_via_juniper, (client,), rounds=20, iterations=10, warmup_rounds=1
    )


@pytest.mark.benchmark(group="list_products")
def test_list_products_baseline(benchmark: Any, http: Any) -> None:
    benchmark.pedantic(
        scenarios.products_via_httpx, (http,), rounds=20, iterations=10, warmup_rounds=1
    )


@pytest.mark.benchmark(group="async_64_tasks")
def test_async_project(benchmark: Any, server: BenchServer) -> None:
    tokens: list[int] = []
    benchmark.pedantic(
        lambda: tokens.append(scenarios.async_gets_juniper(server, REQUESTS, 64)),
        rounds=7,
        iterations=1,
        warmup_rounds=1,
    )
    assert set(tokens) == {1}
    benchmark.extra_info["tokens_per_run"] = 1


@pytest.mark.benchmark(group="async_64_tasks")
def test_async_baseline(benchmark: Any, server: BenchServer) -> None:
    benchmark.pedantic(
        scenarios.async_gets_httpx, (server, REQUESTS, 64), rounds=7, iterations=1, warmup_rounds=1
    )


@pytest.mark.benchmark(group="threads_16")
def test_threads_project(benchmark: Any, server: BenchServer) -> None:
    tokens: list[int] = []
    benchmark.pedantic(
        lambda: tokens.append(scenarios.threaded_gets_juniper(server, REQUESTS, 16)),
        rounds=7,
        iterations=1,
        warmup_rounds=1,
    )
    assert set(tokens) == {1}
    benchmark.extra_info["tokens_per_run"] = 1


@pytest.mark.benchmark(group="threads_16")
def test_threads_baseline(benchmark: Any, server: BenchServer) -> None:
    benchmark.pedantic(
        scenarios.threaded_gets_httpx,
        (server, REQUESTS, 16),
        rounds=7,
        iterations=1,
        warmup_rounds=1,
    )


@pytest.mark.benchmark(group="verify_signature_1kb")
def test_verify_project(benchmark: Any) -> None:
    now = time.time()
    payload, header = scenarios.webhook_delivery(timestamp=int(now))
    benchmark.pedantic(
        scenarios.verify_project,
        (payload, header, now),
        rounds=50,
        iterations=2000,
        warmup_rounds=2,
    )


@pytest.mark.benchmark(group="verify_signature_1kb")
def test_verify_baseline(benchmark: Any) -> None:
    payload, header = scenarios.webhook_delivery()
    timestamp, v1 = header[2:].split(",v1=")
    signed = f"{timestamp}.".encode() + payload
    key = scenarios.WEBHOOK_SECRET.encode()
    assert scenarios.verify_baseline(key, signed, v1)
    benchmark.pedantic(
        scenarios.verify_baseline, (key, signed, v1), rounds=50, iterations=2000, warmup_rounds=2
    )
