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
        _get = src_dict.get
        _known = 0
        carrier = _get("carrier", UNSET)
        if carrier is not UNSET:
            _known += 1
            if not isinstance(carrier, str):
                raise _errors.invalid("carrier", "string", carrier)

        tracking_number = _get("trackingNumber", UNSET)
        if tracking_number is not UNSET:
            _known += 1
            if not isinstance(tracking_number, str):
                raise _errors.invalid("trackingNumber", "string", tracking_number)

        tracking_status = _get("trackingStatus", UNSET)
        if tracking_status is not UNSET:
            _known += 1
            if not isinstance(tracking_status, str):
                raise _errors.invalid("trackingStatus", "string", tracking_status)

        tracking_url = _get("trackingUrl", UNSET)
        if tracking_url is not UNSET:
            _known += 1
            if not isinstance(tracking_url, str):
                raise _errors.invalid("trackingUrl", "string", tracking_url)

        checkpoints = _get("checkpoints", UNSET)
        if checkpoints is not UNSET:
            _known += 1
            if type(checkpoints) is not list:
                raise _errors.invalid("checkpoints", "array", checkpoints)
            checkpoints_items: list[Checkpoint] = []
            try:
                for checkpoints_data in checkpoints:
                    checkpoints_item = Checkpoint.from_dict(
                        checkpoints_data, strict=strict
                    )

                    checkpoints_items.append(checkpoints_item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("checkpoints", len(checkpoints_items))
            checkpoints = checkpoints_items

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


from ..models.checkpoint import Checkpoint  # noqa: E402
