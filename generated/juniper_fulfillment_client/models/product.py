from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.product_form import ProductForm
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.administration import Administration
    from ..models.supplement_facts_panel import SupplementFactsPanel


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A supplement in the catalogue."""

    id: int
    name: str
    description: str | Unset = UNSET
    pack_description: str | Unset = UNSET
    price: str | Unset = UNSET
    """ Price per unit after the partner's discount, in US dollars. """
    external: bool | Unset = UNSET
    """ True for items shipped outside the daily packs, such as powders and liquids. """
    product_image: str | Unset = UNSET
    """ URL of the product picture. """
    recommended_usage: Administration | Unset = UNSET
    """ How many units to take at each time of day. For an order line item the four numbers
    must add up to the line item's `quantity`.
     """
    form: ProductForm | Unset = UNSET
    """ The physical form of one unit. """
    certifications: list[str] | Unset = UNSET
    allergens: list[str] | Unset = UNSET
    supplement_facts_panel: SupplementFactsPanel | Unset = UNSET
    """ The label facts of a supplement. """
    status: ProductStatus | Unset = UNSET
    """ Where a product stands in the catalogue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        pack_description = self.pack_description

        price = self.price

        external = self.external

        product_image = self.product_image

        recommended_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_usage, Unset):
            recommended_usage = self.recommended_usage.to_dict()

        form: str | Unset = UNSET
        if not isinstance(self.form, Unset):
            form = ProductForm(self.form).value

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications

        allergens: list[str] | Unset = UNSET
        if not isinstance(self.allergens, Unset):
            allergens = self.allergens

        supplement_facts_panel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplement_facts_panel, Unset):
            supplement_facts_panel = self.supplement_facts_panel.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = ProductStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if pack_description is not UNSET:
            field_dict["packDescription"] = pack_description
        if price is not UNSET:
            field_dict["price"] = price
        if external is not UNSET:
            field_dict["external"] = external
        if product_image is not UNSET:
            field_dict["productImage"] = product_image
        if recommended_usage is not UNSET:
            field_dict["recommendedUsage"] = recommended_usage
        if form is not UNSET:
            field_dict["form"] = form
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if allergens is not UNSET:
            field_dict["allergens"] = allergens
        if supplement_facts_panel is not UNSET:
            field_dict["supplementFactsPanel"] = supplement_facts_panel
        if status is not UNSET:
            field_dict["status"] = status

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
        if type(id) is not int:
            id = _errors.as_int("id", id)

        name = _get("name", UNSET)
        if not isinstance(name, str):
            raise _errors.invalid("name", "string", name)

        description = _get("description", UNSET)
        if description is not UNSET:
            _known += 1
            if not isinstance(description, str):
                raise _errors.invalid("description", "string", description)

        pack_description = _get("packDescription", UNSET)
        if pack_description is not UNSET:
            _known += 1
            if not isinstance(pack_description, str):
                raise _errors.invalid("packDescription", "string", pack_description)

        price = _get("price", UNSET)
        if price is not UNSET:
            _known += 1
            if not isinstance(price, str):
                raise _errors.invalid("price", "string", price)

        external = _get("external", UNSET)
        if external is not UNSET:
            _known += 1
            if type(external) is not bool:
                raise _errors.invalid("external", "boolean", external)

        product_image = _get("productImage", UNSET)
        if product_image is not UNSET:
            _known += 1
            if not isinstance(product_image, str):
                raise _errors.invalid("productImage", "string", product_image)

        recommended_usage = _get("recommendedUsage", UNSET)
        if recommended_usage is not UNSET:
            _known += 1
            try:
                recommended_usage = Administration.from_dict(
                    recommended_usage, strict=strict
                )
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("recommendedUsage")

        form = _get("form", UNSET)
        if form is not UNSET:
            _known += 1
            try:
                form = _ProductForm_BY_VALUE[form]
            except (KeyError, TypeError):
                form = _errors.as_enum(ProductForm, str, "form", form)

        certifications = _get("certifications", UNSET)
        if certifications is not UNSET:
            _known += 1
            if type(certifications) is not list:
                raise _errors.invalid("certifications", "array", certifications)
            for certifications_item in certifications:
                if not isinstance(certifications_item, str):
                    raise _errors.invalid_item(
                        "certifications", certifications, str, "string"
                    )

        allergens = _get("allergens", UNSET)
        if allergens is not UNSET:
            _known += 1
            if type(allergens) is not list:
                raise _errors.invalid("allergens", "array", allergens)
            for allergens_item in allergens:
                if not isinstance(allergens_item, str):
                    raise _errors.invalid_item("allergens", allergens, str, "string")

        supplement_facts_panel = _get("supplementFactsPanel", UNSET)
        if supplement_facts_panel is not UNSET:
            _known += 1
            try:
                supplement_facts_panel = SupplementFactsPanel.from_dict(
                    supplement_facts_panel, strict=strict
                )
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("supplementFactsPanel")

        status = _get("status", UNSET)
        if status is not UNSET:
            _known += 1
            try:
                status = _ProductStatus_BY_VALUE[status]
            except (KeyError, TypeError):
                status = _errors.as_enum(ProductStatus, str, "status", status)

        _instance = cls(
            id,
            name,
            description,
            pack_description,
            price,
            external,
            product_image,
            recommended_usage,
            form,
            certifications,
            allergens,
            supplement_facts_panel,
            status,
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
        "name",
        "description",
        "packDescription",
        "price",
        "external",
        "productImage",
        "recommendedUsage",
        "form",
        "certifications",
        "allergens",
        "supplementFactsPanel",
        "status",
    )
)
_ProductForm_BY_VALUE = {member.value: member for member in ProductForm}
_ProductStatus_BY_VALUE = {member.value: member for member in ProductStatus}


from ..models.administration import Administration  # noqa: E402
from ..models.supplement_facts_panel import SupplementFactsPanel  # noqa: E402
