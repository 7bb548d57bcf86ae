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
        field__known = 2
        try:
            field_orders = src_dict["orders"]
        except KeyError:
            field_orders = UNSET
        if type(field_orders) is not list:
            raise _errors.invalid("orders", "array", field_orders)
        field_orders___items: list[Order] = []
        try:
            for field_orders___data in field_orders:
                if type(field_orders___data) is not dict:
                    field_orders___data = _errors.check_object(field_orders___data)
                if strict and not _Order_FIELDS.issuperset(field_orders___data):
                    raise _errors.unknown_fields(field_orders___data, _Order_FIELDS)
                field_orders___item___known = 11
                try:
                    field_orders___item__id = field_orders___data["id"]
                except KeyError:
                    field_orders___item__id = UNSET
                if not isinstance(field_orders___item__id, str):
                    raise _errors.invalid("id", "string", field_orders___item__id)

                try:
                    field_orders___item__status = field_orders___data["status"]
                except KeyError:
                    field_orders___item__status = UNSET
                try:
                    field_orders___item__status = _OrderStatus_BY_VALUE[
                        field_orders___item__status
                    ]
                except (KeyError, TypeError):
                    field_orders___item__status = _errors.as_enum(
                        OrderStatus, str, "status", field_orders___item__status
                    )

                if "orderType" in field_orders___data:
                    field_orders___item__order_type = field_orders___data["orderType"]
                    try:
                        field_orders___item__order_type = _OrderType_BY_VALUE[
                            field_orders___item__order_type
                        ]
                    except (KeyError, TypeError):
                        field_orders___item__order_type = _errors.as_enum(
                            OrderType, str, "orderType", field_orders___item__order_type
                        )
                else:
                    field_orders___item__order_type = UNSET
                    field_orders___item___known -= 1
                if "daysSupply" in field_orders___data:
                    field_orders___item__days_supply = field_orders___data["daysSupply"]
                    field_orders___item__days_supply___member = (
                        _DaysSupply_BY_VALUE.get(field_orders___item__days_supply)
                        if type(field_orders___item__days_supply) is int
                        else None
                    )
                    field_orders___item__days_supply = (
                        field_orders___item__days_supply___member
                        if field_orders___item__days_supply___member is not None
                        else _errors.as_enum(
                            DaysSupply,
                            int,
                            "daysSupply",
                            field_orders___item__days_supply,
                        )
                    )
                else:
                    field_orders___item__days_supply = UNSET
                    field_orders___item___known -= 1
                if "shippingMethod" in field_orders___data:
                    field_orders___item__shipping_method = field_orders___data[
                        "shippingMethod"
                    ]
                    try:
                        field_orders___item__shipping_method = (
                            _ShippingMethodName_BY_VALUE[
                                field_orders___item__shipping_method
                            ]
                        )
                    except (KeyError, TypeError):
                        field_orders___item__shipping_method = _errors.as_enum(
                            ShippingMethodName,
                            str,
                            "shippingMethod",
                            field_orders___item__shipping_method,
                        )
                else:
                    field_orders___item__shipping_method = UNSET
                    field_orders___item___known -= 1
                if "discount" in field_orders___data:
                    field_orders___item__discount = field_orders___data["discount"]
                    if not isinstance(field_orders___item__discount, str):
                        raise _errors.invalid(
                            "discount", "string", field_orders___item__discount
                        )
                else:
                    field_orders___item__discount = UNSET
                    field_orders___item___known -= 1
                if "customer" in field_orders___data:
                    field_orders___item__customer = field_orders___data["customer"]
                    try:
                        if type(field_orders___item__customer) is not dict:
                            field_orders___item__customer = _errors.check_object(
                                field_orders___item__customer
                            )
                        if strict and not _Customer_FIELDS.issuperset(
                            field_orders___item__customer
                        ):
                            raise _errors.unknown_fields(
                                field_orders___item__customer, _Customer_FIELDS
                            )
                        field_orders___item__customer___known = 6
                        try:
                            field_orders___item__customer__source_id = (
                                field_orders___item__customer["sourceId"]
                            )
                        except KeyError:
                            field_orders___item__customer__source_id = UNSET
                        if not isinstance(
                            field_orders___item__customer__source_id, str
                        ):
                            raise _errors.invalid(
                                "sourceId",
                                "string",
                                field_orders___item__customer__source_id,
                            )

                        try:
                            field_orders___item__customer__first_name = (
                                field_orders___item__customer["firstName"]
                            )
                        except KeyError:
                            field_orders___item__customer__first_name = UNSET
                        if not isinstance(
                            field_orders___item__customer__first_name, str
                        ):
                            raise _errors.invalid(
                                "firstName",
                                "string",
                                field_orders___item__customer__first_name,
                            )

                        try:
                            field_orders___item__customer__last_name = (
                                field_orders___item__customer["lastName"]
                            )
                        except KeyError:
                            field_orders___item__customer__last_name = UNSET
                        if not isinstance(
                            field_orders___item__customer__last_name, str
                        ):
                            raise _errors.invalid(
                                "lastName",
                                "string",
                                field_orders___item__customer__last_name,
                            )

                        try:
                            field_orders___item__customer__address = (
                                field_orders___item__customer["address"]
                            )
                        except KeyError:
                            field_orders___item__customer__address = UNSET
                        try:
                            if type(field_orders___item__customer__address) is not dict:
                                field_orders___item__customer__address = (
                                    _errors.check_object(
                                        field_orders___item__customer__address
                                    )
                                )
                            if strict and not _Address_FIELDS.issuperset(
                                field_orders___item__customer__address
                            ):
                                raise _errors.unknown_fields(
                                    field_orders___item__customer__address,
                                    _Address_FIELDS,
                                )
                            field_orders___item__customer__address___known = 5
                            try:
                                field_orders___item__customer__address__line1 = (
                                    field_orders___item__customer__address["line1"]
                                )
                            except KeyError:
                                field_orders___item__customer__address__line1 = UNSET
                            if not isinstance(
                                field_orders___item__customer__address__line1, str
                            ):
                                raise _errors.invalid(
                                    "line1",
                                    "string",
                                    field_orders___item__customer__address__line1,
                                )

                            try:
                                field_orders___item__customer__address__city = (
                                    field_orders___item__customer__address["city"]
                                )
                            except KeyError:
                                field_orders___item__customer__address__city = UNSET
                            if not isinstance(
                                field_orders___item__customer__address__city, str
                            ):
                                raise _errors.invalid(
                                    "city",
                                    "string",
                                    field_orders___item__customer__address__city,
                                )

                            try:
                                field_orders___item__customer__address__state = (
                                    field_orders___item__customer__address["state"]
                                )
                            except KeyError:
                                field_orders___item__customer__address__state = UNSET
                            if not isinstance(
                                field_orders___item__customer__address__state, str
                            ):
                                raise _errors.invalid(
                                    "state",
                                    "string",
                                    field_orders___item__customer__address__state,
                                )

                            try:
                                field_orders___item__customer__address__zip_code = (
                                    field_orders___item__customer__address["zipCode"]
                                )
                            except KeyError:
                                field_orders___item__customer__address__zip_code = UNSET
                            if not isinstance(
                                field_orders___item__customer__address__zip_code, str
                            ):
                                raise _errors.invalid(
                                    "zipCode",
                                    "string",
                                    field_orders___item__customer__address__zip_code,
                                )

                            if "line2" in field_orders___item__customer__address:
                                field_orders___item__customer__address__line2 = (
                                    field_orders___item__customer__address["line2"]
                                )
                                if not isinstance(
                                    field_orders___item__customer__address__line2, str
                                ):
                                    raise _errors.invalid(
                                        "line2",
                                        "string",
                                        field_orders___item__customer__address__line2,
                                    )
                            else:
                                field_orders___item__customer__address__line2 = UNSET
                                field_orders___item__customer__address___known -= 1

                            field_orders___item__customer__address___instance = (
                                _new_instance(Address)
                            )
                            field_orders___item__customer__address___instance.line1 = (
                                field_orders___item__customer__address__line1
                            )
                            field_orders___item__customer__address___instance.city = (
                                field_orders___item__customer__address__city
                            )
                            field_orders___item__customer__address___instance.state = (
                                field_orders___item__customer__address__state
                            )
                            field_orders___item__customer__address___instance.zip_code = field_orders___item__customer__address__zip_code
                            field_orders___item__customer__address___instance.line2 = (
                                field_orders___item__customer__address__line2
                            )
                            field_orders___item__customer__address___instance.additional_properties = (
                                {}
                                if len(field_orders___item__customer__address)
                                == field_orders___item__customer__address___known
                                else {
                                    key: value
                                    for key, value in field_orders___item__customer__address.items()
                                    if key not in _Address_FIELDS
                                }
                            )
                            field_orders___item__customer__address = (
                                field_orders___item__customer__address___instance
                            )

                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix("address")

                        if "email" in field_orders___item__customer:
                            field_orders___item__customer__email = (
                                field_orders___item__customer["email"]
                            )
                            if not isinstance(
                                field_orders___item__customer__email, str
                            ):
                                raise _errors.invalid(
                                    "email",
                                    "string",
                                    field_orders___item__customer__email,
                                )
                        else:
                            field_orders___item__customer__email = UNSET
                            field_orders___item__customer___known -= 1
                        if "phone" in field_orders___item__customer:
                            field_orders___item__customer__phone = (
                                field_orders___item__customer["phone"]
                            )
                            if not isinstance(
                                field_orders___item__customer__phone, str
                            ):
                                raise _errors.invalid(
                                    "phone",
                                    "string",
                                    field_orders___item__customer__phone,
                                )
                        else:
                            field_orders___item__customer__phone = UNSET
                            field_orders___item__customer___known -= 1

                        field_orders___item__customer___instance = _new_instance(
                            Customer
                        )
                        field_orders___item__customer___instance.source_id = (
                            field_orders___item__customer__source_id
                        )
                        field_orders___item__customer___instance.first_name = (
                            field_orders___item__customer__first_name
                        )
                        field_orders___item__customer___instance.last_name = (
                            field_orders___item__customer__last_name
                        )
                        field_orders___item__customer___instance.address = (
                            field_orders___item__customer__address
                        )
                        field_orders___item__customer___instance.email = (
                            field_orders___item__customer__email
                        )
                        field_orders___item__customer___instance.phone = (
                            field_orders___item__customer__phone
                        )
                        field_orders___item__customer___instance.additional_properties = (
                            {}
                            if len(field_orders___item__customer)
                            == field_orders___item__customer___known
                            else {
                                key: value
                                for key, value in field_orders___item__customer.items()
                                if key not in _Customer_FIELDS
                            }
                        )
                        field_orders___item__customer = (
                            field_orders___item__customer___instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("customer")
                else:
                    field_orders___item__customer = UNSET
                    field_orders___item___known -= 1
                if "lineItems" in field_orders___data:
                    field_orders___item__line_items = field_orders___data["lineItems"]
                    if type(field_orders___item__line_items) is not list:
                        raise _errors.invalid(
                            "lineItems", "array", field_orders___item__line_items
                        )
                    field_orders___item__line_items___items: list[OrderLineItem] = []
                    try:
                        for (
                            field_orders___item__line_items___data
                        ) in field_orders___item__line_items:
                            if type(field_orders___item__line_items___data) is not dict:
                                field_orders___item__line_items___data = (
                                    _errors.check_object(
                                        field_orders___item__line_items___data
                                    )
                                )
                            if strict and not _OrderLineItem_FIELDS.issuperset(
                                field_orders___item__line_items___data
                            ):
                                raise _errors.unknown_fields(
                                    field_orders___item__line_items___data,
                                    _OrderLineItem_FIELDS,
                                )
                            field_orders___item__line_items___item___known = 6
                            try:
                                field_orders___item__line_items___item__product_id = (
                                    field_orders___item__line_items___data["productId"]
                                )
                            except KeyError:
                                field_orders___item__line_items___item__product_id = (
                                    UNSET
                                )
                            if (
                                type(field_orders___item__line_items___item__product_id)
                                is not int
                            ):
                                field_orders___item__line_items___item__product_id = _errors.as_int(
                                    "productId",
                                    field_orders___item__line_items___item__product_id,
                                )

                            try:
                                field_orders___item__line_items___item__quantity = (
                                    field_orders___item__line_items___data["quantity"]
                                )
                            except KeyError:
                                field_orders___item__line_items___item__quantity = UNSET
                            if (
                                type(field_orders___item__line_items___item__quantity)
                                is not int
                            ):
                                field_orders___item__line_items___item__quantity = _errors.as_int(
                                    "quantity",
                                    field_orders___item__line_items___item__quantity,
                                )

                            if (
                                "packDescription"
                                in field_orders___item__line_items___data
                            ):
                                field_orders___item__line_items___item__pack_description = field_orders___item__line_items___data[
                                    "packDescription"
                                ]
                                if not isinstance(
                                    field_orders___item__line_items___item__pack_description,
                                    str,
                                ):
                                    raise _errors.invalid(
                                        "packDescription",
                                        "string",
                                        field_orders___item__line_items___item__pack_description,
                                    )
                            else:
                                field_orders___item__line_items___item__pack_description = UNSET
                                field_orders___item__line_items___item___known -= 1
                            if (
                                "administration"
                                in field_orders___item__line_items___data
                            ):
                                field_orders___item__line_items___item__administration = field_orders___item__line_items___data[
                                    "administration"
                                ]
                                try:
                                    if (
                                        type(
                                            field_orders___item__line_items___item__administration
                                        )
                                        is not dict
                                    ):
                                        field_orders___item__line_items___item__administration = _errors.check_object(
                                            field_orders___item__line_items___item__administration
                                        )
                                    if strict and not _Administration_FIELDS.issuperset(
                                        field_orders___item__line_items___item__administration
                                    ):
                                        raise _errors.unknown_fields(
                                            field_orders___item__line_items___item__administration,
                                            _Administration_FIELDS,
                                        )
                                    field_orders___item__line_items___item__administration___known = 4
                                    try:
                                        field_orders___item__line_items___item__administration__morning = field_orders___item__line_items___item__administration[
                                            "morning"
                                        ]
                                    except KeyError:
                                        field_orders___item__line_items___item__administration__morning = UNSET
                                    if (
                                        type(
                                            field_orders___item__line_items___item__administration__morning
                                        )
                                        is not int
                                    ):
                                        field_orders___item__line_items___item__administration__morning = _errors.as_int(
                                            "morning",
                                            field_orders___item__line_items___item__administration__morning,
                                        )

                                    try:
                                        field_orders___item__line_items___item__administration__afternoon = field_orders___item__line_items___item__administration[
                                            "afternoon"
                                        ]
                                    except KeyError:
                                        field_orders___item__line_items___item__administration__afternoon = UNSET
                                    if (
                                        type(
                                            field_orders___item__line_items___item__administration__afternoon
                                        )
                                        is not int
                                    ):
                                        field_orders___item__line_items___item__administration__afternoon = _errors.as_int(
                                            "afternoon",
                                            field_orders___item__line_items___item__administration__afternoon,
                                        )

                                    try:
                                        field_orders___item__line_items___item__administration__evening = field_orders___item__line_items___item__administration[
                                            "evening"
                                        ]
                                    except KeyError:
                                        field_orders___item__line_items___item__administration__evening = UNSET
                                    if (
                                        type(
                                            field_orders___item__line_items___item__administration__evening
                                        )
                                        is not int
                                    ):
                                        field_orders___item__line_items___item__administration__evening = _errors.as_int(
                                            "evening",
                                            field_orders___item__line_items___item__administration__evening,
                                        )

                                    try:
                                        field_orders___item__line_items___item__administration__sleep = field_orders___item__line_items___item__administration[
                                            "sleep"
                                        ]
                                    except KeyError:
                                        field_orders___item__line_items___item__administration__sleep = UNSET
                                    if (
                                        type(
                                            field_orders___item__line_items___item__administration__sleep
                                        )
                                        is not int
                                    ):
                                        field_orders___item__line_items___item__administration__sleep = _errors.as_int(
                                            "sleep",
                                            field_orders___item__line_items___item__administration__sleep,
                                        )

                                    field_orders___item__line_items___item__administration___instance = _new_instance(
                                        Administration
                                    )
                                    field_orders___item__line_items___item__administration___instance.morning = field_orders___item__line_items___item__administration__morning
                                    field_orders___item__line_items___item__administration___instance.afternoon = field_orders___item__line_items___item__administration__afternoon
                                    field_orders___item__line_items___item__administration___instance.evening = field_orders___item__line_items___item__administration__evening
                                    field_orders___item__line_items___item__administration___instance.sleep = field_orders___item__line_items___item__administration__sleep
                                    field_orders___item__line_items___item__administration___instance.additional_properties = (
                                        {}
                                        if len(
                                            field_orders___item__line_items___item__administration
                                        )
                                        == field_orders___item__line_items___item__administration___known
                                        else {
                                            key: value
                                            for key, value in field_orders___item__line_items___item__administration.items()
                                            if key not in _Administration_FIELDS
                                        }
                                    )
                                    field_orders___item__line_items___item__administration = field_orders___item__line_items___item__administration___instance

                                except _errors.ResponseValidationError as _failure:
                                    raise _failure.prefix("administration")
                            else:
                                field_orders___item__line_items___item__administration = UNSET
                                field_orders___item__line_items___item___known -= 1
                            if "price" in field_orders___item__line_items___data:
                                field_orders___item__line_items___item__price = (
                                    field_orders___item__line_items___data["price"]
                                )
                                if not isinstance(
                                    field_orders___item__line_items___item__price, str
                                ):
                                    raise _errors.invalid(
                                        "price",
                                        "string",
                                        field_orders___item__line_items___item__price,
                                    )
                            else:
                                field_orders___item__line_items___item__price = UNSET
                                field_orders___item__line_items___item___known -= 1
                            if (
                                "discountedPrice"
                                in field_orders___item__line_items___data
                            ):
                                field_orders___item__line_items___item__discounted_price = field_orders___item__line_items___data[
                                    "discountedPrice"
                                ]
                                if not isinstance(
                                    field_orders___item__line_items___item__discounted_price,
                                    str,
                                ):
                                    raise _errors.invalid(
                                        "discountedPrice",
                                        "string",
                                        field_orders___item__line_items___item__discounted_price,
                                    )
                            else:
                                field_orders___item__line_items___item__discounted_price = UNSET
                                field_orders___item__line_items___item___known -= 1

                            field_orders___item__line_items___item___instance = (
                                _new_instance(OrderLineItem)
                            )
                            field_orders___item__line_items___item___instance.product_id = field_orders___item__line_items___item__product_id
                            field_orders___item__line_items___item___instance.quantity = field_orders___item__line_items___item__quantity
                            field_orders___item__line_items___item___instance.pack_description = field_orders___item__line_items___item__pack_description
                            field_orders___item__line_items___item___instance.administration = field_orders___item__line_items___item__administration
                            field_orders___item__line_items___item___instance.price = (
                                field_orders___item__line_items___item__price
                            )
                            field_orders___item__line_items___item___instance.discounted_price = field_orders___item__line_items___item__discounted_price
                            field_orders___item__line_items___item___instance.additional_properties = (
                                {}
                                if len(field_orders___item__line_items___data)
                                == field_orders___item__line_items___item___known
                                else {
                                    key: value
                                    for key, value in field_orders___item__line_items___data.items()
                                    if key not in _OrderLineItem_FIELDS
                                }
                            )
                            field_orders___item__line_items___item = (
                                field_orders___item__line_items___item___instance
                            )

                            field_orders___item__line_items___items.append(
                                field_orders___item__line_items___item
                            )
                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix(
                            "lineItems", len(field_orders___item__line_items___items)
                        )
                    field_orders___item__line_items = (
                        field_orders___item__line_items___items
                    )
                else:
                    field_orders___item__line_items = UNSET
                    field_orders___item___known -= 1
                if "fulfillmentInfo" in field_orders___data:
                    field_orders___item__fulfillment_info = field_orders___data[
                        "fulfillmentInfo"
                    ]
                    try:
                        if type(field_orders___item__fulfillment_info) is not dict:
                            field_orders___item__fulfillment_info = (
                                _errors.check_object(
                                    field_orders___item__fulfillment_info
                                )
                            )
                        if strict and not _FulfillmentInfo_FIELDS.issuperset(
                            field_orders___item__fulfillment_info
                        ):
                            raise _errors.unknown_fields(
                                field_orders___item__fulfillment_info,
                                _FulfillmentInfo_FIELDS,
                            )
                        field_orders___item__fulfillment_info___known = 5
                        if "carrier" in field_orders___item__fulfillment_info:
                            field_orders___item__fulfillment_info__carrier = (
                                field_orders___item__fulfillment_info["carrier"]
                            )
                            if not isinstance(
                                field_orders___item__fulfillment_info__carrier, str
                            ):
                                raise _errors.invalid(
                                    "carrier",
                                    "string",
                                    field_orders___item__fulfillment_info__carrier,
                                )
                        else:
                            field_orders___item__fulfillment_info__carrier = UNSET
                            field_orders___item__fulfillment_info___known -= 1
                        if "trackingNumber" in field_orders___item__fulfillment_info:
                            field_orders___item__fulfillment_info__tracking_number = (
                                field_orders___item__fulfillment_info["trackingNumber"]
                            )
                            if not isinstance(
                                field_orders___item__fulfillment_info__tracking_number,
                                str,
                            ):
                                raise _errors.invalid(
                                    "trackingNumber",
                                    "string",
                                    field_orders___item__fulfillment_info__tracking_number,
                                )
                        else:
                            field_orders___item__fulfillment_info__tracking_number = (
                                UNSET
                            )
                            field_orders___item__fulfillment_info___known -= 1
                        if "trackingStatus" in field_orders___item__fulfillment_info:
                            field_orders___item__fulfillment_info__tracking_status = (
                                field_orders___item__fulfillment_info["trackingStatus"]
                            )
                            if not isinstance(
                                field_orders___item__fulfillment_info__tracking_status,
                                str,
                            ):
                                raise _errors.invalid(
                                    "trackingStatus",
                                    "string",
                                    field_orders___item__fulfillment_info__tracking_status,
                                )
                        else:
                            field_orders___item__fulfillment_info__tracking_status = (
                                UNSET
                            )
                            field_orders___item__fulfillment_info___known -= 1
                        if "trackingUrl" in field_orders___item__fulfillment_info:
                            field_orders___item__fulfillment_info__tracking_url = (
                                field_orders___item__fulfillment_info["trackingUrl"]
                            )
                            if not isinstance(
                                field_orders___item__fulfillment_info__tracking_url, str
                            ):
                                raise _errors.invalid(
                                    "trackingUrl",
                                    "string",
                                    field_orders___item__fulfillment_info__tracking_url,
                                )
                        else:
                            field_orders___item__fulfillment_info__tracking_url = UNSET
                            field_orders___item__fulfillment_info___known -= 1
                        if "checkpoints" in field_orders___item__fulfillment_info:
                            field_orders___item__fulfillment_info__checkpoints = (
                                field_orders___item__fulfillment_info["checkpoints"]
                            )
                            if (
                                type(field_orders___item__fulfillment_info__checkpoints)
                                is not list
                            ):
                                raise _errors.invalid(
                                    "checkpoints",
                                    "array",
                                    field_orders___item__fulfillment_info__checkpoints,
                                )
                            field_orders___item__fulfillment_info__checkpoints___items: list[
                                Checkpoint
                            ] = []
                            try:
                                for field_orders___item__fulfillment_info__checkpoints___data in field_orders___item__fulfillment_info__checkpoints:
                                    if (
                                        type(
                                            field_orders___item__fulfillment_info__checkpoints___data
                                        )
                                        is not dict
                                    ):
                                        field_orders___item__fulfillment_info__checkpoints___data = _errors.check_object(
                                            field_orders___item__fulfillment_info__checkpoints___data
                                        )
                                    if strict and not _Checkpoint_FIELDS.issuperset(
                                        field_orders___item__fulfillment_info__checkpoints___data
                                    ):
                                        raise _errors.unknown_fields(
                                            field_orders___item__fulfillment_info__checkpoints___data,
                                            _Checkpoint_FIELDS,
                                        )
                                    field_orders___item__fulfillment_info__checkpoints___item___known = 4
                                    if (
                                        "checkpointTime"
                                        in field_orders___item__fulfillment_info__checkpoints___data
                                    ):
                                        field_orders___item__fulfillment_info__checkpoints___item__checkpoint_time = field_orders___item__fulfillment_info__checkpoints___data[
                                            "checkpointTime"
                                        ]
                                        field_orders___item__fulfillment_info__checkpoints___item__checkpoint_time = _errors.as_datetime(
                                            "checkpointTime",
                                            field_orders___item__fulfillment_info__checkpoints___item__checkpoint_time,
                                        )
                                    else:
                                        field_orders___item__fulfillment_info__checkpoints___item__checkpoint_time = UNSET
                                        field_orders___item__fulfillment_info__checkpoints___item___known -= 1
                                    if (
                                        "location"
                                        in field_orders___item__fulfillment_info__checkpoints___data
                                    ):
                                        field_orders___item__fulfillment_info__checkpoints___item__location = field_orders___item__fulfillment_info__checkpoints___data[
                                            "location"
                                        ]
                                        if not isinstance(
                                            field_orders___item__fulfillment_info__checkpoints___item__location,
                                            str,
                                        ):
                                            raise _errors.invalid(
                                                "location",
                                                "string",
                                                field_orders___item__fulfillment_info__checkpoints___item__location,
                                            )
                                    else:
                                        field_orders___item__fulfillment_info__checkpoints___item__location = UNSET
                                        field_orders___item__fulfillment_info__checkpoints___item___known -= 1
                                    if (
                                        "message"
                                        in field_orders___item__fulfillment_info__checkpoints___data
                                    ):
                                        field_orders___item__fulfillment_info__checkpoints___item__message = field_orders___item__fulfillment_info__checkpoints___data[
                                            "message"
                                        ]
                                        if not isinstance(
                                            field_orders___item__fulfillment_info__checkpoints___item__message,
                                            str,
                                        ):
                                            raise _errors.invalid(
                                                "message",
                                                "string",
                                                field_orders___item__fulfillment_info__checkpoints___item__message,
                                            )
                                    else:
                                        field_orders___item__fulfillment_info__checkpoints___item__message = UNSET
                                        field_orders___item__fulfillment_info__checkpoints___item___known -= 1
                                    if (
                                        "tag"
                                        in field_orders___item__fulfillment_info__checkpoints___data
                                    ):
                                        field_orders___item__fulfillment_info__checkpoints___item__tag = field_orders___item__fulfillment_info__checkpoints___data[
                                            "tag"
                                        ]
                                        if not isinstance(
                                            field_orders___item__fulfillment_info__checkpoints___item__tag,
                                            str,
                                        ):
                                            raise _errors.invalid(
                                                "tag",
                                                "string",
                                                field_orders___item__fulfillment_info__checkpoints___item__tag,
                                            )
                                    else:
                                        field_orders___item__fulfillment_info__checkpoints___item__tag = UNSET
                                        field_orders___item__fulfillment_info__checkpoints___item___known -= 1

                                    field_orders___item__fulfillment_info__checkpoints___item___instance = _new_instance(
                                        Checkpoint
                                    )
                                    field_orders___item__fulfillment_info__checkpoints___item___instance.checkpoint_time = field_orders___item__fulfillment_info__checkpoints___item__checkpoint_time
                                    field_orders___item__fulfillment_info__checkpoints___item___instance.location = field_orders___item__fulfillment_info__checkpoints___item__location
                                    field_orders___item__fulfillment_info__checkpoints___item___instance.message = field_orders___item__fulfillment_info__checkpoints___item__message
                                    field_orders___item__fulfillment_info__checkpoints___item___instance.tag = field_orders___item__fulfillment_info__checkpoints___item__tag
                                    field_orders___item__fulfillment_info__checkpoints___item___instance.additional_properties = (
                                        {}
                                        if len(
                                            field_orders___item__fulfillment_info__checkpoints___data
                                        )
                                        == field_orders___item__fulfillment_info__checkpoints___item___known
                                        else {
                                            key: value
                                            for key, value in field_orders___item__fulfillment_info__checkpoints___data.items()
                                            if key not in _Checkpoint_FIELDS
                                        }
                                    )
                                    field_orders___item__fulfillment_info__checkpoints___item = field_orders___item__fulfillment_info__checkpoints___item___instance

                                    field_orders___item__fulfillment_info__checkpoints___items.append(
                                        field_orders___item__fulfillment_info__checkpoints___item
                                    )
                            except _errors.ResponseValidationError as _failure:
                                raise _failure.prefix(
                                    "checkpoints",
                                    len(
                                        field_orders___item__fulfillment_info__checkpoints___items
                                    ),
                                )
                            field_orders___item__fulfillment_info__checkpoints = field_orders___item__fulfillment_info__checkpoints___items
                        else:
                            field_orders___item__fulfillment_info__checkpoints = UNSET
                            field_orders___item__fulfillment_info___known -= 1

                        field_orders___item__fulfillment_info___instance = (
                            _new_instance(FulfillmentInfo)
                        )
                        field_orders___item__fulfillment_info___instance.carrier = (
                            field_orders___item__fulfillment_info__carrier
                        )
                        field_orders___item__fulfillment_info___instance.tracking_number = field_orders___item__fulfillment_info__tracking_number
                        field_orders___item__fulfillment_info___instance.tracking_status = field_orders___item__fulfillment_info__tracking_status
                        field_orders___item__fulfillment_info___instance.tracking_url = field_orders___item__fulfillment_info__tracking_url
                        field_orders___item__fulfillment_info___instance.checkpoints = (
                            field_orders___item__fulfillment_info__checkpoints
                        )
                        field_orders___item__fulfillment_info___instance.additional_properties = (
                            {}
                            if len(field_orders___item__fulfillment_info)
                            == field_orders___item__fulfillment_info___known
                            else {
                                key: value
                                for key, value in field_orders___item__fulfillment_info.items()
                                if key not in _FulfillmentInfo_FIELDS
                            }
                        )
                        field_orders___item__fulfillment_info = (
                            field_orders___item__fulfillment_info___instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("fulfillmentInfo")
                else:
                    field_orders___item__fulfillment_info = UNSET
                    field_orders___item___known -= 1
                if "createdAt" in field_orders___data:
                    field_orders___item__created_at = field_orders___data["createdAt"]
                    field_orders___item__created_at = _errors.as_datetime(
                        "createdAt", field_orders___item__created_at
                    )
                else:
                    field_orders___item__created_at = UNSET
                    field_orders___item___known -= 1
                if "updatedAt" in field_orders___data:
                    field_orders___item__updated_at = field_orders___data["updatedAt"]
                    field_orders___item__updated_at = _errors.as_datetime(
                        "updatedAt", field_orders___item__updated_at
                    )
                else:
                    field_orders___item__updated_at = UNSET
                    field_orders___item___known -= 1

                field_orders___item___instance = _new_instance(Order)
                field_orders___item___instance.id = field_orders___item__id
                field_orders___item___instance.status = field_orders___item__status
                field_orders___item___instance.order_type = (
                    field_orders___item__order_type
                )
                field_orders___item___instance.days_supply = (
                    field_orders___item__days_supply
                )
                field_orders___item___instance.shipping_method = (
                    field_orders___item__shipping_method
                )
                field_orders___item___instance.discount = field_orders___item__discount
                field_orders___item___instance.customer = field_orders___item__customer
                field_orders___item___instance.line_items = (
                    field_orders___item__line_items
                )
                field_orders___item___instance.fulfillment_info = (
                    field_orders___item__fulfillment_info
                )
                field_orders___item___instance.created_at = (
                    field_orders___item__created_at
                )
                field_orders___item___instance.updated_at = (
                    field_orders___item__updated_at
                )
                field_orders___item___instance.additional_properties = (
                    {}
                    if len(field_orders___data) == field_orders___item___known
                    else {
                        key: value
                        for key, value in field_orders___data.items()
                        if key not in _Order_FIELDS
                    }
                )
                field_orders___item = field_orders___item___instance

                field_orders___items.append(field_orders___item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("orders", len(field_orders___items))
        field_orders = field_orders___items

        if "cursor" in src_dict:
            field_cursor = src_dict["cursor"]
            if not (isinstance(field_cursor, str) or field_cursor is None):
                raise _errors.invalid("cursor", "string or null", field_cursor)
        else:
            field_cursor = UNSET
            field__known -= 1

        if cls is OrderList:
            _instance = _new_instance(cls)
            _instance.orders = field_orders
            _instance.cursor = field_cursor
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_orders,
                field_cursor,
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
