from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.administration import Administration


T = TypeVar("T", bound="OrderLineItem")


@_attrs_define
class OrderLineItem:
    """A line item as the server returns it, with its prices."""

    product_id: int
    quantity: int
    """ Units per day. """
    pack_description: str | Unset = UNSET
    """ The daily pack this item goes into; needed for pack items, optional for external items such as powders. """
    administration: Administration | Unset = UNSET
    """ How many units to take at each time of day. For an order line item the four numbers
    must add up to the line item's `quantity`.
     """
    price: str | Unset = UNSET
    """ Price per pill, in US dollars. """
    discounted_price: str | Unset = UNSET
    """ Price per pill after the partner's discount, in US dollars. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        quantity = self.quantity

        pack_description = self.pack_description

        administration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.administration, Unset):
            administration = self.administration.to_dict()

        price = self.price

        discounted_price = self.discounted_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "quantity": quantity,
            }
        )
        if pack_description is not UNSET:
            field_dict["packDescription"] = pack_description
        if administration is not UNSET:
            field_dict["administration"] = administration
        if price is not UNSET:
            field_dict["price"] = price
        if discounted_price is not UNSET:
            field_dict["discountedPrice"] = discounted_price

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
        field__known = 6
        try:
            field_product_id = src_dict["productId"]
        except KeyError:
            field_product_id = UNSET
        if type(field_product_id) is not int:
            field_product_id = _errors.as_int("productId", field_product_id)

        try:
            field_quantity = src_dict["quantity"]
        except KeyError:
            field_quantity = UNSET
        if type(field_quantity) is not int:
            field_quantity = _errors.as_int("quantity", field_quantity)

        if "packDescription" in src_dict:
            field_pack_description = src_dict["packDescription"]
            if not isinstance(field_pack_description, str):
                raise _errors.invalid(
                    "packDescription", "string", field_pack_description
                )
        else:
            field_pack_description = UNSET
            field__known -= 1
        if "administration" in src_dict:
            field_administration = src_dict["administration"]
            try:
                if type(field_administration) is not dict:
                    field_administration = _errors.check_object(field_administration)
                if strict and not _Administration_FIELDS.issuperset(
                    field_administration
                ):
                    raise _errors.unknown_fields(
                        field_administration, _Administration_FIELDS
                    )
                field_administration___known = 4
                try:
                    field_administration__morning = field_administration["morning"]
                except KeyError:
                    field_administration__morning = UNSET
                if type(field_administration__morning) is not int:
                    field_administration__morning = _errors.as_int(
                        "morning", field_administration__morning
                    )

                try:
                    field_administration__afternoon = field_administration["afternoon"]
                except KeyError:
                    field_administration__afternoon = UNSET
                if type(field_administration__afternoon) is not int:
                    field_administration__afternoon = _errors.as_int(
                        "afternoon", field_administration__afternoon
                    )

                try:
                    field_administration__evening = field_administration["evening"]
                except KeyError:
                    field_administration__evening = UNSET
                if type(field_administration__evening) is not int:
                    field_administration__evening = _errors.as_int(
                        "evening", field_administration__evening
                    )

                try:
                    field_administration__sleep = field_administration["sleep"]
                except KeyError:
                    field_administration__sleep = UNSET
                if type(field_administration__sleep) is not int:
                    field_administration__sleep = _errors.as_int(
                        "sleep", field_administration__sleep
                    )

                field_administration___instance = _new_instance(Administration)
                field_administration___instance.morning = field_administration__morning
                field_administration___instance.afternoon = (
                    field_administration__afternoon
                )
                field_administration___instance.evening = field_administration__evening
                field_administration___instance.sleep = field_administration__sleep
                field_administration___instance.additional_properties = (
                    {}
                    if len(field_administration) == field_administration___known
                    else {
                        key: value
                        for key, value in field_administration.items()
                        if key not in _Administration_FIELDS
                    }
                )
                field_administration = field_administration___instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("administration")
        else:
            field_administration = UNSET
            field__known -= 1
        if "price" in src_dict:
            field_price = src_dict["price"]
            if not isinstance(field_price, str):
                raise _errors.invalid("price", "string", field_price)
        else:
            field_price = UNSET
            field__known -= 1
        if "discountedPrice" in src_dict:
            field_discounted_price = src_dict["discountedPrice"]
            if not isinstance(field_discounted_price, str):
                raise _errors.invalid(
                    "discountedPrice", "string", field_discounted_price
                )
        else:
            field_discounted_price = UNSET
            field__known -= 1

        if cls is OrderLineItem:
            _instance = _new_instance(cls)
            _instance.product_id = field_product_id
            _instance.quantity = field_quantity
            _instance.pack_description = field_pack_description
            _instance.administration = field_administration
            _instance.price = field_price
            _instance.discounted_price = field_discounted_price
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_product_id,
                field_quantity,
                field_pack_description,
                field_administration,
                field_price,
                field_discounted_price,
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
_new_instance = object.__new__
_join_strings = "".join


from ..models.administration import Administration  # noqa: E402
