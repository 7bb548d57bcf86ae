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
        _known = 13
        try:
            id = src_dict["id"]
        except KeyError:
            id = UNSET
        if type(id) is not int:
            id = _errors.as_int("id", id)

        try:
            name = src_dict["name"]
        except KeyError:
            name = UNSET
        if not isinstance(name, str):
            raise _errors.invalid("name", "string", name)

        if "description" in src_dict:
            description = src_dict["description"]
            if not isinstance(description, str):
                raise _errors.invalid("description", "string", description)
        else:
            description = UNSET
            _known -= 1
        if "packDescription" in src_dict:
            pack_description = src_dict["packDescription"]
            if not isinstance(pack_description, str):
                raise _errors.invalid("packDescription", "string", pack_description)
        else:
            pack_description = UNSET
            _known -= 1
        if "price" in src_dict:
            price = src_dict["price"]
            if not isinstance(price, str):
                raise _errors.invalid("price", "string", price)
        else:
            price = UNSET
            _known -= 1
        if "external" in src_dict:
            external = src_dict["external"]
            if type(external) is not bool:
                raise _errors.invalid("external", "boolean", external)
        else:
            external = UNSET
            _known -= 1
        if "productImage" in src_dict:
            product_image = src_dict["productImage"]
            if not isinstance(product_image, str):
                raise _errors.invalid("productImage", "string", product_image)
        else:
            product_image = UNSET
            _known -= 1
        if "recommendedUsage" in src_dict:
            recommended_usage = src_dict["recommendedUsage"]
            try:
                if type(recommended_usage) is not dict:
                    recommended_usage = _errors.check_object(recommended_usage)
                if strict and not _Administration_FIELDS.issuperset(recommended_usage):
                    raise _errors.unknown_fields(
                        recommended_usage, _Administration_FIELDS
                    )
                recommended_usage___known = 4
                try:
                    recommended_usage__morning = recommended_usage["morning"]
                except KeyError:
                    recommended_usage__morning = UNSET
                if type(recommended_usage__morning) is not int:
                    recommended_usage__morning = _errors.as_int(
                        "morning", recommended_usage__morning
                    )

                try:
                    recommended_usage__afternoon = recommended_usage["afternoon"]
                except KeyError:
                    recommended_usage__afternoon = UNSET
                if type(recommended_usage__afternoon) is not int:
                    recommended_usage__afternoon = _errors.as_int(
                        "afternoon", recommended_usage__afternoon
                    )

                try:
                    recommended_usage__evening = recommended_usage["evening"]
                except KeyError:
                    recommended_usage__evening = UNSET
                if type(recommended_usage__evening) is not int:
                    recommended_usage__evening = _errors.as_int(
                        "evening", recommended_usage__evening
                    )

                try:
                    recommended_usage__sleep = recommended_usage["sleep"]
                except KeyError:
                    recommended_usage__sleep = UNSET
                if type(recommended_usage__sleep) is not int:
                    recommended_usage__sleep = _errors.as_int(
                        "sleep", recommended_usage__sleep
                    )

                recommended_usage__instance = _new_instance(Administration)
                recommended_usage__instance.morning = recommended_usage__morning
                recommended_usage__instance.afternoon = recommended_usage__afternoon
                recommended_usage__instance.evening = recommended_usage__evening
                recommended_usage__instance.sleep = recommended_usage__sleep
                recommended_usage__instance.additional_properties = (
                    {}
                    if len(recommended_usage) == recommended_usage___known
                    else {
                        key: value
                        for key, value in recommended_usage.items()
                        if key not in _Administration_FIELDS
                    }
                )
                recommended_usage = recommended_usage__instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("recommendedUsage")
        else:
            recommended_usage = UNSET
            _known -= 1
        if "form" in src_dict:
            form = src_dict["form"]
            try:
                form = _ProductForm_BY_VALUE[form]
            except (KeyError, TypeError):
                form = _errors.as_enum(ProductForm, str, "form", form)
        else:
            form = UNSET
            _known -= 1
        if "certifications" in src_dict:
            certifications = src_dict["certifications"]
            if type(certifications) is not list:
                raise _errors.invalid("certifications", "array", certifications)
            try:
                _join_strings(certifications)
            except TypeError:
                raise _errors.invalid_item(
                    "certifications", certifications, str, "string"
                ) from None
        else:
            certifications = UNSET
            _known -= 1
        if "allergens" in src_dict:
            allergens = src_dict["allergens"]
            if type(allergens) is not list:
                raise _errors.invalid("allergens", "array", allergens)
            try:
                _join_strings(allergens)
            except TypeError:
                raise _errors.invalid_item(
                    "allergens", allergens, str, "string"
                ) from None
        else:
            allergens = UNSET
            _known -= 1
        if "supplementFactsPanel" in src_dict:
            supplement_facts_panel = src_dict["supplementFactsPanel"]
            try:
                if type(supplement_facts_panel) is not dict:
                    supplement_facts_panel = _errors.check_object(
                        supplement_facts_panel
                    )
                if strict and not _SupplementFactsPanel_FIELDS.issuperset(
                    supplement_facts_panel
                ):
                    raise _errors.unknown_fields(
                        supplement_facts_panel, _SupplementFactsPanel_FIELDS
                    )
                supplement_facts_panel___known = 4
                if "servingSize" in supplement_facts_panel:
                    supplement_facts_panel__serving_size = supplement_facts_panel[
                        "servingSize"
                    ]
                    if type(supplement_facts_panel__serving_size) is not int:
                        supplement_facts_panel__serving_size = _errors.as_int(
                            "servingSize", supplement_facts_panel__serving_size
                        )
                else:
                    supplement_facts_panel__serving_size = UNSET
                    supplement_facts_panel___known -= 1
                if "type" in supplement_facts_panel:
                    supplement_facts_panel__type_ = supplement_facts_panel["type"]
                    try:
                        supplement_facts_panel__type_ = _SupplementType_BY_VALUE[
                            supplement_facts_panel__type_
                        ]
                    except (KeyError, TypeError):
                        supplement_facts_panel__type_ = _errors.as_enum(
                            SupplementType, str, "type", supplement_facts_panel__type_
                        )
                else:
                    supplement_facts_panel__type_ = UNSET
                    supplement_facts_panel___known -= 1
                if "otherIngredients" in supplement_facts_panel:
                    supplement_facts_panel__other_ingredients = supplement_facts_panel[
                        "otherIngredients"
                    ]
                    if type(supplement_facts_panel__other_ingredients) is not list:
                        raise _errors.invalid(
                            "otherIngredients",
                            "array",
                            supplement_facts_panel__other_ingredients,
                        )
                    try:
                        _join_strings(supplement_facts_panel__other_ingredients)
                    except TypeError:
                        raise _errors.invalid_item(
                            "otherIngredients",
                            supplement_facts_panel__other_ingredients,
                            str,
                            "string",
                        ) from None
                else:
                    supplement_facts_panel__other_ingredients = UNSET
                    supplement_facts_panel___known -= 1
                if "ingredientInformation" in supplement_facts_panel:
                    supplement_facts_panel__ingredient_information = (
                        supplement_facts_panel["ingredientInformation"]
                    )
                    if type(supplement_facts_panel__ingredient_information) is not list:
                        raise _errors.invalid(
                            "ingredientInformation",
                            "array",
                            supplement_facts_panel__ingredient_information,
                        )
                    supplement_facts_panel__ingredient_information_items: list[
                        SupplementFactsPanelIngredientInformationItem
                    ] = []
                    try:
                        for (
                            supplement_facts_panel__ingredient_information_data
                        ) in supplement_facts_panel__ingredient_information:
                            if (
                                type(
                                    supplement_facts_panel__ingredient_information_data
                                )
                                is not dict
                            ):
                                supplement_facts_panel__ingredient_information_data = _errors.check_object(
                                    supplement_facts_panel__ingredient_information_data
                                )
                            supplement_facts_panel__ingredient_information_item___known = 0

                            supplement_facts_panel__ingredient_information_item__instance = _new_instance(
                                SupplementFactsPanelIngredientInformationItem
                            )
                            supplement_facts_panel__ingredient_information_item__instance.additional_properties = dict(
                                supplement_facts_panel__ingredient_information_data
                            )
                            supplement_facts_panel__ingredient_information_item = supplement_facts_panel__ingredient_information_item__instance

                            supplement_facts_panel__ingredient_information_items.append(
                                supplement_facts_panel__ingredient_information_item
                            )
                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix(
                            "ingredientInformation",
                            len(supplement_facts_panel__ingredient_information_items),
                        )
                    supplement_facts_panel__ingredient_information = (
                        supplement_facts_panel__ingredient_information_items
                    )
                else:
                    supplement_facts_panel__ingredient_information = UNSET
                    supplement_facts_panel___known -= 1

                supplement_facts_panel__instance = _new_instance(SupplementFactsPanel)
                supplement_facts_panel__instance.serving_size = (
                    supplement_facts_panel__serving_size
                )
                supplement_facts_panel__instance.type_ = supplement_facts_panel__type_
                supplement_facts_panel__instance.other_ingredients = (
                    supplement_facts_panel__other_ingredients
                )
                supplement_facts_panel__instance.ingredient_information = (
                    supplement_facts_panel__ingredient_information
                )
                supplement_facts_panel__instance.additional_properties = (
                    {}
                    if len(supplement_facts_panel) == supplement_facts_panel___known
                    else {
                        key: value
                        for key, value in supplement_facts_panel.items()
                        if key not in _SupplementFactsPanel_FIELDS
                    }
                )
                supplement_facts_panel = supplement_facts_panel__instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("supplementFactsPanel")
        else:
            supplement_facts_panel = UNSET
            _known -= 1
        if "status" in src_dict:
            status = src_dict["status"]
            try:
                status = _ProductStatus_BY_VALUE[status]
            except (KeyError, TypeError):
                status = _errors.as_enum(ProductStatus, str, "status", status)
        else:
            status = UNSET
            _known -= 1

        if cls is Product:
            _instance = _new_instance(cls)
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.pack_description = pack_description
            _instance.price = price
            _instance.external = external
            _instance.product_image = product_image
            _instance.recommended_usage = recommended_usage
            _instance.form = form
            _instance.certifications = certifications
            _instance.allergens = allergens
            _instance.supplement_facts_panel = supplement_facts_panel
            _instance.status = status
            _instance.additional_properties = {}
        else:
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


_Administration_FIELDS: frozenset[str] = frozenset(
    (
        "morning",
        "afternoon",
        "evening",
        "sleep",
    )
)
_SupplementFactsPanel_FIELDS: frozenset[str] = frozenset(
    (
        "servingSize",
        "type",
        "otherIngredients",
        "ingredientInformation",
    )
)
from ..models.supplement_type import SupplementType  # noqa: E402

_ProductForm_BY_VALUE = {member.value: member for member in ProductForm}
_ProductStatus_BY_VALUE = {member.value: member for member in ProductStatus}
_SupplementType_BY_VALUE = {member.value: member for member in SupplementType}
_new_instance = object.__new__
_join_strings = "".join


from ..models.administration import Administration  # noqa: E402
from ..models.supplement_facts_panel import SupplementFactsPanel  # noqa: E402
from ..models.supplement_facts_panel_ingredient_information_item import (
    SupplementFactsPanelIngredientInformationItem,  # noqa: E402
)
