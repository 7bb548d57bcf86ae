from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        carrier = d.pop("carrier", UNSET)

        tracking_number = d.pop("trackingNumber", UNSET)

        tracking_status = d.pop("trackingStatus", UNSET)

        tracking_url = d.pop("trackingUrl", UNSET)

        _checkpoints = d.pop("checkpoints", UNSET)
        checkpoints: list[Checkpoint] | Unset = UNSET
        if _checkpoints is not UNSET:
            checkpoints = []
            for checkpoints_item_data in _checkpoints:
                checkpoints_item = Checkpoint.from_dict(checkpoints_item_data)

                checkpoints.append(checkpoints_item)

        fulfillment_info = cls(
            carrier=carrier,
            tracking_number=tracking_number,
            tracking_status=tracking_status,
            tracking_url=tracking_url,
            checkpoints=checkpoints,
        )

        fulfillment_info.additional_properties = d
        return fulfillment_info

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


from ..models.checkpoint import Checkpoint  # noqa: E402
