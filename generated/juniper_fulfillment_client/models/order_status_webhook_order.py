from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fulfillment_info import FulfillmentInfo


T = TypeVar("T", bound="OrderStatusWebhookOrder")


@_attrs_define
class OrderStatusWebhookOrder:
    """The order a status notification is about. Note `orderId`, not `id`."""

    order_id: str
    status: OrderStatus
    """ Where an order is in fulfillment. Only `NEW` orders can be cancelled. The server may add
    statuses; clients must accept values not listed here.
     """
    fulfillment_info: FulfillmentInfo | Unset = UNSET
    """ Carrier and tracking details, present once the order has shipped. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = OrderStatus(self.status).value

        fulfillment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_info, Unset):
            fulfillment_info = self.fulfillment_info.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
            }
        )
        if fulfillment_info is not UNSET:
            field_dict["fulfillmentInfo"] = fulfillment_info
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        status = OrderStatus(d.pop("status"))

        _fulfillment_info = d.pop("fulfillmentInfo", UNSET)
        fulfillment_info: FulfillmentInfo | Unset
        if isinstance(_fulfillment_info, Unset):
            fulfillment_info = UNSET
        else:
            fulfillment_info = FulfillmentInfo.from_dict(_fulfillment_info)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        order_status_webhook_order = cls(
            order_id=order_id,
            status=status,
            fulfillment_info=fulfillment_info,
            created_at=created_at,
            updated_at=updated_at,
        )

        order_status_webhook_order.additional_properties = d
        return order_status_webhook_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
