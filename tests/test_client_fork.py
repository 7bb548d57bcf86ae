"""A client used before ``os.fork()`` keeps working, separately, in the parent and the child.

The child must never send on a keep-alive connection it inherited: two processes reading one
socket each get answers meant for the other (another patient's order, parsed as the one asked
for). The server here answers every ``GET /orders/<id>`` with that id, so each body can be
checked against its own request while both processes call at once.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from juniper_fulfillment import JuniperClient
from juniper_fulfillment_client.api.orders import get_order_by_id
from tests.fault_server import FaultServer, Reply, client_for

CALLS = 300
THREADS = 8
DEADLINE = 90.0  # seconds for the whole exchange between the two processes

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork"),
    # Python 3.12+ warns about forking a process that runs threads (the server's, here).
    pytest.mark.filterwarnings("ignore:.*multi-threaded.*fork:DeprecationWarning"),
]


class EchoingServer(FaultServer):
    """FaultServer whose ``GET /orders/<id>`` answers with the id it was asked for."""

    def _api_answer(self, method: str, path: str) -> tuple[int, Any]:
        status, body = super()._api_answer(method, path)
        if method == "GET" and path.startswith("/orders/") and status == 200:
            body = {**body, "id": path.rsplit("/", 1)[1]}
        return status, body


def calls(client: JuniperClient, side: str) -> dict[str, Any]:
    """CALLS calls from THREADS threads; which answered another request, which failed."""

    def call(index: int) -> str | None:
        wanted = f"{side}-{index}"
        try:
            order = get_order_by_id.sync(wanted, client=client)
        except Exception as error:
            return f"{wanted}: {type(error).__name__}: {error}"
        answered = getattr(order, "id", None)
        return None if answered == wanted else f"{wanted}: answered {answered!r}"

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        problems = [problem for problem in pool.map(call, range(CALLS)) if problem]
    return {"calls": CALLS, "problems": problems}


def run_child(client: JuniperClient, report: int) -> None:
    """The child's whole life: call, report through the pipe, exit without cleanup."""
    status = 1
    try:
        signal.alarm(int(DEADLINE))  # a hung child ends itself
        result = calls(client, "child")
        os.write(report, json.dumps(result).encode())
        status = 0
    except BaseException as error:
        os.write(report, json.dumps({"error": repr(error)}).encode())
    finally:
        os._exit(status)


def read_report(read_end: int, pid: int) -> tuple[dict[str, Any], int]:
    """The child's report and exit status, waiting at most DEADLINE seconds."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 0.5)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return json.loads(b"".join(chunks) or b"{}"), os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail(f"the child did not finish within {DEADLINE}s")


def test_parent_and_child_each_get_their_own_answers_after_a_fork() -> None:
    with EchoingServer() as server, client_for(server) as client:
        # Used before the fork: a token cached, and as many keep-alive connections in the pool
        # as each side will have threads (the calls overlap, so each opens its own).
        warm_up = [f"before-fork-{index}" for index in range(THREADS)]
        for order_id in warm_up:
            server.script("GET", f"/orders/{order_id}", Reply(delay=0.3))
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            assert all(
                pool.map(lambda order_id: get_order_by_id.sync(order_id, client=client), warm_up)
            )
        assert len({request.client for request in server.seen()}) == THREADS

        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            run_child(client, write_end)
        os.close(write_end)
        try:
            parent = calls(client, "parent")
            child, exit_code = read_report(read_end, pid)
        finally:
            os.close(read_end)

    assert exit_code == 0, child
    assert child == {"calls": CALLS, "problems": []}
    assert parent == {"calls": CALLS, "problems": []}
    # Every request reached the server once, and the child reused the parent's token.
    assert len(server.seen()) == THREADS + 2 * CALLS
    assert server.token_count == 1


def test_a_child_forked_during_a_token_exchange_does_not_wait_for_it() -> None:
    """The thread running the exchange, and holding the token lock, does not exist in the child."""
    with FaultServer() as server, client_for(server) as client:
        server.script_token(Reply(delay=1.5))
        tokens = client._shared.tokens
        guard_held = threading.Event()
        release_guard = threading.Event()

        def hold_guard() -> None:
            with tokens._guard:
                guard_held.set()
                release_guard.wait(timeout=10)

        with ThreadPoolExecutor(max_workers=2) as pool:
            exchange = pool.submit(get_order_by_id.sync, "in-parent", client=client)
            while not server.token_requests:  # bounded by the test's timeout below
                time.sleep(0.01)
            holder = pool.submit(hold_guard)
            assert guard_held.wait(timeout=5)

            read_end, write_end = os.pipe()
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                status = 1
                try:
                    signal.alarm(int(DEADLINE))
                    order = get_order_by_id.sync("in-child", client=client)
                    os.write(write_end, json.dumps({"id": getattr(order, "id", None)}).encode())
                    status = 0
                finally:
                    os._exit(status)
            os.close(write_end)
            release_guard.set()
            try:
                child, exit_code = read_report(read_end, pid)
            finally:
                os.close(read_end)
            assert exchange.result(timeout=10) is not None
            holder.result(timeout=10)

    assert exit_code == 0
    assert child == {"id": "2vSGym0bH8qVEwCIGlyFoRgJq1A"}  # FaultServer's order
    # The parent's exchange, and the child's own (it could not wait for a thread it lacks).
    assert len(server.token_requests) == 2
