from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerSettings")


@_attrs_define
class PartnerSettings:
    """The partner's account settings."""

    primary_color: str | Unset = UNSET
    """ Primary brand colour, as a hex code. """
    secondary_color: str | Unset = UNSET
    """ Secondary brand colour, as a hex code. """
    logo: str | Unset = UNSET
    """ URL or storage key of the partner's logo. """
    phone: str | Unset = UNSET
    support_email: str | Unset = UNSET
    website: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    """ Where order status notifications are sent. """
    billing_address_line_1: str | Unset = UNSET
    billing_address_line_2: str | Unset = UNSET
    billing_city: str | Unset = UNSET
    billing_state: str | Unset = UNSET
    """ Billing state or province. """
    billing_postal_code: str | Unset = UNSET
    billing_country: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    discount: str | Unset = UNSET
    """ The partner discount, as shown to people. """
    discount_value: float | Unset = UNSET
    """ The partner discount as a fraction from 0.0 to 1.0. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_color = self.primary_color

        secondary_color = self.secondary_color

        logo = self.logo

        phone = self.phone

        support_email = self.support_email

        website = self.website

        webhook_url = self.webhook_url

        billing_address_line_1 = self.billing_address_line_1

        billing_address_line_2 = self.billing_address_line_2

        billing_city = self.billing_city

        billing_state = self.billing_state

        billing_postal_code = self.billing_postal_code

        billing_country = self.billing_country

        id = self.id

        name = self.name

        description = self.description

        discount = self.discount

        discount_value = self.discount_value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_color is not UNSET:
            field_dict["primaryColor"] = primary_color
        if secondary_color is not UNSET:
            field_dict["secondaryColor"] = secondary_color
        if logo is not UNSET:
            field_dict["logo"] = logo
        if phone is not UNSET:
            field_dict["phone"] = phone
        if support_email is not UNSET:
            field_dict["supportEmail"] = support_email
        if website is not UNSET:
            field_dict["website"] = website
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if billing_address_line_1 is not UNSET:
            field_dict["billingAddressLine1"] = billing_address_line_1
        if billing_address_line_2 is not UNSET:
            field_dict["billingAddressLine2"] = billing_address_line_2
        if billing_city is not UNSET:
            field_dict["billingCity"] = billing_city
        if billing_state is not UNSET:
            field_dict["billingState"] = billing_state
        if billing_postal_code is not UNSET:
            field_dict["billingPostalCode"] = billing_postal_code
        if billing_country is not UNSET:
            field_dict["billingCountry"] = billing_country
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_value is not UNSET:
            field_dict["discountValue"] = discount_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_color = d.pop("primaryColor", UNSET)

        secondary_color = d.pop("secondaryColor", UNSET)

        logo = d.pop("logo", UNSET)

        phone = d.pop("phone", UNSET)

        support_email = d.pop("supportEmail", UNSET)

        website = d.pop("website", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        billing_address_line_1 = d.pop("billingAddressLine1", UNSET)

        billing_address_line_2 = d.pop("billingAddressLine2", UNSET)

        billing_city = d.pop("billingCity", UNSET)

        billing_state = d.pop("billingState", UNSET)

        billing_postal_code = d.pop("billingPostalCode", UNSET)

        billing_country = d.pop("billingCountry", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        discount = d.pop("discount", UNSET)

        discount_value = d.pop("discountValue", UNSET)

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

        partner_settings = cls(
            primary_color=primary_color,
            secondary_color=secondary_color,
            logo=logo,
            phone=phone,
            support_email=support_email,
            website=website,
            webhook_url=webhook_url,
            billing_address_line_1=billing_address_line_1,
            billing_address_line_2=billing_address_line_2,
            billing_city=billing_city,
            billing_state=billing_state,
            billing_postal_code=billing_postal_code,
            billing_country=billing_country,
            id=id,
            name=name,
            description=description,
            discount=discount,
            discount_value=discount_value,
            created_at=created_at,
            updated_at=updated_at,
        )

        partner_settings.additional_properties = d
        return partner_settings

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
