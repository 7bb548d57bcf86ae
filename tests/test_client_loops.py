"""One client, any event loop and any number of them, over real sockets.

Async connections belong to the loop that opened them, so the client keeps one async pool per
loop; the token cache and its single flight serve every loop and thread. The scenarios are the
ones partners write: one ``asyncio.run()`` after another (scripts, Celery tasks), a loop per
thread, pytest-asyncio's loop per test with a module-scoped client, and ``JuniperClient``'s
generated ``asyncio()`` functions. Every wait is bounded: a hang fails the test, it does not
stall the suite.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import warnings
import weakref
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

from juniper_fulfillment import AsyncJuniperClient, JuniperClient
from juniper_fulfillment.testing import FakeJuniper, FakeServer
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id
from juniper_fulfillment_client.models import Order
from tests.fault_server import ORDER_ID, FaultServer, Reply
from tests.test_fake_contract import order_request

T = TypeVar("T")

TIMEOUT = 5.0  # the clients' timeout: no call may take longer
DEADLINE = 30.0  # for a whole group of threads; past it they count as hung
THREADS = 4
CALLS_PER_THREAD = 5


@pytest.fixture
def served() -> Iterator[tuple[FakeJuniper, FakeServer]]:
    with FakeJuniper() as fake, fake.serve() as server:
        yield fake, server


def settings(fake: FakeJuniper, server: FakeServer) -> dict[str, Any]:
    return {
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        "base_url": server.base_url,
        "token_url": server.token_url,
        "max_retries": 0,
        "timeout": TIMEOUT,
    }


def in_threads(target: Callable[[int], T], count: int = THREADS) -> list[T]:
    """``target(0)`` ... ``target(count - 1)``, each in its own thread, started together.

    Fails, rather than hangs, when a thread is still running after DEADLINE; re-raises the first
    error of a thread.
    """
    results: dict[int, T] = {}
    errors: dict[int, BaseException] = {}
    start = threading.Barrier(count)

    def run(index: int) -> None:
        try:
            start.wait(timeout=DEADLINE)
            results[index] = target(index)
        except BaseException as error:
            errors[index] = error

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + DEADLINE
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    hung = [n for n, thread in enumerate(threads) if thread.is_alive()]
    assert not hung, f"threads {hung} still waiting after {DEADLINE} s"
    for error in errors.values():
        raise error
    return [results[n] for n in range(count)]


async def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    await call()
    return time.perf_counter() - started


# --------------------------------------------------------------- one asyncio.run() after another
def test_one_async_client_through_four_asyncio_runs(
    served: tuple[FakeJuniper, FakeServer],
) -> None:
    fake, server = served
    client = AsyncJuniperClient(**settings(fake, server))
    created: list[Order] = []
    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    async def run(number: int) -> None:
        loops.append(weakref.ref(asyncio.get_running_loop()))
        if number == 1:
            created.append(await client.orders.create_order(body=order_request()))
        elif created:
            assert (await client.orders.get_order_by_id(created[0].id)).id == created[0].id
        else:
            assert await client.shipping.list_shipping_methods()

    for number in range(4):
        asyncio.run(run(number))  # any exception fails the test, the create in run 2 included
    client.close()

    assert [order["id"] for order in fake.orders] == [created[0].id]
    # Each loop's pool closed with its loop: nothing keeps a finished loop alive.
    gc.collect()
    assert [loop() for loop in loops] == [None] * 4


def test_a_loop_closed_without_asyncio_run_is_forgotten(
    served: tuple[FakeJuniper, FakeServer],
) -> None:
    """A loop closed by hand (no async generator shutdown) leaves connections the client drops.

    Closing them from another loop is what fails, so they are left to the garbage collector,
    which warns about each socket it closes.
    """
    fake, server = served
    client = AsyncJuniperClient(**settings(fake, server))
    loop = asyncio.new_event_loop()
    loop.run_until_complete(client.shipping.list_shipping_methods())
    loop.close()
    gone = weakref.ref(loop)
    del loop
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        assert asyncio.run(client.shipping.list_shipping_methods())
        gc.collect()
    assert gone() is None  # the closed loop's pool was dropped, and the loop with it
    client.close()


# ---------------------------------------------------------------------------- a loop per thread
@pytest.mark.parametrize("token", ["cold", "warm"])
def test_a_loop_per_thread_shares_one_async_client(
    served: tuple[FakeJuniper, FakeServer], token: str
) -> None:
    fake, server = served
    with AsyncJuniperClient(**settings(fake, server)) as client:
        if token == "warm":
            asyncio.run(client.shipping.list_shipping_methods())

        async def calls() -> list[float]:
            return [
                await timed(client.shipping.list_shipping_methods) for _ in range(CALLS_PER_THREAD)
            ]

        durations = in_threads(lambda _: asyncio.run(calls()))
    assert len(durations) == THREADS
    assert all(len(per_thread) == CALLS_PER_THREAD for per_thread in durations)
    assert max(max(per_thread) for per_thread in durations) < TIMEOUT


def test_loops_in_threads_wait_for_one_token_exchange() -> None:
    """A slow token endpoint: every loop finds the cache empty and waits for the one exchange."""
    with FaultServer() as server:
        server.script_token(Reply(delay=0.5))
        client = AsyncJuniperClient(
            client_id=server.client_id,
            client_secret=server.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            max_retries=0,
            timeout=TIMEOUT,
        )

        async def calls() -> list[float]:
            return [
                await timed(lambda: client.orders.get_order_by_id(ORDER_ID))
                for _ in range(CALLS_PER_THREAD)
            ]

        durations = in_threads(lambda _: asyncio.run(calls()))
        client.close()
    assert server.token_count == 1
    assert len(server.seen("GET")) == THREADS * CALLS_PER_THREAD
    assert max(max(per_thread) for per_thread in durations) < TIMEOUT


@pytest.mark.parametrize("waiter", ["async", "sync"])
def test_a_token_exchange_whose_loop_stopped_is_taken_over(waiter: str) -> None:
    """The loop running the token exchange stops before it ends; the others do not wait for it."""
    with FaultServer() as server:
        server.script_token(Reply(delay=2.0))
        client = JuniperClient(
            client_id=server.client_id,
            client_secret=server.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            max_retries=0,
            timeout=TIMEOUT,
        )
        owner_loop = asyncio.new_event_loop()
        stopped = threading.Event()

        def run_owner_loop() -> None:
            owner_loop.run_forever()
            stopped.set()

        owner_thread = threading.Thread(target=run_owner_loop, daemon=True)
        owner_thread.start()
        owner = asyncio.run_coroutine_threadsafe(
            get_order_by_id.asyncio(ORDER_ID, client=client), owner_loop
        )
        deadline = time.monotonic() + TIMEOUT
        while not server.token_requests and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.token_requests, "the owner never asked for a token"
        owner_loop.call_soon_threadsafe(owner_loop.stop)
        assert stopped.wait(TIMEOUT)

        def call(_: int) -> float:
            started = time.perf_counter()
            if waiter == "async":
                asyncio.run(get_order_by_id.asyncio(ORDER_ID, client=client))
            else:
                get_order_by_id.sync(ORDER_ID, client=client)
            return time.perf_counter() - started

        [took] = in_threads(call, 1)
        assert took < TIMEOUT
        # The stopped loop runs again: its own call ends too, and its loop shuts down cleanly.
        owner_call = asyncio.wrap_future(owner, loop=owner_loop)
        assert isinstance(owner_loop.run_until_complete(owner_call), Order)
        owner_loop.run_until_complete(owner_loop.shutdown_asyncgens())
        owner_loop.close()
        client.close()
    assert server.token_count == 2


# ------------------------------------------------------------------------ closing from any loop
@pytest.mark.parametrize("closing", ["aclose-in-another-loop", "close-in-another-thread"])
def test_closing_closes_the_pools_of_loops_still_open(
    served: tuple[FakeJuniper, FakeServer], closing: str
) -> None:
    fake, server = served
    client = AsyncJuniperClient(**settings(fake, server))
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(client.shipping.list_shipping_methods(), other).result(TIMEOUT)
    if closing.startswith("aclose"):
        asyncio.run(client.aclose())
    else:
        client.close()

    async def others_done() -> None:
        current = asyncio.current_task()
        await asyncio.gather(*(task for task in asyncio.all_tasks() if task is not current))
        await asyncio.sleep(0.05)  # a closed transport lets go of its socket a step later

    asyncio.run_coroutine_threadsafe(others_done(), other).result(TIMEOUT)
    other.call_soon_threadsafe(other.stop)
    thread.join(TIMEOUT)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        other.close()  # without the async generator shutdown: the client closed them already
        del other, client
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


# ------------------------------------------------- pytest-asyncio: a loop per test, one client
@pytest.fixture(scope="module")
def module_fake() -> Iterator[tuple[FakeJuniper, FakeServer]]:
    with FakeJuniper() as fake, fake.serve() as server:
        yield fake, server


@pytest.fixture(scope="module")
def module_client(module_fake: tuple[FakeJuniper, FakeServer]) -> Iterator[AsyncJuniperClient]:
    client = AsyncJuniperClient(**settings(*module_fake))
    yield client
    client.close()


TEST_LOOPS: list[asyncio.AbstractEventLoop] = []


@pytest.mark.asyncio(loop_scope="function")
@pytest.mark.parametrize("number", range(4))
async def test_a_module_scoped_client_in_function_scoped_loops(
    module_client: AsyncJuniperClient, module_fake: tuple[FakeJuniper, FakeServer], number: int
) -> None:
    loop = asyncio.get_running_loop()
    assert all(loop is not earlier for earlier in TEST_LOOPS)
    TEST_LOOPS.append(loop)
    fake, _ = module_fake
    if number == 1:
        order = await module_client.orders.create_order(body=order_request())
        assert [o["id"] for o in fake.orders] == [order.id]
    methods = await module_client.shipping.list_shipping_methods()
    assert methods


# ------------------------------------------- JuniperClient and the generated asyncio() functions
def test_juniper_client_asyncio_functions_from_several_loops(
    served: tuple[FakeJuniper, FakeServer],
) -> None:
    fake, server = served
    with JuniperClient(**settings(fake, server)) as client:
        order = asyncio.run(create_order.asyncio(client=client, body=order_request()))
        for _ in range(2):
            assert asyncio.run(get_order_by_id.asyncio(order.id, client=client)).id == order.id
            assert get_order_by_id.sync(order.id, client=client).id == order.id

        async def calls() -> list[float]:
            return [
                await timed(lambda: get_order_by_id.asyncio(order.id, client=client))
                for _ in range(CALLS_PER_THREAD)
            ]

        durations = in_threads(lambda _: asyncio.run(calls()))
    assert max(max(per_thread) for per_thread in durations) < TIMEOUT
    assert [o["id"] for o in fake.orders] == [order.id]
