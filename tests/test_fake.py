"""FakeJuniper's state and rules as a partner's code meets them through JuniperClient."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from juniper_fulfillment import (
    BadRequestError,
    InternalServerError,
    JuniperClient,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    paginate,
)
from juniper_fulfillment.testing import FakeClock, FakeJuniper
from juniper_fulfillment_client.api.orders import (
    cancel_order,
    create_order,
    get_order_by_id,
    list_orders,
)
from juniper_fulfillment_client.api.products import list_products
from juniper_fulfillment_client.api.shipping import list_shipping_methods
from juniper_fulfillment_client.models import OrderStatus, PageDirection, ProductStatus
from tests.test_fake_contract import cursor_of, order_request, present


@pytest.fixture
def fake() -> Iterator[FakeJuniper]:
    with FakeJuniper() as instance:
        yield instance


def test_the_lifecycle_fills_in_tracking_step_by_step(juniper_fake: FakeJuniper) -> None:
    with juniper_fake.client() as client:
        order = create_order.sync(client=client, body=order_request(shippingMethod="OVERNIGHT"))
        statuses = []
        for _ in range(4):
            statuses.append(juniper_fake.advance(order.id)["status"])
        final = get_order_by_id.sync(order.id, client=client)
    assert statuses == ["PROCESSING", "AWAITING_SHIPMENT", "SHIPPED", "FULFILLED"]
    info = present(final.fulfillment_info)
    assert info.carrier == "FedEx"
    assert present(info.tracking_number) in present(info.tracking_url)
    checkpoints = present(info.checkpoints)
    assert [c.tag for c in checkpoints] == ["InfoReceived", "InTransit", "Delivered"]
    assert checkpoints[-1].location == "Palo Alto, CA"


def test_advance_refuses_what_the_lifecycle_does_not_allow(juniper_fake: FakeJuniper) -> None:
    with juniper_fake.client() as client:
        order = create_order.sync(client=client, body=order_request())
        cancelled = create_order.sync(client=client, body=order_request())
        cancel_order.sync(cancelled.id, client=client)
    with pytest.raises(KeyError):
        juniper_fake.advance("no-such-order")
    with pytest.raises(ValueError, match="one of"):
        juniper_fake.advance(order.id, to="LOST")
    juniper_fake.advance(order.id, to="SHIPPED")
    with pytest.raises(ValueError, match="not ahead"):
        juniper_fake.advance(order.id, to="PROCESSING")
    with pytest.raises(ValueError, match="CANCELLED"):
        juniper_fake.advance(cancelled.id)


def test_orders_page_both_ways_and_filter_by_status(fake: FakeJuniper) -> None:
    with fake.client() as client:
        ids = [create_order.sync(client=client, body=order_request()).id for _ in range(25)]
        for order_id in ids[:5]:
            cancel_order.sync(order_id, client=client)
        page1 = list_orders.sync(client=client, limit=10)
        page2 = list_orders.sync(client=client, limit=10, cursor=cursor_of(page1))
        page3 = list_orders.sync(client=client, limit=10, cursor=cursor_of(page2))
        back = list_orders.sync(
            client=client, limit=10, cursor=cursor_of(page2), direction=PageDirection.PREVIOUS
        )
        new = [o.id for o in paginate(list_orders, client=client, status=OrderStatus.NEW, limit=7)]
        with pytest.raises(BadRequestError):
            list_orders.sync(client=client, cursor=cursor_of(page1), status=OrderStatus.NEW)
    assert [o.id for o in page1.orders + page2.orders + page3.orders] == ids
    assert not page3.cursor
    assert [o.id for o in back.orders] == ids[:10]
    assert back.cursor is None  # nothing before the first page
    assert new == ids[5:]


def test_the_catalogue_is_large_seeded_and_filterable() -> None:
    with FakeJuniper(seed=7) as one, FakeJuniper(seed=7) as same, FakeJuniper(seed=8) as other:
        catalogues = []
        for fake in (one, same, other):
            with fake.client() as client:
                catalogues.append(list(paginate(list_products, client=client, limit=100)))
        with one.client() as client:
            omega = list(paginate(list_products, client=client, search="omega", limit=100))
            backordered = list(
                paginate(list_products, client=client, status=ProductStatus.BACKORDERED, limit=100)
            )
            cut = dt.date(2025, 1, 1)
            before = list(paginate(list_products, client=client, updated_before=cut, limit=100))
            after = list(
                paginate(
                    list_products,
                    client=client,
                    updated_after=cut + dt.timedelta(days=1),
                    limit=100,
                )
            )
    first, again, different = ([p.id for p in c] for c in catalogues)
    assert len(first) >= 300
    assert len(set(first)) == len(first)
    assert first == again
    assert first != different
    assert {p.status for p in catalogues[0]} == set(ProductStatus)
    assert omega
    assert all("omega" in (p.name + str(p.description)).lower() for p in omega)
    assert backordered
    assert all(p.status == ProductStatus.BACKORDERED for p in backordered)
    assert before
    assert after
    assert sorted(p.id for p in before + after) == sorted(first)


def test_tokens_expire_on_the_fake_clock_and_the_client_renews_them() -> None:
    clock = FakeClock(dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    with FakeJuniper(clock=clock, token_lifetime=600) as fake:
        raw = httpx.Client(transport=fake.transport())
        token = raw.post(
            fake.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": fake.client_id,
                "client_secret": fake.client_secret,
            },
        ).json()
        assert token["expires_in"] == 600
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        assert raw.get(f"{fake.base_url}/shipping-methods", headers=auth).status_code == 200
        clock.advance(601)
        expired = raw.get(f"{fake.base_url}/shipping-methods", headers=auth)
        assert expired.status_code == 401
        assert expired.json()["error"] == "invalid_client"
        with fake.client() as client:
            order = create_order.sync(client=client, body=order_request())
            assert order.created_at == dt.datetime(2030, 1, 1, 0, 10, 1, tzinfo=dt.UTC)
            clock.advance(3600)
            assert list_shipping_methods.sync(client=client)
        refused = raw.post(
            fake.token_url,
            data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"},
        )
        assert refused.status_code == 401
        assert refused.json()["error"] == "invalid_client"
        wrong_grant = raw.post(fake.token_url, data={"grant_type": "password"})
        assert wrong_grant.status_code == 400
        raw.close()


def test_faults_exercise_the_clients_retry_rules(fake: FakeJuniper) -> None:
    with fake.client() as client:
        # 429 means "not processed": even a POST is sent again, and exactly one order exists.
        fake.fail_next("createOrder", 429, retry_after="0")
        create_order.sync(client=client, body=order_request())
        assert len(fake.orders) == 1
        # A 503 on a GET is retried; on a POST it is not (the order might exist).
        fake.fail_next("listShippingMethods", 503)
        assert list_shipping_methods.sync(client=client)
        fake.fail_next("createOrder", 503)
        with pytest.raises(InternalServerError):
            create_order.sync(client=client, body=order_request())
        assert len(fake.orders) == 1
        fake.fail_next("listShippingMethods", 429, times=3, retry_after="0")
        with pytest.raises(RateLimitError):
            list_shipping_methods.sync(client=client)
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("createOrderz")
    with pytest.raises(ValueError, match="429 or 5xx"):
        fake.fail_next("createOrder", 404)


def test_a_token_endpoint_outage_surfaces(fake: FakeJuniper) -> None:
    fake.fail_next("token", 503, times=5)
    with fake.client(max_retries=0) as client, pytest.raises(InternalServerError):
        list_shipping_methods.sync(client=client)


async def test_async_client_reaches_the_same_state(fake: FakeJuniper) -> None:
    async with fake.async_client() as client:
        order = await create_order.asyncio(client=client, body=order_request())
        assert (await get_order_by_id.asyncio(order.id, client=client)).status == "NEW"
    with fake.client() as sync_client:
        assert get_order_by_id.sync(order.id, client=sync_client).id == order.id


def test_concurrent_creates_from_threads_are_all_kept(fake: FakeJuniper) -> None:
    def place(count: int) -> list[str]:
        with fake.client() as client:
            return [create_order.sync(client=client, body=order_request()).id for _ in range(count)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = [order_id for batch in pool.map(place, [25] * 8) for order_id in batch]
    assert len(set(ids)) == 200
    assert sorted(o["id"] for o in fake.orders) == sorted(ids)


def test_the_http_server_serves_64_concurrent_clients_without_error() -> None:
    """The bench (``make bench``) sends 10,000 requests; this sends 64 x 20 to stay quick."""
    with FakeJuniper() as fake, fake.serve() as server:
        errors: list[BaseException] = []
        done = []
        lock = threading.Lock()

        def run() -> None:
            try:
                with JuniperClient(
                    client_id=fake.client_id,
                    client_secret=fake.client_secret,
                    base_url=server.base_url,
                    token_url=server.token_url,
                    max_retries=0,
                ) as client:
                    for _ in range(20):
                        list_shipping_methods.sync(client=client)
                        with lock:
                            done.append(1)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=run) for _ in range(64)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert errors == []
    assert len(done) == 64 * 20


def test_python_dash_m_runs_a_server() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "juniper_fulfillment.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(4))
        with JuniperClient(
            client_id=settings["JUNIPER_CLIENT_ID"],
            client_secret=settings["JUNIPER_CLIENT_SECRET"],
            base_url=settings["JUNIPER_BASE_URL"],
            token_url=settings["JUNIPER_TOKEN_URL"],
        ) as client:
            order = create_order.sync(client=client, body=order_request())
            assert get_order_by_id.sync(order.id, client=client).status == "NEW"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        finally:
            if process.poll() is None:  # left running, it would disturb the tests after this one
                process.kill()
                process.wait()
            assert process.stdout is not None
            process.stdout.close()
        if process.stdout is not None:
            process.stdout.close()


def test_settings_updates_change_only_what_the_spec_lets_them_change() -> None:
    with FakeJuniper() as fake, fake.client() as client:
        settings = client.partner_settings
        changed = settings.update_partner_settings(body={"billingCity": "Palo Alto"})
        assert changed.billing_city == "Palo Alto"
        # A dict body with an undeclared key is refused by the client before sending; sent on
        # purpose through extra_body, it is the fake that refuses it.
        with pytest.raises(RequestValidationError, match="name: unknown field"):
            settings.update_partner_settings(body={"name": "Someone Else"})
        with pytest.raises(UnprocessableEntityError) as refused:
            settings.update_partner_settings(body={}, extra_body={"name": "Someone Else"})
        assert refused.value.parsed is not None
        assert isinstance(refused.value.parsed.detail, list)
        assert refused.value.parsed.detail[0].loc == ["body", "name"]
        assert settings.get_partner_settings().name == "Acme Health"
