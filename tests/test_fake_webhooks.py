"""FakeJuniper's orderStatusChanged deliveries: real POSTs, signed with the current secret."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from juniper_fulfillment import WebhookVerificationError, webhooks
from juniper_fulfillment.testing import DeliveryFailedError, FakeJuniper
from juniper_fulfillment_client.api.orders import cancel_order, create_order
from juniper_fulfillment_client.api.partner_settings import (
    get_webhook_secret,
    rotate_webhook_secret,
    update_partner_settings,
)
from juniper_fulfillment_client.models import PartnerSettingsUpdate
from tests.test_fake_contract import order_request, present


@dataclass
class Receiver:
    """A webhook endpoint on 127.0.0.1 that keeps every raw request and answers scripted codes."""

    answers: list[int] = field(default_factory=list)  # consumed first; then 200
    received: list[tuple[bytes, dict[str, str]]] = field(default_factory=list)
    url: str = ""

    def next_status(self) -> int:
        return self.answers.pop(0) if self.answers else 200


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.received.append((body, dict(self.headers.items())))
            self.send_response(state.next_status())
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


def configure(fake: FakeJuniper, url: str) -> str:
    """Set the webhook URL through the API; the secret getWebhookSecret returns."""
    with fake.client() as client:
        update_partner_settings.sync(client=client, body=PartnerSettingsUpdate(webhook_url=url))
        return get_webhook_secret.sync(client=client).webhook_secret


def new_order(fake: FakeJuniper) -> str:
    with fake.client() as client:
        order_id: str = create_order.sync(client=client, body=order_request()).id
        return order_id


def test_advance_to_shipped_delivers_one_signed_webhook_per_status(receiver: Receiver) -> None:
    with FakeJuniper(webhook_retry_wait=0.01) as fake:
        secret = configure(fake, receiver.url)
        order_id = new_order(fake)
        order = fake.advance(order_id, to="SHIPPED")

    assert order["status"] == "SHIPPED"
    events = [
        webhooks.construct_event(body, headers, secret) for body, headers in receiver.received
    ]
    assert [(e.order.order_id, e.order.status) for e in events] == [
        (order_id, "PROCESSING"),
        (order_id, "AWAITING_SHIPMENT"),
        (order_id, "SHIPPED"),
    ]
    shipped = present(events[-1].order.fulfillment_info)
    assert shipped.carrier == "UPS"  # EXPRESS ships with UPS
    assert present(shipped.tracking_number) in present(shipped.tracking_url)
    assert [c.tag for c in present(shipped.checkpoints)] == ["InfoReceived", "InTransit"]
    assert shipped.tracking_number == order["fulfillmentInfo"]["trackingNumber"]
    ids = [headers["X-Juniper-Webhook-Id"] for _, headers in receiver.received]
    assert len(set(ids)) == 3
    assert all(headers["Content-Type"] == "application/json" for _, headers in receiver.received)
    assert [(d.status, d.delivered, len(d.attempts)) for d in fake.deliveries] == [
        ("PROCESSING", True, 1),
        ("AWAITING_SHIPMENT", True, 1),
        ("SHIPPED", True, 1),
    ]
    assert fake.deliveries[-1].body == receiver.received[-1][0]
    assert json.loads(receiver.received[0][0]) == {
        "order": {
            "orderId": order_id,
            "status": "PROCESSING",
            "createdAt": order["createdAt"],
            "updatedAt": json.loads(receiver.received[0][0])["order"]["updatedAt"],
        }
    }


def test_after_rotation_deliveries_use_the_new_secret_only(receiver: Receiver) -> None:
    with FakeJuniper() as fake:
        old = configure(fake, receiver.url)
        order_id = new_order(fake)
        fake.advance(order_id)
        with fake.client() as client:
            new = rotate_webhook_secret.sync(client=client).webhook_secret
            assert get_webhook_secret.sync(client=client).webhook_secret == new
        fake.advance(order_id)
    (before, before_headers), (after, after_headers) = receiver.received
    assert webhooks.construct_event(before, before_headers, old).order.status == "PROCESSING"
    assert webhooks.construct_event(after, after_headers, new).order.status == "AWAITING_SHIPMENT"
    with pytest.raises(WebhookVerificationError):
        webhooks.construct_event(after, after_headers, old)


def test_a_failed_delivery_is_redelivered_with_the_same_id(receiver: Receiver) -> None:
    receiver.answers = [500, 503]
    with FakeJuniper(webhook_retry_wait=0.01) as fake:
        secret = configure(fake, receiver.url)
        fake.advance(new_order(fake))
        (delivery,) = fake.deliveries
    assert [a.status_code for a in delivery.attempts] == [500, 503, 200]
    assert delivery.delivered
    ids = {headers["X-Juniper-Webhook-Id"] for _, headers in receiver.received}
    assert ids == {delivery.webhook_id}
    for body, headers in receiver.received:
        webhooks.construct_event(body, headers, secret)


def test_redelivery_is_bounded(receiver: Receiver) -> None:
    receiver.answers = [500] * 10
    with FakeJuniper(webhook_attempts=4, webhook_retry_wait=0.01) as fake:
        configure(fake, receiver.url)
        fake.advance(new_order(fake), raise_on_failure=False)
        (delivery,) = fake.deliveries
    assert len(receiver.received) == 4
    assert not delivery.delivered
    assert [a.status_code for a in delivery.attempts] == [500] * 4


def test_an_unreachable_receiver_is_recorded_not_raised() -> None:
    with FakeJuniper(webhook_attempts=2, webhook_retry_wait=0.01) as fake:
        configure(fake, "http://127.0.0.1:9/nobody-listens")
        fake.advance(new_order(fake), raise_on_failure=False)
        (delivery,) = fake.deliveries
    assert [a.error for a in delivery.attempts] == ["ConnectError", "ConnectError"]
    assert not delivery.delivered


def test_a_delivery_refused_on_every_attempt_fails_advance(receiver: Receiver) -> None:
    receiver.answers = [500, 400]
    with FakeJuniper(webhook_attempts=2, webhook_retry_wait=0.01) as fake:
        configure(fake, receiver.url)
        order_id = new_order(fake)
        with pytest.raises(DeliveryFailedError) as raised:
            fake.advance(order_id)
        (delivery,) = fake.deliveries
    assert raised.value.deliveries == [delivery]
    assert raised.value.delivery is delivery
    assert (raised.value.status_code, raised.value.error) == (400, None)
    assert delivery.failed
    assert delivery.webhook_id in str(raised.value)
    assert "last answer 400" in str(raised.value)
    # The order moved all the same: the refusal is the receiver's, not the fake's.
    assert fake.order(order_id)["status"] == "PROCESSING"


def test_an_unreachable_receiver_fails_advance_with_the_error() -> None:
    with FakeJuniper(webhook_attempts=2, webhook_retry_wait=0.01) as fake:
        configure(fake, "http://127.0.0.1:9/nobody-listens")
        with pytest.raises(DeliveryFailedError) as raised:
            fake.advance_order(new_order(fake))
    assert (raised.value.status_code, raised.value.error) == (None, "ConnectError")


def test_advance_order_and_advance_are_one_method(receiver: Receiver) -> None:
    assert FakeJuniper.advance is FakeJuniper.advance_order
    with FakeJuniper() as fake:
        configure(fake, receiver.url)
        order_id = new_order(fake)
        assert fake.advance_order(order_id)["status"] == "PROCESSING"
        assert fake.advance(order_id)["status"] == "AWAITING_SHIPMENT"


def test_cancelling_through_the_api_notifies_too(receiver: Receiver) -> None:
    with FakeJuniper() as fake:
        secret = configure(fake, receiver.url)
        order_id = new_order(fake)
        with fake.client() as client:
            cancel_order.sync(order_id, client=client)
        fake.wait_for_deliveries()
    ((body, headers),) = receiver.received
    assert webhooks.construct_event(body, headers, secret).order.status == "CANCELLED"


def test_without_a_webhook_url_nothing_is_sent() -> None:
    with FakeJuniper() as fake:
        order = fake.advance(new_order(fake), to="FULFILLED")
        assert order["fulfillmentInfo"]["trackingStatus"] == "Delivered"
        assert fake.deliveries == []


def test_deliveries_into_a_wsgi_app_without_a_socket() -> None:
    received: list[tuple[bytes, dict[str, str]]] = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        body = environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))
        headers = {k[5:].replace("_", "-"): v for k, v in environ.items() if k[:5] == "HTTP_"}
        received.append((body, headers))
        start_response("204 No Content", [])
        return []

    with FakeJuniper() as fake:
        secret = configure(fake, "https://partner.example/hooks")
        fake.deliver_webhooks_through(httpx.WSGITransport(app=app))
        fake.advance(new_order(fake))
    ((body, headers),) = received
    assert webhooks.construct_event(body, headers, secret).order.status == "PROCESSING"
