from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Administration")


@_attrs_define
class Administration:
    """How many units to take at each time of day. For an order line item the four numbers
    must add up to the line item's `quantity`.

    """

    morning: int
    afternoon: int
    evening: int
    sleep: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        morning = self.morning

        afternoon = self.afternoon

        evening = self.evening

        sleep = self.sleep

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "morning": morning,
                "afternoon": afternoon,
                "evening": evening,
                "sleep": sleep,
            }
        )

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
        field__known = 4
        try:
            field_morning = src_dict["morning"]
        except KeyError:
            field_morning = UNSET
        if type(field_morning) is not int:
            field_morning = _errors.as_int("morning", field_morning)

        try:
            field_afternoon = src_dict["afternoon"]
        except KeyError:
            field_afternoon = UNSET
        if type(field_afternoon) is not int:
            field_afternoon = _errors.as_int("afternoon", field_afternoon)

        try:
            field_evening = src_dict["evening"]
        except KeyError:
            field_evening = UNSET
        if type(field_evening) is not int:
            field_evening = _errors.as_int("evening", field_evening)

        try:
            field_sleep = src_dict["sleep"]
        except KeyError:
            field_sleep = UNSET
        if type(field_sleep) is not int:
            field_sleep = _errors.as_int("sleep", field_sleep)

        if cls is Administration:
            _instance = _new_instance(cls)
            _instance.morning = field_morning
            _instance.afternoon = field_afternoon
            _instance.evening = field_evening
            _instance.sleep = field_sleep
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_morning,
                field_afternoon,
                field_evening,
                field_sleep,
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
        "morning",
        "afternoon",
        "evening",
        "sleep",
    )
)
_new_instance = object.__new__
_join_strings = "".join
