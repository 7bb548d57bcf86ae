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
        _get = src_dict.get
        _known = 2
        id = _get("id", UNSET)
        if not isinstance(id, str):
            raise _errors.invalid("id", "string", id)

        status = _get("status", UNSET)
        try:
            status = _OrderStatus_BY_VALUE[status]
        except (KeyError, TypeError):
            status = _errors.as_enum(OrderStatus, str, "status", status)

        order_type = _get("orderType", UNSET)
        if order_type is not UNSET:
            _known += 1
            try:
                order_type = _OrderType_BY_VALUE[order_type]
            except (KeyError, TypeError):
                order_type = _errors.as_enum(OrderType, str, "orderType", order_type)

        days_supply = _get("daysSupply", UNSET)
        if days_supply is not UNSET:
            _known += 1
            days_supply_member = (
                _DaysSupply_BY_VALUE.get(days_supply)
                if type(days_supply) is int
                else None
            )
            days_supply = (
                days_supply_member
                if days_supply_member is not None
                else _errors.as_enum(DaysSupply, int, "daysSupply", days_supply)
            )

        shipping_method = _get("shippingMethod", UNSET)
        if shipping_method is not UNSET:
            _known += 1
            try:
                shipping_method = _ShippingMethodName_BY_VALUE[shipping_method]
            except (KeyError, TypeError):
                shipping_method = _errors.as_enum(
                    ShippingMethodName, str, "shippingMethod", shipping_method
                )

        discount = _get("discount", UNSET)
        if discount is not UNSET:
            _known += 1
            if not isinstance(discount, str):
                raise _errors.invalid("discount", "string", discount)

        customer = _get("customer", UNSET)
        if customer is not UNSET:
            _known += 1
            try:
                customer = Customer.from_dict(customer, strict=strict)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("customer")

        line_items = _get("lineItems", UNSET)
        if line_items is not UNSET:
            _known += 1
            if type(line_items) is not list:
                raise _errors.invalid("lineItems", "array", line_items)
            line_items_items: list[OrderLineItem] = []
            try:
                for line_items_data in line_items:
                    line_items_item = OrderLineItem.from_dict(
                        line_items_data, strict=strict
                    )

                    line_items_items.append(line_items_item)
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("lineItems", len(line_items_items))
            line_items = line_items_items

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
            id,
            status,
            order_type,
            days_supply,
            shipping_method,
            discount,
            customer,
            line_items,
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
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}
_DaysSupply_BY_VALUE = {member.value: member for member in DaysSupply}
_ShippingMethodName_BY_VALUE = {member.value: member for member in ShippingMethodName}


from ..models.customer import Customer  # noqa: E402
from ..models.fulfillment_info import FulfillmentInfo  # noqa: E402
from ..models.order_line_item import OrderLineItem  # noqa: E402
