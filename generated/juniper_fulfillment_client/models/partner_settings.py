from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
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
        if type(src_dict) is not dict:
            src_dict = _errors.check_object(src_dict)
        _get = src_dict.get
        _known = 0
        _primary_color = _get("primaryColor", UNSET)
        primary_color: str | Unset = UNSET
        if _primary_color is not UNSET:
            _known += 1
            if not isinstance(_primary_color, str):
                raise _errors.invalid("primaryColor", "string", _primary_color)
            primary_color = _primary_color

        _secondary_color = _get("secondaryColor", UNSET)
        secondary_color: str | Unset = UNSET
        if _secondary_color is not UNSET:
            _known += 1
            if not isinstance(_secondary_color, str):
                raise _errors.invalid("secondaryColor", "string", _secondary_color)
            secondary_color = _secondary_color

        _logo = _get("logo", UNSET)
        logo: str | Unset = UNSET
        if _logo is not UNSET:
            _known += 1
            if not isinstance(_logo, str):
                raise _errors.invalid("logo", "string", _logo)
            logo = _logo

        _phone = _get("phone", UNSET)
        phone: str | Unset = UNSET
        if _phone is not UNSET:
            _known += 1
            if not isinstance(_phone, str):
                raise _errors.invalid("phone", "string", _phone)
            phone = _phone

        _support_email = _get("supportEmail", UNSET)
        support_email: str | Unset = UNSET
        if _support_email is not UNSET:
            _known += 1
            if not isinstance(_support_email, str):
                raise _errors.invalid("supportEmail", "string", _support_email)
            support_email = _support_email

        _website = _get("website", UNSET)
        website: str | Unset = UNSET
        if _website is not UNSET:
            _known += 1
            if not isinstance(_website, str):
                raise _errors.invalid("website", "string", _website)
            website = _website

        _webhook_url = _get("webhookUrl", UNSET)
        webhook_url: str | Unset = UNSET
        if _webhook_url is not UNSET:
            _known += 1
            if not isinstance(_webhook_url, str):
                raise _errors.invalid("webhookUrl", "string", _webhook_url)
            webhook_url = _webhook_url

        _billing_address_line_1 = _get("billingAddressLine1", UNSET)
        billing_address_line_1: str | Unset = UNSET
        if _billing_address_line_1 is not UNSET:
            _known += 1
            if not isinstance(_billing_address_line_1, str):
                raise _errors.invalid(
                    "billingAddressLine1", "string", _billing_address_line_1
                )
            billing_address_line_1 = _billing_address_line_1

        _billing_address_line_2 = _get("billingAddressLine2", UNSET)
        billing_address_line_2: str | Unset = UNSET
        if _billing_address_line_2 is not UNSET:
            _known += 1
            if not isinstance(_billing_address_line_2, str):
                raise _errors.invalid(
                    "billingAddressLine2", "string", _billing_address_line_2
                )
            billing_address_line_2 = _billing_address_line_2

        _billing_city = _get("billingCity", UNSET)
        billing_city: str | Unset = UNSET
        if _billing_city is not UNSET:
            _known += 1
            if not isinstance(_billing_city, str):
                raise _errors.invalid("billingCity", "string", _billing_city)
            billing_city = _billing_city

        _billing_state = _get("billingState", UNSET)
        billing_state: str | Unset = UNSET
        if _billing_state is not UNSET:
            _known += 1
            if not isinstance(_billing_state, str):
                raise _errors.invalid("billingState", "string", _billing_state)
            billing_state = _billing_state

        _billing_postal_code = _get("billingPostalCode", UNSET)
        billing_postal_code: str | Unset = UNSET
        if _billing_postal_code is not UNSET:
            _known += 1
            if not isinstance(_billing_postal_code, str):
                raise _errors.invalid(
                    "billingPostalCode", "string", _billing_postal_code
                )
            billing_postal_code = _billing_postal_code

        _billing_country = _get("billingCountry", UNSET)
        billing_country: str | Unset = UNSET
        if _billing_country is not UNSET:
            _known += 1
            if not isinstance(_billing_country, str):
                raise _errors.invalid("billingCountry", "string", _billing_country)
            billing_country = _billing_country

        _id = _get("id", UNSET)
        id: str | Unset = UNSET
        if _id is not UNSET:
            _known += 1
            if not isinstance(_id, str):
                raise _errors.invalid("id", "string", _id)
            id = _id

        _name = _get("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            _known += 1
            if not isinstance(_name, str):
                raise _errors.invalid("name", "string", _name)
            name = _name

        _description = _get("description", UNSET)
        description: str | Unset = UNSET
        if _description is not UNSET:
            _known += 1
            if not isinstance(_description, str):
                raise _errors.invalid("description", "string", _description)
            description = _description

        _discount = _get("discount", UNSET)
        discount: str | Unset = UNSET
        if _discount is not UNSET:
            _known += 1
            if not isinstance(_discount, str):
                raise _errors.invalid("discount", "string", _discount)
            discount = _discount

        _discount_value = _get("discountValue", UNSET)
        discount_value: float | Unset = UNSET
        if _discount_value is not UNSET:
            _known += 1
            discount_value = (
                _discount_value
                if type(_discount_value) is float
                else _errors.as_number("discountValue", _discount_value)
            )

        _created_at = _get("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            _known += 1
            created_at = _errors.as_datetime("createdAt", _created_at)

        _updated_at = _get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            _known += 1
            updated_at = _errors.as_datetime("updatedAt", _updated_at)

        _instance = cls(
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

        if len(src_dict) != _known:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
        return _instance

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


# The JSON names of the declared fields; the rest of an object is kept in additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "primaryColor",
        "secondaryColor",
        "logo",
        "phone",
        "supportEmail",
        "website",
        "webhookUrl",
        "billingAddressLine1",
        "billingAddressLine2",
        "billingCity",
        "billingState",
        "billingPostalCode",
        "billingCountry",
        "id",
        "name",
        "description",
        "discount",
        "discountValue",
        "createdAt",
        "updatedAt",
    )
)
