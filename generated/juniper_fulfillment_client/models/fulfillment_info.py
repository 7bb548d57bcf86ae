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
        _known = 5
        if "carrier" in src_dict:
            carrier = src_dict["carrier"]
            if not isinstance(carrier, str):
                raise _errors.invalid("carrier", "string", carrier)
        else:
            carrier = UNSET
            _known -= 1
        if "trackingNumber" in src_dict:
            tracking_number = src_dict["trackingNumber"]
            if not isinstance(tracking_number, str):
                raise _errors.invalid("trackingNumber", "string", tracking_number)
        else:
            tracking_number = UNSET
            _known -= 1
        if "trackingStatus" in src_dict:
            tracking_status = src_dict["trackingStatus"]
            if not isinstance(tracking_status, str):
                raise _errors.invalid("trackingStatus", "string", tracking_status)
        else:
            tracking_status = UNSET
            _known -= 1
        if "trackingUrl" in src_dict:
            tracking_url = src_dict["trackingUrl"]
            if not isinstance(tracking_url, str):
                raise _errors.invalid("trackingUrl", "string", tracking_url)
        else:
            tracking_url = UNSET
            _known -= 1
        if "checkpoints" in src_dict:
            checkpoints = src_dict["checkpoints"]
            if type(checkpoints) is not list:
                raise _errors.invalid("checkpoints", "array", checkpoints)
            checkpoints_items: list[Checkpoint] = []
            try:
                for checkpoints_data in checkpoints:
                    if type(checkpoints_data) is not dict:
                        checkpoints_data = _errors.check_object(checkpoints_data)
                    if strict and not _Checkpoint_FIELDS.issuperset(checkpoints_data):
                        raise _errors.unknown_fields(
                            checkpoints_data, _Checkpoint_FIELDS
                        )
                    checkpoints_item___known = 4
                    if "checkpointTime" in checkpoints_data:
                        checkpoints_item__checkpoint_time = checkpoints_data[
                            "checkpointTime"
                        ]
                        checkpoints_item__checkpoint_time = _errors.as_datetime(
                            "checkpointTime", checkpoints_item__checkpoint_time
                        )
                    else:
                        checkpoints_item__checkpoint_time = UNSET
                        checkpoints_item___known -= 1
                    if "location" in checkpoints_data:
                        checkpoints_item__location = checkpoints_data["location"]
                        if not isinstance(checkpoints_item__location, str):
                            raise _errors.invalid(
                                "location", "string", checkpoints_item__location
                            )
                    else:
                        checkpoints_item__location = UNSET
                        checkpoints_item___known -= 1
                    if "message" in checkpoints_data:
                        checkpoints_item__message = checkpoints_data["message"]
                        if not isinstance(checkpoints_item__message, str):
                            raise _errors.invalid(
                                "message", "string", checkpoints_item__message
                            )
                    else:
                        checkpoints_item__message = UNSET
                        checkpoints_item___known -= 1
                    if "tag" in checkpoints_data:
                        checkpoints_item__tag = checkpoints_data["tag"]
                        if not isinstance(checkpoints_item__tag, str):
                            raise _errors.invalid(
                                "tag", "string", checkpoints_item__tag
                            )
                    else:
                        checkpoints_item__tag = UNSET
                        checkpoints_item___known -= 1

                    checkpoints_item__instance = _new_instance(Checkpoint)
                    checkpoints_item__instance.checkpoint_time = (
                        checkpoints_item__checkpoint_time
                    )
                    checkpoints_item__instance.location = checkpoints_item__location
                    checkpoints_item__instance.message = checkpoints_item__message
                    checkpoints_item__instance.tag = checkpoints_item__tag
                    checkpoints_item__instance.additional_properties = (
                        {}
                        if len(checkpoints_data) == checkpoints_item___known
                        else {
                            key: value
                            for key, value in checkpoints_data.items()
                            if key not in _Checkpoint_FIELDS
                        }
                    )
                    checkpoints_item = checkpoints_item__instance

                    checkpoints_items.append(checkpoints_item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("checkpoints", len(checkpoints_items))
            checkpoints = checkpoints_items
        else:
            checkpoints = UNSET
            _known -= 1

        if cls is FulfillmentInfo:
            _instance = _new_instance(cls)
            _instance.carrier = carrier
            _instance.tracking_number = tracking_number
            _instance.tracking_status = tracking_status
            _instance.tracking_url = tracking_url
            _instance.checkpoints = checkpoints
            _instance.additional_properties = {}
        else:
            _instance = cls(
                carrier,
                tracking_number,
                tracking_status,
                tracking_url,
                checkpoints,
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
