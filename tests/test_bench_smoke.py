"""A quick run of every benchmark scenario: correctness only, never timing (see bench/)."""

from __future__ import annotations

import functools
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench import scenarios
from bench.server import BenchServer
from juniper_fulfillment_client.models import Order, ProductList


@pytest.fixture(scope="module")
def server() -> Iterator[BenchServer]:
    with BenchServer(pages=3) as bench_server:
        yield bench_server


def test_single_calls_parse_what_the_baseline_reads(server: BenchServer) -> None:
    with scenarios.juniper_client(server) as client, scenarios.raw_client(server) as http:
        order = scenarios.order_via_juniper(client)
        assert isinstance(order, Order)
        assert order.to_dict() | {
            "createdAt": None,
            "updatedAt": None,
        } == scenarios.order_via_httpx(http) | {"createdAt": None, "updatedAt": None}
        page = scenarios.products_via_juniper(client)
        assert isinstance(page, ProductList)
        assert len(page.products) == len(scenarios.products_via_httpx(http)["products"]) == 100


@pytest.mark.parametrize("speed", [False, True], ids=["json", "orjson"])
def test_the_page_is_the_same_whichever_decoder(server: BenchServer, speed: bool) -> None:
    if speed:
        pytest.importorskip("orjson")  # the `speed` extra
    with scenarios.juniper_client(server) as client, scenarios.raw_client(server) as http:
        with scenarios.decoding(orjson=speed):
            page = scenarios.products_via_juniper(client)
        assert page.to_dict() == scenarios.products_via_httpx(http)


def test_tracing_figures_trace_only_when_a_provider_is_set(server: BenchServer) -> None:
    pytest.importorskip("opentelemetry.sdk")
    provider, exporter = scenarios.span_recorder()
    with scenarios.juniper_client(server) as client:
        with scenarios.tracer_provider(provider):
            scenarios.order_via_juniper(client)
        spans = exporter.get_finished_spans()
        # The first call also obtained the token, in a span of its own.
        assert [span.name for span in spans][-2:] == ["getOrderById attempt", "getOrderById"]
        exporter.clear()
        with scenarios.tracer_provider(None):
            scenarios.order_via_juniper(client)
        with scenarios.opentelemetry_not_imported():
            scenarios.order_via_juniper(client)
        assert exporter.get_finished_spans() == ()
    provider.shutdown()


def test_ours_and_pydantic_parse_the_same_100_products() -> None:
    pytest.importorskip("datamodel_code_generator")  # requirements-bench.txt
    pytest.importorskip("email_validator")
    body = scenarios.products_body()
    with tempfile.TemporaryDirectory() as folder:
        product_list = scenarios.pydantic_product_list(Path(folder))
        theirs = scenarios.parse_pydantic(product_list, body)
    for speed in (False, True):
        with scenarios.decoding(orjson=speed):
            ours = scenarios.parse_ours(body)
        assert [product.id for product in ours.products] == [
            product.id for product in theirs.products
        ]
        assert len(ours.products) == 100
    assert ours.to_dict() == json.loads(body)


def test_concurrent_runs_use_exactly_one_token(server: BenchServer) -> None:
    assert scenarios.async_gets_juniper(server, requests=64, tasks=16) == 1
    assert scenarios.async_gets_juniper_loops(server, requests=64, tasks=16, loops=4) == 1
    assert scenarios.threaded_gets_juniper(server, requests=64, threads=8) == 1
    scenarios.async_gets_httpx(server, requests=16, tasks=4)
    scenarios.threaded_gets_httpx(server, requests=16, threads=4)


def test_verify_project_and_baseline_agree() -> None:
    now = time.time()
    payload, header = scenarios.webhook_delivery(timestamp=int(now))
    assert len(payload) == 1024
    scenarios.verify_project(payload, header, now)
    timestamp, v1 = header[2:].split(",v1=")
    assert scenarios.verify_baseline(
        scenarios.WEBHOOK_SECRET.encode(), f"{timestamp}.".encode() + payload, v1
    )


@pytest.mark.parametrize("typed_page", [False, True])
def test_paginate_memory_sees_every_item(server: BenchServer, typed_page: bool) -> None:
    items, growth, elapsed = scenarios.paginate_memory(server, pages=3, typed_page=typed_page)
    assert items == 300
    assert growth > 0
    assert elapsed > 0


def test_the_resource_and_the_module_function_return_the_same_order(server: BenchServer) -> None:
    with scenarios.juniper_client(server) as client:
        assert scenarios.order_via_resource(client) == scenarios.order_via_juniper(client)


def test_import_times_are_measured() -> None:
    project, baseline = scenarios.import_times(runs=1)
    assert project > 0
    assert baseline > 0


def test_interleaved_ratio_sees_through_a_stall() -> None:
    """The single-call figures' method (bench/interleaved.py): a stall of the machine slows both
    sides of the windows it touches, so the ratio stays the true one. Checked with a clock that
    only the calls move: the project costs 110 ns, the baseline 100 ns, and a stretch of 300
    calls in the middle costs 20 times as much."""
    from bench.interleaved import WARMUP_ROUNDS, Side, interleaved

    now = [0]
    calls: list[str] = []

    def call(name: str, cost: int) -> Callable[[], None]:
        def timed() -> None:
            stalled = 1000 <= len(calls) < 1300
            calls.append(name)
            now[0] += cost * (20 if stalled else 1)

        return timed

    sides = {"project": Side(call("project", 110)), "baseline": Side(call("baseline", 100))}
    result = interleaved(sides, reference="baseline", rounds=2000, window=25, clock=lambda: now[0])
    assert result.ratios == {"project": 1.1, "baseline": 1.0}
    assert result.medians == {"project": 110e-9, "baseline": 100e-9}
    assert result.windows == 80
    assert len(calls) == 2 * (2000 + WARMUP_ROUNDS)


def test_interleaved_turns_give_every_side_every_place() -> None:
    from bench.interleaved import WARMUP_ROUNDS, Side, interleaved

    order: list[str] = []
    sides = {name: Side(functools.partial(order.append, name)) for name in "abc"}
    # Whole cycles of turns (6 rounds for 3 sides), warm-up included.
    interleaved(sides, reference="a", rounds=600 - WARMUP_ROUNDS, window=25)
    rounds = [order[index : index + 3] for index in range(0, len(order), 3)]
    assert all(sorted(turn) == ["a", "b", "c"] for turn in rounds)
    for place in range(3):
        firsts = [turn[place] for turn in rounds]
        assert {name: firsts.count(name) for name in "abc"} == {
            "a": len(rounds) // 3,
            "b": len(rounds) // 3,
            "c": len(rounds) // 3,
        }
    # Each side follows each other side as often as it precedes it.
    pairs = [(turn[i], turn[i + 1]) for turn in rounds for i in range(2)]
    assert pairs.count(("a", "b")) == pairs.count(("b", "a"))
    assert pairs.count(("a", "c")) == pairs.count(("c", "a"))
