"""Hooks: the exact events of a call, over the fake's real socket server, sync and async.

Each attempt, response, retry decision and token obtained is reported with the operationId the
generated code put on the request; a hook that raises is logged and changes nothing; no event
holds the token or the secret.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

import juniper_fulfillment_client
from juniper_fulfillment import (
    AsyncJuniperClient,
    AttemptEvent,
    Hooks,
    InternalServerError,
    JuniperClient,
    ResponseEvent,
    RetryEvent,
    TokenEvent,
)
from juniper_fulfillment.testing import FakeJuniper
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for

OPERATION = "getPartnerSettings"


def recording() -> tuple[Hooks, list[object]]:
    events: list[object] = []
    hooks = Hooks(
        on_attempt=events.append,
        on_response=events.append,
        on_retry=events.append,
        on_token=events.append,
    )
    return hooks, events


@contextmanager
def served(fake: FakeJuniper, **options: Any) -> Iterator[tuple[JuniperClient, str]]:
    waits: list[float] = []
    with (
        fake.serve() as server,
        JuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            retry_sleep=waits.append,
            **options,
        ) as client,
    ):
        yield client, f"{server.base_url}/partners/settings"


def check_sequence(events: list[object], url: str) -> None:
    assert [type(event) for event in events] == [
        TokenEvent,
        AttemptEvent,
        ResponseEvent,
        RetryEvent,
        AttemptEvent,
        ResponseEvent,
    ]
    token, first, answered, retry, second, success = events
    assert isinstance(token, TokenEvent)
    assert 3500 <= token.expires_in <= 3600
    assert token.expires_at.tzinfo is not None
    assert first == AttemptEvent(OPERATION, "GET", url, 1)
    assert isinstance(answered, ResponseEvent)
    assert (answered.operation_id, answered.method, answered.url) == (OPERATION, "GET", url)
    assert (answered.attempt, answered.status_code) == (1, 503)
    assert answered.elapsed > 0
    assert retry == RetryEvent(OPERATION, "GET", url, 1, "status 503", 0.0)
    assert second == AttemptEvent(OPERATION, "GET", url, 2)
    assert isinstance(success, ResponseEvent)
    assert (success.attempt, success.status_code) == (2, 200)


def test_the_events_of_a_retried_call_in_order() -> None:
    hooks, events = recording()
    with FakeJuniper() as fake:
        fake.fail_next(OPERATION, 503, retry_after="0")
        with served(fake, hooks=hooks) as (client, url):
            settings = client.partner_settings.get_partner_settings()
            assert settings.id
            check_sequence(events, url)
            # The token is cached now: the next call reports no token, one attempt.
            events.clear()
            client.partner_settings.get_partner_settings()
            assert [type(event) for event in events] == [AttemptEvent, ResponseEvent]


async def test_async_hooks_are_awaited_and_sync_ones_called() -> None:
    events: list[object] = []

    async def on_attempt(event: AttemptEvent) -> None:
        events.append(event)

    hooks = Hooks(
        on_attempt=on_attempt,
        on_response=events.append,
        on_retry=events.append,
        on_token=events.append,
    )
    with FakeJuniper() as fake, fake.serve() as server:
        fake.fail_next(OPERATION, 503, retry_after="0")
        async with AsyncJuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            hooks=hooks,
        ) as client:
            await client.partner_settings.get_partner_settings()
        check_sequence(events, f"{server.base_url}/partners/settings")


def test_per_call_hooks_replace_the_clients() -> None:
    client_hooks, client_events = recording()
    call_hooks, call_events = recording()
    with FakeJuniper() as fake, served(fake, hooks=client_hooks) as (client, url):
        client.partner_settings.get_partner_settings(hooks=call_hooks)
        assert [type(event) for event in call_events] == [TokenEvent, AttemptEvent, ResponseEvent]
        assert client_events == []
        client.partner_settings.get_partner_settings(hooks=None)
        assert client_events == []
        client.with_options(hooks=None).partner_settings.get_partner_settings()
        assert client_events == []
        client.partner_settings.get_partner_settings()
        assert client_events[0] == AttemptEvent(OPERATION, "GET", url, 1)
        assert client.with_options(max_retries=0).hooks is client_hooks


def test_a_raising_hook_changes_nothing(caplog: pytest.LogCaptureFixture) -> None:
    def boom(event: object) -> None:
        raise RuntimeError("hook failure")

    hooks = Hooks(on_attempt=boom, on_response=boom, on_retry=boom, on_token=boom)
    caplog.set_level(logging.WARNING, logger="juniper_fulfillment")
    with FakeJuniper() as fake:
        fake.fail_next(OPERATION, 503, retry_after="0")
        with served(fake, hooks=hooks) as (client, _):
            assert client.partner_settings.get_partner_settings().id
        # An error stays the same error.
        fake.fail_next(OPERATION, 503, times=3, retry_after="0")
        with served(fake, hooks=hooks) as (client, _), pytest.raises(InternalServerError):
            client.partner_settings.get_partner_settings()
    failures = [r for r in caplog.records if "raised while handling" in r.getMessage()]
    assert {r.getMessage().split(" handling ")[1].split(";")[0] for r in failures} == {
        "TokenEvent",
        "AttemptEvent",
        "ResponseEvent",
        "RetryEvent",
    }
    assert all(r.exc_info is not None for r in failures)


def test_no_event_holds_the_token_or_the_secret() -> None:
    hooks, events = recording()
    with FakeJuniper() as fake:
        fake.fail_next(OPERATION, 503, retry_after="0")
        with served(fake, hooks=hooks) as (client, _):
            client.partner_settings.get_partner_settings()
            issued = client._shared.tokens.current()
    assert issued
    assert len(events) == 6
    for event in events:
        for text in (repr(event), str(event)):
            assert issued not in text
            assert fake.client_secret not in text


def test_the_request_id_of_a_response(server: FaultServer) -> None:
    hooks, events = recording()
    # The server sends an x-request-id of its own with every answer (req_<hex>).
    server.script("GET", f"/orders/{ORDER_ID}", Reply(503, headers={"Retry-After": "0"}))
    with client_for(server, hooks=hooks) as client:
        client.orders.get_order_by_id(ORDER_ID)
    responses = [event for event in events if isinstance(event, ResponseEvent)]
    assert [(r.operation_id, r.status_code) for r in responses] == [
        ("getOrderById", 503),
        ("getOrderById", 200),
    ]
    ids = [r.request_id for r in responses]
    assert all(isinstance(i, str) and i.startswith("req_") for i in ids)
    assert ids[0] != ids[1]


def test_an_async_hook_on_a_sync_client_is_reported_not_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[object] = []

    async def on_attempt(event: AttemptEvent) -> None:
        seen.append(event)

    caplog.set_level(logging.WARNING, logger="juniper_fulfillment")
    with FakeJuniper() as fake, served(fake, hooks=Hooks(on_attempt=on_attempt)) as (client, _):
        assert client.partner_settings.get_partner_settings().id
    assert seen == []
    assert any("async hook" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("hooks", "error"),
    [({"on_attempt": print}, TypeError), (Hooks(on_retry=42), TypeError)],  # type: ignore[arg-type]
)
def test_bad_hooks_are_refused(hooks: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="hooks"):
        JuniperClient(client_id="id", client_secret="secret", hooks=hooks)  # type: ignore[arg-type]


def test_every_operation_carries_its_spec_operation_id() -> None:
    """The operationId travels from the spec to the request generically, for every operation."""
    package = Path(juniper_fulfillment_client.__file__).parent
    spec = yaml.safe_load((package / "openapi.yaml").read_text())
    expected = {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    found = set()
    for module in (package / "api").glob("*/*.py"):
        text = module.read_text()
        marker = '"juniper_operation_id": "'
        if marker in text:
            found.add(text.split(marker, 1)[1].split('"', 1)[0])
    assert found == expected
