"""Retries against the fake take no time but keep every decision: waits are recorded, not slept.

Clients from ``fake.client()`` / ``fake.async_client()`` pass each wait the retry policy decides
(backoff, or the server's ``Retry-After``) to ``fake.retry_sleeps``; any client can do the same
with ``retry_sleep=``. The decisions are the ones logged, as for a client that sleeps.
"""

from __future__ import annotations

import logging
import time

import pytest

from juniper_fulfillment import JuniperClient, RateLimitError
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment_client.api.shipping import list_shipping_methods

# Two backoffs of the policy sleep at least 0.375 + 0.75 s; "fast" is well under that.
FAST = 0.5


def logged_waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    waits = []
    for record in caplog.records:
        if record.name == "juniper_fulfillment" and "retrying in" in str(record.msg):
            assert isinstance(record.args, tuple)
            wait = record.args[2]
            assert isinstance(wait, float)
            waits.append(wait)
    return waits


def test_two_503s_then_success_take_no_time_and_record_the_backoff(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="juniper_fulfillment")
    with FakeJuniper() as fake, fake.client() as client:
        fake.fail_next("listShippingMethods", 503, times=2)
        started = time.perf_counter()
        methods = client.shipping.list_shipping_methods()
        elapsed = time.perf_counter() - started
    assert methods
    assert elapsed < FAST
    first, second = fake.retry_sleeps
    assert 0.375 <= first <= 0.5  # min(0.5 * 2**0, 8) with 0.75-1.0 jitter
    assert 0.75 <= second <= 1.0
    assert logged_waits(caplog) == fake.retry_sleeps


def test_retry_after_on_503s_is_honoured_without_sleeping(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="juniper_fulfillment")
    with FakeJuniper() as fake, fake.client() as client:
        fake.fail_next("listShippingMethods", 503, times=2, retry_after="7")
        started = time.perf_counter()
        assert list_shipping_methods.sync(client=client)
        elapsed = time.perf_counter() - started
    assert elapsed < FAST
    assert fake.retry_sleeps == [7.0, 7.0]
    assert logged_waits(caplog) == [7.0, 7.0]


async def test_the_async_client_records_instead_of_sleeping() -> None:
    with FakeJuniper() as fake:
        async with fake.async_client() as client:
            fake.fail_next("listShippingMethods", 429, times=2, retry_after="9")
            started = time.perf_counter()
            assert await client.shipping.list_shipping_methods()
            elapsed = time.perf_counter() - started
    assert elapsed < FAST
    assert fake.retry_sleeps == [9.0, 9.0]


def test_the_decisions_are_unchanged_a_too_long_retry_after_still_raises() -> None:
    with FakeJuniper() as fake, fake.client() as client:
        fake.fail_next("listShippingMethods", 429, retry_after="120")
        with pytest.raises(RateLimitError):
            client.shipping.list_shipping_methods()
        # A POST that got a 503 is still never sent again: nothing to wait for.
        fake.fail_next("createOrder", 503)
    assert fake.retry_sleeps == []


def test_any_client_takes_the_option_and_copies_keep_it() -> None:
    waits: list[float] = []
    with FakeJuniper() as fake:
        kwargs = {**fake.client_kwargs(), "retry_sleep": waits.append}
        with JuniperClient(**kwargs) as client:
            fake.fail_next("listShippingMethods", 429, times=2, retry_after="3")
            assert client.with_options(max_retries=5).shipping.list_shipping_methods()
            fake.fail_next("listShippingMethods", 429, retry_after="4")
            assert client.shipping.list_shipping_methods(max_retries=1)
        assert fake.retry_sleeps == []
    assert waits == [3.0, 3.0, 4.0]


def test_a_fake_client_may_still_sleep_for_real() -> None:
    with FakeJuniper() as fake, fake.client(retry_sleep=None) as client:
        fake.fail_next("listShippingMethods", 429, retry_after="0.2")
        started = time.perf_counter()
        client.shipping.list_shipping_methods()
        assert time.perf_counter() - started >= 0.2
    assert fake.retry_sleeps == []


def test_retry_sleep_must_be_callable() -> None:
    with pytest.raises(TypeError, match="retry_sleep"):
        JuniperClient(client_id="id", client_secret="secret", retry_sleep=0.5)  # type: ignore[arg-type]
