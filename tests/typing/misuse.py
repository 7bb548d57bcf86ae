"""Mistakes the type checkers must report (tests/test_typing.py expects an error per line)."""

# pyright: strict

from __future__ import annotations

from juniper_fulfillment import JuniperClient, paginate
from juniper_fulfillment.testing import FakeJuniper
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


async def fake_misuse(fake: FakeJuniper) -> None:
    async with fake.async_client() as client:
        await client.orders.get_order_by_idd("2vSGym0bH8qVEwCIGlyFoRgJq1A")  # error: typo
    JuniperClient(client_id="id", client_secret="secret", retry_sleep=0.0)  # error: retry_sleep
