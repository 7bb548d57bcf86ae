"""``deadline=`` while waiting for a token exchange another call started.

One exchange at a time runs per client; a call that finds one under way waits for it. Its own
deadline bounds that wait: past it the call raises ``APITimeoutError`` before sending anything,
and the exchange goes on for the call that started it and for every other caller. Real sockets
and real time (a token endpoint answering after 2 s); every wait is bounded.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from juniper_fulfillment import APITimeoutError, AsyncJuniperClient, JuniperClient
from juniper_fulfillment_client.api.orders import get_order_by_id
from juniper_fulfillment_client.models import Order
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for

SLOW_TOKEN = 2.0  # how long the token endpoint takes to answer the first exchange
WAITER_DEADLINE = 0.4
BOUND = 10.0  # past this, a thread or task counts as hung: the test fails rather than stalls


def async_client_for(server: FaultServer, **options: Any) -> AsyncJuniperClient:
    settings: dict[str, Any] = {
        "client_id": server.client_id,
        "client_secret": server.client_secret,
        "base_url": server.base_url,
        "token_url": server.token_url,
        "timeout": 30,
        **options,
    }
    return AsyncJuniperClient(**settings)


def wait_for_token_request(server: FaultServer) -> None:
    """Return once the token endpoint has received a request: that caller owns the exchange."""
    bound = time.monotonic() + BOUND
    while not server.token_requests and time.monotonic() < bound:
        time.sleep(0.01)
    assert server.token_requests, "no caller asked for a token"


async def await_token_request(server: FaultServer) -> None:
    # Polled in a thread: the loop meanwhile runs the task that sends the token request.
    await asyncio.to_thread(wait_for_token_request, server)


class InThread:
    """``target()`` in a daemon thread; :meth:`result` joins it, bounded, and re-raises."""

    def __init__(self, target: Callable[[], Any]) -> None:
        self._target = target
        self._outcome: list[Any] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._outcome.append(self._target())
        except BaseException as error:
            self._outcome.append(error)

    def result(self) -> Any:
        self._thread.join(BOUND)
        assert not self._thread.is_alive(), f"the thread still runs after {BOUND} s"
        [outcome] = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def assert_gave_up_waiting(error: APITimeoutError, took: float, server: FaultServer) -> None:
    assert WAITER_DEADLINE - 0.05 <= took < 1.5
    message = str(error)
    assert (
        f"the deadline of {WAITER_DEADLINE:g}s passed while waiting for the token request to "
        f"{server.token_url} that another call started" in message
    )
    assert "(0 attempts)" in message
    assert server.client_secret not in message
    assert error.may_have_been_processed is False
    assert error.sent_at is None
    assert error.url == server.token_url
    # Nothing was sent for it, and the exchange it waited for is still under way.
    assert server.seen("GET") == []
    assert server.token_count == 0


@pytest.mark.parametrize("owner_deadline", [None, 10.0])
def test_a_thread_waiting_for_another_threads_exchange_stops_at_its_deadline(
    server: FaultServer, owner_deadline: float | None
) -> None:
    server.script_token(Reply(delay=SLOW_TOKEN))
    with client_for(server, timeout=30) as client:
        owner = InThread(lambda: client.orders.get_order_by_id(ORDER_ID, deadline=owner_deadline))
        wait_for_token_request(server)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            client.orders.get_order_by_id(ORDER_ID, deadline=WAITER_DEADLINE)
        took = time.monotonic() - started
        assert_gave_up_waiting(raised.value, took, server)

        # The owner's exchange went on: it gets its token and its order.
        assert isinstance(owner.result(), Order)
        # The shared token is cached now: the same deadline is plenty.
        assert isinstance(client.orders.get_order_by_id(ORDER_ID, deadline=WAITER_DEADLINE), Order)
    assert len(server.token_requests) == 1
    assert len(server.seen("GET")) == 2


async def test_a_task_waiting_for_another_tasks_exchange_stops_at_its_deadline(
    server: FaultServer,
) -> None:
    server.script_token(Reply(delay=SLOW_TOKEN))
    gaps: list[float] = []

    async def heartbeat() -> None:
        # The loop keeps running while the waiter waits: no tick is held up.
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.02)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    async with async_client_for(server) as client:
        beating = asyncio.create_task(heartbeat())
        owner = asyncio.create_task(client.orders.get_order_by_id(ORDER_ID))
        await await_token_request(server)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as raised:
            await client.orders.get_order_by_id(ORDER_ID, deadline=WAITER_DEADLINE)
        took = time.monotonic() - started
        assert_gave_up_waiting(raised.value, took, server)

        assert isinstance(await asyncio.wait_for(owner, BOUND), Order)
        beating.cancel()
        assert isinstance(
            await client.orders.get_order_by_id(ORDER_ID, deadline=WAITER_DEADLINE), Order
        )
    assert len(server.token_requests) == 1
    assert len(server.seen("GET")) == 2
    assert max(gaps) < 0.3


def test_a_loop_in_another_thread_waiting_for_an_exchange_stops_at_its_deadline(
    server: FaultServer,
) -> None:
    """The owner is a blocking call; the waiter a coroutine in its own thread's loop."""
    server.script_token(Reply(delay=SLOW_TOKEN))
    with client_for(server, timeout=30) as client:
        owner = InThread(lambda: get_order_by_id.sync(ORDER_ID, client=client))
        wait_for_token_request(server)

        async def waiter() -> float:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as raised:
                await get_order_by_id.asyncio(
                    ORDER_ID, client=client.with_options(deadline=WAITER_DEADLINE)
                )
            took = time.monotonic() - started
            assert_gave_up_waiting(raised.value, took, server)
            return took

        InThread(lambda: asyncio.run(waiter())).result()
        assert isinstance(owner.result(), Order)
    assert len(server.token_requests) == 1
    assert len(server.seen("GET")) == 1


def test_a_waiter_whose_deadline_does_not_pass_gets_the_shared_token(
    server: FaultServer,
) -> None:
    server.script_token(Reply(delay=0.5))
    with client_for(server, timeout=30) as client:
        owner = InThread(lambda: client.orders.get_order_by_id(ORDER_ID))
        wait_for_token_request(server)
        started = time.monotonic()
        assert isinstance(client.orders.get_order_by_id(ORDER_ID, deadline=5), Order)
        assert time.monotonic() - started < 5
        assert isinstance(owner.result(), Order)
    assert len(server.token_requests) == 1
    assert len(server.seen("GET")) == 2


async def test_a_task_whose_deadline_does_not_pass_gets_the_shared_token(
    server: FaultServer,
) -> None:
    server.script_token(Reply(delay=0.5))
    async with async_client_for(server) as client:
        owner = asyncio.create_task(client.orders.get_order_by_id(ORDER_ID))
        await await_token_request(server)
        started = time.monotonic()
        assert isinstance(await client.orders.get_order_by_id(ORDER_ID, deadline=5), Order)
        assert time.monotonic() - started < 5
        assert isinstance(await asyncio.wait_for(owner, BOUND), Order)
    assert len(server.token_requests) == 1
    assert len(server.seen("GET")) == 2


@pytest.mark.parametrize("waiter", ["async", "sync"])
def test_a_waiter_with_a_deadline_still_takes_over_an_orphaned_exchange(
    server: FaultServer, waiter: str
) -> None:
    """The loop running the exchange stops; a waiter with a deadline starts another in time."""
    server.script_token(Reply(delay=SLOW_TOKEN))
    client = JuniperClient(
        client_id=server.client_id,
        client_secret=server.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        max_retries=0,
        timeout=30,
    )
    owner_loop = asyncio.new_event_loop()
    stopped = threading.Event()

    def run_owner_loop() -> None:
        owner_loop.run_forever()
        stopped.set()

    threading.Thread(target=run_owner_loop, daemon=True).start()
    owner = asyncio.run_coroutine_threadsafe(
        get_order_by_id.asyncio(ORDER_ID, client=client), owner_loop
    )
    wait_for_token_request(server)
    owner_loop.call_soon_threadsafe(owner_loop.stop)
    assert stopped.wait(BOUND)

    deadline = 1.5  # well short of the stalled exchange's 2 s, long enough to take it over
    with_deadline = client.with_options(deadline=deadline)

    def call() -> float:
        started = time.monotonic()
        if waiter == "async":
            order = asyncio.run(get_order_by_id.asyncio(ORDER_ID, client=with_deadline))
        else:
            order = get_order_by_id.sync(ORDER_ID, client=with_deadline)
        assert isinstance(order, Order)
        return time.monotonic() - started

    took = InThread(call).result()
    assert took < deadline
    assert len(server.token_requests) == 2  # the stalled one and the waiter's own

    # The stopped loop runs again: its own call ends too.
    owner_call = asyncio.wrap_future(owner, loop=owner_loop)
    assert isinstance(owner_loop.run_until_complete(owner_call), Order)
    owner_loop.run_until_complete(owner_loop.shutdown_asyncgens())
    owner_loop.close()
    client.close()
