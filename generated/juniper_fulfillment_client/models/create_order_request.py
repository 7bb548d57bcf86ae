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
        _known = 5
        try:
            customer = src_dict["customer"]
        except KeyError:
            customer = UNSET
        try:
            if type(customer) is not dict:
                customer = _errors.check_object(customer)
            if strict and not _Customer_FIELDS.issuperset(customer):
                raise _errors.unknown_fields(customer, _Customer_FIELDS)
            customer___known = 6
            try:
                customer__source_id = customer["sourceId"]
            except KeyError:
                customer__source_id = UNSET
            if not isinstance(customer__source_id, str):
                raise _errors.invalid("sourceId", "string", customer__source_id)

            try:
                customer__first_name = customer["firstName"]
            except KeyError:
                customer__first_name = UNSET
            if not isinstance(customer__first_name, str):
                raise _errors.invalid("firstName", "string", customer__first_name)

            try:
                customer__last_name = customer["lastName"]
            except KeyError:
                customer__last_name = UNSET
            if not isinstance(customer__last_name, str):
                raise _errors.invalid("lastName", "string", customer__last_name)

            try:
                customer__address = customer["address"]
            except KeyError:
                customer__address = UNSET
            try:
                if type(customer__address) is not dict:
                    customer__address = _errors.check_object(customer__address)
                if strict and not _Address_FIELDS.issuperset(customer__address):
                    raise _errors.unknown_fields(customer__address, _Address_FIELDS)
                customer__address___known = 5
                try:
                    customer__address__line1 = customer__address["line1"]
                except KeyError:
                    customer__address__line1 = UNSET
                if not isinstance(customer__address__line1, str):
                    raise _errors.invalid("line1", "string", customer__address__line1)

                try:
                    customer__address__city = customer__address["city"]
                except KeyError:
                    customer__address__city = UNSET
                if not isinstance(customer__address__city, str):
                    raise _errors.invalid("city", "string", customer__address__city)

                try:
                    customer__address__state = customer__address["state"]
                except KeyError:
                    customer__address__state = UNSET
                if not isinstance(customer__address__state, str):
                    raise _errors.invalid("state", "string", customer__address__state)

                try:
                    customer__address__zip_code = customer__address["zipCode"]
                except KeyError:
                    customer__address__zip_code = UNSET
                if not isinstance(customer__address__zip_code, str):
                    raise _errors.invalid(
                        "zipCode", "string", customer__address__zip_code
                    )

                if "line2" in customer__address:
                    customer__address__line2 = customer__address["line2"]
                    if not isinstance(customer__address__line2, str):
                        raise _errors.invalid(
                            "line2", "string", customer__address__line2
                        )
                else:
                    customer__address__line2 = UNSET
                    customer__address___known -= 1

                customer__address__instance = _new_instance(Address)
                customer__address__instance.line1 = customer__address__line1
                customer__address__instance.city = customer__address__city
                customer__address__instance.state = customer__address__state
                customer__address__instance.zip_code = customer__address__zip_code
                customer__address__instance.line2 = customer__address__line2
                customer__address__instance.additional_properties = (
                    {}
                    if len(customer__address) == customer__address___known
                    else {
                        key: value
                        for key, value in customer__address.items()
                        if key not in _Address_FIELDS
                    }
                )
                customer__address = customer__address__instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("address")

            if "email" in customer:
                customer__email = customer["email"]
                if not isinstance(customer__email, str):
                    raise _errors.invalid("email", "string", customer__email)
            else:
                customer__email = UNSET
                customer___known -= 1
            if "phone" in customer:
                customer__phone = customer["phone"]
                if not isinstance(customer__phone, str):
                    raise _errors.invalid("phone", "string", customer__phone)
            else:
                customer__phone = UNSET
                customer___known -= 1

            customer__instance = _new_instance(Customer)
            customer__instance.source_id = customer__source_id
            customer__instance.first_name = customer__first_name
            customer__instance.last_name = customer__last_name
            customer__instance.address = customer__address
            customer__instance.email = customer__email
            customer__instance.phone = customer__phone
            customer__instance.additional_properties = (
                {}
                if len(customer) == customer___known
                else {
                    key: value
                    for key, value in customer.items()
                    if key not in _Customer_FIELDS
                }
            )
            customer = customer__instance

        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("customer")

        try:
            days_supply = src_dict["daysSupply"]
        except KeyError:
            days_supply = UNSET
        days_supply_member = (
            _DaysSupply_BY_VALUE.get(days_supply) if type(days_supply) is int else None
        )
        days_supply = (
            days_supply_member
            if days_supply_member is not None
            else _errors.as_enum(DaysSupply, int, "daysSupply", days_supply)
        )

        try:
            line_items = src_dict["lineItems"]
        except KeyError:
            line_items = UNSET
        if type(line_items) is not list:
            raise _errors.invalid("lineItems", "array", line_items)
        line_items_items: list[LineItem] = []
        try:
            for line_items_data in line_items:
                if type(line_items_data) is not dict:
                    line_items_data = _errors.check_object(line_items_data)
                if strict and not _LineItem_FIELDS.issuperset(line_items_data):
                    raise _errors.unknown_fields(line_items_data, _LineItem_FIELDS)
                line_items_item___known = 4
                try:
                    line_items_item__product_id = line_items_data["productId"]
                except KeyError:
                    line_items_item__product_id = UNSET
                if type(line_items_item__product_id) is not int:
                    line_items_item__product_id = _errors.as_int(
                        "productId", line_items_item__product_id
                    )

                try:
                    line_items_item__quantity = line_items_data["quantity"]
                except KeyError:
                    line_items_item__quantity = UNSET
                if type(line_items_item__quantity) is not int:
                    line_items_item__quantity = _errors.as_int(
                        "quantity", line_items_item__quantity
                    )

                if "packDescription" in line_items_data:
                    line_items_item__pack_description = line_items_data[
                        "packDescription"
                    ]
                    if not isinstance(line_items_item__pack_description, str):
                        raise _errors.invalid(
                            "packDescription",
                            "string",
                            line_items_item__pack_description,
                        )
                else:
                    line_items_item__pack_description = UNSET
                    line_items_item___known -= 1
                if "administration" in line_items_data:
                    line_items_item__administration = line_items_data["administration"]
                    try:
                        if type(line_items_item__administration) is not dict:
                            line_items_item__administration = _errors.check_object(
                                line_items_item__administration
                            )
                        if strict and not _Administration_FIELDS.issuperset(
                            line_items_item__administration
                        ):
                            raise _errors.unknown_fields(
                                line_items_item__administration, _Administration_FIELDS
                            )
                        line_items_item__administration___known = 4
                        try:
                            line_items_item__administration__morning = (
                                line_items_item__administration["morning"]
                            )
                        except KeyError:
                            line_items_item__administration__morning = UNSET
                        if type(line_items_item__administration__morning) is not int:
                            line_items_item__administration__morning = _errors.as_int(
                                "morning", line_items_item__administration__morning
                            )

                        try:
                            line_items_item__administration__afternoon = (
                                line_items_item__administration["afternoon"]
                            )
                        except KeyError:
                            line_items_item__administration__afternoon = UNSET
                        if type(line_items_item__administration__afternoon) is not int:
                            line_items_item__administration__afternoon = _errors.as_int(
                                "afternoon", line_items_item__administration__afternoon
                            )

                        try:
                            line_items_item__administration__evening = (
                                line_items_item__administration["evening"]
                            )
                        except KeyError:
                            line_items_item__administration__evening = UNSET
                        if type(line_items_item__administration__evening) is not int:
                            line_items_item__administration__evening = _errors.as_int(
                                "evening", line_items_item__administration__evening
                            )

                        try:
                            line_items_item__administration__sleep = (
                                line_items_item__administration["sleep"]
                            )
                        except KeyError:
                            line_items_item__administration__sleep = UNSET
                        if type(line_items_item__administration__sleep) is not int:
                            line_items_item__administration__sleep = _errors.as_int(
                                "sleep", line_items_item__administration__sleep
                            )

                        line_items_item__administration__instance = _new_instance(
                            Administration
                        )
                        line_items_item__administration__instance.morning = (
                            line_items_item__administration__morning
                        )
                        line_items_item__administration__instance.afternoon = (
                            line_items_item__administration__afternoon
                        )
                        line_items_item__administration__instance.evening = (
                            line_items_item__administration__evening
                        )
                        line_items_item__administration__instance.sleep = (
                            line_items_item__administration__sleep
                        )
                        line_items_item__administration__instance.additional_properties = (
                            {}
                            if len(line_items_item__administration)
                            == line_items_item__administration___known
                            else {
                                key: value
                                for key, value in line_items_item__administration.items()
                                if key not in _Administration_FIELDS
                            }
                        )
                        line_items_item__administration = (
                            line_items_item__administration__instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("administration")
                else:
                    line_items_item__administration = UNSET
                    line_items_item___known -= 1

                line_items_item__instance = _new_instance(LineItem)
                line_items_item__instance.product_id = line_items_item__product_id
                line_items_item__instance.quantity = line_items_item__quantity
                line_items_item__instance.pack_description = (
                    line_items_item__pack_description
                )
                line_items_item__instance.administration = (
                    line_items_item__administration
                )
                line_items_item__instance.additional_properties = (
                    {}
                    if len(line_items_data) == line_items_item___known
                    else {
                        key: value
                        for key, value in line_items_data.items()
                        if key not in _LineItem_FIELDS
                    }
                )
                line_items_item = line_items_item__instance

                line_items_items.append(line_items_item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("lineItems", len(line_items_items))
        line_items = line_items_items

        if "shippingMethod" in src_dict:
            shipping_method = src_dict["shippingMethod"]
            try:
                shipping_method = _ShippingMethodName_BY_VALUE[shipping_method]
            except (KeyError, TypeError):
                shipping_method = _errors.as_enum(
                    ShippingMethodName, str, "shippingMethod", shipping_method
                )
        else:
            shipping_method = UNSET
            _known -= 1
        if "orderType" in src_dict:
            order_type = src_dict["orderType"]
            try:
                order_type = _OrderType_BY_VALUE[order_type]
            except (KeyError, TypeError):
                order_type = _errors.as_enum(OrderType, str, "orderType", order_type)
        else:
            order_type = UNSET
            _known -= 1

        if cls is CreateOrderRequest:
            _instance = _new_instance(cls)
            _instance.customer = customer
            _instance.days_supply = days_supply
            _instance.line_items = line_items
            _instance.shipping_method = shipping_method
            _instance.order_type = order_type
            _instance.additional_properties = {}
        else:
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
_LineItem_FIELDS: frozenset[str] = frozenset(
    (
        "productId",
        "quantity",
        "packDescription",
        "administration",
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
_DaysSupply_BY_VALUE = {member.value: member for member in DaysSupply}
_ShippingMethodName_BY_VALUE = {member.value: member for member in ShippingMethodName}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}
_new_instance = object.__new__
_join_strings = "".join


from ..models.address import Address  # noqa: E402
from ..models.administration import Administration  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.line_item import LineItem  # noqa: E402
