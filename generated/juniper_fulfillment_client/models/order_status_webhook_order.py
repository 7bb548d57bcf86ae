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
        _known = 5
        try:
            order_id = src_dict["orderId"]
        except KeyError:
            order_id = UNSET
        if not isinstance(order_id, str):
            raise _errors.invalid("orderId", "string", order_id)

        try:
            status = src_dict["status"]
        except KeyError:
            status = UNSET
        try:
            status = _OrderStatus_BY_VALUE[status]
        except (KeyError, TypeError):
            status = _errors.as_enum(OrderStatus, str, "status", status)

        if "fulfillmentInfo" in src_dict:
            fulfillment_info = src_dict["fulfillmentInfo"]
            try:
                if type(fulfillment_info) is not dict:
                    fulfillment_info = _errors.check_object(fulfillment_info)
                if strict and not _FulfillmentInfo_FIELDS.issuperset(fulfillment_info):
                    raise _errors.unknown_fields(
                        fulfillment_info, _FulfillmentInfo_FIELDS
                    )
                fulfillment_info___known = 5
                if "carrier" in fulfillment_info:
                    fulfillment_info__carrier = fulfillment_info["carrier"]
                    if not isinstance(fulfillment_info__carrier, str):
                        raise _errors.invalid(
                            "carrier", "string", fulfillment_info__carrier
                        )
                else:
                    fulfillment_info__carrier = UNSET
                    fulfillment_info___known -= 1
                if "trackingNumber" in fulfillment_info:
                    fulfillment_info__tracking_number = fulfillment_info[
                        "trackingNumber"
                    ]
                    if not isinstance(fulfillment_info__tracking_number, str):
                        raise _errors.invalid(
                            "trackingNumber",
                            "string",
                            fulfillment_info__tracking_number,
                        )
                else:
                    fulfillment_info__tracking_number = UNSET
                    fulfillment_info___known -= 1
                if "trackingStatus" in fulfillment_info:
                    fulfillment_info__tracking_status = fulfillment_info[
                        "trackingStatus"
                    ]
                    if not isinstance(fulfillment_info__tracking_status, str):
                        raise _errors.invalid(
                            "trackingStatus",
                            "string",
                            fulfillment_info__tracking_status,
                        )
                else:
                    fulfillment_info__tracking_status = UNSET
                    fulfillment_info___known -= 1
                if "trackingUrl" in fulfillment_info:
                    fulfillment_info__tracking_url = fulfillment_info["trackingUrl"]
                    if not isinstance(fulfillment_info__tracking_url, str):
                        raise _errors.invalid(
                            "trackingUrl", "string", fulfillment_info__tracking_url
                        )
                else:
                    fulfillment_info__tracking_url = UNSET
                    fulfillment_info___known -= 1
                if "checkpoints" in fulfillment_info:
                    fulfillment_info__checkpoints = fulfillment_info["checkpoints"]
                    if type(fulfillment_info__checkpoints) is not list:
                        raise _errors.invalid(
                            "checkpoints", "array", fulfillment_info__checkpoints
                        )
                    fulfillment_info__checkpoints_items: list[Checkpoint] = []
                    try:
                        for (
                            fulfillment_info__checkpoints_data
                        ) in fulfillment_info__checkpoints:
                            if type(fulfillment_info__checkpoints_data) is not dict:
                                fulfillment_info__checkpoints_data = (
                                    _errors.check_object(
                                        fulfillment_info__checkpoints_data
                                    )
                                )
                            if strict and not _Checkpoint_FIELDS.issuperset(
                                fulfillment_info__checkpoints_data
                            ):
                                raise _errors.unknown_fields(
                                    fulfillment_info__checkpoints_data,
                                    _Checkpoint_FIELDS,
                                )
                            fulfillment_info__checkpoints_item___known = 4
                            if "checkpointTime" in fulfillment_info__checkpoints_data:
                                fulfillment_info__checkpoints_item__checkpoint_time = (
                                    fulfillment_info__checkpoints_data["checkpointTime"]
                                )
                                fulfillment_info__checkpoints_item__checkpoint_time = _errors.as_datetime(
                                    "checkpointTime",
                                    fulfillment_info__checkpoints_item__checkpoint_time,
                                )
                            else:
                                fulfillment_info__checkpoints_item__checkpoint_time = (
                                    UNSET
                                )
                                fulfillment_info__checkpoints_item___known -= 1
                            if "location" in fulfillment_info__checkpoints_data:
                                fulfillment_info__checkpoints_item__location = (
                                    fulfillment_info__checkpoints_data["location"]
                                )
                                if not isinstance(
                                    fulfillment_info__checkpoints_item__location, str
                                ):
                                    raise _errors.invalid(
                                        "location",
                                        "string",
                                        fulfillment_info__checkpoints_item__location,
                                    )
                            else:
                                fulfillment_info__checkpoints_item__location = UNSET
                                fulfillment_info__checkpoints_item___known -= 1
                            if "message" in fulfillment_info__checkpoints_data:
                                fulfillment_info__checkpoints_item__message = (
                                    fulfillment_info__checkpoints_data["message"]
                                )
                                if not isinstance(
                                    fulfillment_info__checkpoints_item__message, str
                                ):
                                    raise _errors.invalid(
                                        "message",
                                        "string",
                                        fulfillment_info__checkpoints_item__message,
                                    )
                            else:
                                fulfillment_info__checkpoints_item__message = UNSET
                                fulfillment_info__checkpoints_item___known -= 1
                            if "tag" in fulfillment_info__checkpoints_data:
                                fulfillment_info__checkpoints_item__tag = (
                                    fulfillment_info__checkpoints_data["tag"]
                                )
                                if not isinstance(
                                    fulfillment_info__checkpoints_item__tag, str
                                ):
                                    raise _errors.invalid(
                                        "tag",
                                        "string",
                                        fulfillment_info__checkpoints_item__tag,
                                    )
                            else:
                                fulfillment_info__checkpoints_item__tag = UNSET
                                fulfillment_info__checkpoints_item___known -= 1

                            fulfillment_info__checkpoints_item__instance = (
                                _new_instance(Checkpoint)
                            )
                            fulfillment_info__checkpoints_item__instance.checkpoint_time = fulfillment_info__checkpoints_item__checkpoint_time
                            fulfillment_info__checkpoints_item__instance.location = (
                                fulfillment_info__checkpoints_item__location
                            )
                            fulfillment_info__checkpoints_item__instance.message = (
                                fulfillment_info__checkpoints_item__message
                            )
                            fulfillment_info__checkpoints_item__instance.tag = (
                                fulfillment_info__checkpoints_item__tag
                            )
                            fulfillment_info__checkpoints_item__instance.additional_properties = (
                                {}
                                if len(fulfillment_info__checkpoints_data)
                                == fulfillment_info__checkpoints_item___known
                                else {
                                    key: value
                                    for key, value in fulfillment_info__checkpoints_data.items()
                                    if key not in _Checkpoint_FIELDS
                                }
                            )
                            fulfillment_info__checkpoints_item = (
                                fulfillment_info__checkpoints_item__instance
                            )

                            fulfillment_info__checkpoints_items.append(
                                fulfillment_info__checkpoints_item
                            )
                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix(
                            "checkpoints", len(fulfillment_info__checkpoints_items)
                        )
                    fulfillment_info__checkpoints = fulfillment_info__checkpoints_items
                else:
                    fulfillment_info__checkpoints = UNSET
                    fulfillment_info___known -= 1

                fulfillment_info__instance = _new_instance(FulfillmentInfo)
                fulfillment_info__instance.carrier = fulfillment_info__carrier
                fulfillment_info__instance.tracking_number = (
                    fulfillment_info__tracking_number
                )
                fulfillment_info__instance.tracking_status = (
                    fulfillment_info__tracking_status
                )
                fulfillment_info__instance.tracking_url = fulfillment_info__tracking_url
                fulfillment_info__instance.checkpoints = fulfillment_info__checkpoints
                fulfillment_info__instance.additional_properties = (
                    {}
                    if len(fulfillment_info) == fulfillment_info___known
                    else {
                        key: value
                        for key, value in fulfillment_info.items()
                        if key not in _FulfillmentInfo_FIELDS
                    }
                )
                fulfillment_info = fulfillment_info__instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("fulfillmentInfo")
        else:
            fulfillment_info = UNSET
            _known -= 1
        if "createdAt" in src_dict:
            created_at = src_dict["createdAt"]
            created_at = _errors.as_datetime("createdAt", created_at)
        else:
            created_at = UNSET
            _known -= 1
        if "updatedAt" in src_dict:
            updated_at = src_dict["updatedAt"]
            updated_at = _errors.as_datetime("updatedAt", updated_at)
        else:
            updated_at = UNSET
            _known -= 1

        if cls is OrderStatusWebhookOrder:
            _instance = _new_instance(cls)
            _instance.order_id = order_id
            _instance.status = status
            _instance.fulfillment_info = fulfillment_info
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = {}
        else:
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


_FulfillmentInfo_FIELDS: frozenset[str] = frozenset(
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
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_new_instance = object.__new__
_join_strings = "".join


from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
