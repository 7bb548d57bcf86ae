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
        field__known = 13
        if "primaryColor" in src_dict:
            field_primary_color = src_dict["primaryColor"]
            if not isinstance(field_primary_color, str):
                raise _errors.invalid("primaryColor", "string", field_primary_color)
        else:
            field_primary_color = UNSET
            field__known -= 1
        if "secondaryColor" in src_dict:
            field_secondary_color = src_dict["secondaryColor"]
            if not isinstance(field_secondary_color, str):
                raise _errors.invalid("secondaryColor", "string", field_secondary_color)
        else:
            field_secondary_color = UNSET
            field__known -= 1
        if "logo" in src_dict:
            field_logo = src_dict["logo"]
            if not isinstance(field_logo, str):
                raise _errors.invalid("logo", "string", field_logo)
        else:
            field_logo = UNSET
            field__known -= 1
        if "phone" in src_dict:
            field_phone = src_dict["phone"]
            if not isinstance(field_phone, str):
                raise _errors.invalid("phone", "string", field_phone)
        else:
            field_phone = UNSET
            field__known -= 1
        if "supportEmail" in src_dict:
            field_support_email = src_dict["supportEmail"]
            if not isinstance(field_support_email, str):
                raise _errors.invalid("supportEmail", "string", field_support_email)
        else:
            field_support_email = UNSET
            field__known -= 1
        if "website" in src_dict:
            field_website = src_dict["website"]
            if not isinstance(field_website, str):
                raise _errors.invalid("website", "string", field_website)
        else:
            field_website = UNSET
            field__known -= 1
        if "webhookUrl" in src_dict:
            field_webhook_url = src_dict["webhookUrl"]
            if not isinstance(field_webhook_url, str):
                raise _errors.invalid("webhookUrl", "string", field_webhook_url)
        else:
            field_webhook_url = UNSET
            field__known -= 1
        if "billingAddressLine1" in src_dict:
            field_billing_address_line_1 = src_dict["billingAddressLine1"]
            if not isinstance(field_billing_address_line_1, str):
                raise _errors.invalid(
                    "billingAddressLine1", "string", field_billing_address_line_1
                )
        else:
            field_billing_address_line_1 = UNSET
            field__known -= 1
        if "billingAddressLine2" in src_dict:
            field_billing_address_line_2 = src_dict["billingAddressLine2"]
            if not isinstance(field_billing_address_line_2, str):
                raise _errors.invalid(
                    "billingAddressLine2", "string", field_billing_address_line_2
                )
        else:
            field_billing_address_line_2 = UNSET
            field__known -= 1
        if "billingCity" in src_dict:
            field_billing_city = src_dict["billingCity"]
            if not isinstance(field_billing_city, str):
                raise _errors.invalid("billingCity", "string", field_billing_city)
        else:
            field_billing_city = UNSET
            field__known -= 1
        if "billingState" in src_dict:
            field_billing_state = src_dict["billingState"]
            if not isinstance(field_billing_state, str):
                raise _errors.invalid("billingState", "string", field_billing_state)
        else:
            field_billing_state = UNSET
            field__known -= 1
        if "billingPostalCode" in src_dict:
            field_billing_postal_code = src_dict["billingPostalCode"]
            if not isinstance(field_billing_postal_code, str):
                raise _errors.invalid(
                    "billingPostalCode", "string", field_billing_postal_code
                )
        else:
            field_billing_postal_code = UNSET
            field__known -= 1
        if "billingCountry" in src_dict:
            field_billing_country = src_dict["billingCountry"]
            if not isinstance(field_billing_country, str):
                raise _errors.invalid("billingCountry", "string", field_billing_country)
        else:
            field_billing_country = UNSET
            field__known -= 1

        if cls is PartnerSettingsUpdate:
            _instance = _new_instance(cls)
            _instance.primary_color = field_primary_color
            _instance.secondary_color = field_secondary_color
            _instance.logo = field_logo
            _instance.phone = field_phone
            _instance.support_email = field_support_email
            _instance.website = field_website
            _instance.webhook_url = field_webhook_url
            _instance.billing_address_line_1 = field_billing_address_line_1
            _instance.billing_address_line_2 = field_billing_address_line_2
            _instance.billing_city = field_billing_city
            _instance.billing_state = field_billing_state
            _instance.billing_postal_code = field_billing_postal_code
            _instance.billing_country = field_billing_country
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_primary_color,
                field_secondary_color,
                field_logo,
                field_phone,
                field_support_email,
                field_website,
                field_webhook_url,
                field_billing_address_line_1,
                field_billing_address_line_2,
                field_billing_city,
                field_billing_state,
                field_billing_postal_code,
                field_billing_country,
            )

        if len(src_dict) != field__known:
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
