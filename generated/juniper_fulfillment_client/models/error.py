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
        field__known = 4
        if "error" in src_dict:
            field_error = src_dict["error"]
            if not isinstance(field_error, str):
                raise _errors.invalid("error", "string", field_error)
        else:
            field_error = UNSET
            field__known -= 1
        if "message" in src_dict:
            field_message = src_dict["message"]
            if not isinstance(field_message, str):
                raise _errors.invalid("message", "string", field_message)
        else:
            field_message = UNSET
            field__known -= 1
        if "error_description" in src_dict:
            field_error_description = src_dict["error_description"]
            if not isinstance(field_error_description, str):
                raise _errors.invalid(
                    "error_description", "string", field_error_description
                )
        else:
            field_error_description = UNSET
            field__known -= 1
        if "detail" in src_dict:
            field_detail = src_dict["detail"]
            if type(field_detail) is not list:
                raise _errors.invalid("detail", "array", field_detail)
            field_detail___items: list[ValidationIssue] = []
            try:
                for field_detail___data in field_detail:
                    if type(field_detail___data) is not dict:
                        field_detail___data = _errors.check_object(field_detail___data)
                    if strict and not _ValidationIssue_FIELDS.issuperset(
                        field_detail___data
                    ):
                        raise _errors.unknown_fields(
                            field_detail___data, _ValidationIssue_FIELDS
                        )
                    field_detail___item___known = 3
                    if "loc" in field_detail___data:
                        field_detail___item__loc = field_detail___data["loc"]
                        if type(field_detail___item__loc) is not list:
                            raise _errors.invalid(
                                "loc", "array", field_detail___item__loc
                            )
                        field_detail___item__loc___items: list[int | str] = []
                        try:
                            for (
                                field_detail___item__loc___data
                            ) in field_detail___item__loc:
                                if not (
                                    isinstance(field_detail___item__loc___data, str)
                                    or type(field_detail___item__loc___data) is int
                                ):
                                    raise _errors.invalid(
                                        None,
                                        "string or integer",
                                        field_detail___item__loc___data,
                                    )
                                field_detail___item__loc___item = (
                                    field_detail___item__loc___data
                                )

                                field_detail___item__loc___items.append(
                                    field_detail___item__loc___item
                                )
                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix(
                                "loc", len(field_detail___item__loc___items)
                            )
                        field_detail___item__loc = field_detail___item__loc___items
                    else:
                        field_detail___item__loc = UNSET
                        field_detail___item___known -= 1
                    if "type" in field_detail___data:
                        field_detail___item__type_ = field_detail___data["type"]
                        try:
                            field_detail___item__type_ = _ValidationIssueType_BY_VALUE[
                                field_detail___item__type_
                            ]
                        except (KeyError, TypeError):
                            field_detail___item__type_ = _errors.as_enum(
                                ValidationIssueType,
                                str,
                                "type",
                                field_detail___item__type_,
                            )
                    else:
                        field_detail___item__type_ = UNSET
                        field_detail___item___known -= 1
                    if "msg" in field_detail___data:
                        field_detail___item__msg = field_detail___data["msg"]
                        if not isinstance(field_detail___item__msg, str):
                            raise _errors.invalid(
                                "msg", "string", field_detail___item__msg
                            )
                    else:
                        field_detail___item__msg = UNSET
                        field_detail___item___known -= 1

                    field_detail___item___instance = _new_instance(ValidationIssue)
                    field_detail___item___instance.loc = field_detail___item__loc
                    field_detail___item___instance.type_ = field_detail___item__type_
                    field_detail___item___instance.msg = field_detail___item__msg
                    field_detail___item___instance.additional_properties = (
                        {}
                        if len(field_detail___data) == field_detail___item___known
                        else {
                            key: value
                            for key, value in field_detail___data.items()
                            if key not in _ValidationIssue_FIELDS
                        }
                    )
                    field_detail___item = field_detail___item___instance

                    field_detail___items.append(field_detail___item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("detail", len(field_detail___items))
            field_detail = field_detail___items
        else:
            field_detail = UNSET
            field__known -= 1

        if cls is Error:
            _instance = _new_instance(cls)
            _instance.error = field_error
            _instance.message = field_message
            _instance.error_description = field_error_description
            _instance.detail = field_detail
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_error,
                field_message,
                field_error_description,
                field_detail,
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
