from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fulfillment_info import FulfillmentInfo


T = TypeVar("T", bound="OrderStatusWebhookOrder")


@_attrs_define
class OrderStatusWebhookOrder:
    """The order a status notification is about. Note `orderId`, not `id`."""

    order_id: str
    status: OrderStatus
    """ Where an order is in fulfillment. Only `NEW` orders can be cancelled. The server may add
    statuses; clients must accept values not listed here.
     """
    fulfillment_info: FulfillmentInfo | Unset = UNSET
    """ Carrier and tracking details, present once the order has shipped. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = OrderStatus(self.status).value

        fulfillment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_info, Unset):
            fulfillment_info = self.fulfillment_info.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
            }
        )
        if fulfillment_info is not UNSET:
            field_dict["fulfillmentInfo"] = fulfillment_info
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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
        _known = 2
        order_id = _get("orderId", UNSET)
        if not isinstance(order_id, str):
            raise _errors.invalid("orderId", "string", order_id)

        status = _get("status", UNSET)
        try:
            status = _OrderStatus_BY_VALUE[status]
        except (KeyError, TypeError):
            status = _errors.as_enum(OrderStatus, str, "status", status)

        fulfillment_info = _get("fulfillmentInfo", UNSET)
        if fulfillment_info is not UNSET:
            _known += 1
            try:
                fulfillment_info = FulfillmentInfo.from_dict(
                    fulfillment_info, strict=strict
                )
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("fulfillmentInfo")

        created_at = _get("createdAt", UNSET)
        if created_at is not UNSET:
            _known += 1
            created_at = _errors.as_datetime("createdAt", created_at)

        updated_at = _get("updatedAt", UNSET)
        if updated_at is not UNSET:
            _known += 1
            updated_at = _errors.as_datetime("updatedAt", updated_at)

        _instance = cls(
            order_id,
            status,
            fulfillment_info,
            created_at,
            updated_at,
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
        "orderId",
        "status",
        "fulfillmentInfo",
        "createdAt",
        "updatedAt",
    )
)
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}


from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
