from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.protocol import Protocol


T = TypeVar("T", bound="ProtocolList")


@_attrs_define
class ProtocolList:
    """One page of protocols."""

    protocols: list[Protocol]
    cursor: None | str | Unset = UNSET
    """ Pass as `cursor` to fetch the next page; missing, null or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.to_dict()
            protocols.append(protocols_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocols": protocols,
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
            protocols = src_dict["protocols"]
        except KeyError:
            protocols = UNSET
        if type(protocols) is not list:
            raise _errors.invalid("protocols", "array", protocols)
        protocols_items: list[Protocol] = []
        try:
            for protocols_data in protocols:
                if type(protocols_data) is not dict:
                    protocols_data = _errors.check_object(protocols_data)
                if strict and not _Protocol_FIELDS.issuperset(protocols_data):
                    raise _errors.unknown_fields(protocols_data, _Protocol_FIELDS)
                protocols_item___known = 8
                try:
                    protocols_item__customer = protocols_data["customer"]
                except KeyError:
                    protocols_item__customer = UNSET
                try:
                    if type(protocols_item__customer) is not dict:
                        protocols_item__customer = _errors.check_object(
                            protocols_item__customer
                        )
                    if strict and not _Customer_FIELDS.issuperset(
                        protocols_item__customer
                    ):
                        raise _errors.unknown_fields(
                            protocols_item__customer, _Customer_FIELDS
                        )
                    protocols_item__customer___known = 6
                    try:
                        protocols_item__customer__source_id = protocols_item__customer[
                            "sourceId"
                        ]
                    except KeyError:
                        protocols_item__customer__source_id = UNSET
                    if not isinstance(protocols_item__customer__source_id, str):
                        raise _errors.invalid(
                            "sourceId", "string", protocols_item__customer__source_id
                        )

                    try:
                        protocols_item__customer__first_name = protocols_item__customer[
                            "firstName"
                        ]
                    except KeyError:
                        protocols_item__customer__first_name = UNSET
                    if not isinstance(protocols_item__customer__first_name, str):
                        raise _errors.invalid(
                            "firstName", "string", protocols_item__customer__first_name
                        )

                    try:
                        protocols_item__customer__last_name = protocols_item__customer[
                            "lastName"
                        ]
                    except KeyError:
                        protocols_item__customer__last_name = UNSET
                    if not isinstance(protocols_item__customer__last_name, str):
                        raise _errors.invalid(
                            "lastName", "string", protocols_item__customer__last_name
                        )

                    try:
                        protocols_item__customer__address = protocols_item__customer[
                            "address"
                        ]
                    except KeyError:
                        protocols_item__customer__address = UNSET
                    try:
                        if type(protocols_item__customer__address) is not dict:
                            protocols_item__customer__address = _errors.check_object(
                                protocols_item__customer__address
                            )
                        if strict and not _Address_FIELDS.issuperset(
                            protocols_item__customer__address
                        ):
                            raise _errors.unknown_fields(
                                protocols_item__customer__address, _Address_FIELDS
                            )
                        protocols_item__customer__address___known = 5
                        try:
                            protocols_item__customer__address__line1 = (
                                protocols_item__customer__address["line1"]
                            )
                        except KeyError:
                            protocols_item__customer__address__line1 = UNSET
                        if not isinstance(
                            protocols_item__customer__address__line1, str
                        ):
                            raise _errors.invalid(
                                "line1",
                                "string",
                                protocols_item__customer__address__line1,
                            )

                        try:
                            protocols_item__customer__address__city = (
                                protocols_item__customer__address["city"]
                            )
                        except KeyError:
                            protocols_item__customer__address__city = UNSET
                        if not isinstance(protocols_item__customer__address__city, str):
                            raise _errors.invalid(
                                "city",
                                "string",
                                protocols_item__customer__address__city,
                            )

                        try:
                            protocols_item__customer__address__state = (
                                protocols_item__customer__address["state"]
                            )
                        except KeyError:
                            protocols_item__customer__address__state = UNSET
                        if not isinstance(
                            protocols_item__customer__address__state, str
                        ):
                            raise _errors.invalid(
                                "state",
                                "string",
                                protocols_item__customer__address__state,
                            )

                        try:
                            protocols_item__customer__address__zip_code = (
                                protocols_item__customer__address["zipCode"]
                            )
                        except KeyError:
                            protocols_item__customer__address__zip_code = UNSET
                        if not isinstance(
                            protocols_item__customer__address__zip_code, str
                        ):
                            raise _errors.invalid(
                                "zipCode",
                                "string",
                                protocols_item__customer__address__zip_code,
                            )

                        if "line2" in protocols_item__customer__address:
                            protocols_item__customer__address__line2 = (
                                protocols_item__customer__address["line2"]
                            )
                            if not isinstance(
                                protocols_item__customer__address__line2, str
                            ):
                                raise _errors.invalid(
                                    "line2",
                                    "string",
                                    protocols_item__customer__address__line2,
                                )
                        else:
                            protocols_item__customer__address__line2 = UNSET
                            protocols_item__customer__address___known -= 1

                        protocols_item__customer__address__instance = _new_instance(
                            Address
                        )
                        protocols_item__customer__address__instance.line1 = (
                            protocols_item__customer__address__line1
                        )
                        protocols_item__customer__address__instance.city = (
                            protocols_item__customer__address__city
                        )
                        protocols_item__customer__address__instance.state = (
                            protocols_item__customer__address__state
                        )
                        protocols_item__customer__address__instance.zip_code = (
                            protocols_item__customer__address__zip_code
                        )
                        protocols_item__customer__address__instance.line2 = (
                            protocols_item__customer__address__line2
                        )
                        protocols_item__customer__address__instance.additional_properties = (
                            {}
                            if len(protocols_item__customer__address)
                            == protocols_item__customer__address___known
                            else {
                                key: value
                                for key, value in protocols_item__customer__address.items()
                                if key not in _Address_FIELDS
                            }
                        )
                        protocols_item__customer__address = (
                            protocols_item__customer__address__instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("address")

                    if "email" in protocols_item__customer:
                        protocols_item__customer__email = protocols_item__customer[
                            "email"
                        ]
                        if not isinstance(protocols_item__customer__email, str):
                            raise _errors.invalid(
                                "email", "string", protocols_item__customer__email
                            )
                    else:
                        protocols_item__customer__email = UNSET
                        protocols_item__customer___known -= 1
                    if "phone" in protocols_item__customer:
                        protocols_item__customer__phone = protocols_item__customer[
                            "phone"
                        ]
                        if not isinstance(protocols_item__customer__phone, str):
                            raise _errors.invalid(
                                "phone", "string", protocols_item__customer__phone
                            )
                    else:
                        protocols_item__customer__phone = UNSET
                        protocols_item__customer___known -= 1

                    protocols_item__customer__instance = _new_instance(Customer)
                    protocols_item__customer__instance.source_id = (
                        protocols_item__customer__source_id
                    )
                    protocols_item__customer__instance.first_name = (
                        protocols_item__customer__first_name
                    )
                    protocols_item__customer__instance.last_name = (
                        protocols_item__customer__last_name
                    )
                    protocols_item__customer__instance.address = (
                        protocols_item__customer__address
                    )
                    protocols_item__customer__instance.email = (
                        protocols_item__customer__email
                    )
                    protocols_item__customer__instance.phone = (
                        protocols_item__customer__phone
                    )
                    protocols_item__customer__instance.additional_properties = (
                        {}
                        if len(protocols_item__customer)
                        == protocols_item__customer___known
                        else {
                            key: value
                            for key, value in protocols_item__customer.items()
                            if key not in _Customer_FIELDS
                        }
                    )
                    protocols_item__customer = protocols_item__customer__instance

                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix("customer")

                try:
                    protocols_item__days_supply = protocols_data["daysSupply"]
                except KeyError:
                    protocols_item__days_supply = UNSET
                protocols_item__days_supply_member = (
                    _DaysSupply_BY_VALUE.get(protocols_item__days_supply)
                    if type(protocols_item__days_supply) is int
                    else None
                )
                protocols_item__days_supply = (
                    protocols_item__days_supply_member
                    if protocols_item__days_supply_member is not None
                    else _errors.as_enum(
                        DaysSupply, int, "daysSupply", protocols_item__days_supply
                    )
                )

                try:
                    protocols_item__line_items = protocols_data["lineItems"]
                except KeyError:
                    protocols_item__line_items = UNSET
                if type(protocols_item__line_items) is not list:
                    raise _errors.invalid(
                        "lineItems", "array", protocols_item__line_items
                    )
                protocols_item__line_items_items: list[LineItem] = []
                try:
                    for protocols_item__line_items_data in protocols_item__line_items:
                        if type(protocols_item__line_items_data) is not dict:
                            protocols_item__line_items_data = _errors.check_object(
                                protocols_item__line_items_data
                            )
                        if strict and not _LineItem_FIELDS.issuperset(
                            protocols_item__line_items_data
                        ):
                            raise _errors.unknown_fields(
                                protocols_item__line_items_data, _LineItem_FIELDS
                            )
                        protocols_item__line_items_item___known = 4
                        try:
                            protocols_item__line_items_item__product_id = (
                                protocols_item__line_items_data["productId"]
                            )
                        except KeyError:
                            protocols_item__line_items_item__product_id = UNSET
                        if type(protocols_item__line_items_item__product_id) is not int:
                            protocols_item__line_items_item__product_id = (
                                _errors.as_int(
                                    "productId",
                                    protocols_item__line_items_item__product_id,
                                )
                            )

                        try:
                            protocols_item__line_items_item__quantity = (
                                protocols_item__line_items_data["quantity"]
                            )
                        except KeyError:
                            protocols_item__line_items_item__quantity = UNSET
                        if type(protocols_item__line_items_item__quantity) is not int:
                            protocols_item__line_items_item__quantity = _errors.as_int(
                                "quantity", protocols_item__line_items_item__quantity
                            )

                        if "packDescription" in protocols_item__line_items_data:
                            protocols_item__line_items_item__pack_description = (
                                protocols_item__line_items_data["packDescription"]
                            )
                            if not isinstance(
                                protocols_item__line_items_item__pack_description, str
                            ):
                                raise _errors.invalid(
                                    "packDescription",
                                    "string",
                                    protocols_item__line_items_item__pack_description,
                                )
                        else:
                            protocols_item__line_items_item__pack_description = UNSET
                            protocols_item__line_items_item___known -= 1
                        if "administration" in protocols_item__line_items_data:
                            protocols_item__line_items_item__administration = (
                                protocols_item__line_items_data["administration"]
                            )
                            try:
                                if (
                                    type(
                                        protocols_item__line_items_item__administration
                                    )
                                    is not dict
                                ):
                                    protocols_item__line_items_item__administration = _errors.check_object(
                                        protocols_item__line_items_item__administration
                                    )
                                if strict and not _Administration_FIELDS.issuperset(
                                    protocols_item__line_items_item__administration
                                ):
                                    raise _errors.unknown_fields(
                                        protocols_item__line_items_item__administration,
                                        _Administration_FIELDS,
                                    )
                                protocols_item__line_items_item__administration___known = 4
                                try:
                                    protocols_item__line_items_item__administration__morning = protocols_item__line_items_item__administration[
                                        "morning"
                                    ]
                                except KeyError:
                                    protocols_item__line_items_item__administration__morning = UNSET
                                if (
                                    type(
                                        protocols_item__line_items_item__administration__morning
                                    )
                                    is not int
                                ):
                                    protocols_item__line_items_item__administration__morning = _errors.as_int(
                                        "morning",
                                        protocols_item__line_items_item__administration__morning,
                                    )

                                try:
                                    protocols_item__line_items_item__administration__afternoon = protocols_item__line_items_item__administration[
                                        "afternoon"
                                    ]
                                except KeyError:
                                    protocols_item__line_items_item__administration__afternoon = UNSET
                                if (
                                    type(
                                        protocols_item__line_items_item__administration__afternoon
                                    )
                                    is not int
                                ):
                                    protocols_item__line_items_item__administration__afternoon = _errors.as_int(
                                        "afternoon",
                                        protocols_item__line_items_item__administration__afternoon,
                                    )

                                try:
                                    protocols_item__line_items_item__administration__evening = protocols_item__line_items_item__administration[
                                        "evening"
                                    ]
                                except KeyError:
                                    protocols_item__line_items_item__administration__evening = UNSET
                                if (
                                    type(
                                        protocols_item__line_items_item__administration__evening
                                    )
                                    is not int
                                ):
                                    protocols_item__line_items_item__administration__evening = _errors.as_int(
                                        "evening",
                                        protocols_item__line_items_item__administration__evening,
                                    )

                                try:
                                    protocols_item__line_items_item__administration__sleep = protocols_item__line_items_item__administration[
                                        "sleep"
                                    ]
                                except KeyError:
                                    protocols_item__line_items_item__administration__sleep = UNSET
                                if (
                                    type(
                                        protocols_item__line_items_item__administration__sleep
                                    )
                                    is not int
                                ):
                                    protocols_item__line_items_item__administration__sleep = _errors.as_int(
                                        "sleep",
                                        protocols_item__line_items_item__administration__sleep,
                                    )

                                protocols_item__line_items_item__administration__instance = _new_instance(
                                    Administration
                                )
                                protocols_item__line_items_item__administration__instance.morning = protocols_item__line_items_item__administration__morning
                                protocols_item__line_items_item__administration__instance.afternoon = protocols_item__line_items_item__administration__afternoon
                                protocols_item__line_items_item__administration__instance.evening = protocols_item__line_items_item__administration__evening
                                protocols_item__line_items_item__administration__instance.sleep = protocols_item__line_items_item__administration__sleep
                                protocols_item__line_items_item__administration__instance.additional_properties = (
                                    {}
                                    if len(
                                        protocols_item__line_items_item__administration
                                    )
                                    == protocols_item__line_items_item__administration___known
                                    else {
                                        key: value
                                        for key, value in protocols_item__line_items_item__administration.items()
                                        if key not in _Administration_FIELDS
                                    }
                                )
                                protocols_item__line_items_item__administration = protocols_item__line_items_item__administration__instance

                            except _errors.ResponseValidationError as _failure:
                                raise _failure.prefix("administration")
                        else:
                            protocols_item__line_items_item__administration = UNSET
                            protocols_item__line_items_item___known -= 1

                        protocols_item__line_items_item__instance = _new_instance(
                            LineItem
                        )
                        protocols_item__line_items_item__instance.product_id = (
                            protocols_item__line_items_item__product_id
                        )
                        protocols_item__line_items_item__instance.quantity = (
                            protocols_item__line_items_item__quantity
                        )
                        protocols_item__line_items_item__instance.pack_description = (
                            protocols_item__line_items_item__pack_description
                        )
                        protocols_item__line_items_item__instance.administration = (
                            protocols_item__line_items_item__administration
                        )
                        protocols_item__line_items_item__instance.additional_properties = (
                            {}
                            if len(protocols_item__line_items_data)
                            == protocols_item__line_items_item___known
                            else {
                                key: value
                                for key, value in protocols_item__line_items_data.items()
                                if key not in _LineItem_FIELDS
                            }
                        )
                        protocols_item__line_items_item = (
                            protocols_item__line_items_item__instance
                        )

                        protocols_item__line_items_items.append(
                            protocols_item__line_items_item
                        )
                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix(
                        "lineItems", len(protocols_item__line_items_items)
                    )
                protocols_item__line_items = protocols_item__line_items_items

                try:
                    protocols_item__id = protocols_data["id"]
                except KeyError:
                    protocols_item__id = UNSET
                if not isinstance(protocols_item__id, str):
                    raise _errors.invalid("id", "string", protocols_item__id)

                if "shippingMethod" in protocols_data:
                    protocols_item__shipping_method = protocols_data["shippingMethod"]
                    try:
                        protocols_item__shipping_method = _ShippingMethodName_BY_VALUE[
                            protocols_item__shipping_method
                        ]
                    except (KeyError, TypeError):
                        protocols_item__shipping_method = _errors.as_enum(
                            ShippingMethodName,
                            str,
                            "shippingMethod",
                            protocols_item__shipping_method,
                        )
                else:
                    protocols_item__shipping_method = UNSET
                    protocols_item___known -= 1
                if "orderType" in protocols_data:
                    protocols_item__order_type = protocols_data["orderType"]
                    try:
                        protocols_item__order_type = _OrderType_BY_VALUE[
                            protocols_item__order_type
                        ]
                    except (KeyError, TypeError):
                        protocols_item__order_type = _errors.as_enum(
                            OrderType, str, "orderType", protocols_item__order_type
                        )
                else:
                    protocols_item__order_type = UNSET
                    protocols_item___known -= 1
                if "createdAt" in protocols_data:
                    protocols_item__created_at = protocols_data["createdAt"]
                    protocols_item__created_at = _errors.as_datetime(
                        "createdAt", protocols_item__created_at
                    )
                else:
                    protocols_item__created_at = UNSET
                    protocols_item___known -= 1
                if "updatedAt" in protocols_data:
                    protocols_item__updated_at = protocols_data["updatedAt"]
                    protocols_item__updated_at = _errors.as_datetime(
                        "updatedAt", protocols_item__updated_at
                    )
                else:
                    protocols_item__updated_at = UNSET
                    protocols_item___known -= 1

                protocols_item__instance = _new_instance(Protocol)
                protocols_item__instance.customer = protocols_item__customer
                protocols_item__instance.days_supply = protocols_item__days_supply
                protocols_item__instance.line_items = protocols_item__line_items
                protocols_item__instance.id = protocols_item__id
                protocols_item__instance.shipping_method = (
                    protocols_item__shipping_method
                )
                protocols_item__instance.order_type = protocols_item__order_type
                protocols_item__instance.created_at = protocols_item__created_at
                protocols_item__instance.updated_at = protocols_item__updated_at
                protocols_item__instance.additional_properties = (
                    {}
                    if len(protocols_data) == protocols_item___known
                    else {
                        key: value
                        for key, value in protocols_data.items()
                        if key not in _Protocol_FIELDS
                    }
                )
                protocols_item = protocols_item__instance

                protocols_items.append(protocols_item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("protocols", len(protocols_items))
        protocols = protocols_items

        if "cursor" in src_dict:
            cursor = src_dict["cursor"]
            if not (isinstance(cursor, str) or cursor is None):
                raise _errors.invalid("cursor", "string or null", cursor)
        else:
            cursor = UNSET
            _known -= 1

        if cls is ProtocolList:
            _instance = _new_instance(cls)
            _instance.protocols = protocols
            _instance.cursor = cursor
            _instance.additional_properties = {}
        else:
            _instance = cls(
                protocols,
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
        "protocols",
        "cursor",
    )
)


_Protocol_FIELDS: frozenset[str] = frozenset(
    (
        "customer",
        "daysSupply",
        "lineItems",
        "id",
        "shippingMethod",
        "orderType",
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
from ..models.days_supply import DaysSupply  # noqa: E402
from ..models.order_type import OrderType  # noqa: E402
from ..models.shipping_method_name import ShippingMethodName  # noqa: E402

_DaysSupply_BY_VALUE = {member.value: member for member in DaysSupply}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}
_ShippingMethodName_BY_VALUE = {member.value: member for member in ShippingMethodName}
_new_instance = object.__new__
_join_strings = "".join


from ..models.address import Address  # noqa: E402
from ..models.administration import Administration  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.line_item import LineItem  # noqa: E402
from ..models.protocol import Protocol  # noqa: E402
