from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint import Checkpoint


T = TypeVar("T", bound="FulfillmentInfo")


@_attrs_define
class FulfillmentInfo:
    """Carrier and tracking details, present once the order has shipped."""

    carrier: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_status: str | Unset = UNSET
    tracking_url: str | Unset = UNSET
    checkpoints: list[Checkpoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier

        tracking_number = self.tracking_number

        tracking_status = self.tracking_status

        tracking_url = self.tracking_url

        checkpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checkpoints, Unset):
            checkpoints = []
            for checkpoints_item_data in self.checkpoints:
                checkpoints_item = checkpoints_item_data.to_dict()
                checkpoints.append(checkpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if tracking_status is not UNSET:
            field_dict["trackingStatus"] = tracking_status
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url
        if checkpoints is not UNSET:
            field_dict["checkpoints"] = checkpoints

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
        if "carrier" in src_dict:
            field_carrier = src_dict["carrier"]
            if not isinstance(field_carrier, str):
                raise _errors.invalid("carrier", "string", field_carrier)
        else:
            field_carrier = UNSET
            field__known -= 1
        if "trackingNumber" in src_dict:
            field_tracking_number = src_dict["trackingNumber"]
            if not isinstance(field_tracking_number, str):
                raise _errors.invalid("trackingNumber", "string", field_tracking_number)
        else:
            field_tracking_number = UNSET
            field__known -= 1
        if "trackingStatus" in src_dict:
            field_tracking_status = src_dict["trackingStatus"]
            if not isinstance(field_tracking_status, str):
                raise _errors.invalid("trackingStatus", "string", field_tracking_status)
        else:
            field_tracking_status = UNSET
            field__known -= 1
        if "trackingUrl" in src_dict:
            field_tracking_url = src_dict["trackingUrl"]
            if not isinstance(field_tracking_url, str):
                raise _errors.invalid("trackingUrl", "string", field_tracking_url)
        else:
            field_tracking_url = UNSET
            field__known -= 1
        if "checkpoints" in src_dict:
            field_checkpoints = src_dict["checkpoints"]
            if type(field_checkpoints) is not list:
                raise _errors.invalid("checkpoints", "array", field_checkpoints)
            field_checkpoints___items: list[Checkpoint] = []
            try:
                for field_checkpoints___data in field_checkpoints:
                    if type(field_checkpoints___data) is not dict:
                        field_checkpoints___data = _errors.check_object(
                            field_checkpoints___data
                        )
                    if strict and not _Checkpoint_FIELDS.issuperset(
                        field_checkpoints___data
                    ):
                        raise _errors.unknown_fields(
                            field_checkpoints___data, _Checkpoint_FIELDS
                        )
                    field_checkpoints___item___known = 4
                    if "checkpointTime" in field_checkpoints___data:
                        field_checkpoints___item__checkpoint_time = (
                            field_checkpoints___data["checkpointTime"]
                        )
                        field_checkpoints___item__checkpoint_time = _errors.as_datetime(
                            "checkpointTime", field_checkpoints___item__checkpoint_time
                        )
                    else:
                        field_checkpoints___item__checkpoint_time = UNSET
                        field_checkpoints___item___known -= 1
                    if "location" in field_checkpoints___data:
                        field_checkpoints___item__location = field_checkpoints___data[
                            "location"
                        ]
                        if not isinstance(field_checkpoints___item__location, str):
                            raise _errors.invalid(
                                "location", "string", field_checkpoints___item__location
                            )
                    else:
                        field_checkpoints___item__location = UNSET
                        field_checkpoints___item___known -= 1
                    if "message" in field_checkpoints___data:
                        field_checkpoints___item__message = field_checkpoints___data[
                            "message"
                        ]
                        if not isinstance(field_checkpoints___item__message, str):
                            raise _errors.invalid(
                                "message", "string", field_checkpoints___item__message
                            )
                    else:
                        field_checkpoints___item__message = UNSET
                        field_checkpoints___item___known -= 1
                    if "tag" in field_checkpoints___data:
                        field_checkpoints___item__tag = field_checkpoints___data["tag"]
                        if not isinstance(field_checkpoints___item__tag, str):
                            raise _errors.invalid(
                                "tag", "string", field_checkpoints___item__tag
                            )
                    else:
                        field_checkpoints___item__tag = UNSET
                        field_checkpoints___item___known -= 1

                    field_checkpoints___item___instance = _new_instance(Checkpoint)
                    field_checkpoints___item___instance.checkpoint_time = (
                        field_checkpoints___item__checkpoint_time
                    )
                    field_checkpoints___item___instance.location = (
                        field_checkpoints___item__location
                    )
                    field_checkpoints___item___instance.message = (
                        field_checkpoints___item__message
                    )
                    field_checkpoints___item___instance.tag = (
                        field_checkpoints___item__tag
                    )
                    field_checkpoints___item___instance.additional_properties = (
                        {}
                        if len(field_checkpoints___data)
                        == field_checkpoints___item___known
                        else {
                            key: value
                            for key, value in field_checkpoints___data.items()
                            if key not in _Checkpoint_FIELDS
                        }
                    )
                    field_checkpoints___item = field_checkpoints___item___instance

                    field_checkpoints___items.append(field_checkpoints___item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("checkpoints", len(field_checkpoints___items))
            field_checkpoints = field_checkpoints___items
        else:
            field_checkpoints = UNSET
            field__known -= 1

        if cls is FulfillmentInfo:
            _instance = _new_instance(cls)
            _instance.carrier = field_carrier
            _instance.tracking_number = field_tracking_number
            _instance.tracking_status = field_tracking_status
            _instance.tracking_url = field_tracking_url
            _instance.checkpoints = field_checkpoints
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_carrier,
                field_tracking_number,
                field_tracking_status,
                field_tracking_url,
                field_checkpoints,
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
        "carrier",
        "trackingNumber",
        "trackingStatus",
        "trackingUrl",
        "checkpoints",
    )
)


_Checkpoint_FIELDS: frozenset[str] = frozenset(
    (
        "checkpointTime",
        "location",
        "message",
        "tag",
    )
)
_new_instance = object.__new__
_join_strings = "".join


from ..models.checkpoint import Checkpoint  # noqa: E402
