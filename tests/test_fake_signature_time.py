"""Deliveries are signed with the real time of sending, whatever the fake's clock says.

A receiver must check a signature's freshness against its own (real) clock; a fake whose clock
is set to 2024 still has its deliveries accepted by such a receiver, while the order data carries
the fake's time. This is how Stripe's test clocks keep simulated and signing time apart.
"""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from juniper_fulfillment import WebhookVerificationError, webhooks
from juniper_fulfillment.testing import DeliveryFailedError, FakeClock, FakeJuniper
from tests.test_fake_contract import present
from tests.test_fake_webhooks import configure, new_order

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass
class VerifyingReceiver:
    """A webhook endpoint on 127.0.0.1 that verifies as production code must: signature and
    freshness (``webhooks.construct_event`` with its default tolerance, against real time)."""

    secret: str = ""
    url: str = ""
    accepted: list[webhooks.WebhookEvent] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


@pytest.fixture
def verifying_receiver() -> Iterator[VerifyingReceiver]:
    state = VerifyingReceiver()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            try:
                event = webhooks.construct_event(body, dict(self.headers.items()), state.secret)
            except WebhookVerificationError as error:
                state.refused.append(str(error))
                status = 400
            else:
                state.accepted.append(event)
                status = 204
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/juniper/webhooks"
    yield state
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_a_fake_clock_in_the_past_still_gets_fresh_signatures(
    verifying_receiver: VerifyingReceiver,
) -> None:
    with FakeJuniper(clock=FakeClock(START), webhook_retry_wait=0.01) as fake:
        verifying_receiver.secret = configure(fake, verifying_receiver.url)
        order_id = new_order(fake)
        before = time.time()
        shipped = fake.advance_order(order_id, to="SHIPPED")
        after = time.time()
        deliveries = fake.deliveries

    assert verifying_receiver.refused == []
    assert [e.order.status for e in verifying_receiver.accepted] == [
        "PROCESSING",
        "AWAITING_SHIPMENT",
        "SHIPPED",
    ]
    # The clock drives the data...
    assert shipped["createdAt"].startswith("2024-01-01")
    assert all(present(e.order.updated_at).year == 2024 for e in verifying_receiver.accepted)
    # ...the signature carries the real time of sending.
    for delivery in deliveries:
        (attempt,) = delivery.attempts
        assert int(before) <= attempt.signed_at <= after
        assert attempt.signature.startswith(f"t={attempt.signed_at},")
        assert dt.datetime.fromtimestamp(attempt.sent_at, dt.UTC).year == 2024


def test_a_receiver_refusing_every_delivery_cannot_go_unnoticed(
    verifying_receiver: VerifyingReceiver,
) -> None:
    with FakeJuniper(clock=FakeClock(START), webhook_attempts=2, webhook_retry_wait=0.01) as fake:
        configure(fake, verifying_receiver.url)
        verifying_receiver.secret = "whsec_not_the_partners_secret"
        order_id = new_order(fake)
        with pytest.raises(DeliveryFailedError) as raised:
            fake.advance_order(order_id)
        assert raised.value.status_code == 400
        assert len(verifying_receiver.refused) == 2

        # A test that expects the refusal says so.
        order = fake.advance_order(order_id, raise_on_failure=False)
        assert order["status"] == "AWAITING_SHIPMENT"
        assert [d.failed for d in fake.deliveries] == [True, True]
