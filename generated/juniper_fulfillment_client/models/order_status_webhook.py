from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_status_webhook_order import OrderStatusWebhookOrder


T = TypeVar("T", bound="OrderStatusWebhook")


@_attrs_define
class OrderStatusWebhook:
    """The body of an order status notification. It has no event type field."""

    order: OrderStatusWebhookOrder
    """ The order a status notification is about. Note `orderId`, not `id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )

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
        _known = 1
        try:
            order = src_dict["order"]
        except KeyError:
            order = UNSET
        try:
            if type(order) is not dict:
                order = _errors.check_object(order)
            if strict and not _OrderStatusWebhookOrder_FIELDS.issuperset(order):
                raise _errors.unknown_fields(order, _OrderStatusWebhookOrder_FIELDS)
            order___known = 5
            try:
                order__order_id = order["orderId"]
            except KeyError:
                order__order_id = UNSET
            if not isinstance(order__order_id, str):
                raise _errors.invalid("orderId", "string", order__order_id)

            try:
                order__status = order["status"]
            except KeyError:
                order__status = UNSET
            try:
                order__status = _OrderStatus_BY_VALUE[order__status]
            except (KeyError, TypeError):
                order__status = _errors.as_enum(
                    OrderStatus, str, "status", order__status
                )

            if "fulfillmentInfo" in order:
                order__fulfillment_info = order["fulfillmentInfo"]
                try:
                    if type(order__fulfillment_info) is not dict:
                        order__fulfillment_info = _errors.check_object(
                            order__fulfillment_info
                        )
                    if strict and not _FulfillmentInfo_FIELDS.issuperset(
                        order__fulfillment_info
                    ):
                        raise _errors.unknown_fields(
                            order__fulfillment_info, _FulfillmentInfo_FIELDS
                        )
                    order__fulfillment_info___known = 5
                    if "carrier" in order__fulfillment_info:
                        order__fulfillment_info__carrier = order__fulfillment_info[
                            "carrier"
                        ]
                        if not isinstance(order__fulfillment_info__carrier, str):
                            raise _errors.invalid(
                                "carrier", "string", order__fulfillment_info__carrier
                            )
                    else:
                        order__fulfillment_info__carrier = UNSET
                        order__fulfillment_info___known -= 1
                    if "trackingNumber" in order__fulfillment_info:
                        order__fulfillment_info__tracking_number = (
                            order__fulfillment_info["trackingNumber"]
                        )
                        if not isinstance(
                            order__fulfillment_info__tracking_number, str
                        ):
                            raise _errors.invalid(
                                "trackingNumber",
                                "string",
                                order__fulfillment_info__tracking_number,
                            )
                    else:
                        order__fulfillment_info__tracking_number = UNSET
                        order__fulfillment_info___known -= 1
                    if "trackingStatus" in order__fulfillment_info:
                        order__fulfillment_info__tracking_status = (
                            order__fulfillment_info["trackingStatus"]
                        )
                        if not isinstance(
                            order__fulfillment_info__tracking_status, str
                        ):
                            raise _errors.invalid(
                                "trackingStatus",
                                "string",
                                order__fulfillment_info__tracking_status,
                            )
                    else:
                        order__fulfillment_info__tracking_status = UNSET
                        order__fulfillment_info___known -= 1
                    if "trackingUrl" in order__fulfillment_info:
                        order__fulfillment_info__tracking_url = order__fulfillment_info[
                            "trackingUrl"
                        ]
                        if not isinstance(order__fulfillment_info__tracking_url, str):
                            raise _errors.invalid(
                                "trackingUrl",
                                "string",
                                order__fulfillment_info__tracking_url,
                            )
                    else:
                        order__fulfillment_info__tracking_url = UNSET
                        order__fulfillment_info___known -= 1
                    if "checkpoints" in order__fulfillment_info:
                        order__fulfillment_info__checkpoints = order__fulfillment_info[
                            "checkpoints"
                        ]
                        if type(order__fulfillment_info__checkpoints) is not list:
                            raise _errors.invalid(
                                "checkpoints",
                                "array",
                                order__fulfillment_info__checkpoints,
                            )
                        order__fulfillment_info__checkpoints_items: list[
                            Checkpoint
                        ] = []
                        try:
                            for (
                                order__fulfillment_info__checkpoints_data
                            ) in order__fulfillment_info__checkpoints:
                                if (
                                    type(order__fulfillment_info__checkpoints_data)
                                    is not dict
                                ):
                                    order__fulfillment_info__checkpoints_data = (
                                        _errors.check_object(
                                            order__fulfillment_info__checkpoints_data
                                        )
                                    )
                                if strict and not _Checkpoint_FIELDS.issuperset(
                                    order__fulfillment_info__checkpoints_data
                                ):
                                    raise _errors.unknown_fields(
                                        order__fulfillment_info__checkpoints_data,
                                        _Checkpoint_FIELDS,
                                    )
                                order__fulfillment_info__checkpoints_item___known = 4
                                if (
                                    "checkpointTime"
                                    in order__fulfillment_info__checkpoints_data
                                ):
                                    order__fulfillment_info__checkpoints_item__checkpoint_time = order__fulfillment_info__checkpoints_data[
                                        "checkpointTime"
                                    ]
                                    order__fulfillment_info__checkpoints_item__checkpoint_time = _errors.as_datetime(
                                        "checkpointTime",
                                        order__fulfillment_info__checkpoints_item__checkpoint_time,
                                    )
                                else:
                                    order__fulfillment_info__checkpoints_item__checkpoint_time = UNSET
                                    order__fulfillment_info__checkpoints_item___known -= 1
                                if (
                                    "location"
                                    in order__fulfillment_info__checkpoints_data
                                ):
                                    order__fulfillment_info__checkpoints_item__location = order__fulfillment_info__checkpoints_data[
                                        "location"
                                    ]
                                    if not isinstance(
                                        order__fulfillment_info__checkpoints_item__location,
                                        str,
                                    ):
                                        raise _errors.invalid(
                                            "location",
                                            "string",
                                            order__fulfillment_info__checkpoints_item__location,
                                        )
                                else:
                                    order__fulfillment_info__checkpoints_item__location = UNSET
                                    order__fulfillment_info__checkpoints_item___known -= 1
                                if (
                                    "message"
                                    in order__fulfillment_info__checkpoints_data
                                ):
                                    order__fulfillment_info__checkpoints_item__message = order__fulfillment_info__checkpoints_data[
                                        "message"
                                    ]
                                    if not isinstance(
                                        order__fulfillment_info__checkpoints_item__message,
                                        str,
                                    ):
                                        raise _errors.invalid(
                                            "message",
                                            "string",
                                            order__fulfillment_info__checkpoints_item__message,
                                        )
                                else:
                                    order__fulfillment_info__checkpoints_item__message = UNSET
                                    order__fulfillment_info__checkpoints_item___known -= 1
                                if "tag" in order__fulfillment_info__checkpoints_data:
                                    order__fulfillment_info__checkpoints_item__tag = (
                                        order__fulfillment_info__checkpoints_data["tag"]
                                    )
                                    if not isinstance(
                                        order__fulfillment_info__checkpoints_item__tag,
                                        str,
                                    ):
                                        raise _errors.invalid(
                                            "tag",
                                            "string",
                                            order__fulfillment_info__checkpoints_item__tag,
                                        )
                                else:
                                    order__fulfillment_info__checkpoints_item__tag = (
                                        UNSET
                                    )
                                    order__fulfillment_info__checkpoints_item___known -= 1

                                order__fulfillment_info__checkpoints_item__instance = (
                                    _new_instance(Checkpoint)
                                )
                                order__fulfillment_info__checkpoints_item__instance.checkpoint_time = order__fulfillment_info__checkpoints_item__checkpoint_time
                                order__fulfillment_info__checkpoints_item__instance.location = order__fulfillment_info__checkpoints_item__location
                                order__fulfillment_info__checkpoints_item__instance.message = order__fulfillment_info__checkpoints_item__message
                                order__fulfillment_info__checkpoints_item__instance.tag = order__fulfillment_info__checkpoints_item__tag
                                order__fulfillment_info__checkpoints_item__instance.additional_properties = (
                                    {}
                                    if len(order__fulfillment_info__checkpoints_data)
                                    == order__fulfillment_info__checkpoints_item___known
                                    else {
                                        key: value
                                        for key, value in order__fulfillment_info__checkpoints_data.items()
                                        if key not in _Checkpoint_FIELDS
                                    }
                                )
                                order__fulfillment_info__checkpoints_item = (
                                    order__fulfillment_info__checkpoints_item__instance
                                )

                                order__fulfillment_info__checkpoints_items.append(
                                    order__fulfillment_info__checkpoints_item
                                )
                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix(
                                "checkpoints",
                                len(order__fulfillment_info__checkpoints_items),
                            )
                        order__fulfillment_info__checkpoints = (
                            order__fulfillment_info__checkpoints_items
                        )
                    else:
                        order__fulfillment_info__checkpoints = UNSET
                        order__fulfillment_info___known -= 1

                    order__fulfillment_info__instance = _new_instance(FulfillmentInfo)
                    order__fulfillment_info__instance.carrier = (
                        order__fulfillment_info__carrier
                    )
                    order__fulfillment_info__instance.tracking_number = (
                        order__fulfillment_info__tracking_number
                    )
                    order__fulfillment_info__instance.tracking_status = (
                        order__fulfillment_info__tracking_status
                    )
                    order__fulfillment_info__instance.tracking_url = (
                        order__fulfillment_info__tracking_url
                    )
                    order__fulfillment_info__instance.checkpoints = (
                        order__fulfillment_info__checkpoints
                    )
                    order__fulfillment_info__instance.additional_properties = (
                        {}
                        if len(order__fulfillment_info)
                        == order__fulfillment_info___known
                        else {
                            key: value
                            for key, value in order__fulfillment_info.items()
                            if key not in _FulfillmentInfo_FIELDS
                        }
                    )
                    order__fulfillment_info = order__fulfillment_info__instance

                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix("fulfillmentInfo")
            else:
                order__fulfillment_info = UNSET
                order___known -= 1
            if "createdAt" in order:
                order__created_at = order["createdAt"]
                order__created_at = _errors.as_datetime("createdAt", order__created_at)
            else:
                order__created_at = UNSET
                order___known -= 1
            if "updatedAt" in order:
                order__updated_at = order["updatedAt"]
                order__updated_at = _errors.as_datetime("updatedAt", order__updated_at)
            else:
                order__updated_at = UNSET
                order___known -= 1

            order__instance = _new_instance(OrderStatusWebhookOrder)
            order__instance.order_id = order__order_id
            order__instance.status = order__status
            order__instance.fulfillment_info = order__fulfillment_info
            order__instance.created_at = order__created_at
            order__instance.updated_at = order__updated_at
            order__instance.additional_properties = (
                {}
                if len(order) == order___known
                else {
                    key: value
                    for key, value in order.items()
                    if key not in _OrderStatusWebhookOrder_FIELDS
                }
            )
            order = order__instance

        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("order")

        if cls is OrderStatusWebhook:
            _instance = _new_instance(cls)
            _instance.order = order
            _instance.additional_properties = {}
        else:
            _instance = cls(
                order,
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
_FIELDS: frozenset[str] = frozenset(("order",))


_OrderStatusWebhookOrder_FIELDS: frozenset[str] = frozenset(
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
from ..models.order_status import OrderStatus  # noqa: E402

_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_new_instance = object.__new__
_join_strings = "".join


from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
from ..models.order_status_webhook_order import OrderStatusWebhookOrder  # noqa: E402
