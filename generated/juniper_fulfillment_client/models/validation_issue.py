from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.validation_issue_type import ValidationIssueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """One problem found while validating a request."""

    loc: list[int | str] | Unset = UNSET
    """ Path to the offending value. """
    type_: ValidationIssueType | Unset = UNSET
    """ The kind of validation problem. """
    msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc: list[int | str] | Unset = UNSET
        if not isinstance(self.loc, Unset):
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = ValidationIssueType(self.type_).value

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loc is not UNSET:
            field_dict["loc"] = loc
        if type_ is not UNSET:
            field_dict["type"] = type_
        if msg is not UNSET:
            field_dict["msg"] = msg

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
        field__known = 3
        if "loc" in src_dict:
            field_loc = src_dict["loc"]
            if type(field_loc) is not list:
                raise _errors.invalid("loc", "array", field_loc)
            field_loc___items: list[int | str] = []
            try:
                for field_loc___data in field_loc:
                    if not (
                        isinstance(field_loc___data, str)
                        or type(field_loc___data) is int
                    ):
                        raise _errors.invalid(
                            None, "string or integer", field_loc___data
                        )
                    field_loc___item = field_loc___data

                    field_loc___items.append(field_loc___item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("loc", len(field_loc___items))
            field_loc = field_loc___items
        else:
            field_loc = UNSET
            field__known -= 1
        if "type" in src_dict:
            field_type_ = src_dict["type"]
            try:
                field_type_ = _ValidationIssueType_BY_VALUE[field_type_]
            except (KeyError, TypeError):
                field_type_ = _errors.as_enum(
                    ValidationIssueType, str, "type", field_type_
                )
        else:
            field_type_ = UNSET
            field__known -= 1
        if "msg" in src_dict:
            field_msg = src_dict["msg"]
            if not isinstance(field_msg, str):
                raise _errors.invalid("msg", "string", field_msg)
        else:
            field_msg = UNSET
            field__known -= 1

        if cls is ValidationIssue:
            _instance = _new_instance(cls)
            _instance.loc = field_loc
            _instance.type_ = field_type_
            _instance.msg = field_msg
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_loc,
                field_type_,
                field_msg,
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
        "loc",
        "type",
        "msg",
    )
)

_ValidationIssueType_BY_VALUE = {member.value: member for member in ValidationIssueType}
_new_instance = object.__new__
_join_strings = "".join
