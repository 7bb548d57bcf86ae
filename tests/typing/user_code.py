"""Code as a partner writes it, checked by mypy --strict and pyright --strict (not run).

tests/test_typing.py runs both checkers on this file: the resources, pages, errors, raw responses,
call options and webhooks (with Flask, Starlette/FastAPI and Django header objects) must
type-check without casts or ignores, and misuse (a timeout given as text, a paginated call on a
module that is not a listing) must be reported.
"""


# pyright: strict

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import django.http
import flask
import httpx
import starlette.requests

from juniper_fulfillment import (
    APIStatusError,
    AsyncCursorPage,
    AsyncJuniperClient,
    JuniperClient,
    NotFoundError,
    RateLimitError,
    SyncCursorPage,
    apaginate,
    paginate,
)
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment.webhooks import WebhookEvent, construct_event
from juniper_fulfillment_client.api.orders import list_orders
from juniper_fulfillment_client.api.products import list_products
from juniper_fulfillment_client.models import (
    Error,
    Order,
    OrderStatus,
    PartnerSettings,
    Product,
    ProductStatus,
)
from juniper_fulfillment_client.types import Response, Unset


def sync_usage(client: JuniperClient) -> list[str]:
    order: Order = client.orders.get_order_by_id("2vSGym0bH8qVEwCIGlyFoRgJq1A")
    created: Order = client.orders.create_order(
        body={"customer": {"firstName": "Jane"}, "lineItems": []},
        extra_body={"giftMessage": "Get well soon"},
    )
    page: SyncCursorPage[Order] = client.orders.list_orders(status=OrderStatus.SHIPPED, limit=50)
    first: list[Order] = page.items
    cursor: str | None = page.cursor
    if page.has_next_page():
        following: SyncCursorPage[Order] = page.next_page()
        first += following.items
    for one_page in page.iter_pages():
        first += one_page.items
    ids = [each.id for each in page]
    # assert_type, not an annotation: an Any would pass an annotation unnoticed.
    products = paginate(list_products, client=client, limit=100)
    assert_type(products, Iterator[Product])
    assert_type(page, SyncCursorPage[Order])
    assert_type(page.items, list[Order])
    assert_type(client.orders.list_orders(), SyncCursorPage[Order])
    assert_type(next(iter(page)), Order)
    names = [product.name for product in products]
    recent = client.products.list_products(
        status=ProductStatus.ACTIVE, updated_after=datetime.date(2024, 1, 1), search="omega"
    )
    names += [product.name for product in recent]
    settings: PartnerSettings = client.partner_settings.get_partner_settings(
        timeout=5.0, extra_headers={"X-Trace": "1"}, max_retries=0
    )
    raw: Response[Order] = client.with_raw_response.orders.get_order_by_id(order.id)
    # Errors raise, so what a raw response parsed is the success model, not Error | None.
    assert_type(raw.parsed, Order)
    assert_type(client.with_raw_response.protocols.delete_protocol("p1").parsed, None)
    status_of_order: OrderStatus = raw.parsed.status
    status: int = raw.status_code
    request_id: str | None = raw.headers.get("x-request-id")
    fast = client.with_options(timeout=httpx.Timeout(2.0), max_retries=1)
    same_type: JuniperClient = fast
    del created, cursor, settings, status, request_id, same_type, status_of_order
    return ids + names


def error_handling(client: JuniperClient) -> str:
    try:
        client.orders.cancel_order("2vSGym0bH8qVEwCIGlyFoRgJq1A")
    except NotFoundError as error:
        parsed = error.parsed
        assert_type(parsed, Error | None)
        if parsed is not None and not isinstance(parsed.message, Unset):
            return parsed.message
    except RateLimitError as error:
        wait: float | None = error.retry_after
        return str(wait)
    except APIStatusError as error:
        return f"{error.status_code} {error.request_id}"
    return ""


async def async_usage() -> list[str]:
    async with AsyncJuniperClient.from_env(max_retries=3) as client:
        order: Order = await client.orders.get_order_by_id("2vSGym0bH8qVEwCIGlyFoRgJq1A")
        page: AsyncCursorPage[Order] = await client.orders.list_orders(status=OrderStatus.NEW)
        ids = [each.id async for each in page]
        async for one_page in page.iter_pages():
            ids += [each.id for each in one_page.items]
        orders = apaginate(list_orders, client=client, limit=10)
        assert_type(orders, AsyncIterator[Order])
        assert_type(page, AsyncCursorPage[Order])
        ids += [each.id async for each in orders]
        raw = await client.with_raw_response.products.get_product_by_id(7788991122)
        assert_type(raw.parsed, Product)
        ids.append(str(raw.status_code))
        copy: AsyncJuniperClient = client.with_options(timeout=None)
        del copy
        return [order.id, *ids]


async def test_with_the_fake() -> list[str]:
    with FakeJuniper() as fake:
        async with fake.async_client(max_retries=3) as client:
            assert_type(client, AsyncJuniperClient)
            order = await client.orders.get_order_by_id("2vSGym0bH8qVEwCIGlyFoRgJq1A")
        with fake.client(retry_sleep=None) as sync_client:
            assert_type(sync_client, JuniperClient)
        waits: list[float] = fake.retry_sleeps
        with JuniperClient(client_id="id", client_secret="secret", retry_sleep=waits.append) as own:
            del own
        moved: dict[str, object] = fake.advance_order(order.id, raise_on_failure=False)
        return [order.id, str(moved["status"])]


SECRET = "whsec_test"


def flask_receiver(request: flask.Request) -> str:
    event: WebhookEvent = construct_event(request.get_data(), request.headers, SECRET)
    return event.order.order_id


async def starlette_receiver(request: starlette.requests.Request) -> str:
    event = construct_event(await request.body(), request.headers, SECRET)
    return event.order.order_id


def django_receiver(request: django.http.HttpRequest) -> str:
    event = construct_event(request.body, request.headers, SECRET)
    return str(event.webhook_id)


def plain_receiver(body: bytes, headers: dict[str, str], message: httpx.Headers) -> str:
    first = construct_event(body, headers, SECRET).order.order_id
    return first + construct_event(body, message, SECRET).order.order_id
