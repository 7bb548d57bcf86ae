from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """The person who receives the order."""

    source_id: str
    """ The partner's own identifier for this customer. """
    first_name: str
    last_name: str
    address: Address
    """ A United States postal address. """
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        first_name = self.first_name

        last_name = self.last_name

        address = self.address.to_dict()

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceId": source_id,
                "firstName": first_name,
                "lastName": last_name,
                "address": address,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

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
        field__known = 6
        try:
            field_source_id = src_dict["sourceId"]
        except KeyError:
            field_source_id = UNSET
        if not isinstance(field_source_id, str):
            raise _errors.invalid("sourceId", "string", field_source_id)

        try:
            field_first_name = src_dict["firstName"]
        except KeyError:
            field_first_name = UNSET
        if not isinstance(field_first_name, str):
            raise _errors.invalid("firstName", "string", field_first_name)

        try:
            field_last_name = src_dict["lastName"]
        except KeyError:
            field_last_name = UNSET
        if not isinstance(field_last_name, str):
            raise _errors.invalid("lastName", "string", field_last_name)

        try:
            field_address = src_dict["address"]
        except KeyError:
            field_address = UNSET
        try:
            if type(field_address) is not dict:
                field_address = _errors.check_object(field_address)
            if strict and not _Address_FIELDS.issuperset(field_address):
                raise _errors.unknown_fields(field_address, _Address_FIELDS)
            field_address___known = 5
            try:
                field_address__line1 = field_address["line1"]
            except KeyError:
                field_address__line1 = UNSET
            if not isinstance(field_address__line1, str):
                raise _errors.invalid("line1", "string", field_address__line1)

            try:
                field_address__city = field_address["city"]
            except KeyError:
                field_address__city = UNSET
            if not isinstance(field_address__city, str):
                raise _errors.invalid("city", "string", field_address__city)

            try:
                field_address__state = field_address["state"]
            except KeyError:
                field_address__state = UNSET
            if not isinstance(field_address__state, str):
                raise _errors.invalid("state", "string", field_address__state)

            try:
                field_address__zip_code = field_address["zipCode"]
            except KeyError:
                field_address__zip_code = UNSET
            if not isinstance(field_address__zip_code, str):
                raise _errors.invalid("zipCode", "string", field_address__zip_code)

            if "line2" in field_address:
                field_address__line2 = field_address["line2"]
                if not isinstance(field_address__line2, str):
                    raise _errors.invalid("line2", "string", field_address__line2)
            else:
                field_address__line2 = UNSET
                field_address___known -= 1

            field_address___instance = _new_instance(Address)
            field_address___instance.line1 = field_address__line1
            field_address___instance.city = field_address__city
            field_address___instance.state = field_address__state
            field_address___instance.zip_code = field_address__zip_code
            field_address___instance.line2 = field_address__line2
            field_address___instance.additional_properties = (
                {}
                if len(field_address) == field_address___known
                else {
                    key: value
                    for key, value in field_address.items()
                    if key not in _Address_FIELDS
                }
            )
            field_address = field_address___instance

        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("address")

        if "email" in src_dict:
            field_email = src_dict["email"]
            if not isinstance(field_email, str):
                raise _errors.invalid("email", "string", field_email)
        else:
            field_email = UNSET
            field__known -= 1
        if "phone" in src_dict:
            field_phone = src_dict["phone"]
            if not isinstance(field_phone, str):
                raise _errors.invalid("phone", "string", field_phone)
        else:
            field_phone = UNSET
            field__known -= 1

        if cls is Customer:
            _instance = _new_instance(cls)
            _instance.source_id = field_source_id
            _instance.first_name = field_first_name
            _instance.last_name = field_last_name
            _instance.address = field_address
            _instance.email = field_email
            _instance.phone = field_phone
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_source_id,
                field_first_name,
                field_last_name,
                field_address,
                field_email,
                field_phone,
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
        "sourceId",
        "firstName",
        "lastName",
        "address",
        "email",
        "phone",
    )
)


_Address_FIELDS: frozenset[str] = frozenset(
    (
        "line1",
        "city",
        "state",
        "zipCode",
        "line2",
    )
)
_new_instance = object.__new__
_join_strings = "".join


from ..models.address import Address  # noqa: E402
