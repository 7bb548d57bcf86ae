from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
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
        field__known = 5
        try:
            field_line1 = src_dict["line1"]
        except KeyError:
            field_line1 = UNSET
        if not isinstance(field_line1, str):
            raise _errors.invalid("line1", "string", field_line1)

        try:
            field_city = src_dict["city"]
        except KeyError:
            field_city = UNSET
        if not isinstance(field_city, str):
            raise _errors.invalid("city", "string", field_city)

        try:
            field_state = src_dict["state"]
        except KeyError:
            field_state = UNSET
        if not isinstance(field_state, str):
            raise _errors.invalid("state", "string", field_state)

        try:
            field_zip_code = src_dict["zipCode"]
        except KeyError:
            field_zip_code = UNSET
        if not isinstance(field_zip_code, str):
            raise _errors.invalid("zipCode", "string", field_zip_code)

        if "line2" in src_dict:
            field_line2 = src_dict["line2"]
            if not isinstance(field_line2, str):
                raise _errors.invalid("line2", "string", field_line2)
        else:
            field_line2 = UNSET
            field__known -= 1

        if cls is Address:
            _instance = _new_instance(cls)
            _instance.line1 = field_line1
            _instance.city = field_city
            _instance.state = field_state
            _instance.zip_code = field_zip_code
            _instance.line2 = field_line2
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_line1,
                field_city,
                field_state,
                field_zip_code,
                field_line2,
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
        "line1",
        "city",
        "state",
        "zipCode",
        "line2",
    )
)
_new_instance = object.__new__
_join_strings = "".join
