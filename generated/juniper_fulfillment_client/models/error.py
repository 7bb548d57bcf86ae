from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_issue import ValidationIssue


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of an error response. Every field is optional because error bodies vary between
    gateways; clients must always keep the status code and the raw body.

    """

    error: str | Unset = UNSET
    """ A short machine-readable error code. """
    message: str | Unset = UNSET
    """ A human-readable explanation. """
    error_description: str | Unset = UNSET
    """ A human-readable explanation, as OAuth 2.0 token endpoints send it. """
    detail: list[ValidationIssue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        error_description = self.error_description

        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if detail is not UNSET:
            field_dict["detail"] = detail

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
        _known = 4
        if "error" in src_dict:
            error = src_dict["error"]
            if not isinstance(error, str):
                raise _errors.invalid("error", "string", error)
        else:
            error = UNSET
            _known -= 1
        if "message" in src_dict:
            message = src_dict["message"]
            if not isinstance(message, str):
                raise _errors.invalid("message", "string", message)
        else:
            message = UNSET
            _known -= 1
        if "error_description" in src_dict:
            error_description = src_dict["error_description"]
            if not isinstance(error_description, str):
                raise _errors.invalid("error_description", "string", error_description)
        else:
            error_description = UNSET
            _known -= 1
        if "detail" in src_dict:
            detail = src_dict["detail"]
            if type(detail) is not list:
                raise _errors.invalid("detail", "array", detail)
            detail_items: list[ValidationIssue] = []
            try:
                for detail_data in detail:
                    if type(detail_data) is not dict:
                        detail_data = _errors.check_object(detail_data)
                    if strict and not _ValidationIssue_FIELDS.issuperset(detail_data):
                        raise _errors.unknown_fields(
                            detail_data, _ValidationIssue_FIELDS
                        )
                    detail_item___known = 3
                    if "loc" in detail_data:
                        detail_item__loc = detail_data["loc"]
                        if type(detail_item__loc) is not list:
                            raise _errors.invalid("loc", "array", detail_item__loc)
                        detail_item__loc_items: list[int | str] = []
                        try:
                            for detail_item__loc_data in detail_item__loc:
                                if not (
                                    isinstance(detail_item__loc_data, str)
                                    or type(detail_item__loc_data) is int
                                ):
                                    raise _errors.invalid(
                                        None, "string or integer", detail_item__loc_data
                                    )
                                detail_item__loc_item = detail_item__loc_data

                                detail_item__loc_items.append(detail_item__loc_item)
                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix("loc", len(detail_item__loc_items))
                        detail_item__loc = detail_item__loc_items
                    else:
                        detail_item__loc = UNSET
                        detail_item___known -= 1
                    if "type" in detail_data:
                        detail_item__type_ = detail_data["type"]
                        try:
                            detail_item__type_ = _ValidationIssueType_BY_VALUE[
                                detail_item__type_
                            ]
                        except (KeyError, TypeError):
                            detail_item__type_ = _errors.as_enum(
                                ValidationIssueType, str, "type", detail_item__type_
                            )
                    else:
                        detail_item__type_ = UNSET
                        detail_item___known -= 1
                    if "msg" in detail_data:
                        detail_item__msg = detail_data["msg"]
                        if not isinstance(detail_item__msg, str):
                            raise _errors.invalid("msg", "string", detail_item__msg)
                    else:
                        detail_item__msg = UNSET
                        detail_item___known -= 1

                    detail_item__instance = _new_instance(ValidationIssue)
                    detail_item__instance.loc = detail_item__loc
                    detail_item__instance.type_ = detail_item__type_
                    detail_item__instance.msg = detail_item__msg
                    detail_item__instance.additional_properties = (
                        {}
                        if len(detail_data) == detail_item___known
                        else {
                            key: value
                            for key, value in detail_data.items()
                            if key not in _ValidationIssue_FIELDS
                        }
                    )
                    detail_item = detail_item__instance

                    detail_items.append(detail_item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("detail", len(detail_items))
            detail = detail_items
        else:
            detail = UNSET
            _known -= 1

        if cls is Error:
            _instance = _new_instance(cls)
            _instance.error = error
            _instance.message = message
            _instance.error_description = error_description
            _instance.detail = detail
            _instance.additional_properties = {}
        else:
            _instance = cls(
                error,
                message,
                error_description,
                detail,
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
        "error",
        "message",
        "error_description",
        "detail",
    )
)


_ValidationIssue_FIELDS: frozenset[str] = frozenset(
    (
        "loc",
        "type",
        "msg",
    )
)
from ..models.validation_issue_type import ValidationIssueType  # noqa: E402

_ValidationIssueType_BY_VALUE = {member.value: member for member in ValidationIssueType}
_new_instance = object.__new__
_join_strings = "".join


from ..models.validation_issue import ValidationIssue  # noqa: E402
