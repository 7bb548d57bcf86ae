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
        field__known = 13
        try:
            field_id = src_dict["id"]
        except KeyError:
            field_id = UNSET
        if type(field_id) is not int:
            field_id = _errors.as_int("id", field_id)

        try:
            field_name = src_dict["name"]
        except KeyError:
            field_name = UNSET
        if not isinstance(field_name, str):
            raise _errors.invalid("name", "string", field_name)

        if "description" in src_dict:
            field_description = src_dict["description"]
            if not isinstance(field_description, str):
                raise _errors.invalid("description", "string", field_description)
        else:
            field_description = UNSET
            field__known -= 1
        if "packDescription" in src_dict:
            field_pack_description = src_dict["packDescription"]
            if not isinstance(field_pack_description, str):
                raise _errors.invalid(
                    "packDescription", "string", field_pack_description
                )
        else:
            field_pack_description = UNSET
            field__known -= 1
        if "price" in src_dict:
            field_price = src_dict["price"]
            if not isinstance(field_price, str):
                raise _errors.invalid("price", "string", field_price)
        else:
            field_price = UNSET
            field__known -= 1
        if "external" in src_dict:
            field_external = src_dict["external"]
            if type(field_external) is not bool:
                raise _errors.invalid("external", "boolean", field_external)
        else:
            field_external = UNSET
            field__known -= 1
        if "productImage" in src_dict:
            field_product_image = src_dict["productImage"]
            if not isinstance(field_product_image, str):
                raise _errors.invalid("productImage", "string", field_product_image)
        else:
            field_product_image = UNSET
            field__known -= 1
        if "recommendedUsage" in src_dict:
            field_recommended_usage = src_dict["recommendedUsage"]
            try:
                if type(field_recommended_usage) is not dict:
                    field_recommended_usage = _errors.check_object(
                        field_recommended_usage
                    )
                if strict and not _Administration_FIELDS.issuperset(
                    field_recommended_usage
                ):
                    raise _errors.unknown_fields(
                        field_recommended_usage, _Administration_FIELDS
                    )
                field_recommended_usage___known = 4
                try:
                    field_recommended_usage__morning = field_recommended_usage[
                        "morning"
                    ]
                except KeyError:
                    field_recommended_usage__morning = UNSET
                if type(field_recommended_usage__morning) is not int:
                    field_recommended_usage__morning = _errors.as_int(
                        "morning", field_recommended_usage__morning
                    )

                try:
                    field_recommended_usage__afternoon = field_recommended_usage[
                        "afternoon"
                    ]
                except KeyError:
                    field_recommended_usage__afternoon = UNSET
                if type(field_recommended_usage__afternoon) is not int:
                    field_recommended_usage__afternoon = _errors.as_int(
                        "afternoon", field_recommended_usage__afternoon
                    )

                try:
                    field_recommended_usage__evening = field_recommended_usage[
                        "evening"
                    ]
                except KeyError:
                    field_recommended_usage__evening = UNSET
                if type(field_recommended_usage__evening) is not int:
                    field_recommended_usage__evening = _errors.as_int(
                        "evening", field_recommended_usage__evening
                    )

                try:
                    field_recommended_usage__sleep = field_recommended_usage["sleep"]
                except KeyError:
                    field_recommended_usage__sleep = UNSET
                if type(field_recommended_usage__sleep) is not int:
                    field_recommended_usage__sleep = _errors.as_int(
                        "sleep", field_recommended_usage__sleep
                    )

                field_recommended_usage___instance = _new_instance(Administration)
                field_recommended_usage___instance.morning = (
                    field_recommended_usage__morning
                )
                field_recommended_usage___instance.afternoon = (
                    field_recommended_usage__afternoon
                )
                field_recommended_usage___instance.evening = (
                    field_recommended_usage__evening
                )
                field_recommended_usage___instance.sleep = (
                    field_recommended_usage__sleep
                )
                field_recommended_usage___instance.additional_properties = (
                    {}
                    if len(field_recommended_usage) == field_recommended_usage___known
                    else {
                        key: value
                        for key, value in field_recommended_usage.items()
                        if key not in _Administration_FIELDS
                    }
                )
                field_recommended_usage = field_recommended_usage___instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("recommendedUsage")
        else:
            field_recommended_usage = UNSET
            field__known -= 1
        if "form" in src_dict:
            field_form = src_dict["form"]
            try:
                field_form = _ProductForm_BY_VALUE[field_form]
            except (KeyError, TypeError):
                field_form = _errors.as_enum(ProductForm, str, "form", field_form)
        else:
            field_form = UNSET
            field__known -= 1
        if "certifications" in src_dict:
            field_certifications = src_dict["certifications"]
            if type(field_certifications) is not list:
                raise _errors.invalid("certifications", "array", field_certifications)
            try:
                _join_strings(field_certifications)
            except TypeError:
                raise _errors.invalid_item(
                    "certifications", field_certifications, str, "string"
                ) from None
        else:
            field_certifications = UNSET
            field__known -= 1
        if "allergens" in src_dict:
            field_allergens = src_dict["allergens"]
            if type(field_allergens) is not list:
                raise _errors.invalid("allergens", "array", field_allergens)
            try:
                _join_strings(field_allergens)
            except TypeError:
                raise _errors.invalid_item(
                    "allergens", field_allergens, str, "string"
                ) from None
        else:
            field_allergens = UNSET
            field__known -= 1
        if "supplementFactsPanel" in src_dict:
            field_supplement_facts_panel = src_dict["supplementFactsPanel"]
            try:
                if type(field_supplement_facts_panel) is not dict:
                    field_supplement_facts_panel = _errors.check_object(
                        field_supplement_facts_panel
                    )
                if strict and not _SupplementFactsPanel_FIELDS.issuperset(
                    field_supplement_facts_panel
                ):
                    raise _errors.unknown_fields(
                        field_supplement_facts_panel, _SupplementFactsPanel_FIELDS
                    )
                field_supplement_facts_panel___known = 4
                if "servingSize" in field_supplement_facts_panel:
                    field_supplement_facts_panel__serving_size = (
                        field_supplement_facts_panel["servingSize"]
                    )
                    if type(field_supplement_facts_panel__serving_size) is not int:
                        field_supplement_facts_panel__serving_size = _errors.as_int(
                            "servingSize", field_supplement_facts_panel__serving_size
                        )
                else:
                    field_supplement_facts_panel__serving_size = UNSET
                    field_supplement_facts_panel___known -= 1
                if "type" in field_supplement_facts_panel:
                    field_supplement_facts_panel__type_ = field_supplement_facts_panel[
                        "type"
                    ]
                    try:
                        field_supplement_facts_panel__type_ = _SupplementType_BY_VALUE[
                            field_supplement_facts_panel__type_
                        ]
                    except (KeyError, TypeError):
                        field_supplement_facts_panel__type_ = _errors.as_enum(
                            SupplementType,
                            str,
                            "type",
                            field_supplement_facts_panel__type_,
                        )
                else:
                    field_supplement_facts_panel__type_ = UNSET
                    field_supplement_facts_panel___known -= 1
                if "otherIngredients" in field_supplement_facts_panel:
                    field_supplement_facts_panel__other_ingredients = (
                        field_supplement_facts_panel["otherIngredients"]
                    )
                    if (
                        type(field_supplement_facts_panel__other_ingredients)
                        is not list
                    ):
                        raise _errors.invalid(
                            "otherIngredients",
                            "array",
                            field_supplement_facts_panel__other_ingredients,
                        )
                    try:
                        _join_strings(field_supplement_facts_panel__other_ingredients)
                    except TypeError:
                        raise _errors.invalid_item(
                            "otherIngredients",
                            field_supplement_facts_panel__other_ingredients,
                            str,
                            "string",
                        ) from None
                else:
                    field_supplement_facts_panel__other_ingredients = UNSET
                    field_supplement_facts_panel___known -= 1
                if "ingredientInformation" in field_supplement_facts_panel:
                    field_supplement_facts_panel__ingredient_information = (
                        field_supplement_facts_panel["ingredientInformation"]
                    )
                    if (
                        type(field_supplement_facts_panel__ingredient_information)
                        is not list
                    ):
                        raise _errors.invalid(
                            "ingredientInformation",
                            "array",
                            field_supplement_facts_panel__ingredient_information,
                        )
                    field_supplement_facts_panel__ingredient_information___items: list[
                        SupplementFactsPanelIngredientInformationItem
                    ] = []
                    try:
                        for (
                            field_supplement_facts_panel__ingredient_information___data
                        ) in field_supplement_facts_panel__ingredient_information:
                            if (
                                type(
                                    field_supplement_facts_panel__ingredient_information___data
                                )
                                is not dict
                            ):
                                field_supplement_facts_panel__ingredient_information___data = _errors.check_object(
                                    field_supplement_facts_panel__ingredient_information___data
                                )

                            field_supplement_facts_panel__ingredient_information___item___instance = _new_instance(
                                SupplementFactsPanelIngredientInformationItem
                            )
                            field_supplement_facts_panel__ingredient_information___item___instance.additional_properties = dict(
                                field_supplement_facts_panel__ingredient_information___data
                            )
                            field_supplement_facts_panel__ingredient_information___item = field_supplement_facts_panel__ingredient_information___item___instance

                            field_supplement_facts_panel__ingredient_information___items.append(
                                field_supplement_facts_panel__ingredient_information___item
                            )
                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix(
                            "ingredientInformation",
                            len(
                                field_supplement_facts_panel__ingredient_information___items
                            ),
                        )
                    field_supplement_facts_panel__ingredient_information = (
                        field_supplement_facts_panel__ingredient_information___items
                    )
                else:
                    field_supplement_facts_panel__ingredient_information = UNSET
                    field_supplement_facts_panel___known -= 1

                field_supplement_facts_panel___instance = _new_instance(
                    SupplementFactsPanel
                )
                field_supplement_facts_panel___instance.serving_size = (
                    field_supplement_facts_panel__serving_size
                )
                field_supplement_facts_panel___instance.type_ = (
                    field_supplement_facts_panel__type_
                )
                field_supplement_facts_panel___instance.other_ingredients = (
                    field_supplement_facts_panel__other_ingredients
                )
                field_supplement_facts_panel___instance.ingredient_information = (
                    field_supplement_facts_panel__ingredient_information
                )
                field_supplement_facts_panel___instance.additional_properties = (
                    {}
                    if len(field_supplement_facts_panel)
                    == field_supplement_facts_panel___known
                    else {
                        key: value
                        for key, value in field_supplement_facts_panel.items()
                        if key not in _SupplementFactsPanel_FIELDS
                    }
                )
                field_supplement_facts_panel = field_supplement_facts_panel___instance

            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix("supplementFactsPanel")
        else:
            field_supplement_facts_panel = UNSET
            field__known -= 1
        if "status" in src_dict:
            field_status = src_dict["status"]
            try:
                field_status = _ProductStatus_BY_VALUE[field_status]
            except (KeyError, TypeError):
                field_status = _errors.as_enum(
                    ProductStatus, str, "status", field_status
                )
        else:
            field_status = UNSET
            field__known -= 1

        if cls is Product:
            _instance = _new_instance(cls)
            _instance.id = field_id
            _instance.name = field_name
            _instance.description = field_description
            _instance.pack_description = field_pack_description
            _instance.price = field_price
            _instance.external = field_external
            _instance.product_image = field_product_image
            _instance.recommended_usage = field_recommended_usage
            _instance.form = field_form
            _instance.certifications = field_certifications
            _instance.allergens = field_allergens
            _instance.supplement_facts_panel = field_supplement_facts_panel
            _instance.status = field_status
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_id,
                field_name,
                field_description,
                field_pack_description,
                field_price,
                field_external,
                field_product_image,
                field_recommended_usage,
                field_form,
                field_certifications,
                field_allergens,
                field_supplement_facts_panel,
                field_status,
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
