from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.days_supply import DaysSupply
from ..models.order_type import OrderType
from ..models.shipping_method_name import ShippingMethodName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.line_item import LineItem


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """An order to place, or the content of a protocol."""

    customer: Customer
    """ The person who receives the order. """
    days_supply: DaysSupply
    """ How many days the order lasts. """
    line_items: list[LineItem]
    shipping_method: ShippingMethodName | Unset = UNSET
    """ A shipping speed. """
    order_type: OrderType | Unset = UNSET
    """ Whether the order is placed once or repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        days_supply = DaysSupply(self.days_supply).value

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        shipping_method: str | Unset = UNSET
        if not isinstance(self.shipping_method, Unset):
            shipping_method = ShippingMethodName(self.shipping_method).value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = OrderType(self.order_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "daysSupply": days_supply,
                "lineItems": line_items,
            }
        )
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

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
        _known = 3
        customer = _get("customer", UNSET)
        try:
            customer = Customer.from_dict(customer, strict=strict)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("customer")

        days_supply = _get("daysSupply", UNSET)
        days_supply_member = (
            _DaysSupply_BY_VALUE.get(days_supply) if type(days_supply) is int else None
        )
        days_supply = (
            days_supply_member
            if days_supply_member is not None
            else _errors.as_enum(DaysSupply, int, "daysSupply", days_supply)
        )

        line_items = _get("lineItems", UNSET)
        if type(line_items) is not list:
            raise _errors.invalid("lineItems", "array", line_items)
        line_items_items: list[LineItem] = []
        try:
            for line_items_data in line_items:
                line_items_item = LineItem.from_dict(line_items_data, strict=strict)

                line_items_items.append(line_items_item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("lineItems", len(line_items_items))
        line_items = line_items_items

        shipping_method = _get("shippingMethod", UNSET)
        if shipping_method is not UNSET:
            _known += 1
            try:
                shipping_method = _ShippingMethodName_BY_VALUE[shipping_method]
            except (KeyError, TypeError):
                shipping_method = _errors.as_enum(
                    ShippingMethodName, str, "shippingMethod", shipping_method
                )

        order_type = _get("orderType", UNSET)
        if order_type is not UNSET:
            _known += 1
            try:
                order_type = _OrderType_BY_VALUE[order_type]
            except (KeyError, TypeError):
                order_type = _errors.as_enum(OrderType, str, "orderType", order_type)

        _instance = cls(
            customer,
            days_supply,
            line_items,
            shipping_method,
            order_type,
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
        "customer",
        "daysSupply",
        "lineItems",
        "shippingMethod",
        "orderType",
    )
)
_DaysSupply_BY_VALUE = {member.value: member for member in DaysSupply}
_ShippingMethodName_BY_VALUE = {member.value: member for member in ShippingMethodName}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}


from ..models.customer import Customer  # noqa: E402
from ..models.line_item import LineItem  # noqa: E402
