from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
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
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False
    ) -> T:
        """An instance from ``src_dict``, a JSON object in the API's shape.

        Every declared field is checked (``errors.ResponseValidationError`` names the place).
        Fields the spec does not declare are kept in ``additional_properties``; with
        ``strict=True`` they are refused instead, here and in every nested object, unless the
        spec allows extra fields there (``additionalProperties``). The client is strict with
        request bodies given as mappings and lenient with what the server sends.
        """
        if type(src_dict) is not dict:
            src_dict = _errors.check_object(src_dict)
        if strict and not _FIELDS.issuperset(src_dict):
            raise _errors.unknown_fields(src_dict, _FIELDS)
        _known = 13
        if "primaryColor" in src_dict:
            primary_color = src_dict["primaryColor"]
            if not isinstance(primary_color, str):
                raise _errors.invalid("primaryColor", "string", primary_color)
        else:
            primary_color = UNSET
            _known -= 1
        if "secondaryColor" in src_dict:
            secondary_color = src_dict["secondaryColor"]
            if not isinstance(secondary_color, str):
                raise _errors.invalid("secondaryColor", "string", secondary_color)
        else:
            secondary_color = UNSET
            _known -= 1
        if "logo" in src_dict:
            logo = src_dict["logo"]
            if not isinstance(logo, str):
                raise _errors.invalid("logo", "string", logo)
        else:
            logo = UNSET
            _known -= 1
        if "phone" in src_dict:
            phone = src_dict["phone"]
            if not isinstance(phone, str):
                raise _errors.invalid("phone", "string", phone)
        else:
            phone = UNSET
            _known -= 1
        if "supportEmail" in src_dict:
            support_email = src_dict["supportEmail"]
            if not isinstance(support_email, str):
                raise _errors.invalid("supportEmail", "string", support_email)
        else:
            support_email = UNSET
            _known -= 1
        if "website" in src_dict:
            website = src_dict["website"]
            if not isinstance(website, str):
                raise _errors.invalid("website", "string", website)
        else:
            website = UNSET
            _known -= 1
        if "webhookUrl" in src_dict:
            webhook_url = src_dict["webhookUrl"]
            if not isinstance(webhook_url, str):
                raise _errors.invalid("webhookUrl", "string", webhook_url)
        else:
            webhook_url = UNSET
            _known -= 1
        if "billingAddressLine1" in src_dict:
            billing_address_line_1 = src_dict["billingAddressLine1"]
            if not isinstance(billing_address_line_1, str):
                raise _errors.invalid(
                    "billingAddressLine1", "string", billing_address_line_1
                )
        else:
            billing_address_line_1 = UNSET
            _known -= 1
        if "billingAddressLine2" in src_dict:
            billing_address_line_2 = src_dict["billingAddressLine2"]
            if not isinstance(billing_address_line_2, str):
                raise _errors.invalid(
                    "billingAddressLine2", "string", billing_address_line_2
                )
        else:
            billing_address_line_2 = UNSET
            _known -= 1
        if "billingCity" in src_dict:
            billing_city = src_dict["billingCity"]
            if not isinstance(billing_city, str):
                raise _errors.invalid("billingCity", "string", billing_city)
        else:
            billing_city = UNSET
            _known -= 1
        if "billingState" in src_dict:
            billing_state = src_dict["billingState"]
            if not isinstance(billing_state, str):
                raise _errors.invalid("billingState", "string", billing_state)
        else:
            billing_state = UNSET
            _known -= 1
        if "billingPostalCode" in src_dict:
            billing_postal_code = src_dict["billingPostalCode"]
            if not isinstance(billing_postal_code, str):
                raise _errors.invalid(
                    "billingPostalCode", "string", billing_postal_code
                )
        else:
            billing_postal_code = UNSET
            _known -= 1
        if "billingCountry" in src_dict:
            billing_country = src_dict["billingCountry"]
            if not isinstance(billing_country, str):
                raise _errors.invalid("billingCountry", "string", billing_country)
        else:
            billing_country = UNSET
            _known -= 1

        if cls is PartnerSettingsUpdate:
            _instance = _new_instance(cls)
            _instance.primary_color = primary_color
            _instance.secondary_color = secondary_color
            _instance.logo = logo
            _instance.phone = phone
            _instance.support_email = support_email
            _instance.website = website
            _instance.webhook_url = webhook_url
            _instance.billing_address_line_1 = billing_address_line_1
            _instance.billing_address_line_2 = billing_address_line_2
            _instance.billing_city = billing_city
            _instance.billing_state = billing_state
            _instance.billing_postal_code = billing_postal_code
            _instance.billing_country = billing_country
            _instance.additional_properties = {}
        else:
            _instance = cls(
                primary_color,
                secondary_color,
                logo,
                phone,
                support_email,
                website,
                webhook_url,
                billing_address_line_1,
                billing_address_line_2,
                billing_city,
                billing_state,
                billing_postal_code,
                billing_country,
            )

        if len(src_dict) != _known:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
        return _instance

    def to_json(self) -> str:
        """This object as compact JSON text in the API's shape: exactly what ``to_dict()`` gives.

        Dates, date-times and UUIDs are written as ``to_dict()`` writes them (ISO 8601 / RFC 3339
        text), fields left unset are absent, and unknown fields kept from a response are
        written back.
        """
        return _errors.dump_json(self.to_dict())

    @classmethod
    def from_json(cls: type[T], text: str | bytes, *, strict: bool = False) -> T:
        """An instance from JSON text (``str`` or UTF-8 ``bytes``) in the API's shape.

        ``from_dict`` of the decoded value, with the same checks and ``strict``; text that is
        not JSON raises ``errors.ResponseValidationError`` too (``the text is not JSON``).
        """
        return cls.from_dict(_errors.load_json(text), strict=strict)

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


# The JSON names of the declared fields; the rest of an object is kept in additional_properties,
# or refused by from_dict(strict=True).
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
    )
)
_new_instance = object.__new__
_join_strings = "".join
