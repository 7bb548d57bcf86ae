from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerSettingsUpdate")


@_attrs_define
class PartnerSettingsUpdate:
    """A change to the partner settings; only the fields present are changed."""

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

        partner_settings_update = cls(
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
        )

        partner_settings_update.additional_properties = d
        return partner_settings_update

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
