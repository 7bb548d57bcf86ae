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
        field__known = 1
        try:
            field_order = src_dict["order"]
        except KeyError:
            field_order = UNSET
        try:
            if type(field_order) is not dict:
                field_order = _errors.check_object(field_order)
            if strict and not _OrderStatusWebhookOrder_FIELDS.issuperset(field_order):
                raise _errors.unknown_fields(
                    field_order, _OrderStatusWebhookOrder_FIELDS
                )
            field_order___known = 5
            try:
                field_order__order_id = field_order["orderId"]
            except KeyError:
                field_order__order_id = UNSET
            if not isinstance(field_order__order_id, str):
                raise _errors.invalid("orderId", "string", field_order__order_id)

            try:
                field_order__status = field_order["status"]
            except KeyError:
                field_order__status = UNSET
            try:
                field_order__status = _OrderStatus_BY_VALUE[field_order__status]
            except (KeyError, TypeError):
                field_order__status = _errors.as_enum(
                    OrderStatus, str, "status", field_order__status
                )

            if "fulfillmentInfo" in field_order:
                field_order__fulfillment_info = field_order["fulfillmentInfo"]
                try:
                    if type(field_order__fulfillment_info) is not dict:
                        field_order__fulfillment_info = _errors.check_object(
                            field_order__fulfillment_info
                        )
                    if strict and not _FulfillmentInfo_FIELDS.issuperset(
                        field_order__fulfillment_info
                    ):
                        raise _errors.unknown_fields(
                            field_order__fulfillment_info, _FulfillmentInfo_FIELDS
                        )
                    field_order__fulfillment_info___known = 5
                    if "carrier" in field_order__fulfillment_info:
                        field_order__fulfillment_info__carrier = (
                            field_order__fulfillment_info["carrier"]
                        )
                        if not isinstance(field_order__fulfillment_info__carrier, str):
                            raise _errors.invalid(
                                "carrier",
                                "string",
                                field_order__fulfillment_info__carrier,
                            )
                    else:
                        field_order__fulfillment_info__carrier = UNSET
                        field_order__fulfillment_info___known -= 1
                    if "trackingNumber" in field_order__fulfillment_info:
                        field_order__fulfillment_info__tracking_number = (
                            field_order__fulfillment_info["trackingNumber"]
                        )
                        if not isinstance(
                            field_order__fulfillment_info__tracking_number, str
                        ):
                            raise _errors.invalid(
                                "trackingNumber",
                                "string",
                                field_order__fulfillment_info__tracking_number,
                            )
                    else:
                        field_order__fulfillment_info__tracking_number = UNSET
                        field_order__fulfillment_info___known -= 1
                    if "trackingStatus" in field_order__fulfillment_info:
                        field_order__fulfillment_info__tracking_status = (
                            field_order__fulfillment_info["trackingStatus"]
                        )
                        if not isinstance(
                            field_order__fulfillment_info__tracking_status, str
                        ):
                            raise _errors.invalid(
                                "trackingStatus",
                                "string",
                                field_order__fulfillment_info__tracking_status,
                            )
                    else:
                        field_order__fulfillment_info__tracking_status = UNSET
                        field_order__fulfillment_info___known -= 1
                    if "trackingUrl" in field_order__fulfillment_info:
                        field_order__fulfillment_info__tracking_url = (
                            field_order__fulfillment_info["trackingUrl"]
                        )
                        if not isinstance(
                            field_order__fulfillment_info__tracking_url, str
                        ):
                            raise _errors.invalid(
                                "trackingUrl",
                                "string",
                                field_order__fulfillment_info__tracking_url,
                            )
                    else:
                        field_order__fulfillment_info__tracking_url = UNSET
                        field_order__fulfillment_info___known -= 1
                    if "checkpoints" in field_order__fulfillment_info:
                        field_order__fulfillment_info__checkpoints = (
                            field_order__fulfillment_info["checkpoints"]
                        )
                        if type(field_order__fulfillment_info__checkpoints) is not list:
                            raise _errors.invalid(
                                "checkpoints",
                                "array",
                                field_order__fulfillment_info__checkpoints,
                            )
                        field_order__fulfillment_info__checkpoints___items: list[
                            Checkpoint
                        ] = []
                        try:
                            for (
                                field_order__fulfillment_info__checkpoints___data
                            ) in field_order__fulfillment_info__checkpoints:
                                if (
                                    type(
                                        field_order__fulfillment_info__checkpoints___data
                                    )
                                    is not dict
                                ):
                                    field_order__fulfillment_info__checkpoints___data = _errors.check_object(
                                        field_order__fulfillment_info__checkpoints___data
                                    )
                                if strict and not _Checkpoint_FIELDS.issuperset(
                                    field_order__fulfillment_info__checkpoints___data
                                ):
                                    raise _errors.unknown_fields(
                                        field_order__fulfillment_info__checkpoints___data,
                                        _Checkpoint_FIELDS,
                                    )
                                field_order__fulfillment_info__checkpoints___item___known = 4
                                if (
                                    "checkpointTime"
                                    in field_order__fulfillment_info__checkpoints___data
                                ):
                                    field_order__fulfillment_info__checkpoints___item__checkpoint_time = field_order__fulfillment_info__checkpoints___data[
                                        "checkpointTime"
                                    ]
                                    field_order__fulfillment_info__checkpoints___item__checkpoint_time = _errors.as_datetime(
                                        "checkpointTime",
                                        field_order__fulfillment_info__checkpoints___item__checkpoint_time,
                                    )
                                else:
                                    field_order__fulfillment_info__checkpoints___item__checkpoint_time = UNSET
                                    field_order__fulfillment_info__checkpoints___item___known -= 1
                                if (
                                    "location"
                                    in field_order__fulfillment_info__checkpoints___data
                                ):
                                    field_order__fulfillment_info__checkpoints___item__location = field_order__fulfillment_info__checkpoints___data[
                                        "location"
                                    ]
                                    if not isinstance(
                                        field_order__fulfillment_info__checkpoints___item__location,
                                        str,
                                    ):
                                        raise _errors.invalid(
                                            "location",
                                            "string",
                                            field_order__fulfillment_info__checkpoints___item__location,
                                        )
                                else:
                                    field_order__fulfillment_info__checkpoints___item__location = UNSET
                                    field_order__fulfillment_info__checkpoints___item___known -= 1
                                if (
                                    "message"
                                    in field_order__fulfillment_info__checkpoints___data
                                ):
                                    field_order__fulfillment_info__checkpoints___item__message = field_order__fulfillment_info__checkpoints___data[
                                        "message"
                                    ]
                                    if not isinstance(
                                        field_order__fulfillment_info__checkpoints___item__message,
                                        str,
                                    ):
                                        raise _errors.invalid(
                                            "message",
                                            "string",
                                            field_order__fulfillment_info__checkpoints___item__message,
                                        )
                                else:
                                    field_order__fulfillment_info__checkpoints___item__message = UNSET
                                    field_order__fulfillment_info__checkpoints___item___known -= 1
                                if (
                                    "tag"
                                    in field_order__fulfillment_info__checkpoints___data
                                ):
                                    field_order__fulfillment_info__checkpoints___item__tag = field_order__fulfillment_info__checkpoints___data[
                                        "tag"
                                    ]
                                    if not isinstance(
                                        field_order__fulfillment_info__checkpoints___item__tag,
                                        str,
                                    ):
                                        raise _errors.invalid(
                                            "tag",
                                            "string",
                                            field_order__fulfillment_info__checkpoints___item__tag,
                                        )
                                else:
                                    field_order__fulfillment_info__checkpoints___item__tag = UNSET
                                    field_order__fulfillment_info__checkpoints___item___known -= 1

                                field_order__fulfillment_info__checkpoints___item___instance = _new_instance(
                                    Checkpoint
                                )
                                field_order__fulfillment_info__checkpoints___item___instance.checkpoint_time = field_order__fulfillment_info__checkpoints___item__checkpoint_time
                                field_order__fulfillment_info__checkpoints___item___instance.location = field_order__fulfillment_info__checkpoints___item__location
                                field_order__fulfillment_info__checkpoints___item___instance.message = field_order__fulfillment_info__checkpoints___item__message
                                field_order__fulfillment_info__checkpoints___item___instance.tag = field_order__fulfillment_info__checkpoints___item__tag
                                field_order__fulfillment_info__checkpoints___item___instance.additional_properties = (
                                    {}
                                    if len(
                                        field_order__fulfillment_info__checkpoints___data
                                    )
                                    == field_order__fulfillment_info__checkpoints___item___known
                                    else {
                                        key: value
                                        for key, value in field_order__fulfillment_info__checkpoints___data.items()
                                        if key not in _Checkpoint_FIELDS
                                    }
                                )
                                field_order__fulfillment_info__checkpoints___item = field_order__fulfillment_info__checkpoints___item___instance

                                field_order__fulfillment_info__checkpoints___items.append(
                                    field_order__fulfillment_info__checkpoints___item
                                )
                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix(
                                "checkpoints",
                                len(field_order__fulfillment_info__checkpoints___items),
                            )
                        field_order__fulfillment_info__checkpoints = (
                            field_order__fulfillment_info__checkpoints___items
                        )
                    else:
                        field_order__fulfillment_info__checkpoints = UNSET
                        field_order__fulfillment_info___known -= 1

                    field_order__fulfillment_info___instance = _new_instance(
                        FulfillmentInfo
                    )
                    field_order__fulfillment_info___instance.carrier = (
                        field_order__fulfillment_info__carrier
                    )
                    field_order__fulfillment_info___instance.tracking_number = (
                        field_order__fulfillment_info__tracking_number
                    )
                    field_order__fulfillment_info___instance.tracking_status = (
                        field_order__fulfillment_info__tracking_status
                    )
                    field_order__fulfillment_info___instance.tracking_url = (
                        field_order__fulfillment_info__tracking_url
                    )
                    field_order__fulfillment_info___instance.checkpoints = (
                        field_order__fulfillment_info__checkpoints
                    )
                    field_order__fulfillment_info___instance.additional_properties = (
                        {}
                        if len(field_order__fulfillment_info)
                        == field_order__fulfillment_info___known
                        else {
                            key: value
                            for key, value in field_order__fulfillment_info.items()
                            if key not in _FulfillmentInfo_FIELDS
                        }
                    )
                    field_order__fulfillment_info = (
                        field_order__fulfillment_info___instance
                    )

                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix("fulfillmentInfo")
            else:
                field_order__fulfillment_info = UNSET
                field_order___known -= 1
            if "createdAt" in field_order:
                field_order__created_at = field_order["createdAt"]
                field_order__created_at = _errors.as_datetime(
                    "createdAt", field_order__created_at
                )
            else:
                field_order__created_at = UNSET
                field_order___known -= 1
            if "updatedAt" in field_order:
                field_order__updated_at = field_order["updatedAt"]
                field_order__updated_at = _errors.as_datetime(
                    "updatedAt", field_order__updated_at
                )
            else:
                field_order__updated_at = UNSET
                field_order___known -= 1

            field_order___instance = _new_instance(OrderStatusWebhookOrder)
            field_order___instance.order_id = field_order__order_id
            field_order___instance.status = field_order__status
            field_order___instance.fulfillment_info = field_order__fulfillment_info
            field_order___instance.created_at = field_order__created_at
            field_order___instance.updated_at = field_order__updated_at
            field_order___instance.additional_properties = (
                {}
                if len(field_order) == field_order___known
                else {
                    key: value
                    for key, value in field_order.items()
                    if key not in _OrderStatusWebhookOrder_FIELDS
                }
            )
            field_order = field_order___instance

        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("order")

        if cls is OrderStatusWebhook:
            _instance = _new_instance(cls)
            _instance.order = field_order
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_order,
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
