from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A United States postal address."""

    line1: str
    """ Street address. """
    city: str
    state: str
    """ Two-letter state code. """
    zip_code: str
    """ Five-digit ZIP code. """
    line2: str | Unset = UNSET
    """ Apartment, suite or unit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        city = self.city

        state = self.state

        zip_code = self.zip_code

        line2 = self.line2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line1": line1,
                "city": city,
                "state": state,
                "zipCode": zip_code,
            }
        )
        if line2 is not UNSET:
            field_dict["line2"] = line2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line1 = d.pop("line1")

        city = d.pop("city")

        state = d.pop("state")

        zip_code = d.pop("zipCode")

        line2 = d.pop("line2", UNSET)

        address = cls(
            line1=line1,
            city=city,
            state=state,
            zip_code=zip_code,
            line2=line2,
        )

        address.additional_properties = d
        return address

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
