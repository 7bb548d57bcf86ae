from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.days_supply import DaysSupply
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.shipping_method_name import ShippingMethodName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.fulfillment_info import FulfillmentInfo
    from ..models.order_line_item import OrderLineItem


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as the server knows it. The server may include fields not listed here (for
    example handling fees and volume discounts); clients keep them.

    """

    id: str
    status: OrderStatus
    """ Where an order is in fulfillment. Only `NEW` orders can be cancelled. The server may add
    statuses; clients must accept values not listed here.
     """
    order_type: OrderType | Unset = UNSET
    """ Whether the order is placed once or repeats. """
    days_supply: DaysSupply | Unset = UNSET
    """ How many days the order lasts. """
    shipping_method: ShippingMethodName | Unset = UNSET
    """ A shipping speed. """
    discount: str | Unset = UNSET
    """ The partner discount applied, as shown to people. """
    customer: Customer | Unset = UNSET
    """ The person who receives the order. """
    line_items: list[OrderLineItem] | Unset = UNSET
    fulfillment_info: FulfillmentInfo | Unset = UNSET
    """ Carrier and tracking details, present once the order has shipped. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = OrderStatus(self.status).value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = OrderType(self.order_type).value

        days_supply: int | Unset = UNSET
        if not isinstance(self.days_supply, Unset):
            days_supply = DaysSupply(self.days_supply).value

        shipping_method: str | Unset = UNSET
        if not isinstance(self.shipping_method, Unset):
            shipping_method = ShippingMethodName(self.shipping_method).value

        discount = self.discount

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

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
                "id": id,
                "status": status,
            }
        )
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if days_supply is not UNSET:
            field_dict["daysSupply"] = days_supply
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if discount is not UNSET:
            field_dict["discount"] = discount
        if customer is not UNSET:
            field_dict["customer"] = customer
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
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
        id = d.pop("id")

        status = OrderStatus(d.pop("status"))

        _order_type = d.pop("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderType(_order_type)

        _days_supply = d.pop("daysSupply", UNSET)
        days_supply: DaysSupply | Unset
        if isinstance(_days_supply, Unset):
            days_supply = UNSET
        else:
            days_supply = DaysSupply(_days_supply)

        _shipping_method = d.pop("shippingMethod", UNSET)
        shipping_method: ShippingMethodName | Unset
        if isinstance(_shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = ShippingMethodName(_shipping_method)

        discount = d.pop("discount", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[OrderLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = OrderLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

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

        order = cls(
            id=id,
            status=status,
            order_type=order_type,
            days_supply=days_supply,
            shipping_method=shipping_method,
            discount=discount,
            customer=customer,
            line_items=line_items,
            fulfillment_info=fulfillment_info,
            created_at=created_at,
            updated_at=updated_at,
        )

        order.additional_properties = d
        return order

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


from ..models.customer import Customer  # noqa: E402
from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
from ..models.order_line_item import OrderLineItem  # noqa: E402
