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
        _get = src_dict.get
        _known = 1
        orders = _get("orders", UNSET)
        if type(orders) is not list:
            raise _errors.invalid("orders", "array", orders)
        orders_items: list[Order] = []
        try:
            for orders_data in orders:
                orders_item = Order.from_dict(orders_data, strict=strict)

                orders_items.append(orders_item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("orders", len(orders_items))
        orders = orders_items

        cursor = _get("cursor", UNSET)
        if cursor is not UNSET:
            _known += 1
            if not (isinstance(cursor, str) or cursor is None):
                raise _errors.invalid("cursor", "string or null", cursor)

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


from ..models.order import Order  # noqa: E402
