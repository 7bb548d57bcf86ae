from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderList")


@_attrs_define
class OrderList:
    """One page of orders."""

    orders: list[Order]
    cursor: None | str | Unset = UNSET
    """ Pass as `cursor` to fetch the next page; missing, null or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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
        _known = 2
        try:
            orders = src_dict["orders"]
        except KeyError:
            orders = UNSET
        if type(orders) is not list:
            raise _errors.invalid("orders", "array", orders)
        orders_items: list[Order] = []
        try:
            for orders_data in orders:
                if type(orders_data) is not dict:
                    orders_data = _errors.check_object(orders_data)
                if strict and not _Order_FIELDS.issuperset(orders_data):
                    raise _errors.unknown_fields(orders_data, _Order_FIELDS)
                orders_item___known = 11
                try:
                    orders_item__id = orders_data["id"]
                except KeyError:
                    orders_item__id = UNSET
                if not isinstance(orders_item__id, str):
                    raise _errors.invalid("id", "string", orders_item__id)

                try:
                    orders_item__status = orders_data["status"]
                except KeyError:
                    orders_item__status = UNSET
                try:
                    orders_item__status = _OrderStatus_BY_VALUE[orders_item__status]
                except (KeyError, TypeError):
                    orders_item__status = _errors.as_enum(
                        OrderStatus, str, "status", orders_item__status
                    )

                if "orderType" in orders_data:
                    orders_item__order_type = orders_data["orderType"]
                    try:
                        orders_item__order_type = _OrderType_BY_VALUE[
                            orders_item__order_type
                        ]
                    except (KeyError, TypeError):
                        orders_item__order_type = _errors.as_enum(
                            OrderType, str, "orderType", orders_item__order_type
                        )
                else:
                    orders_item__order_type = UNSET
                    orders_item___known -= 1
                if "daysSupply" in orders_data:
                    orders_item__days_supply = orders_data["daysSupply"]
                    orders_item__days_supply_member = (
                        _DaysSupply_BY_VALUE.get(orders_item__days_supply)
                        if type(orders_item__days_supply) is int
                        else None
                    )
                    orders_item__days_supply = (
                        orders_item__days_supply_member
                        if orders_item__days_supply_member is not None
                        else _errors.as_enum(
                            DaysSupply, int, "daysSupply", orders_item__days_supply
                        )
                    )
                else:
                    orders_item__days_supply = UNSET
                    orders_item___known -= 1
                if "shippingMethod" in orders_data:
                    orders_item__shipping_method = orders_data["shippingMethod"]
                    try:
                        orders_item__shipping_method = _ShippingMethodName_BY_VALUE[
                            orders_item__shipping_method
                        ]
                    except (KeyError, TypeError):
                        orders_item__shipping_method = _errors.as_enum(
                            ShippingMethodName,
                            str,
                            "shippingMethod",
                            orders_item__shipping_method,
                        )
                else:
                    orders_item__shipping_method = UNSET
                    orders_item___known -= 1
                if "discount" in orders_data:
                    orders_item__discount = orders_data["discount"]
                    if not isinstance(orders_item__discount, str):
                        raise _errors.invalid(
                            "discount", "string", orders_item__discount
                        )
                else:
                    orders_item__discount = UNSET
                    orders_item___known -= 1
                if "customer" in orders_data:
                    orders_item__customer = orders_data["customer"]
                    try:
                        if type(orders_item__customer) is not dict:
                            orders_item__customer = _errors.check_object(
                                orders_item__customer
                            )
                        if strict and not _Customer_FIELDS.issuperset(
                            orders_item__customer
                        ):
                            raise _errors.unknown_fields(
                                orders_item__customer, _Customer_FIELDS
                            )
                        orders_item__customer___known = 6
                        try:
                            orders_item__customer__source_id = orders_item__customer[
                                "sourceId"
                            ]
                        except KeyError:
                            orders_item__customer__source_id = UNSET
                        if not isinstance(orders_item__customer__source_id, str):
                            raise _errors.invalid(
                                "sourceId", "string", orders_item__customer__source_id
                            )

                        try:
                            orders_item__customer__first_name = orders_item__customer[
                                "firstName"
                            ]
                        except KeyError:
                            orders_item__customer__first_name = UNSET
                        if not isinstance(orders_item__customer__first_name, str):
                            raise _errors.invalid(
                                "firstName", "string", orders_item__customer__first_name
                            )

                        try:
                            orders_item__customer__last_name = orders_item__customer[
                                "lastName"
                            ]
                        except KeyError:
                            orders_item__customer__last_name = UNSET
                        if not isinstance(orders_item__customer__last_name, str):
                            raise _errors.invalid(
                                "lastName", "string", orders_item__customer__last_name
                            )

                        try:
                            orders_item__customer__address = orders_item__customer[
                                "address"
                            ]
                        except KeyError:
                            orders_item__customer__address = UNSET
                        try:
                            if type(orders_item__customer__address) is not dict:
                                orders_item__customer__address = _errors.check_object(
                                    orders_item__customer__address
                                )
                            if strict and not _Address_FIELDS.issuperset(
                                orders_item__customer__address
                            ):
                                raise _errors.unknown_fields(
                                    orders_item__customer__address, _Address_FIELDS
                                )
                            orders_item__customer__address___known = 5
                            try:
                                orders_item__customer__address__line1 = (
                                    orders_item__customer__address["line1"]
                                )
                            except KeyError:
                                orders_item__customer__address__line1 = UNSET
                            if not isinstance(
                                orders_item__customer__address__line1, str
                            ):
                                raise _errors.invalid(
                                    "line1",
                                    "string",
                                    orders_item__customer__address__line1,
                                )

                            try:
                                orders_item__customer__address__city = (
                                    orders_item__customer__address["city"]
                                )
                            except KeyError:
                                orders_item__customer__address__city = UNSET
                            if not isinstance(
                                orders_item__customer__address__city, str
                            ):
                                raise _errors.invalid(
                                    "city",
                                    "string",
                                    orders_item__customer__address__city,
                                )

                            try:
                                orders_item__customer__address__state = (
                                    orders_item__customer__address["state"]
                                )
                            except KeyError:
                                orders_item__customer__address__state = UNSET
                            if not isinstance(
                                orders_item__customer__address__state, str
                            ):
                                raise _errors.invalid(
                                    "state",
                                    "string",
                                    orders_item__customer__address__state,
                                )

                            try:
                                orders_item__customer__address__zip_code = (
                                    orders_item__customer__address["zipCode"]
                                )
                            except KeyError:
                                orders_item__customer__address__zip_code = UNSET
                            if not isinstance(
                                orders_item__customer__address__zip_code, str
                            ):
                                raise _errors.invalid(
                                    "zipCode",
                                    "string",
                                    orders_item__customer__address__zip_code,
                                )

                            if "line2" in orders_item__customer__address:
                                orders_item__customer__address__line2 = (
                                    orders_item__customer__address["line2"]
                                )
                                if not isinstance(
                                    orders_item__customer__address__line2, str
                                ):
                                    raise _errors.invalid(
                                        "line2",
                                        "string",
                                        orders_item__customer__address__line2,
                                    )
                            else:
                                orders_item__customer__address__line2 = UNSET
                                orders_item__customer__address___known -= 1

                            orders_item__customer__address__instance = _new_instance(
                                Address
                            )
                            orders_item__customer__address__instance.line1 = (
                                orders_item__customer__address__line1
                            )
                            orders_item__customer__address__instance.city = (
                                orders_item__customer__address__city
                            )
                            orders_item__customer__address__instance.state = (
                                orders_item__customer__address__state
                            )
                            orders_item__customer__address__instance.zip_code = (
                                orders_item__customer__address__zip_code
                            )
                            orders_item__customer__address__instance.line2 = (
                                orders_item__customer__address__line2
                            )
                            orders_item__customer__address__instance.additional_properties = (
                                {}
                                if len(orders_item__customer__address)
                                == orders_item__customer__address___known
                                else {
                                    key: value
                                    for key, value in orders_item__customer__address.items()
                                    if key not in _Address_FIELDS
                                }
                            )
                            orders_item__customer__address = (
                                orders_item__customer__address__instance
                            )

                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix("address")

                        if "email" in orders_item__customer:
                            orders_item__customer__email = orders_item__customer[
                                "email"
                            ]
                            if not isinstance(orders_item__customer__email, str):
                                raise _errors.invalid(
                                    "email", "string", orders_item__customer__email
                                )
                        else:
                            orders_item__customer__email = UNSET
                            orders_item__customer___known -= 1
                        if "phone" in orders_item__customer:
                            orders_item__customer__phone = orders_item__customer[
                                "phone"
                            ]
                            if not isinstance(orders_item__customer__phone, str):
                                raise _errors.invalid(
                                    "phone", "string", orders_item__customer__phone
                                )
                        else:
                            orders_item__customer__phone = UNSET
                            orders_item__customer___known -= 1

                        orders_item__customer__instance = _new_instance(Customer)
                        orders_item__customer__instance.source_id = (
                            orders_item__customer__source_id
                        )
                        orders_item__customer__instance.first_name = (
                            orders_item__customer__first_name
                        )
                        orders_item__customer__instance.last_name = (
                            orders_item__customer__last_name
                        )
                        orders_item__customer__instance.address = (
                            orders_item__customer__address
                        )
                        orders_item__customer__instance.email = (
                            orders_item__customer__email
                        )
                        orders_item__customer__instance.phone = (
                            orders_item__customer__phone
                        )
                        orders_item__customer__instance.additional_properties = (
                            {}
                            if len(orders_item__customer)
                            == orders_item__customer___known
                            else {
                                key: value
                                for key, value in orders_item__customer.items()
                                if key not in _Customer_FIELDS
                            }
                        )
                        orders_item__customer = orders_item__customer__instance

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("customer")
                else:
                    orders_item__customer = UNSET
                    orders_item___known -= 1
                if "lineItems" in orders_data:
                    orders_item__line_items = orders_data["lineItems"]
                    if type(orders_item__line_items) is not list:
                        raise _errors.invalid(
                            "lineItems", "array", orders_item__line_items
                        )
                    orders_item__line_items_items: list[OrderLineItem] = []
                    try:
                        for orders_item__line_items_data in orders_item__line_items:
                            if type(orders_item__line_items_data) is not dict:
                                orders_item__line_items_data = _errors.check_object(
                                    orders_item__line_items_data
                                )
                            if strict and not _OrderLineItem_FIELDS.issuperset(
                                orders_item__line_items_data
                            ):
                                raise _errors.unknown_fields(
                                    orders_item__line_items_data, _OrderLineItem_FIELDS
                                )
                            orders_item__line_items_item___known = 6
                            try:
                                orders_item__line_items_item__product_id = (
                                    orders_item__line_items_data["productId"]
                                )
                            except KeyError:
                                orders_item__line_items_item__product_id = UNSET
                            if (
                                type(orders_item__line_items_item__product_id)
                                is not int
                            ):
                                orders_item__line_items_item__product_id = (
                                    _errors.as_int(
                                        "productId",
                                        orders_item__line_items_item__product_id,
                                    )
                                )

                            try:
                                orders_item__line_items_item__quantity = (
                                    orders_item__line_items_data["quantity"]
                                )
                            except KeyError:
                                orders_item__line_items_item__quantity = UNSET
                            if type(orders_item__line_items_item__quantity) is not int:
                                orders_item__line_items_item__quantity = _errors.as_int(
                                    "quantity", orders_item__line_items_item__quantity
                                )

                            if "packDescription" in orders_item__line_items_data:
                                orders_item__line_items_item__pack_description = (
                                    orders_item__line_items_data["packDescription"]
                                )
                                if not isinstance(
                                    orders_item__line_items_item__pack_description, str
                                ):
                                    raise _errors.invalid(
                                        "packDescription",
                                        "string",
                                        orders_item__line_items_item__pack_description,
                                    )
                            else:
                                orders_item__line_items_item__pack_description = UNSET
                                orders_item__line_items_item___known -= 1
                            if "administration" in orders_item__line_items_data:
                                orders_item__line_items_item__administration = (
                                    orders_item__line_items_data["administration"]
                                )
                                try:
                                    if (
                                        type(
                                            orders_item__line_items_item__administration
                                        )
                                        is not dict
                                    ):
                                        orders_item__line_items_item__administration = _errors.check_object(
                                            orders_item__line_items_item__administration
                                        )
                                    if strict and not _Administration_FIELDS.issuperset(
                                        orders_item__line_items_item__administration
                                    ):
                                        raise _errors.unknown_fields(
                                            orders_item__line_items_item__administration,
                                            _Administration_FIELDS,
                                        )
                                    orders_item__line_items_item__administration___known = 4
                                    try:
                                        orders_item__line_items_item__administration__morning = orders_item__line_items_item__administration[
                                            "morning"
                                        ]
                                    except KeyError:
                                        orders_item__line_items_item__administration__morning = UNSET
                                    if (
                                        type(
                                            orders_item__line_items_item__administration__morning
                                        )
                                        is not int
                                    ):
                                        orders_item__line_items_item__administration__morning = _errors.as_int(
                                            "morning",
                                            orders_item__line_items_item__administration__morning,
                                        )

                                    try:
                                        orders_item__line_items_item__administration__afternoon = orders_item__line_items_item__administration[
                                            "afternoon"
                                        ]
                                    except KeyError:
                                        orders_item__line_items_item__administration__afternoon = UNSET
                                    if (
                                        type(
                                            orders_item__line_items_item__administration__afternoon
                                        )
                                        is not int
                                    ):
                                        orders_item__line_items_item__administration__afternoon = _errors.as_int(
                                            "afternoon",
                                            orders_item__line_items_item__administration__afternoon,
                                        )

                                    try:
                                        orders_item__line_items_item__administration__evening = orders_item__line_items_item__administration[
                                            "evening"
                                        ]
                                    except KeyError:
                                        orders_item__line_items_item__administration__evening = UNSET
                                    if (
                                        type(
                                            orders_item__line_items_item__administration__evening
                                        )
                                        is not int
                                    ):
                                        orders_item__line_items_item__administration__evening = _errors.as_int(
                                            "evening",
                                            orders_item__line_items_item__administration__evening,
                                        )

                                    try:
                                        orders_item__line_items_item__administration__sleep = orders_item__line_items_item__administration[
                                            "sleep"
                                        ]
                                    except KeyError:
                                        orders_item__line_items_item__administration__sleep = UNSET
                                    if (
                                        type(
                                            orders_item__line_items_item__administration__sleep
                                        )
                                        is not int
                                    ):
                                        orders_item__line_items_item__administration__sleep = _errors.as_int(
                                            "sleep",
                                            orders_item__line_items_item__administration__sleep,
                                        )

                                    orders_item__line_items_item__administration__instance = _new_instance(
                                        Administration
                                    )
                                    orders_item__line_items_item__administration__instance.morning = orders_item__line_items_item__administration__morning
                                    orders_item__line_items_item__administration__instance.afternoon = orders_item__line_items_item__administration__afternoon
                                    orders_item__line_items_item__administration__instance.evening = orders_item__line_items_item__administration__evening
                                    orders_item__line_items_item__administration__instance.sleep = orders_item__line_items_item__administration__sleep
                                    orders_item__line_items_item__administration__instance.additional_properties = (
                                        {}
                                        if len(
                                            orders_item__line_items_item__administration
                                        )
                                        == orders_item__line_items_item__administration___known
                                        else {
                                            key: value
                                            for key, value in orders_item__line_items_item__administration.items()
                                            if key not in _Administration_FIELDS
                                        }
                                    )
                                    orders_item__line_items_item__administration = orders_item__line_items_item__administration__instance

                                except _errors.ResponseValidationError as _failure:
                                    raise _failure.prefix("administration")
                            else:
                                orders_item__line_items_item__administration = UNSET
                                orders_item__line_items_item___known -= 1
                            if "price" in orders_item__line_items_data:
                                orders_item__line_items_item__price = (
                                    orders_item__line_items_data["price"]
                                )
                                if not isinstance(
                                    orders_item__line_items_item__price, str
                                ):
                                    raise _errors.invalid(
                                        "price",
                                        "string",
                                        orders_item__line_items_item__price,
                                    )
                            else:
                                orders_item__line_items_item__price = UNSET
                                orders_item__line_items_item___known -= 1
                            if "discountedPrice" in orders_item__line_items_data:
                                orders_item__line_items_item__discounted_price = (
                                    orders_item__line_items_data["discountedPrice"]
                                )
                                if not isinstance(
                                    orders_item__line_items_item__discounted_price, str
                                ):
                                    raise _errors.invalid(
                                        "discountedPrice",
                                        "string",
                                        orders_item__line_items_item__discounted_price,
                                    )
                            else:
                                orders_item__line_items_item__discounted_price = UNSET
                                orders_item__line_items_item___known -= 1

                            orders_item__line_items_item__instance = _new_instance(
                                OrderLineItem
                            )
                            orders_item__line_items_item__instance.product_id = (
                                orders_item__line_items_item__product_id
                            )
                            orders_item__line_items_item__instance.quantity = (
                                orders_item__line_items_item__quantity
                            )
                            orders_item__line_items_item__instance.pack_description = (
                                orders_item__line_items_item__pack_description
                            )
                            orders_item__line_items_item__instance.administration = (
                                orders_item__line_items_item__administration
                            )
                            orders_item__line_items_item__instance.price = (
                                orders_item__line_items_item__price
                            )
                            orders_item__line_items_item__instance.discounted_price = (
                                orders_item__line_items_item__discounted_price
                            )
                            orders_item__line_items_item__instance.additional_properties = (
                                {}
                                if len(orders_item__line_items_data)
                                == orders_item__line_items_item___known
                                else {
                                    key: value
                                    for key, value in orders_item__line_items_data.items()
                                    if key not in _OrderLineItem_FIELDS
                                }
                            )
                            orders_item__line_items_item = (
                                orders_item__line_items_item__instance
                            )

                            orders_item__line_items_items.append(
                                orders_item__line_items_item
                            )
                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix(
                            "lineItems", len(orders_item__line_items_items)
                        )
                    orders_item__line_items = orders_item__line_items_items
                else:
                    orders_item__line_items = UNSET
                    orders_item___known -= 1
                if "fulfillmentInfo" in orders_data:
                    orders_item__fulfillment_info = orders_data["fulfillmentInfo"]
                    try:
                        if type(orders_item__fulfillment_info) is not dict:
                            orders_item__fulfillment_info = _errors.check_object(
                                orders_item__fulfillment_info
                            )
                        if strict and not _FulfillmentInfo_FIELDS.issuperset(
                            orders_item__fulfillment_info
                        ):
                            raise _errors.unknown_fields(
                                orders_item__fulfillment_info, _FulfillmentInfo_FIELDS
                            )
                        orders_item__fulfillment_info___known = 5
                        if "carrier" in orders_item__fulfillment_info:
                            orders_item__fulfillment_info__carrier = (
                                orders_item__fulfillment_info["carrier"]
                            )
                            if not isinstance(
                                orders_item__fulfillment_info__carrier, str
                            ):
                                raise _errors.invalid(
                                    "carrier",
                                    "string",
                                    orders_item__fulfillment_info__carrier,
                                )
                        else:
                            orders_item__fulfillment_info__carrier = UNSET
                            orders_item__fulfillment_info___known -= 1
                        if "trackingNumber" in orders_item__fulfillment_info:
                            orders_item__fulfillment_info__tracking_number = (
                                orders_item__fulfillment_info["trackingNumber"]
                            )
                            if not isinstance(
                                orders_item__fulfillment_info__tracking_number, str
                            ):
                                raise _errors.invalid(
                                    "trackingNumber",
                                    "string",
                                    orders_item__fulfillment_info__tracking_number,
                                )
                        else:
                            orders_item__fulfillment_info__tracking_number = UNSET
                            orders_item__fulfillment_info___known -= 1
                        if "trackingStatus" in orders_item__fulfillment_info:
                            orders_item__fulfillment_info__tracking_status = (
                                orders_item__fulfillment_info["trackingStatus"]
                            )
                            if not isinstance(
                                orders_item__fulfillment_info__tracking_status, str
                            ):
                                raise _errors.invalid(
                                    "trackingStatus",
                                    "string",
                                    orders_item__fulfillment_info__tracking_status,
                                )
                        else:
                            orders_item__fulfillment_info__tracking_status = UNSET
                            orders_item__fulfillment_info___known -= 1
                        if "trackingUrl" in orders_item__fulfillment_info:
                            orders_item__fulfillment_info__tracking_url = (
                                orders_item__fulfillment_info["trackingUrl"]
                            )
                            if not isinstance(
                                orders_item__fulfillment_info__tracking_url, str
                            ):
                                raise _errors.invalid(
                                    "trackingUrl",
                                    "string",
                                    orders_item__fulfillment_info__tracking_url,
                                )
                        else:
                            orders_item__fulfillment_info__tracking_url = UNSET
                            orders_item__fulfillment_info___known -= 1
                        if "checkpoints" in orders_item__fulfillment_info:
                            orders_item__fulfillment_info__checkpoints = (
                                orders_item__fulfillment_info["checkpoints"]
                            )
                            if (
                                type(orders_item__fulfillment_info__checkpoints)
                                is not list
                            ):
                                raise _errors.invalid(
                                    "checkpoints",
                                    "array",
                                    orders_item__fulfillment_info__checkpoints,
                                )
                            orders_item__fulfillment_info__checkpoints_items: list[
                                Checkpoint
                            ] = []
                            try:
                                for (
                                    orders_item__fulfillment_info__checkpoints_data
                                ) in orders_item__fulfillment_info__checkpoints:
                                    if (
                                        type(
                                            orders_item__fulfillment_info__checkpoints_data
                                        )
                                        is not dict
                                    ):
                                        orders_item__fulfillment_info__checkpoints_data = _errors.check_object(
                                            orders_item__fulfillment_info__checkpoints_data
                                        )
                                    if strict and not _Checkpoint_FIELDS.issuperset(
                                        orders_item__fulfillment_info__checkpoints_data
                                    ):
                                        raise _errors.unknown_fields(
                                            orders_item__fulfillment_info__checkpoints_data,
                                            _Checkpoint_FIELDS,
                                        )
                                    orders_item__fulfillment_info__checkpoints_item___known = 4
                                    if (
                                        "checkpointTime"
                                        in orders_item__fulfillment_info__checkpoints_data
                                    ):
                                        orders_item__fulfillment_info__checkpoints_item__checkpoint_time = orders_item__fulfillment_info__checkpoints_data[
                                            "checkpointTime"
                                        ]
                                        orders_item__fulfillment_info__checkpoints_item__checkpoint_time = _errors.as_datetime(
                                            "checkpointTime",
                                            orders_item__fulfillment_info__checkpoints_item__checkpoint_time,
                                        )
                                    else:
                                        orders_item__fulfillment_info__checkpoints_item__checkpoint_time = UNSET
                                        orders_item__fulfillment_info__checkpoints_item___known -= 1
                                    if (
                                        "location"
                                        in orders_item__fulfillment_info__checkpoints_data
                                    ):
                                        orders_item__fulfillment_info__checkpoints_item__location = orders_item__fulfillment_info__checkpoints_data[
                                            "location"
                                        ]
                                        if not isinstance(
                                            orders_item__fulfillment_info__checkpoints_item__location,
                                            str,
                                        ):
                                            raise _errors.invalid(
                                                "location",
                                                "string",
                                                orders_item__fulfillment_info__checkpoints_item__location,
                                            )
                                    else:
                                        orders_item__fulfillment_info__checkpoints_item__location = UNSET
                                        orders_item__fulfillment_info__checkpoints_item___known -= 1
                                    if (
                                        "message"
                                        in orders_item__fulfillment_info__checkpoints_data
                                    ):
                                        orders_item__fulfillment_info__checkpoints_item__message = orders_item__fulfillment_info__checkpoints_data[
                                            "message"
                                        ]
                                        if not isinstance(
                                            orders_item__fulfillment_info__checkpoints_item__message,
                                            str,
                                        ):
                                            raise _errors.invalid(
                                                "message",
                                                "string",
                                                orders_item__fulfillment_info__checkpoints_item__message,
                                            )
                                    else:
                                        orders_item__fulfillment_info__checkpoints_item__message = UNSET
                                        orders_item__fulfillment_info__checkpoints_item___known -= 1
                                    if (
                                        "tag"
                                        in orders_item__fulfillment_info__checkpoints_data
                                    ):
                                        orders_item__fulfillment_info__checkpoints_item__tag = orders_item__fulfillment_info__checkpoints_data[
                                            "tag"
                                        ]
                                        if not isinstance(
                                            orders_item__fulfillment_info__checkpoints_item__tag,
                                            str,
                                        ):
                                            raise _errors.invalid(
                                                "tag",
                                                "string",
                                                orders_item__fulfillment_info__checkpoints_item__tag,
                                            )
                                    else:
                                        orders_item__fulfillment_info__checkpoints_item__tag = UNSET
                                        orders_item__fulfillment_info__checkpoints_item___known -= 1

                                    orders_item__fulfillment_info__checkpoints_item__instance = _new_instance(
                                        Checkpoint
                                    )
                                    orders_item__fulfillment_info__checkpoints_item__instance.checkpoint_time = orders_item__fulfillment_info__checkpoints_item__checkpoint_time
                                    orders_item__fulfillment_info__checkpoints_item__instance.location = orders_item__fulfillment_info__checkpoints_item__location
                                    orders_item__fulfillment_info__checkpoints_item__instance.message = orders_item__fulfillment_info__checkpoints_item__message
                                    orders_item__fulfillment_info__checkpoints_item__instance.tag = orders_item__fulfillment_info__checkpoints_item__tag
                                    orders_item__fulfillment_info__checkpoints_item__instance.additional_properties = (
                                        {}
                                        if len(
                                            orders_item__fulfillment_info__checkpoints_data
                                        )
                                        == orders_item__fulfillment_info__checkpoints_item___known
                                        else {
                                            key: value
                                            for key, value in orders_item__fulfillment_info__checkpoints_data.items()
                                            if key not in _Checkpoint_FIELDS
                                        }
                                    )
                                    orders_item__fulfillment_info__checkpoints_item = orders_item__fulfillment_info__checkpoints_item__instance

                                    orders_item__fulfillment_info__checkpoints_items.append(
                                        orders_item__fulfillment_info__checkpoints_item
                                    )
                            except _errors.ResponseValidationError as _failure:
                                raise _failure.prefix(
                                    "checkpoints",
                                    len(
                                        orders_item__fulfillment_info__checkpoints_items
                                    ),
                                )
                            orders_item__fulfillment_info__checkpoints = (
                                orders_item__fulfillment_info__checkpoints_items
                            )
                        else:
                            orders_item__fulfillment_info__checkpoints = UNSET
                            orders_item__fulfillment_info___known -= 1

                        orders_item__fulfillment_info__instance = _new_instance(
                            FulfillmentInfo
                        )
                        orders_item__fulfillment_info__instance.carrier = (
                            orders_item__fulfillment_info__carrier
                        )
                        orders_item__fulfillment_info__instance.tracking_number = (
                            orders_item__fulfillment_info__tracking_number
                        )
                        orders_item__fulfillment_info__instance.tracking_status = (
                            orders_item__fulfillment_info__tracking_status
                        )
                        orders_item__fulfillment_info__instance.tracking_url = (
                            orders_item__fulfillment_info__tracking_url
                        )
                        orders_item__fulfillment_info__instance.checkpoints = (
                            orders_item__fulfillment_info__checkpoints
                        )
                        orders_item__fulfillment_info__instance.additional_properties = (
                            {}
                            if len(orders_item__fulfillment_info)
                            == orders_item__fulfillment_info___known
                            else {
                                key: value
                                for key, value in orders_item__fulfillment_info.items()
                                if key not in _FulfillmentInfo_FIELDS
                            }
                        )
                        orders_item__fulfillment_info = (
                            orders_item__fulfillment_info__instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("fulfillmentInfo")
                else:
                    orders_item__fulfillment_info = UNSET
                    orders_item___known -= 1
                if "createdAt" in orders_data:
                    orders_item__created_at = orders_data["createdAt"]
                    orders_item__created_at = _errors.as_datetime(
                        "createdAt", orders_item__created_at
                    )
                else:
                    orders_item__created_at = UNSET
                    orders_item___known -= 1
                if "updatedAt" in orders_data:
                    orders_item__updated_at = orders_data["updatedAt"]
                    orders_item__updated_at = _errors.as_datetime(
                        "updatedAt", orders_item__updated_at
                    )
                else:
                    orders_item__updated_at = UNSET
                    orders_item___known -= 1

                orders_item__instance = _new_instance(Order)
                orders_item__instance.id = orders_item__id
                orders_item__instance.status = orders_item__status
                orders_item__instance.order_type = orders_item__order_type
                orders_item__instance.days_supply = orders_item__days_supply
                orders_item__instance.shipping_method = orders_item__shipping_method
                orders_item__instance.discount = orders_item__discount
                orders_item__instance.customer = orders_item__customer
                orders_item__instance.line_items = orders_item__line_items
                orders_item__instance.fulfillment_info = orders_item__fulfillment_info
                orders_item__instance.created_at = orders_item__created_at
                orders_item__instance.updated_at = orders_item__updated_at
                orders_item__instance.additional_properties = (
                    {}
                    if len(orders_data) == orders_item___known
                    else {
                        key: value
                        for key, value in orders_data.items()
                        if key not in _Order_FIELDS
                    }
                )
                orders_item = orders_item__instance

                orders_items.append(orders_item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("orders", len(orders_items))
        orders = orders_items

        if "cursor" in src_dict:
            cursor = src_dict["cursor"]
            if not (isinstance(cursor, str) or cursor is None):
                raise _errors.invalid("cursor", "string or null", cursor)
        else:
            cursor = UNSET
            _known -= 1

        if cls is OrderList:
            _instance = _new_instance(cls)
            _instance.orders = orders
            _instance.cursor = cursor
            _instance.additional_properties = {}
        else:
            _instance = cls(
                orders,
                cursor,
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
        "orders",
        "cursor",
    )
)


_Order_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "orderType",
        "daysSupply",
        "shippingMethod",
        "discount",
        "customer",
        "lineItems",
        "fulfillmentInfo",
        "createdAt",
        "updatedAt",
    )
)
_Customer_FIELDS: frozenset[str] = frozenset(
    (
        "sourceId",
        "firstName",
        "lastName",
        "address",
        "email",
        "phone",
    )
)
_Address_FIELDS: frozenset[str] = frozenset(
    (
        "line1",
        "city",
        "state",
        "zipCode",
        "line2",
    )
)
_OrderLineItem_FIELDS: frozenset[str] = frozenset(
    (
        "productId",
        "quantity",
        "packDescription",
        "administration",
        "price",
        "discountedPrice",
    )
)
_Administration_FIELDS: frozenset[str] = frozenset(
    (
        "morning",
        "afternoon",
        "evening",
        "sleep",
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
from ..models.days_supply import DaysSupply  # noqa: E402
from ..models.order_status import OrderStatus  # noqa: E402
from ..models.order_type import OrderType  # noqa: E402
from ..models.shipping_method_name import ShippingMethodName  # noqa: E402

_DaysSupply_BY_VALUE = {member.value: member for member in DaysSupply}
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}
_ShippingMethodName_BY_VALUE = {member.value: member for member in ShippingMethodName}
_new_instance = object.__new__
_join_strings = "".join


from ..models.address import Address  # noqa: E402
from ..models.administration import Administration  # noqa: E402
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
from ..models.order import Order  # noqa: E402
from ..models.order_line_item import OrderLineItem  # noqa: E402
