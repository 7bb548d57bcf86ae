from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.days_supply import DaysSupply
from ..models.order_type import OrderType
from ..models.shipping_method_name import ShippingMethodName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.line_item import LineItem


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """An order to place, or the content of a protocol."""

    customer: Customer
    """ The person who receives the order. """
    days_supply: DaysSupply
    """ How many days the order lasts. """
    line_items: list[LineItem]
    shipping_method: ShippingMethodName | Unset = UNSET
    """ A shipping speed. """
    order_type: OrderType | Unset = UNSET
    """ Whether the order is placed once or repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        days_supply = DaysSupply(self.days_supply).value

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        shipping_method: str | Unset = UNSET
        if not isinstance(self.shipping_method, Unset):
            shipping_method = ShippingMethodName(self.shipping_method).value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = OrderType(self.order_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "daysSupply": days_supply,
                "lineItems": line_items,
            }
        )
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer = Customer.from_dict(d.pop("customer"))

        days_supply = DaysSupply(d.pop("daysSupply"))

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = LineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        _shipping_method = d.pop("shippingMethod", UNSET)
        shipping_method: ShippingMethodName | Unset
        if isinstance(_shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = ShippingMethodName(_shipping_method)

        _order_type = d.pop("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderType(_order_type)

        create_order_request = cls(
            customer=customer,
            days_supply=days_supply,
            line_items=line_items,
            shipping_method=shipping_method,
            order_type=order_type,
        )

        create_order_request.additional_properties = d
        return create_order_request

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
from ..models.line_item import LineItem  # noqa: E402
