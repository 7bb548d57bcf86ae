"""examples/webhook_receiver.py, running on 127.0.0.1, receiving real signed POSTs."""

from __future__ import annotations

import importlib.util
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from juniper_fulfillment.webhooks import sign

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "webhook_receiver.py"
SECRET = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"
OLD_SECRET = "0" * 64


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_receiver", EXAMPLE)
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


def delivery(
    status: str, delivery_id: str, *, secret: str = SECRET, timestamp: int | None = None
) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {"order": {"orderId": "2vSGym0bH8qVEwCIGlyFoRgJq1A", "status": status}}
    ).encode()
    return body, {
        "Content-Type": "application/json",
        "X-Juniper-Signature": sign(body, secret, timestamp=timestamp),
        "X-Juniper-Webhook-Id": delivery_id,
    }


def test_accepts_rejects_and_drops_duplicates(
    receiver_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with httpx.Client(timeout=10) as http:
        body, headers = delivery("SHIPPED", "whd_1")
        accepted = http.post(receiver_url, content=body, headers=headers)
        assert (accepted.status_code, accepted.text) == (200, "ok")

        repeated = http.post(receiver_url, content=body, headers=headers)
        assert repeated.status_code == 200
        assert "duplicate" in repeated.text

        rotated_body, rotated_headers = delivery("FULFILLED", "whd_2", secret=OLD_SECRET)
        assert http.post(receiver_url, content=rotated_body, headers=rotated_headers).text == "ok"

        forged = http.post(
            receiver_url,
            content=body.replace(b"SHIPPED", b"CANCELLED"),
            headers={**headers, "X-Juniper-Webhook-Id": "whd_3"},
        )
        assert forged.status_code == 400
        assert "matches" in forged.text

        wrong_key_body, wrong_key_headers = delivery("SHIPPED", "whd_4", secret="attacker-guess")
        assert (
            http.post(receiver_url, content=wrong_key_body, headers=wrong_key_headers).status_code
            == 400
        )

        stale_body, stale_headers = delivery("SHIPPED", "whd_5", timestamp=int(time.time()) - 3600)
        stale = http.post(receiver_url, content=stale_body, headers=stale_headers)
        assert stale.status_code == 400
        assert "old" in stale.text

        unsigned = http.post(receiver_url, content=body, headers={"X-Juniper-Webhook-Id": "whd_6"})
        assert unsigned.status_code == 400
        assert "missing" in unsigned.text

        for response in (forged, stale, unsigned):
            assert SECRET not in response.text

    printed = capsys.readouterr().out
    # Each genuine delivery was handled exactly once; the duplicate and the rejects were not.
    assert printed.count("is now SHIPPED (delivery whd_1)") == 1
    assert printed.count("is now FULFILLED (delivery whd_2)") == 1
    assert "CANCELLED" not in printed.replace("rejected", "")
    assert SECRET not in printed
