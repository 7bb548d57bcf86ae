from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_method_name import ShippingMethodName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingMethod")


@_attrs_define
class ShippingMethod:
    """A way to ship an order, with its price."""

    name: ShippingMethodName
    """ A shipping speed. """
    description: str | Unset = UNSET
    price: str | Unset = UNSET
    """ Price in US dollars. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = ShippingMethodName(self.name).value

        description = self.description

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = ShippingMethodName(d.pop("name"))

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        shipping_method = cls(
            name=name,
            description=description,
            price=price,
        )

        shipping_method.additional_properties = d
        return shipping_method

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
