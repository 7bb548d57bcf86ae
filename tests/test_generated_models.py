"""Golden tests for the custom generator templates: tolerant enums and success-typed ``sync()``.

The server may send values this client does not know yet (a new order status, the ``ONE-TIME``
spelling seen in older responses) and fields the spec does not list (handling fees, volume
discounts). Parsing must keep all of it and ``to_dict()`` must write it back unchanged.
"""

from __future__ import annotations

import datetime
import inspect
import json
import typing

import httpx
import pytest

from juniper_fulfillment import JuniperError, ResponseValidationError
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id
from juniper_fulfillment_client.api.protocols import delete_protocol
from juniper_fulfillment_client.api.shipping import list_shipping_methods
from juniper_fulfillment_client.client import AuthenticatedClient
from juniper_fulfillment_client.models import (
    DaysSupply,
    Order,
    OrderStatus,
    OrderStatusWebhook,
    OrderType,
    ProductStatus,
    ShippingMethod,
)

# A status the vendor will never send (lower case, a prefix no status has): a plausible one such
# as ON_HOLD would turn this test red the day Juniper adds it.
UNKNOWN_STATUS = "x-test-only-unknown-status"

SERVER_ORDER = {
    "id": "2vSGym0bH8qVEwCIGlyFoRgJq1A",
    "status": UNKNOWN_STATUS,
    "orderType": "ONE-TIME",
    "daysSupply": 45,
    "shippingMethod": "DRONE",
    "lineItems": [
        {"productId": 77123129891, "quantity": 2, "price": "0.37", "bulkTier": "gold"},
    ],
    "handlingFee": "5.00",
    "volumeDiscount": {"percent": 5, "label": "5% off"},
    "createdAt": "2023-10-01T12:00:00Z",
}


def test_unknown_enum_values_and_fields_parse_and_round_trip() -> None:
    order = Order.from_dict(json.loads(json.dumps(SERVER_ORDER)))

    assert order.status == UNKNOWN_STATUS
    assert isinstance(order.status, OrderStatus)
    assert order.status.value == UNKNOWN_STATUS
    assert order.order_type == "ONE-TIME"
    assert isinstance(order.order_type, OrderType)
    assert order.days_supply == 45
    assert order.shipping_method == "DRONE"
    assert order.additional_properties["handlingFee"] == "5.00"
    assert isinstance(order.line_items, list)
    assert order.line_items[0].additional_properties == {"bulkTier": "gold"}

    # Datetimes are re-serialised (same instant, "+00:00" for "Z"); everything else is byte-equal.
    written = order.to_dict()
    assert datetime.datetime.fromisoformat(written.pop("createdAt")) == order.created_at
    assert written == {key: value for key, value in SERVER_ORDER.items() if key != "createdAt"}


def test_known_values_still_resolve_to_the_listed_members() -> None:
    assert OrderStatus("NEW") is OrderStatus.NEW
    assert DaysSupply(30) is DaysSupply.VALUE_30
    assert ProductStatus("ACTIVE") is ProductStatus.ACTIVE
    assert str(OrderStatus(UNKNOWN_STATUS)) == UNKNOWN_STATUS
    assert OrderStatus(UNKNOWN_STATUS) == OrderStatus(UNKNOWN_STATUS)
    assert UNKNOWN_STATUS not in OrderStatus.__members__


def test_enum_still_refuses_values_of_the_wrong_type() -> None:
    for bad in (5, None, 1.5):
        try:
            OrderStatus(bad)  # type: ignore[arg-type]  # the wrong type, on purpose
        except ValueError:
            continue
        raise AssertionError(f"OrderStatus({bad!r}) was accepted")
    for bad_int in ("30", True, None):
        try:
            DaysSupply(bad_int)  # type: ignore[arg-type]  # the wrong type, on purpose
        except ValueError:
            continue
        raise AssertionError(f"DaysSupply({bad_int!r}) was accepted")


def test_webhook_payload_with_unknown_status_parses() -> None:
    body = {"order": {"orderId": "2vSG", "status": "RETURNED_TO_SENDER", "carrierNote": "x"}}
    event = OrderStatusWebhook.from_dict(body)
    assert event.order.status == "RETURNED_TO_SENDER"
    assert event.to_dict() == body


def test_unknown_shipping_method_name_in_a_list() -> None:
    method = ShippingMethod.from_dict({"name": "SAME_DAY", "price": "59.00"})
    assert method.name == "SAME_DAY"
    assert method.to_dict() == {"name": "SAME_DAY", "price": "59.00"}


def test_sync_is_annotated_with_the_success_model_only() -> None:
    assert typing.get_type_hints(create_order.sync)["return"] is Order
    assert typing.get_type_hints(get_order_by_id.asyncio)["return"] is Order
    assert typing.get_type_hints(list_shipping_methods.sync)["return"] == list[ShippingMethod]
    assert typing.get_type_hints(delete_protocol.sync)["return"] is type(None)
    assert inspect.iscoroutinefunction(delete_protocol.asyncio)


def test_a_success_body_that_breaks_the_spec_raises_a_typed_error() -> None:
    """A missing required field or a non-JSON body is a JuniperError, not a bare KeyError."""
    bodies = [b'{"status": "NEW"}', b"<html>gateway</html>", b'{"id": "x", "status": 5}']
    for body in bodies:
        transport = httpx.MockTransport(
            lambda request, body=body: httpx.Response(200, content=body)
        )
        client = AuthenticatedClient(
            base_url="http://127.0.0.1", token="t", httpx_args={"transport": transport}
        )
        with client, pytest.raises(ResponseValidationError) as raised:
            get_order_by_id.sync("2vSG", client=client)
        assert isinstance(raised.value, JuniperError)
        assert raised.value.content == body
        assert raised.value.status_code == 200
