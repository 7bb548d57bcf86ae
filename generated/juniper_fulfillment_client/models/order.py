from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.days_supply import DaysSupply
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.shipping_method_name import ShippingMethodName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.fulfillment_info import FulfillmentInfo
    from ..models.order_line_item import OrderLineItem


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as the server knows it. The server may include fields not listed here (for
    example handling fees and volume discounts); clients keep them.

    """

    id: str
    status: OrderStatus
    """ Where an order is in fulfillment. Only `NEW` orders can be cancelled. The server may add
    statuses; clients must accept values not listed here.
     """
    order_type: OrderType | Unset = UNSET
    """ Whether the order is placed once or repeats. """
    days_supply: DaysSupply | Unset = UNSET
    """ How many days the order lasts. """
    shipping_method: ShippingMethodName | Unset = UNSET
    """ A shipping speed. """
    discount: str | Unset = UNSET
    """ The partner discount applied, as shown to people. """
    customer: Customer | Unset = UNSET
    """ The person who receives the order. """
    line_items: list[OrderLineItem] | Unset = UNSET
    fulfillment_info: FulfillmentInfo | Unset = UNSET
    """ Carrier and tracking details, present once the order has shipped. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = OrderStatus(self.status).value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = OrderType(self.order_type).value

        days_supply: int | Unset = UNSET
        if not isinstance(self.days_supply, Unset):
            days_supply = DaysSupply(self.days_supply).value

        shipping_method: str | Unset = UNSET
        if not isinstance(self.shipping_method, Unset):
            shipping_method = ShippingMethodName(self.shipping_method).value

        discount = self.discount

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

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
                "id": id,
                "status": status,
            }
        )
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if days_supply is not UNSET:
            field_dict["daysSupply"] = days_supply
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if discount is not UNSET:
            field_dict["discount"] = discount
        if customer is not UNSET:
            field_dict["customer"] = customer
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
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
        field__known = 11
        try:
            field_id = src_dict["id"]
        except KeyError:
            field_id = UNSET
        if not isinstance(field_id, str):
            raise _errors.invalid("id", "string", field_id)

        try:
            field_status = src_dict["status"]
        except KeyError:
            field_status = UNSET
        try:
            field_status = _OrderStatus_BY_VALUE[field_status]
        except (KeyError, TypeError):
            field_status = _errors.as_enum(OrderStatus, str, "status", field_status)

        if "orderType" in src_dict:
            field_order_type = src_dict["orderType"]
            try:
                field_order_type = _OrderType_BY_VALUE[field_order_type]
            except (KeyError, TypeError):
                field_order_type = _errors.as_enum(
                    OrderType, str, "orderType", field_order_type
                )
        else:
            field_order_type = UNSET
            field__known -= 1
        if "daysSupply" in src_dict:
            field_days_supply = src_dict["daysSupply"]
            field_days_supply___member = (
                _DaysSupply_BY_VALUE.get(field_days_supply)
                if type(field_days_supply) is int
                else None
            )
            field_days_supply = (
                field_days_supply___member
                if field_days_supply___member is not None
                else _errors.as_enum(DaysSupply, int, "daysSupply", field_days_supply)
            )
        else:
            field_days_supply = UNSET
            field__known -= 1
        if "shippingMethod" in src_dict:
            field_shipping_method = src_dict["shippingMethod"]
            try:
                field_shipping_method = _ShippingMethodName_BY_VALUE[
                    field_shipping_method
                ]
            except (KeyError, TypeError):
                field_shipping_method = _errors.as_enum(
                    ShippingMethodName, str, "shippingMethod", field_shipping_method
                )
        else:
            field_shipping_method = UNSET
            field__known -= 1
        if "discount" in src_dict:
            field_discount = src_dict["discount"]
            if not isinstance(field_discount, str):
                raise _errors.invalid("discount", "string", field_discount)
        else:
            field_discount = UNSET
            field__known -= 1
        if "customer" in src_dict:
            field_customer = src_dict["customer"]
            try:
                if type(field_customer) is not dict:
                    field_customer = _errors.check_object(field_customer)
                if strict and not _Customer_FIELDS.issuperset(field_customer):
                    raise _errors.unknown_fields(field_customer, _Customer_FIELDS)
                field_customer___known = 6
                try:
                    field_customer__source_id = field_customer["sourceId"]
                except KeyError:
                    field_customer__source_id = UNSET
                if not isinstance(field_customer__source_id, str):
                    raise _errors.invalid(
                        "sourceId", "string", field_customer__source_id
                    )

                try:
                    field_customer__first_name = field_customer["firstName"]
                except KeyError:
                    field_customer__first_name = UNSET
                if not isinstance(field_customer__first_name, str):
                    raise _errors.invalid(
                        "firstName", "string", field_customer__first_name
                    )

                try:
                    field_customer__last_name = field_customer["lastName"]
                except KeyError:
                    field_customer__last_name = UNSET
                if not isinstance(field_customer__last_name, str):
                    raise _errors.invalid(
                        "lastName", "string", field_customer__last_name
                    )

                try:
                    field_customer__address = field_customer["address"]
                except KeyError:
                    field_customer__address = UNSET
                try:
                    if type(field_customer__address) is not dict:
                        field_customer__address = _errors.check_object(
                            field_customer__address
                        )
                    if strict and not _Address_FIELDS.issuperset(
                        field_customer__address
                    ):
                        raise _errors.unknown_fields(
                            field_customer__address, _Address_FIELDS
                        )
                    field_customer__address___known = 5
                    try:
                        field_customer__address__line1 = field_customer__address[
                            "line1"
                        ]
                    except KeyError:
                        field_customer__address__line1 = UNSET
                    if not isinstance(field_customer__address__line1, str):
                        raise _errors.invalid(
                            "line1", "string", field_customer__address__line1
                        )

                    try:
                        field_customer__address__city = field_customer__address["city"]
                    except KeyError:
                        field_customer__address__city = UNSET
                    if not isinstance(field_customer__address__city, str):
                        raise _errors.invalid(
                            "city", "string", field_customer__address__city
                        )

                    try:
                        field_customer__address__state = field_customer__address[
                            "state"
                        ]
                    except KeyError:
                        field_customer__address__state = UNSET
                    if not isinstance(field_customer__address__state, str):
                        raise _errors.invalid(
                            "state", "string", field_customer__address__state
                        )

                    try:
                        field_customer__address__zip_code = field_customer__address[
                            "zipCode"
                        ]
                    except KeyError:
                        field_customer__address__zip_code = UNSET
                    if not isinstance(field_customer__address__zip_code, str):
                        raise _errors.invalid(
                            "zipCode", "string", field_customer__address__zip_code
                        )

                    if "line2" in field_customer__address:
                        field_customer__address__line2 = field_customer__address[
                            "line2"
                        ]
                        if not isinstance(field_customer__address__line2, str):
                            raise _errors.invalid(
                                "line2", "string", field_customer__address__line2
                            )
                    else:
                        field_customer__address__line2 = UNSET
                        field_customer__address___known -= 1

                    field_customer__address___instance = _new_instance(Address)
                    field_customer__address___instance.line1 = (
                        field_customer__address__line1
                    )
                    field_customer__address___instance.city = (
                        field_customer__address__city
                    )
                    field_customer__address___instance.state = (
                        field_customer__address__state
                    )
                    field_customer__address___instance.zip_code = (
                        field_customer__address__zip_code
                    )
                    field_customer__address___instance.line2 = (
                        field_customer__address__line2
                    )
                    field_customer__address___instance.additional_properties = (
                        {}
                        if len(field_customer__address)
                        == field_customer__address___known
                        else {
                            key: value
                            for key, value in field_customer__address.items()
                            if key not in _Address_FIELDS
                        }
                    )
                    field_customer__address = field_customer__address___instance

                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix("address")

                if "email" in field_customer:
                    field_customer__email = field_customer["email"]
                    if not isinstance(field_customer__email, str):
                        raise _errors.invalid("email", "string", field_customer__email)
                else:
                    field_customer__email = UNSET
                    field_customer___known -= 1
                if "phone" in field_customer:
                    field_customer__phone = field_customer["phone"]
                    if not isinstance(field_customer__phone, str):
                        raise _errors.invalid("phone", "string", field_customer__phone)
                else:
                    field_customer__phone = UNSET
                    field_customer___known -= 1

                field_customer___instance = _new_instance(Customer)
                field_customer___instance.source_id = field_customer__source_id
                field_customer___instance.first_name = field_customer__first_name
                field_customer___instance.last_name = field_customer__last_name
                field_customer___instance.address = field_customer__address
                field_customer___instance.email = field_customer__email
                field_customer___instance.phone = field_customer__phone
                field_customer___instance.additional_properties = (
                    {}
                    if len(field_customer) == field_customer___known
                    else {
                        key: value
                        for key, value in field_customer.items()
                        if key not in _Customer_FIELDS
                    }
                )
                field_customer = field_customer___instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("customer")
        else:
            field_customer = UNSET
            field__known -= 1
        if "lineItems" in src_dict:
            field_line_items = src_dict["lineItems"]
            if type(field_line_items) is not list:
                raise _errors.invalid("lineItems", "array", field_line_items)
            field_line_items___items: list[OrderLineItem] = []
            try:
                for field_line_items___data in field_line_items:
                    if type(field_line_items___data) is not dict:
                        field_line_items___data = _errors.check_object(
                            field_line_items___data
                        )
                    if strict and not _OrderLineItem_FIELDS.issuperset(
                        field_line_items___data
                    ):
                        raise _errors.unknown_fields(
                            field_line_items___data, _OrderLineItem_FIELDS
                        )
                    field_line_items___item___known = 6
                    try:
                        field_line_items___item__product_id = field_line_items___data[
                            "productId"
                        ]
                    except KeyError:
                        field_line_items___item__product_id = UNSET
                    if type(field_line_items___item__product_id) is not int:
                        field_line_items___item__product_id = _errors.as_int(
                            "productId", field_line_items___item__product_id
                        )

                    try:
                        field_line_items___item__quantity = field_line_items___data[
                            "quantity"
                        ]
                    except KeyError:
                        field_line_items___item__quantity = UNSET
                    if type(field_line_items___item__quantity) is not int:
                        field_line_items___item__quantity = _errors.as_int(
                            "quantity", field_line_items___item__quantity
                        )

                    if "packDescription" in field_line_items___data:
                        field_line_items___item__pack_description = (
                            field_line_items___data["packDescription"]
                        )
                        if not isinstance(
                            field_line_items___item__pack_description, str
                        ):
                            raise _errors.invalid(
                                "packDescription",
                                "string",
                                field_line_items___item__pack_description,
                            )
                    else:
                        field_line_items___item__pack_description = UNSET
                        field_line_items___item___known -= 1
                    if "administration" in field_line_items___data:
                        field_line_items___item__administration = (
                            field_line_items___data["administration"]
                        )
                        try:
                            if (
                                type(field_line_items___item__administration)
                                is not dict
                            ):
                                field_line_items___item__administration = (
                                    _errors.check_object(
                                        field_line_items___item__administration
                                    )
                                )
                            if strict and not _Administration_FIELDS.issuperset(
                                field_line_items___item__administration
                            ):
                                raise _errors.unknown_fields(
                                    field_line_items___item__administration,
                                    _Administration_FIELDS,
                                )
                            field_line_items___item__administration___known = 4
                            try:
                                field_line_items___item__administration__morning = (
                                    field_line_items___item__administration["morning"]
                                )
                            except KeyError:
                                field_line_items___item__administration__morning = UNSET
                            if (
                                type(field_line_items___item__administration__morning)
                                is not int
                            ):
                                field_line_items___item__administration__morning = _errors.as_int(
                                    "morning",
                                    field_line_items___item__administration__morning,
                                )

                            try:
                                field_line_items___item__administration__afternoon = (
                                    field_line_items___item__administration["afternoon"]
                                )
                            except KeyError:
                                field_line_items___item__administration__afternoon = (
                                    UNSET
                                )
                            if (
                                type(field_line_items___item__administration__afternoon)
                                is not int
                            ):
                                field_line_items___item__administration__afternoon = _errors.as_int(
                                    "afternoon",
                                    field_line_items___item__administration__afternoon,
                                )

                            try:
                                field_line_items___item__administration__evening = (
                                    field_line_items___item__administration["evening"]
                                )
                            except KeyError:
                                field_line_items___item__administration__evening = UNSET
                            if (
                                type(field_line_items___item__administration__evening)
                                is not int
                            ):
                                field_line_items___item__administration__evening = _errors.as_int(
                                    "evening",
                                    field_line_items___item__administration__evening,
                                )

                            try:
                                field_line_items___item__administration__sleep = (
                                    field_line_items___item__administration["sleep"]
                                )
                            except KeyError:
                                field_line_items___item__administration__sleep = UNSET
                            if (
                                type(field_line_items___item__administration__sleep)
                                is not int
                            ):
                                field_line_items___item__administration__sleep = (
                                    _errors.as_int(
                                        "sleep",
                                        field_line_items___item__administration__sleep,
                                    )
                                )

                            field_line_items___item__administration___instance = (
                                _new_instance(Administration)
                            )
                            field_line_items___item__administration___instance.morning = field_line_items___item__administration__morning
                            field_line_items___item__administration___instance.afternoon = field_line_items___item__administration__afternoon
                            field_line_items___item__administration___instance.evening = field_line_items___item__administration__evening
                            field_line_items___item__administration___instance.sleep = (
                                field_line_items___item__administration__sleep
                            )
                            field_line_items___item__administration___instance.additional_properties = (
                                {}
                                if len(field_line_items___item__administration)
                                == field_line_items___item__administration___known
                                else {
                                    key: value
                                    for key, value in field_line_items___item__administration.items()
                                    if key not in _Administration_FIELDS
                                }
                            )
                            field_line_items___item__administration = (
                                field_line_items___item__administration___instance
                            )

                        except _errors.ResponseValidationError as _failure:
                            raise _failure.prefix("administration")
                    else:
                        field_line_items___item__administration = UNSET
                        field_line_items___item___known -= 1
                    if "price" in field_line_items___data:
                        field_line_items___item__price = field_line_items___data[
                            "price"
                        ]
                        if not isinstance(field_line_items___item__price, str):
                            raise _errors.invalid(
                                "price", "string", field_line_items___item__price
                            )
                    else:
                        field_line_items___item__price = UNSET
                        field_line_items___item___known -= 1
                    if "discountedPrice" in field_line_items___data:
                        field_line_items___item__discounted_price = (
                            field_line_items___data["discountedPrice"]
                        )
                        if not isinstance(
                            field_line_items___item__discounted_price, str
                        ):
                            raise _errors.invalid(
                                "discountedPrice",
                                "string",
                                field_line_items___item__discounted_price,
                            )
                    else:
                        field_line_items___item__discounted_price = UNSET
                        field_line_items___item___known -= 1

                    field_line_items___item___instance = _new_instance(OrderLineItem)
                    field_line_items___item___instance.product_id = (
                        field_line_items___item__product_id
                    )
                    field_line_items___item___instance.quantity = (
                        field_line_items___item__quantity
                    )
                    field_line_items___item___instance.pack_description = (
                        field_line_items___item__pack_description
                    )
                    field_line_items___item___instance.administration = (
                        field_line_items___item__administration
                    )
                    field_line_items___item___instance.price = (
                        field_line_items___item__price
                    )
                    field_line_items___item___instance.discounted_price = (
                        field_line_items___item__discounted_price
                    )
                    field_line_items___item___instance.additional_properties = (
                        {}
                        if len(field_line_items___data)
                        == field_line_items___item___known
                        else {
                            key: value
                            for key, value in field_line_items___data.items()
                            if key not in _OrderLineItem_FIELDS
                        }
                    )
                    field_line_items___item = field_line_items___item___instance

                    field_line_items___items.append(field_line_items___item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("lineItems", len(field_line_items___items))
            field_line_items = field_line_items___items
        else:
            field_line_items = UNSET
            field__known -= 1
        if "fulfillmentInfo" in src_dict:
            field_fulfillment_info = src_dict["fulfillmentInfo"]
            try:
                if type(field_fulfillment_info) is not dict:
                    field_fulfillment_info = _errors.check_object(
                        field_fulfillment_info
                    )
                if strict and not _FulfillmentInfo_FIELDS.issuperset(
                    field_fulfillment_info
                ):
                    raise _errors.unknown_fields(
                        field_fulfillment_info, _FulfillmentInfo_FIELDS
                    )
                field_fulfillment_info___known = 5
                if "carrier" in field_fulfillment_info:
                    field_fulfillment_info__carrier = field_fulfillment_info["carrier"]
                    if not isinstance(field_fulfillment_info__carrier, str):
                        raise _errors.invalid(
                            "carrier", "string", field_fulfillment_info__carrier
                        )
                else:
                    field_fulfillment_info__carrier = UNSET
                    field_fulfillment_info___known -= 1
                if "trackingNumber" in field_fulfillment_info:
                    field_fulfillment_info__tracking_number = field_fulfillment_info[
                        "trackingNumber"
                    ]
                    if not isinstance(field_fulfillment_info__tracking_number, str):
                        raise _errors.invalid(
                            "trackingNumber",
                            "string",
                            field_fulfillment_info__tracking_number,
                        )
                else:
                    field_fulfillment_info__tracking_number = UNSET
                    field_fulfillment_info___known -= 1
                if "trackingStatus" in field_fulfillment_info:
                    field_fulfillment_info__tracking_status = field_fulfillment_info[
                        "trackingStatus"
                    ]
                    if not isinstance(field_fulfillment_info__tracking_status, str):
                        raise _errors.invalid(
                            "trackingStatus",
                            "string",
                            field_fulfillment_info__tracking_status,
                        )
                else:
                    field_fulfillment_info__tracking_status = UNSET
                    field_fulfillment_info___known -= 1
                if "trackingUrl" in field_fulfillment_info:
                    field_fulfillment_info__tracking_url = field_fulfillment_info[
                        "trackingUrl"
                    ]
                    if not isinstance(field_fulfillment_info__tracking_url, str):
                        raise _errors.invalid(
                            "trackingUrl",
                            "string",
                            field_fulfillment_info__tracking_url,
                        )
                else:
                    field_fulfillment_info__tracking_url = UNSET
                    field_fulfillment_info___known -= 1
                if "checkpoints" in field_fulfillment_info:
                    field_fulfillment_info__checkpoints = field_fulfillment_info[
                        "checkpoints"
                    ]
                    if type(field_fulfillment_info__checkpoints) is not list:
                        raise _errors.invalid(
                            "checkpoints", "array", field_fulfillment_info__checkpoints
                        )
                    field_fulfillment_info__checkpoints___items: list[Checkpoint] = []
                    try:
                        for (
                            field_fulfillment_info__checkpoints___data
                        ) in field_fulfillment_info__checkpoints:
                            if (
                                type(field_fulfillment_info__checkpoints___data)
                                is not dict
                            ):
                                field_fulfillment_info__checkpoints___data = (
                                    _errors.check_object(
                                        field_fulfillment_info__checkpoints___data
                                    )
                                )
                            if strict and not _Checkpoint_FIELDS.issuperset(
                                field_fulfillment_info__checkpoints___data
                            ):
                                raise _errors.unknown_fields(
                                    field_fulfillment_info__checkpoints___data,
                                    _Checkpoint_FIELDS,
                                )
                            field_fulfillment_info__checkpoints___item___known = 4
                            if (
                                "checkpointTime"
                                in field_fulfillment_info__checkpoints___data
                            ):
                                field_fulfillment_info__checkpoints___item__checkpoint_time = field_fulfillment_info__checkpoints___data[
                                    "checkpointTime"
                                ]
                                field_fulfillment_info__checkpoints___item__checkpoint_time = _errors.as_datetime(
                                    "checkpointTime",
                                    field_fulfillment_info__checkpoints___item__checkpoint_time,
                                )
                            else:
                                field_fulfillment_info__checkpoints___item__checkpoint_time = UNSET
                                field_fulfillment_info__checkpoints___item___known -= 1
                            if "location" in field_fulfillment_info__checkpoints___data:
                                field_fulfillment_info__checkpoints___item__location = (
                                    field_fulfillment_info__checkpoints___data[
                                        "location"
                                    ]
                                )
                                if not isinstance(
                                    field_fulfillment_info__checkpoints___item__location,
                                    str,
                                ):
                                    raise _errors.invalid(
                                        "location",
                                        "string",
                                        field_fulfillment_info__checkpoints___item__location,
                                    )
                            else:
                                field_fulfillment_info__checkpoints___item__location = (
                                    UNSET
                                )
                                field_fulfillment_info__checkpoints___item___known -= 1
                            if "message" in field_fulfillment_info__checkpoints___data:
                                field_fulfillment_info__checkpoints___item__message = (
                                    field_fulfillment_info__checkpoints___data[
                                        "message"
                                    ]
                                )
                                if not isinstance(
                                    field_fulfillment_info__checkpoints___item__message,
                                    str,
                                ):
                                    raise _errors.invalid(
                                        "message",
                                        "string",
                                        field_fulfillment_info__checkpoints___item__message,
                                    )
                            else:
                                field_fulfillment_info__checkpoints___item__message = (
                                    UNSET
                                )
                                field_fulfillment_info__checkpoints___item___known -= 1
                            if "tag" in field_fulfillment_info__checkpoints___data:
                                field_fulfillment_info__checkpoints___item__tag = (
                                    field_fulfillment_info__checkpoints___data["tag"]
                                )
                                if not isinstance(
                                    field_fulfillment_info__checkpoints___item__tag, str
                                ):
                                    raise _errors.invalid(
                                        "tag",
                                        "string",
                                        field_fulfillment_info__checkpoints___item__tag,
                                    )
                            else:
                                field_fulfillment_info__checkpoints___item__tag = UNSET
                                field_fulfillment_info__checkpoints___item___known -= 1

                            field_fulfillment_info__checkpoints___item___instance = (
                                _new_instance(Checkpoint)
                            )
                            field_fulfillment_info__checkpoints___item___instance.checkpoint_time = field_fulfillment_info__checkpoints___item__checkpoint_time
                            field_fulfillment_info__checkpoints___item___instance.location = field_fulfillment_info__checkpoints___item__location
                            field_fulfillment_info__checkpoints___item___instance.message = field_fulfillment_info__checkpoints___item__message
                            field_fulfillment_info__checkpoints___item___instance.tag = field_fulfillment_info__checkpoints___item__tag
                            field_fulfillment_info__checkpoints___item___instance.additional_properties = (
                                {}
                                if len(field_fulfillment_info__checkpoints___data)
                                == field_fulfillment_info__checkpoints___item___known
                                else {
                                    key: value
                                    for key, value in field_fulfillment_info__checkpoints___data.items()
                                    if key not in _Checkpoint_FIELDS
                                }
                            )
                            field_fulfillment_info__checkpoints___item = (
                                field_fulfillment_info__checkpoints___item___instance
                            )

                            field_fulfillment_info__checkpoints___items.append(
                                field_fulfillment_info__checkpoints___item
                            )
                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix(
                            "checkpoints",
                            len(field_fulfillment_info__checkpoints___items),
                        )
                    field_fulfillment_info__checkpoints = (
                        field_fulfillment_info__checkpoints___items
                    )
                else:
                    field_fulfillment_info__checkpoints = UNSET
                    field_fulfillment_info___known -= 1

                field_fulfillment_info___instance = _new_instance(FulfillmentInfo)
                field_fulfillment_info___instance.carrier = (
                    field_fulfillment_info__carrier
                )
                field_fulfillment_info___instance.tracking_number = (
                    field_fulfillment_info__tracking_number
                )
                field_fulfillment_info___instance.tracking_status = (
                    field_fulfillment_info__tracking_status
                )
                field_fulfillment_info___instance.tracking_url = (
                    field_fulfillment_info__tracking_url
                )
                field_fulfillment_info___instance.checkpoints = (
                    field_fulfillment_info__checkpoints
                )
                field_fulfillment_info___instance.additional_properties = (
                    {}
                    if len(field_fulfillment_info) == field_fulfillment_info___known
                    else {
                        key: value
                        for key, value in field_fulfillment_info.items()
                        if key not in _FulfillmentInfo_FIELDS
                    }
                )
                field_fulfillment_info = field_fulfillment_info___instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("fulfillmentInfo")
        else:
            field_fulfillment_info = UNSET
            field__known -= 1
        if "createdAt" in src_dict:
            field_created_at = src_dict["createdAt"]
            field_created_at = _errors.as_datetime("createdAt", field_created_at)
        else:
            field_created_at = UNSET
            field__known -= 1
        if "updatedAt" in src_dict:
            field_updated_at = src_dict["updatedAt"]
            field_updated_at = _errors.as_datetime("updatedAt", field_updated_at)
        else:
            field_updated_at = UNSET
            field__known -= 1

        if cls is Order:
            _instance = _new_instance(cls)
            _instance.id = field_id
            _instance.status = field_status
            _instance.order_type = field_order_type
            _instance.days_supply = field_days_supply
            _instance.shipping_method = field_shipping_method
            _instance.discount = field_discount
            _instance.customer = field_customer
            _instance.line_items = field_line_items
            _instance.fulfillment_info = field_fulfillment_info
            _instance.created_at = field_created_at
            _instance.updated_at = field_updated_at
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_id,
                field_status,
                field_order_type,
                field_days_supply,
                field_shipping_method,
                field_discount,
                field_customer,
                field_line_items,
                field_fulfillment_info,
                field_created_at,
                field_updated_at,
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
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}
_DaysSupply_BY_VALUE = {member.value: member for member in DaysSupply}
_ShippingMethodName_BY_VALUE = {member.value: member for member in ShippingMethodName}
_new_instance = object.__new__
_join_strings = "".join


from ..models.address import Address  # noqa: E402
from ..models.administration import Administration  # noqa: E402
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
from ..models.order_line_item import OrderLineItem  # noqa: E402
