"""A complete session with the Order Fulfillment API, step by step.

Run it with ``make demo`` (or ``python examples/quickstart.py``): with no ``JUNIPER_*`` variables
set it starts a local fake Juniper (``juniper_fulfillment.testing``) on 127.0.0.1 plus the webhook
receiver of ``examples/webhook_receiver.py``, and walks an order's whole life: create, read back,
list, cancel, a second cancel refused with 409, an order shipped with its signed webhook received
and verified, and a webhook secret rotation. To run it against Juniper's sandbox instead::

    JUNIPER_CLIENT_ID=... JUNIPER_CLIENT_SECRET=... python examples/quickstart.py

(the shipping and webhook steps need the local fake, which can ship an order on demand).
Any failed step stops the script with a non-zero exit status. No secret is ever printed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from juniper_fulfillment import (
    ConflictError,
    JuniperClient,
    JuniperError,
    WebhookVerificationError,
    webhooks,
)
from juniper_fulfillment.webhooks import WebhookEvent
from juniper_fulfillment_client.models import (
    Address,
    Administration,
    CreateOrderRequest,
    Customer,
    DaysSupply,
    LineItem,
    OrderStatus,
    OrderType,
    PartnerSettingsUpdate,
    Product,
    ShippingMethodName,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from webhook_receiver import make_server  # type: ignore[import-not-found]

T = TypeVar("T")


def step(title: str, action: Callable[[], T]) -> T:
    """Run one step, print how it went, and stop the script if it failed."""
    started = time.perf_counter()
    try:
        result = action()
    except JuniperError as error:
        print(f"FAILED  {title}: {type(error).__name__}: {error}")
        raise SystemExit(1) from error
    print(f"ok      {title} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return result


def refused(title: str, action: Callable[[], object], expected: type[JuniperError]) -> None:
    """Run a step that the API must refuse with ``expected``; stop the script if it does not."""
    try:
        action()
    except expected as error:
        print(f"ok      {title} ({type(error).__name__}, {getattr(error, 'status_code', '')})")
        return
    except JuniperError as error:
        print(f"FAILED  {title}: {type(error).__name__}: {error}")
        raise SystemExit(1) from error
    print(f"FAILED  {title}: it was accepted")
    raise SystemExit(1)


def order_for(product: Product) -> CreateOrderRequest:
    return CreateOrderRequest(
        customer=Customer(
            source_id="1234567890",
            first_name="John",
            last_name="Doe",
            email="john.doe@example.com",
            address=Address(
                line1="437 Lytton",
                line2="Suite 100",
                city="Palo Alto",
                state="CA",
                zip_code="94301",
            ),
        ),
        days_supply=DaysSupply.VALUE_30,
        line_items=[
            LineItem(
                product_id=product.id,
                quantity=2,
                pack_description=str(product.pack_description),
                administration=Administration(morning=1, afternoon=0, evening=1, sleep=0),
            )
        ],
        shipping_method=ShippingMethodName.EXPRESS,
        order_type=OrderType.ONE_TIME,
    )


def browse_and_order(client: JuniperClient) -> CreateOrderRequest:
    """The steps any environment supports: catalogue, orders, cancellation."""
    print(f"Using {client.environment} at {client.get_httpx_client().base_url}")
    products = step(
        "list the catalogue (all pages)",
        lambda: list(client.products.list_products(limit=100)),
    )
    print(f"        {len(products)} products, for example:")
    for product in products[:3]:
        print(f"        - {product.id} {product.name}: ${product.price} per unit")
    methods = step("list shipping methods", lambda: client.shipping.list_shipping_methods())
    for method in methods:
        print(f"        - {method.name}: {method.description}, ${method.price}")

    in_packs = [p for p in products if p.status == "ACTIVE" and not p.external]
    request = order_for(in_packs[0])
    # A POST is never sent twice by the client: createOrder has no idempotency key.
    order = step("create an order", lambda: client.orders.create_order(body=request))
    print(f"        order {order.id} is {order.status}")
    again = step("read the order back", lambda: client.orders.get_order_by_id(order.id))
    for line in again.line_items or []:
        print(
            f"        {line.quantity} x product {line.product_id} at ${line.discounted_price}/unit"
        )
    new_orders = step(
        "list the NEW orders",
        lambda: list(client.orders.list_orders(status=OrderStatus.NEW)),
    )
    print(f"        {len(new_orders)} order(s) waiting to be processed")
    cancelled = step("cancel the order", lambda: client.orders.cancel_order(order.id))
    print(f"        order {cancelled.id} is now {cancelled.status}")
    refused(
        "a second cancel is refused",
        lambda: client.orders.cancel_order(order.id),
        ConflictError,
    )
    settings = step("read partner settings", lambda: client.partner_settings.get_partner_settings())
    print(f"        partner {settings.name}, discount {settings.discount}")
    return request


@contextlib.contextmanager
def receiver(secrets: list[str], events: list[WebhookEvent]) -> Iterator[str]:
    """examples/webhook_receiver.py on a free 127.0.0.1 port, accepting ``secrets`` as they are
    now (the list may change while it runs); yields its URL."""

    def on_event(event: WebhookEvent) -> None:
        events.append(event)
        info = event.order.fulfillment_info
        tracking = f", tracking {info.tracking_number}" if info else ""
        print(
            f"        receiver: order {event.order.order_id} is now {event.order.status}{tracking}"
        )

    server = make_server("127.0.0.1", 0, lambda: list(secrets), on_event)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/juniper/webhooks"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def ship_and_notify(client: JuniperClient, request: CreateOrderRequest, fake: object) -> None:
    """The lifecycle only the local fake can drive: shipping, webhooks, secret rotation."""
    from juniper_fulfillment.testing import FakeJuniper

    assert isinstance(fake, FakeJuniper)
    secrets: list[str] = []
    events: list[WebhookEvent] = []
    with receiver(secrets, events) as url:
        step(
            "point webhooks at the local receiver",
            lambda: client.partner_settings.update_partner_settings(
                body=PartnerSettingsUpdate(webhook_url=url)
            ),
        )
        secret = step(
            "read the webhook secret", lambda: client.partner_settings.get_webhook_secret()
        )
        secrets.append(secret.webhook_secret)
        print(f"        secret of {len(secret.webhook_secret)} characters (not shown)")

        order = step("create a second order", lambda: client.orders.create_order(body=request))
        step("Juniper ships it", lambda: fake.advance(order.id, to="SHIPPED"))
        shipped = [e for e in events if e.order.status == OrderStatus.SHIPPED]
        if len(shipped) != 1 or not all(d.delivered for d in fake.deliveries):
            print("FAILED  the receiver did not verify the SHIPPED webhook")
            raise SystemExit(1)
        print("ok      the signed SHIPPED webhook was received and verified")
        seen = step("read the shipped order", lambda: client.orders.get_order_by_id(order.id))
        if info := seen.fulfillment_info:
            print(f"        {info.carrier} {info.tracking_number}: {info.tracking_url}")

        old = secrets[0]
        new = step(
            "rotate the webhook secret", lambda: client.partner_settings.rotate_webhook_secret()
        )
        # The old secret stops working at once: the receiver now accepts only the new one.
        secrets[:] = [new.webhook_secret]
        step("Juniper delivers it", lambda: fake.advance(order.id, to="FULFILLED"))
        last = fake.deliveries[-1]
        signature = last.headers[webhooks.SIGNATURE_HEADER]
        if not (last.delivered and events[-1].order.status == OrderStatus.FULFILLED) or (
            webhooks.verify_webhook_signature(last.body, signature, old)
        ):
            print("FAILED  the webhook after rotation was not signed with the new secret only")
            raise SystemExit(1)
        print("ok      the next webhook was signed with the new secret (the old one fails)")

        tampered = last.body.replace(b"FULFILLED", b"CANCELLED")
        try:
            webhooks.construct_event(tampered, last.headers, secrets)
        except WebhookVerificationError as error:
            print(f"ok      reject a tampered webhook ({error})")
        else:
            print("FAILED  a tampered webhook was accepted")
            raise SystemExit(1)


def main() -> int:
    if os.environ.get("JUNIPER_CLIENT_ID"):
        with JuniperClient.from_env() as client:
            browse_and_order(client)
        print("Skipped shipping and webhooks: only the local fake ships orders on demand.")
        print("Done.")
        return 0

    from juniper_fulfillment.testing import FakeJuniper

    with FakeJuniper() as fake, fake.serve() as server:
        print(f"Local fake Juniper at {server.base_url} (token endpoint {server.token_url})")
        with JuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
        ) as client:
            request = browse_and_order(client)
            ship_and_notify(client, request, fake)
    print("Done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
