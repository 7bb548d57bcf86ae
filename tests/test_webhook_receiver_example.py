"""examples/webhook_receiver.py, running on 127.0.0.1, receiving real signed POSTs."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from juniper_fulfillment.webhooks import SIGNATURE_HEADER, WEBHOOK_ID_HEADER, sign

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "webhook_receiver.py"
SECRET = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"
OLD_SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
ORDER_ID = "2vSGym0bH8qVEwCIGlyFoRgJq1A"


def load_example() -> ModuleType:
    # examples/ is not a package: load the file by path, under a name of its own.
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def receiver_url() -> Iterator[str]:
    server = load_example().make_server("127.0.0.1", 0, [SECRET, OLD_SECRET])
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/orders"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


def delivery(
    status: str,
    delivery_id: str | None,
    *,
    secret: str = SECRET,
    timestamp: int | None = None,
) -> tuple[bytes, dict[str, str]]:
    """A body and headers as Juniper sends them."""
    body = json.dumps({"order": {"orderId": ORDER_ID, "status": status}}).encode()
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(body, secret, timestamp=timestamp),
    }
    if delivery_id is not None:
        headers[WEBHOOK_ID_HEADER] = delivery_id
    return body, headers


def post(http: httpx.Client, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return http.post(url, content=body, headers=headers)


def test_a_genuine_delivery_is_accepted_once(
    receiver_url: str, http: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    body, headers = delivery("SHIPPED", "whd_1")
    first = post(http, receiver_url, body, headers)
    assert (first.status_code, first.text) == (200, "ok")

    again = post(http, receiver_url, body, headers)
    assert again.status_code == 200
    assert "duplicate" in again.text

    printed = capsys.readouterr().out
    assert printed.count(f"order {ORDER_ID} is now SHIPPED (delivery whd_1)") == 1
    assert "duplicate delivery whd_1" in printed


def test_the_same_order_in_a_new_delivery_is_processed(
    receiver_url: str, http: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    for delivery_id in ("whd_a", "whd_b"):
        assert post(http, receiver_url, *delivery("PROCESSING", delivery_id)).text == "ok"
    # Without an id nothing can be deduplicated: each one is processed.
    for _ in range(2):
        assert post(http, receiver_url, *delivery("PROCESSING", None)).text == "ok"
    printed = capsys.readouterr().out
    assert printed.count("is now PROCESSING") == 4


def test_the_previous_secret_is_accepted_during_a_rotation(
    receiver_url: str, http: httpx.Client
) -> None:
    response = post(http, receiver_url, *delivery("FULFILLED", "whd_2", secret=OLD_SECRET))
    assert (response.status_code, response.text) == (200, "ok")


def test_rejections_say_why_and_are_not_processed(
    receiver_url: str, http: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    body, headers = delivery("CANCELLED", "whd_3")
    cases = {
        "tampered body": (body.replace(b"CANCELLED", b"FULFILLED"), headers, "matches"),
        "wrong secret": (*delivery("CANCELLED", "whd_4", secret="attacker-guess"), "matches"),
        "stale": (
            *delivery("CANCELLED", "whd_5", timestamp=int(time.time()) - 3600),
            "old",
        ),
        "future": (
            *delivery("CANCELLED", "whd_6", timestamp=int(time.time()) + 3600),
            "future",
        ),
        "missing header": (body, {WEBHOOK_ID_HEADER: "whd_7"}, "missing"),
        "malformed header": (body, {SIGNATURE_HEADER: "t=soon,v1=x"}, "whole number"),
    }
    for name, (case_body, case_headers, reason) in cases.items():
        response = post(http, receiver_url, case_body, case_headers)
        assert response.status_code == 400, name
        assert reason in response.text, name
        assert SECRET not in response.text
        assert OLD_SECRET not in response.text

    printed = capsys.readouterr().out
    assert "is now" not in printed  # nothing was handed to the business logic
    assert printed.count("400 rejected:") == len(cases)
    assert SECRET not in printed


def test_a_rejected_delivery_id_is_not_marked_as_seen(
    receiver_url: str, http: httpx.Client
) -> None:
    body, headers = delivery("SHIPPED", "whd_8")
    forged = post(http, receiver_url, body + b" ", headers)
    assert forged.status_code == 400
    genuine = post(http, receiver_url, body, headers)
    assert (genuine.status_code, genuine.text) == (200, "ok")


def test_a_body_that_is_not_a_notification_is_rejected(
    receiver_url: str, http: httpx.Client
) -> None:
    body = b'{"hello": "world"}'
    headers = {SIGNATURE_HEADER: sign(body, SECRET), WEBHOOK_ID_HEADER: "whd_9"}
    response = post(http, receiver_url, body, headers)
    assert response.status_code == 400
    assert "not an order status notification" in response.text


def test_the_seen_id_store_is_bounded() -> None:
    seen = load_example().SeenDeliveries(capacity=3)
    assert [seen.claim(f"id{n}") for n in range(5)] == [True] * 5
    assert len(seen) == 3
    assert seen.claim("id4") is False  # recent: still remembered
    assert seen.claim("id0") is True  # the oldest were evicted
    seen.release("id0")
    assert seen.claim("id0") is True


def test_main_without_a_secret_exits_with_a_hint() -> None:
    env = {key: value for key, value in os.environ.items() if key != "JUNIPER_WEBHOOK_SECRET"}
    result = subprocess.run(  # noqa: S603 - this interpreter, this repository's example
        [sys.executable, str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "JUNIPER_WEBHOOK_SECRET" in result.stderr


def test_main_serves_until_interrupted(http: httpx.Client) -> None:
    env = {**os.environ, "JUNIPER_WEBHOOK_SECRET": f" {SECRET} , {OLD_SECRET} "}
    # A runner started in the background without job control (nohup, `&` in a script) passes
    # SIGINT on as ignored, and Python then never raises KeyboardInterrupt: the example is run
    # with Python's own SIGINT handler, as in an interactive shell.
    as_in_a_terminal = (
        "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
    )
    process = subprocess.Popen(  # noqa: S603 - this interpreter, this repository's example
        [sys.executable, "-c", as_in_a_terminal, str(EXAMPLE), "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("listening on http://127.0.0.1:")
        url = banner.removeprefix("listening on ").strip()
        response = post(http, url, *delivery("SHIPPED", "whd_main", secret=OLD_SECRET))
        assert (response.status_code, response.text) == (200, "ok")
        assert "is now SHIPPED (delivery whd_main)" in process.stdout.readline()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
