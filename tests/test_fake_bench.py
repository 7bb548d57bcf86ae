"""The FakeJuniper benchmark scenarios run correctly (timing is `make bench`'s business)."""

from __future__ import annotations

from bench import scenarios
from juniper_fulfillment.testing import FakeJuniper


def test_create_then_get_on_the_fake_and_on_the_canned_baseline() -> None:
    with FakeJuniper() as fake, fake.client() as client:
        order = scenarios.create_then_get(client)
        assert order.status == "NEW"
        assert [o["id"] for o in fake.orders] == [order.id]
    with scenarios.mock_transport_client() as client:
        assert scenarios.create_then_get(client).id == scenarios.ORDER_ID


def test_the_server_load_scenario_counts_every_answer() -> None:
    answered, errors, elapsed = scenarios.fake_server_load(requests=130, clients=8)
    assert (answered, errors) == (130, 0)
    assert elapsed > 0


def test_the_control_plane_scenario_moves_the_clock_between_rounds() -> None:
    with scenarios.served_fake() as (client, control):
        before = control.get("/clock").json()["timestamp"]
        scenarios.control_plane_call(control)
        assert control.get("/clock").json()["timestamp"] >= before + 1
        assert scenarios.create_then_get(client).status == "NEW"
