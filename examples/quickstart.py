"""A complete session with the Order Fulfillment API, step by step.

Run it against the local sandbox with ``make demo``, or against Juniper's sandbox with your own
credentials::

    JUNIPER_CLIENT_ID=... JUNIPER_CLIENT_SECRET=... python examples/quickstart.py

It authenticates, browses the catalogue, places an order, reads it back, cancels it, reads the
partner settings and the webhook secret, and verifies a signed webhook the way a receiver must.
Any failed step stops the script with a non-zero exit status.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from juniper_fulfillment import (
    JuniperClient,
    JuniperError,
    WebhookVerificationError,
    paginate,
    webhooks,
)
from juniper_fulfillment_client.api.orders import cancel_order, create_order, get_order_by_id
from juniper_fulfillment_client.api.partner_settings import (
    get_partner_settings,
    get_webhook_secret,
)
from juniper_fulfillment_client.api.products import list_products
from juniper_fulfillment_client.api.shipping import list_shipping_methods
from juniper_fulfillment_client.models import (
    Address,
    Administration,
    CreateOrderRequest,
    Customer,
    DaysSupply,
    LineItem,
    OrderType,
    ShippingMethodName,
)

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


def main() -> int:
    with JuniperClient.from_env() as client:
        print(f"Using {client.environment} at {client.get_httpx_client().base_url}")

        products = step(
            "list the catalogue (all pages)",
            lambda: list(paginate(list_products, client=client, limit=100)),
        )
        for product in products[:5]:
            print(f"        - {product.id} {product.name}: ${product.price} per unit")

        methods = step("list shipping methods", lambda: list_shipping_methods.sync(client=client))
        for method in methods:
            print(f"        - {method.name}: {method.description}, ${method.price}")

        request = CreateOrderRequest(
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
                    product_id=products[0].id,
                    quantity=2,
                    pack_description="Whole Body Wellness",
                    administration=Administration(morning=1, afternoon=0, evening=1, sleep=0),
                )
            ],
            shipping_method=ShippingMethodName.STANDARD,
            order_type=OrderType.ONE_TIME,
        )
        # A POST is never sent twice by the client: createOrder has no idempotency key.
        order = step("create an order", lambda: create_order.sync(client=client, body=request))
        print(f"        order {order.id} is {order.status}")

        again = step("read the order back", lambda: get_order_by_id.sync(order.id, client=client))
        print(f"        order {again.id} is {again.status}, {len(again.line_items or [])} item(s)")

        cancelled = step("cancel the order", lambda: cancel_order.sync(order.id, client=client))
        print(f"        order {cancelled.id} is now {cancelled.status}")

        settings = step("read partner settings", lambda: get_partner_settings.sync(client=client))
        print(f"        partner {settings.name}, webhooks go to {settings.webhook_url}")

        secret = step("read the webhook secret", lambda: get_webhook_secret.sync(client=client))
        print(f"        secret of {len(secret.webhook_secret)} characters (not shown)")

    # What Juniper sends when the order ships, and what a receiver does with it.
    body = json.dumps({"order": {"orderId": order.id, "status": "SHIPPED"}}).encode()
    headers = {
        webhooks.SIGNATURE_HEADER: webhooks.sign(body, secret.webhook_secret),
        webhooks.WEBHOOK_ID_HEADER: "whd_quickstart_1",
    }
    event = step(
        "verify a signed webhook",
        lambda: webhooks.construct_event(body, headers, secret.webhook_secret),
    )
    print(f"        webhook: order {event.order.order_id} is {event.order.status}")

    tampered = body.replace(b"SHIPPED", b"CANCELLED")
    try:
        webhooks.construct_event(tampered, headers, secret.webhook_secret)
    except WebhookVerificationError as error:
        print(f"ok      reject a tampered webhook ({error})")
    else:
        print("FAILED  a tampered webhook was accepted")
        return 1
    print("Done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
