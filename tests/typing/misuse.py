"""Mistakes the type checkers must report (tests/test_typing.py expects an error per line)."""

# pyright: strict

from __future__ import annotations

from juniper_fulfillment import JuniperClient, paginate
from juniper_fulfillment_client.api.orders import get_order_by_id


def misuse(client: JuniperClient) -> None:
    client.with_options(timeout="five seconds")  # error: timeout
    client.orders.get_order_by_id(42)  # error: order_id
    paginate(get_order_by_id, client=client)  # error: not a listing
    client.orders.list_orders(statuss="SHIPPED")  # error: unknown parameter
    client.products.get_product_by_id(1, timeout="1s")  # error: call option
    client.orders.get_order_by_id("o1", extra_body={"a": 1})  # error: no body to extend
    client.orders.create_order(body={}, extra_body=[("a", 1)])  # error: not a mapping
    print(client.with_raw_response.orders.get_order_by_id("o1").parsed.error)  # error: not Error
