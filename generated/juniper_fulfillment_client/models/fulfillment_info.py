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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _errors.check_object(src_dict)
        _get = src_dict.get
        _known = 0
        _carrier = _get("carrier", UNSET)
        carrier: str | Unset = UNSET
        if _carrier is not UNSET:
            _known += 1
            if not isinstance(_carrier, str):
                raise _errors.invalid("carrier", "string", _carrier)
            carrier = _carrier

        _tracking_number = _get("trackingNumber", UNSET)
        tracking_number: str | Unset = UNSET
        if _tracking_number is not UNSET:
            _known += 1
            if not isinstance(_tracking_number, str):
                raise _errors.invalid("trackingNumber", "string", _tracking_number)
            tracking_number = _tracking_number

        _tracking_status = _get("trackingStatus", UNSET)
        tracking_status: str | Unset = UNSET
        if _tracking_status is not UNSET:
            _known += 1
            if not isinstance(_tracking_status, str):
                raise _errors.invalid("trackingStatus", "string", _tracking_status)
            tracking_status = _tracking_status

        _tracking_url = _get("trackingUrl", UNSET)
        tracking_url: str | Unset = UNSET
        if _tracking_url is not UNSET:
            _known += 1
            if not isinstance(_tracking_url, str):
                raise _errors.invalid("trackingUrl", "string", _tracking_url)
            tracking_url = _tracking_url

        _checkpoints = _get("checkpoints", UNSET)
        checkpoints: list[Checkpoint] | Unset = UNSET
        if _checkpoints is not UNSET:
            _known += 1
            if type(_checkpoints) is not list:
                raise _errors.invalid("checkpoints", "array", _checkpoints)
            checkpoints_items: list[Checkpoint] = []
            try:
                for checkpoints_data in _checkpoints:
                    checkpoints_item = Checkpoint.from_dict(checkpoints_data)

                    checkpoints_items.append(checkpoints_item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("checkpoints", len(checkpoints_items))
            checkpoints = checkpoints_items

        _instance = cls(
            carrier=carrier,
            tracking_number=tracking_number,
            tracking_status=tracking_status,
            tracking_url=tracking_url,
            checkpoints=checkpoints,
        )

        if len(src_dict) != _known:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
        return _instance

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


# The JSON names of the declared fields; the rest of an object is kept in additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "carrier",
        "trackingNumber",
        "trackingStatus",
        "trackingUrl",
        "checkpoints",
    )
)


from ..models.checkpoint import Checkpoint  # noqa: E402
