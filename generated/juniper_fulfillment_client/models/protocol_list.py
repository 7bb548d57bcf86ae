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
        field__known = 2
        try:
            field_protocols = src_dict["protocols"]
        except KeyError:
            field_protocols = UNSET
        if type(field_protocols) is not list:
            raise _errors.invalid("protocols", "array", field_protocols)
        field_protocols___items: list[Protocol] = []
        try:
            for field_protocols___data in field_protocols:
                if type(field_protocols___data) is not dict:
                    field_protocols___data = _errors.check_object(
                        field_protocols___data
                    )
                if strict and not _Protocol_FIELDS.issuperset(field_protocols___data):
                    raise _errors.unknown_fields(
                        field_protocols___data, _Protocol_FIELDS
                    )
                field_protocols___item___known = 8
                try:
                    field_protocols___item__customer = field_protocols___data[
                        "customer"
                    ]
                except KeyError:
                    field_protocols___item__customer = UNSET
                try:
                    if type(field_protocols___item__customer) is not dict:
                        field_protocols___item__customer = _errors.check_object(
                            field_protocols___item__customer
                        )
                    if strict and not _Customer_FIELDS.issuperset(
                        field_protocols___item__customer
                    ):
                        raise _errors.unknown_fields(
                            field_protocols___item__customer, _Customer_FIELDS
                        )
                    field_protocols___item__customer___known = 6
                    try:
                        field_protocols___item__customer__source_id = (
                            field_protocols___item__customer["sourceId"]
                        )
                    except KeyError:
                        field_protocols___item__customer__source_id = UNSET
                    if not isinstance(field_protocols___item__customer__source_id, str):
                        raise _errors.invalid(
                            "sourceId",
                            "string",
                            field_protocols___item__customer__source_id,
                        )

                    try:
                        field_protocols___item__customer__first_name = (
                            field_protocols___item__customer["firstName"]
                        )
                    except KeyError:
                        field_protocols___item__customer__first_name = UNSET
                    if not isinstance(
                        field_protocols___item__customer__first_name, str
                    ):
                        raise _errors.invalid(
                            "firstName",
                            "string",
                            field_protocols___item__customer__first_name,
                        )

                    try:
                        field_protocols___item__customer__last_name = (
                            field_protocols___item__customer["lastName"]
                        )
                    except KeyError:
                        field_protocols___item__customer__last_name = UNSET
                    if not isinstance(field_protocols___item__customer__last_name, str):
                        raise _errors.invalid(
                            "lastName",
                            "string",
                            field_protocols___item__customer__last_name,
                        )

                    try:
                        field_protocols___item__customer__address = (
                            field_protocols___item__customer["address"]
                        )
                    except KeyError:
                        field_protocols___item__customer__address = UNSET
                    try:
                        if type(field_protocols___item__customer__address) is not dict:
                            field_protocols___item__customer__address = (
                                _errors.check_object(
                                    field_protocols___item__customer__address
                                )
                            )
                        if strict and not _Address_FIELDS.issuperset(
                            field_protocols___item__customer__address
                        ):
                            raise _errors.unknown_fields(
                                field_protocols___item__customer__address,
                                _Address_FIELDS,
                            )
                        field_protocols___item__customer__address___known = 5
                        try:
                            field_protocols___item__customer__address__line1 = (
                                field_protocols___item__customer__address["line1"]
                            )
                        except KeyError:
                            field_protocols___item__customer__address__line1 = UNSET
                        if not isinstance(
                            field_protocols___item__customer__address__line1, str
                        ):
                            raise _errors.invalid(
                                "line1",
                                "string",
                                field_protocols___item__customer__address__line1,
                            )

                        try:
                            field_protocols___item__customer__address__city = (
                                field_protocols___item__customer__address["city"]
                            )
                        except KeyError:
                            field_protocols___item__customer__address__city = UNSET
                        if not isinstance(
                            field_protocols___item__customer__address__city, str
                        ):
                            raise _errors.invalid(
                                "city",
                                "string",
                                field_protocols___item__customer__address__city,
                            )

                        try:
                            field_protocols___item__customer__address__state = (
                                field_protocols___item__customer__address["state"]
                            )
                        except KeyError:
                            field_protocols___item__customer__address__state = UNSET
                        if not isinstance(
                            field_protocols___item__customer__address__state, str
                        ):
                            raise _errors.invalid(
                                "state",
                                "string",
                                field_protocols___item__customer__address__state,
                            )

                        try:
                            field_protocols___item__customer__address__zip_code = (
                                field_protocols___item__customer__address["zipCode"]
                            )
                        except KeyError:
                            field_protocols___item__customer__address__zip_code = UNSET
                        if not isinstance(
                            field_protocols___item__customer__address__zip_code, str
                        ):
                            raise _errors.invalid(
                                "zipCode",
                                "string",
                                field_protocols___item__customer__address__zip_code,
                            )

                        if "line2" in field_protocols___item__customer__address:
                            field_protocols___item__customer__address__line2 = (
                                field_protocols___item__customer__address["line2"]
                            )
                            if not isinstance(
                                field_protocols___item__customer__address__line2, str
                            ):
                                raise _errors.invalid(
                                    "line2",
                                    "string",
                                    field_protocols___item__customer__address__line2,
                                )
                        else:
                            field_protocols___item__customer__address__line2 = UNSET
                            field_protocols___item__customer__address___known -= 1

                        field_protocols___item__customer__address___instance = (
                            _new_instance(Address)
                        )
                        field_protocols___item__customer__address___instance.line1 = (
                            field_protocols___item__customer__address__line1
                        )
                        field_protocols___item__customer__address___instance.city = (
                            field_protocols___item__customer__address__city
                        )
                        field_protocols___item__customer__address___instance.state = (
                            field_protocols___item__customer__address__state
                        )
                        field_protocols___item__customer__address___instance.zip_code = field_protocols___item__customer__address__zip_code
                        field_protocols___item__customer__address___instance.line2 = (
                            field_protocols___item__customer__address__line2
                        )
                        field_protocols___item__customer__address___instance.additional_properties = (
                            {}
                            if len(field_protocols___item__customer__address)
                            == field_protocols___item__customer__address___known
                            else {
                                key: value
                                for key, value in field_protocols___item__customer__address.items()
                                if key not in _Address_FIELDS
                            }
                        )
                        field_protocols___item__customer__address = (
                            field_protocols___item__customer__address___instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("address")

                    if "email" in field_protocols___item__customer:
                        field_protocols___item__customer__email = (
                            field_protocols___item__customer["email"]
                        )
                        if not isinstance(field_protocols___item__customer__email, str):
                            raise _errors.invalid(
                                "email",
                                "string",
                                field_protocols___item__customer__email,
                            )
                    else:
                        field_protocols___item__customer__email = UNSET
                        field_protocols___item__customer___known -= 1
                    if "phone" in field_protocols___item__customer:
                        field_protocols___item__customer__phone = (
                            field_protocols___item__customer["phone"]
                        )
                        if not isinstance(field_protocols___item__customer__phone, str):
                            raise _errors.invalid(
                                "phone",
                                "string",
                                field_protocols___item__customer__phone,
                            )
                    else:
                        field_protocols___item__customer__phone = UNSET
                        field_protocols___item__customer___known -= 1

                    field_protocols___item__customer___instance = _new_instance(
                        Customer
                    )
                    field_protocols___item__customer___instance.source_id = (
                        field_protocols___item__customer__source_id
                    )
                    field_protocols___item__customer___instance.first_name = (
                        field_protocols___item__customer__first_name
                    )
                    field_protocols___item__customer___instance.last_name = (
                        field_protocols___item__customer__last_name
                    )
                    field_protocols___item__customer___instance.address = (
                        field_protocols___item__customer__address
                    )
                    field_protocols___item__customer___instance.email = (
                        field_protocols___item__customer__email
                    )
                    field_protocols___item__customer___instance.phone = (
                        field_protocols___item__customer__phone
                    )
                    field_protocols___item__customer___instance.additional_properties = (
                        {}
                        if len(field_protocols___item__customer)
                        == field_protocols___item__customer___known
                        else {
                            key: value
                            for key, value in field_protocols___item__customer.items()
                            if key not in _Customer_FIELDS
                        }
                    )
                    field_protocols___item__customer = (
                        field_protocols___item__customer___instance
                    )

                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix("customer")

                try:
                    field_protocols___item__days_supply = field_protocols___data[
                        "daysSupply"
                    ]
                except KeyError:
                    field_protocols___item__days_supply = UNSET
                field_protocols___item__days_supply___member = (
                    _DaysSupply_BY_VALUE.get(field_protocols___item__days_supply)
                    if type(field_protocols___item__days_supply) is int
                    else None
                )
                field_protocols___item__days_supply = (
                    field_protocols___item__days_supply___member
                    if field_protocols___item__days_supply___member is not None
                    else _errors.as_enum(
                        DaysSupply,
                        int,
                        "daysSupply",
                        field_protocols___item__days_supply,
                    )
                )

                try:
                    field_protocols___item__line_items = field_protocols___data[
                        "lineItems"
                    ]
                except KeyError:
                    field_protocols___item__line_items = UNSET
                if type(field_protocols___item__line_items) is not list:
                    raise _errors.invalid(
                        "lineItems", "array", field_protocols___item__line_items
                    )
                field_protocols___item__line_items___items: list[LineItem] = []
                try:
                    for (
                        field_protocols___item__line_items___data
                    ) in field_protocols___item__line_items:
                        if type(field_protocols___item__line_items___data) is not dict:
                            field_protocols___item__line_items___data = (
                                _errors.check_object(
                                    field_protocols___item__line_items___data
                                )
                            )
                        if strict and not _LineItem_FIELDS.issuperset(
                            field_protocols___item__line_items___data
                        ):
                            raise _errors.unknown_fields(
                                field_protocols___item__line_items___data,
                                _LineItem_FIELDS,
                            )
                        field_protocols___item__line_items___item___known = 4
                        try:
                            field_protocols___item__line_items___item__product_id = (
                                field_protocols___item__line_items___data["productId"]
                            )
                        except KeyError:
                            field_protocols___item__line_items___item__product_id = (
                                UNSET
                            )
                        if (
                            type(field_protocols___item__line_items___item__product_id)
                            is not int
                        ):
                            field_protocols___item__line_items___item__product_id = _errors.as_int(
                                "productId",
                                field_protocols___item__line_items___item__product_id,
                            )

                        try:
                            field_protocols___item__line_items___item__quantity = (
                                field_protocols___item__line_items___data["quantity"]
                            )
                        except KeyError:
                            field_protocols___item__line_items___item__quantity = UNSET
                        if (
                            type(field_protocols___item__line_items___item__quantity)
                            is not int
                        ):
                            field_protocols___item__line_items___item__quantity = (
                                _errors.as_int(
                                    "quantity",
                                    field_protocols___item__line_items___item__quantity,
                                )
                            )

                        if (
                            "packDescription"
                            in field_protocols___item__line_items___data
                        ):
                            field_protocols___item__line_items___item__pack_description = field_protocols___item__line_items___data[
                                "packDescription"
                            ]
                            if not isinstance(
                                field_protocols___item__line_items___item__pack_description,
                                str,
                            ):
                                raise _errors.invalid(
                                    "packDescription",
                                    "string",
                                    field_protocols___item__line_items___item__pack_description,
                                )
                        else:
                            field_protocols___item__line_items___item__pack_description = UNSET
                            field_protocols___item__line_items___item___known -= 1
                        if (
                            "administration"
                            in field_protocols___item__line_items___data
                        ):
                            field_protocols___item__line_items___item__administration = field_protocols___item__line_items___data[
                                "administration"
                            ]
                            try:
                                if (
                                    type(
                                        field_protocols___item__line_items___item__administration
                                    )
                                    is not dict
                                ):
                                    field_protocols___item__line_items___item__administration = _errors.check_object(
                                        field_protocols___item__line_items___item__administration
                                    )
                                if strict and not _Administration_FIELDS.issuperset(
                                    field_protocols___item__line_items___item__administration
                                ):
                                    raise _errors.unknown_fields(
                                        field_protocols___item__line_items___item__administration,
                                        _Administration_FIELDS,
                                    )
                                field_protocols___item__line_items___item__administration___known = 4
                                try:
                                    field_protocols___item__line_items___item__administration__morning = field_protocols___item__line_items___item__administration[
                                        "morning"
                                    ]
                                except KeyError:
                                    field_protocols___item__line_items___item__administration__morning = UNSET
                                if (
                                    type(
                                        field_protocols___item__line_items___item__administration__morning
                                    )
                                    is not int
                                ):
                                    field_protocols___item__line_items___item__administration__morning = _errors.as_int(
                                        "morning",
                                        field_protocols___item__line_items___item__administration__morning,
                                    )

                                try:
                                    field_protocols___item__line_items___item__administration__afternoon = field_protocols___item__line_items___item__administration[
                                        "afternoon"
                                    ]
                                except KeyError:
                                    field_protocols___item__line_items___item__administration__afternoon = UNSET
                                if (
                                    type(
                                        field_protocols___item__line_items___item__administration__afternoon
                                    )
                                    is not int
                                ):
                                    field_protocols___item__line_items___item__administration__afternoon = _errors.as_int(
                                        "afternoon",
                                        field_protocols___item__line_items___item__administration__afternoon,
                                    )

                                try:
                                    field_protocols___item__line_items___item__administration__evening = field_protocols___item__line_items___item__administration[
                                        "evening"
                                    ]
                                except KeyError:
                                    field_protocols___item__line_items___item__administration__evening = UNSET
                                if (
                                    type(
                                        field_protocols___item__line_items___item__administration__evening
                                    )
                                    is not int
                                ):
                                    field_protocols___item__line_items___item__administration__evening = _errors.as_int(
                                        "evening",
                                        field_protocols___item__line_items___item__administration__evening,
                                    )

                                try:
                                    field_protocols___item__line_items___item__administration__sleep = field_protocols___item__line_items___item__administration[
                                        "sleep"
                                    ]
                                except KeyError:
                                    field_protocols___item__line_items___item__administration__sleep = UNSET
                                if (
                                    type(
                                        field_protocols___item__line_items___item__administration__sleep
                                    )
                                    is not int
                                ):
                                    field_protocols___item__line_items___item__administration__sleep = _errors.as_int(
                                        "sleep",
                                        field_protocols___item__line_items___item__administration__sleep,
                                    )

                                field_protocols___item__line_items___item__administration___instance = _new_instance(
                                    Administration
                                )
                                field_protocols___item__line_items___item__administration___instance.morning = field_protocols___item__line_items___item__administration__morning
                                field_protocols___item__line_items___item__administration___instance.afternoon = field_protocols___item__line_items___item__administration__afternoon
                                field_protocols___item__line_items___item__administration___instance.evening = field_protocols___item__line_items___item__administration__evening
                                field_protocols___item__line_items___item__administration___instance.sleep = field_protocols___item__line_items___item__administration__sleep
                                field_protocols___item__line_items___item__administration___instance.additional_properties = (
                                    {}
                                    if len(
                                        field_protocols___item__line_items___item__administration
                                    )
                                    == field_protocols___item__line_items___item__administration___known
                                    else {
                                        key: value
                                        for key, value in field_protocols___item__line_items___item__administration.items()
                                        if key not in _Administration_FIELDS
                                    }
                                )
                                field_protocols___item__line_items___item__administration = field_protocols___item__line_items___item__administration___instance

                            except _errors.ResponseValidationError as _failure:
                                raise _failure.prefix("administration")
                        else:
                            field_protocols___item__line_items___item__administration = UNSET
                            field_protocols___item__line_items___item___known -= 1

                        field_protocols___item__line_items___item___instance = (
                            _new_instance(LineItem)
                        )
                        field_protocols___item__line_items___item___instance.product_id = field_protocols___item__line_items___item__product_id
                        field_protocols___item__line_items___item___instance.quantity = field_protocols___item__line_items___item__quantity
                        field_protocols___item__line_items___item___instance.pack_description = field_protocols___item__line_items___item__pack_description
                        field_protocols___item__line_items___item___instance.administration = field_protocols___item__line_items___item__administration
                        field_protocols___item__line_items___item___instance.additional_properties = (
                            {}
                            if len(field_protocols___item__line_items___data)
                            == field_protocols___item__line_items___item___known
                            else {
                                key: value
                                for key, value in field_protocols___item__line_items___data.items()
                                if key not in _LineItem_FIELDS
                            }
                        )
                        field_protocols___item__line_items___item = (
                            field_protocols___item__line_items___item___instance
                        )

                        field_protocols___item__line_items___items.append(
                            field_protocols___item__line_items___item
                        )
                except _errors.ResponseValidationError as _failure:
                    raise _failure.prefix(
                        "lineItems", len(field_protocols___item__line_items___items)
                    )
                field_protocols___item__line_items = (
                    field_protocols___item__line_items___items
                )

                try:
                    field_protocols___item__id = field_protocols___data["id"]
                except KeyError:
                    field_protocols___item__id = UNSET
                if not isinstance(field_protocols___item__id, str):
                    raise _errors.invalid("id", "string", field_protocols___item__id)

                if "shippingMethod" in field_protocols___data:
                    field_protocols___item__shipping_method = field_protocols___data[
                        "shippingMethod"
                    ]
                    try:
                        field_protocols___item__shipping_method = (
                            _ShippingMethodName_BY_VALUE[
                                field_protocols___item__shipping_method
                            ]
                        )
                    except (KeyError, TypeError):
                        field_protocols___item__shipping_method = _errors.as_enum(
                            ShippingMethodName,
                            str,
                            "shippingMethod",
                            field_protocols___item__shipping_method,
                        )
                else:
                    field_protocols___item__shipping_method = UNSET
                    field_protocols___item___known -= 1
                if "orderType" in field_protocols___data:
                    field_protocols___item__order_type = field_protocols___data[
                        "orderType"
                    ]
                    try:
                        field_protocols___item__order_type = _OrderType_BY_VALUE[
                            field_protocols___item__order_type
                        ]
                    except (KeyError, TypeError):
                        field_protocols___item__order_type = _errors.as_enum(
                            OrderType,
                            str,
                            "orderType",
                            field_protocols___item__order_type,
                        )
                else:
                    field_protocols___item__order_type = UNSET
                    field_protocols___item___known -= 1
                if "createdAt" in field_protocols___data:
                    field_protocols___item__created_at = field_protocols___data[
                        "createdAt"
                    ]
                    field_protocols___item__created_at = _errors.as_datetime(
                        "createdAt", field_protocols___item__created_at
                    )
                else:
                    field_protocols___item__created_at = UNSET
                    field_protocols___item___known -= 1
                if "updatedAt" in field_protocols___data:
                    field_protocols___item__updated_at = field_protocols___data[
                        "updatedAt"
                    ]
                    field_protocols___item__updated_at = _errors.as_datetime(
                        "updatedAt", field_protocols___item__updated_at
                    )
                else:
                    field_protocols___item__updated_at = UNSET
                    field_protocols___item___known -= 1

                field_protocols___item___instance = _new_instance(Protocol)
                field_protocols___item___instance.customer = (
                    field_protocols___item__customer
                )
                field_protocols___item___instance.days_supply = (
                    field_protocols___item__days_supply
                )
                field_protocols___item___instance.line_items = (
                    field_protocols___item__line_items
                )
                field_protocols___item___instance.id = field_protocols___item__id
                field_protocols___item___instance.shipping_method = (
                    field_protocols___item__shipping_method
                )
                field_protocols___item___instance.order_type = (
                    field_protocols___item__order_type
                )
                field_protocols___item___instance.created_at = (
                    field_protocols___item__created_at
                )
                field_protocols___item___instance.updated_at = (
                    field_protocols___item__updated_at
                )
                field_protocols___item___instance.additional_properties = (
                    {}
                    if len(field_protocols___data) == field_protocols___item___known
                    else {
                        key: value
                        for key, value in field_protocols___data.items()
                        if key not in _Protocol_FIELDS
                    }
                )
                field_protocols___item = field_protocols___item___instance

                field_protocols___items.append(field_protocols___item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("protocols", len(field_protocols___items))
        field_protocols = field_protocols___items

        if "cursor" in src_dict:
            field_cursor = src_dict["cursor"]
            if not (isinstance(field_cursor, str) or field_cursor is None):
                raise _errors.invalid("cursor", "string or null", field_cursor)
        else:
            field_cursor = UNSET
            field__known -= 1

        if cls is ProtocolList:
            _instance = _new_instance(cls)
            _instance.protocols = field_protocols
            _instance.cursor = field_cursor
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_protocols,
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
