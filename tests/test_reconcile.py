"""After a create whose answer was lost: what the error says, and finding the order it made.

The error of a request that may have reached the server says so (``may_have_been_processed``)
and keeps when it was sent (``sent_at``), checked over real sockets against the fake's server and
the fault server. :func:`juniper_fulfillment.reconcile.find_created_orders` then finds exactly the
orders such a ``createOrder`` made, on the fake, whatever their status now, among orders of the
same customer and of others, across several pages.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from juniper_fulfillment import (
    APIConnectionError,
    APITimeoutError,
    AsyncJuniperClient,
    InternalServerError,
    JuniperClient,
    NotFoundError,
    UnprocessableEntityError,
)
from juniper_fulfillment.reconcile import (
    CLOCK_SKEW,
    IncompleteScanError,
    afind_created_orders,
    find_created_orders,
)
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment_client.models import CreateOrderRequest, Order, OrderStatus
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for, free_port

SOURCE_ID = "patient-4711"
OTHER_PRODUCT = 7788991122  # the spec's second example product, orderable on the fake


def order_body(
    *,
    source_id: str = SOURCE_ID,
    items: tuple[tuple[int, int], ...] = ((77123129891, 2),),
    shipping_method: str | None = "EXPRESS",
) -> dict[str, Any]:
    """A createOrder body in the API's JSON shape."""
    body: dict[str, Any] = {
        "customer": {
            "sourceId": source_id,
            "firstName": "Ada",
            "lastName": "Lovelace",
            "address": {
                "line1": "1 Main St",
                "city": "Palo Alto",
                "state": "CA",
                "zipCode": "94301",
            },
        },
        "daysSupply": 30,
        "lineItems": [
            {"productId": product, "quantity": quantity, "packDescription": "Daily pack"}
            for product, quantity in items
        ],
        "orderType": "ONE_TIME",
    }
    if shipping_method is not None:
        body["shippingMethod"] = shipping_method
    return body


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def fake() -> Iterator[FakeJuniper]:
    with FakeJuniper() as instance:
        yield instance


@pytest.fixture
def client(fake: FakeJuniper) -> Iterator[JuniperClient]:
    with fake.client(max_retries=0) as instance:
        yield instance


def create(client: JuniperClient, body: dict[str, Any], count: int = 1) -> list[str]:
    return [client.orders.create_order(body=copy.deepcopy(body)).id for _ in range(count)]


def lost_create(fake: FakeJuniper, client: JuniperClient, body: Any, *, processed: bool) -> Any:
    """Send ``body`` to createOrder while the fake drops the connection; return the error."""
    fake.disconnect_next("createOrder", processed=processed)
    with pytest.raises(APIConnectionError) as caught:
        client.orders.create_order(body=body)
    return caught.value


def ids(orders: list[Order]) -> list[str]:
    return [order.id for order in orders]


def the_new_order(fake: FakeJuniper, known: list[str]) -> str:
    """The id of the one order of ``fake`` that is not in ``known``."""
    (new,) = (order["id"] for order in fake.orders if order["id"] not in known)
    return str(new)


def order_ids(fake: FakeJuniper) -> list[str]:
    return [order["id"] for order in fake.orders]


# --------------------------------------------------------------- the error, on real sockets
@pytest.fixture
def served() -> Iterator[tuple[FakeJuniper, JuniperClient]]:
    with (
        FakeJuniper() as fake,
        fake.serve() as server,
        JuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            max_retries=2,
            timeout=5.0,
        ) as client,
    ):
        yield fake, client


def test_a_dropped_create_may_have_been_processed_and_keeps_when_it_was_sent(
    served: tuple[FakeJuniper, JuniperClient],
) -> None:
    fake, client = served
    client.partner_settings.get_partner_settings()  # the token, first: sent_at is the POST's
    fake.disconnect_next("createOrder", processed=True)
    before = now()
    with pytest.raises(APIConnectionError) as caught:
        client.orders.create_order(body=order_body())
    after = now()
    error = caught.value
    assert (error.method, error.may_have_been_processed) == ("POST", True)
    assert error.sent_at is not None
    assert error.sent_at.tzinfo is dt.UTC
    assert before <= error.sent_at <= after
    assert len(fake.orders) == 1  # created once, not sent again


def test_a_5xx_to_a_create_may_have_been_processed(
    served: tuple[FakeJuniper, JuniperClient],
) -> None:
    fake, client = served
    fake.fail_next("createOrder", 503)
    before = now()
    with pytest.raises(InternalServerError) as caught:
        client.orders.create_order(body=order_body())
    error = caught.value
    assert error.may_have_been_processed is True
    assert error.sent_at is not None
    assert before <= error.sent_at <= now()


def test_a_4xx_to_a_create_was_not_processed(served: tuple[FakeJuniper, JuniperClient]) -> None:
    _, client = served
    before = now()
    with pytest.raises(UnprocessableEntityError) as caught:
        client.orders.create_order(body=order_body(items=((77123129891, 0),)))
    error = caught.value
    assert error.may_have_been_processed is False
    assert error.sent_at is not None  # it was sent, and refused
    assert before <= error.sent_at <= now()


def test_a_create_that_could_not_connect_was_not_processed(server: FaultServer) -> None:
    # The token comes from the fault server; the API is a port nothing listens on.
    nowhere = f"http://127.0.0.1:{free_port()}"
    with (
        client_for(server, base_url=nowhere, max_retries=1) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.orders.create_order(body=order_body())
    error = caught.value
    assert (error.may_have_been_processed, error.sent_at) == (False, None)
    assert server.seen("POST") == []


def test_an_error_of_the_token_request_says_the_create_was_not_sent(
    served: tuple[FakeJuniper, JuniperClient],
) -> None:
    fake, client = served
    fake.fail_next("token", 503)
    with pytest.raises(InternalServerError) as caught:
        client.with_options(max_retries=0).orders.create_order(body=order_body())
    error = caught.value
    assert "token" in error.url
    assert (error.may_have_been_processed, error.sent_at) == (False, None)
    assert fake.orders == []


def test_a_timed_out_create_may_have_been_processed(server: FaultServer) -> None:
    server.script("POST", "/orders", Reply(delay=3.0))
    with client_for(server, timeout=0.5) as client:
        client.partner_settings.get_partner_settings()
        before = now()
        with pytest.raises(APITimeoutError) as caught:
            client.orders.create_order(body=order_body())
    error = caught.value
    assert error.may_have_been_processed is True
    assert error.sent_at is not None
    assert before <= error.sent_at <= now()


def test_a_retried_get_keeps_when_its_first_attempt_was_sent(server: FaultServer) -> None:
    path = f"/orders/{ORDER_ID}"
    server.script("GET", path, Reply(drop=True), Reply(404))
    before = now()
    with client_for(server, max_retries=1) as client, pytest.raises(NotFoundError) as caught:
        client.orders.get_order_by_id(ORDER_ID)
    error = caught.value
    first, second = (seen.at for seen in server.seen("GET", path))  # monotonic clock
    # The 404 refused the second attempt, but the first one may have been acted on.
    assert error.may_have_been_processed is True
    assert error.sent_at is not None
    # Sent before the backoff that preceded the second attempt (at least 0.375 s).
    assert before <= error.sent_at
    assert (error.sent_at - before).total_seconds() < second - first


# ------------------------------------------------------------------ finding the order
def test_exactly_the_order_of_a_lost_create_is_found_after_it_moved_on(
    fake: FakeJuniper, client: JuniperClient
) -> None:
    body = order_body()
    # The same customer and items an hour earlier: a previous order, not this one.
    fake.clock.advance(-3600)
    create(client, body)
    fake.clock.advance(3600)
    create(client, order_body(source_id="someone-else"), count=120)
    known = order_ids(fake)
    error = lost_create(fake, client, body, processed=True)
    created = the_new_order(fake, known)
    # After it: the same customer with other items, other quantities, another shipping method.
    create(client, order_body(items=((OTHER_PRODUCT, 2),)))
    create(client, order_body(items=((77123129891, 3),)))
    create(client, order_body(items=((77123129891, 2), (OTHER_PRODUCT, 1))))
    create(client, order_body(shipping_method="STANDARD"))
    create(client, order_body(source_id="someone-else"), count=90)
    fake.advance(created, to="SHIPPED")
    assert len(fake.orders) > 200  # the scan crosses pages of 100

    assert error.may_have_been_processed is True
    found = find_created_orders(client, body, since=error.sent_at)
    assert ids(found) == [created]
    assert found[0].status == OrderStatus.SHIPPED
    # The body as the model the create may have been given.
    request = CreateOrderRequest.from_dict(body)
    assert ids(find_created_orders(client, request, since=error.sent_at)) == [created]


def test_nothing_is_found_when_the_lost_create_was_not_processed(
    fake: FakeJuniper, client: JuniperClient
) -> None:
    body = order_body()
    fake.clock.advance(-3600)
    create(client, body)
    fake.clock.advance(3600)
    create(client, order_body(items=((OTHER_PRODUCT, 2),)))
    error = lost_create(fake, client, body, processed=False)
    # The client cannot tell a drop before processing from one after it.
    assert error.may_have_been_processed is True
    assert find_created_orders(client, body, since=error.sent_at) == []


def test_line_items_match_as_a_multiset_of_product_and_quantity(
    fake: FakeJuniper, client: JuniperClient
) -> None:
    body = order_body(items=((77123129891, 2), (OTHER_PRODUCT, 1)))
    since = now()
    (created,) = create(client, body)
    reordered = order_body(items=((OTHER_PRODUCT, 1), (77123129891, 2)))
    assert ids(find_created_orders(client, reordered, since=since)) == [created]
    for other in (((77123129891, 2),), ((77123129891, 2), (OTHER_PRODUCT, 1), (OTHER_PRODUCT, 1))):
        assert find_created_orders(client, order_body(items=other), since=since) == []


def test_a_request_without_a_shipping_method_matches_the_one_the_server_chose(
    fake: FakeJuniper, client: JuniperClient
) -> None:
    since = now()
    (created,) = create(client, order_body(shipping_method=None))
    assert fake.order(created)["shippingMethod"] == "STANDARD"
    assert ids(find_created_orders(client, order_body(shipping_method=None), since=since)) == [
        created
    ]
    assert find_created_orders(client, order_body(shipping_method="OVERNIGHT"), since=since) == []


def test_clock_skew_reaches_back_before_since_and_no_further(
    fake: FakeJuniper, client: JuniperClient
) -> None:
    body = order_body()
    since = now()
    skew = int(CLOCK_SKEW.total_seconds())
    fake.clock.advance(-skew - 60)
    create(client, body)  # earlier than since - CLOCK_SKEW
    fake.clock.advance(120)
    (within,) = create(client, body)  # 60 s before since: within the skew
    fake.clock.advance(skew - 60)
    assert ids(find_created_orders(client, body, since=since)) == [within]
    assert find_created_orders(client, body, since=since, clock_skew=dt.timedelta(0)) == []


def test_a_listing_longer_than_max_pages_is_an_error_not_an_empty_answer(
    fake: FakeJuniper, client: JuniperClient
) -> None:
    body = order_body()
    since = now()
    (first,) = create(client, body)
    create(client, order_body(source_id="someone-else"), count=150)
    with pytest.raises(IncompleteScanError) as caught:
        find_created_orders(client, body, since=since, max_pages=1)
    assert (ids(caught.value.found), caught.value.pages) == ([first], 1)
    assert "max_pages" in str(caught.value)
    assert ids(find_created_orders(client, body, since=since, max_pages=2)) == [first]
    assert ids(find_created_orders(client, body, since=since, max_pages=None)) == [first]


def test_since_must_be_timezone_aware(client: JuniperClient) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        find_created_orders(client, order_body(), since=dt.datetime(2030, 1, 1))


# ----------------------------------------------------------------------- the async twin
async def test_the_async_twin_finds_the_order_over_a_real_socket() -> None:
    body = order_body()
    with FakeJuniper() as fake, fake.serve() as server:
        async with AsyncJuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            timeout=5.0,
        ) as client:
            await client.orders.create_order(body=order_body(items=((OTHER_PRODUCT, 2),)))
            known = order_ids(fake)
            fake.disconnect_next("createOrder", processed=True)
            with pytest.raises(APIConnectionError) as caught:
                await client.orders.create_order(body=body)
            error = caught.value
            assert error.may_have_been_processed is True
            assert error.sent_at is not None
            created = the_new_order(fake, known)
            fake.advance(created, to="PROCESSING")
            found = await afind_created_orders(client, body, since=error.sent_at)
    assert ids(found) == [created]
