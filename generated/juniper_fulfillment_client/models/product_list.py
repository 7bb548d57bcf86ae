from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="ProductList")


@_attrs_define
class ProductList:
    """One page of products."""

    products: list[Product]
    cursor: None | str | Unset = UNSET
    """ Pass as `cursor` to fetch the next page; missing, null or empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "products": products,
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
            products = src_dict["products"]
        except KeyError:
            products = UNSET
        if type(products) is not list:
            raise _errors.invalid("products", "array", products)
        products_items: list[Product] = []
        try:
            for products_data in products:
                if type(products_data) is not dict:
                    products_data = _errors.check_object(products_data)
                if strict and not _Product_FIELDS.issuperset(products_data):
                    raise _errors.unknown_fields(products_data, _Product_FIELDS)
                products_item___known = 13
                try:
                    products_item__id = products_data["id"]
                except KeyError:
                    products_item__id = UNSET
                if type(products_item__id) is not int:
                    products_item__id = _errors.as_int("id", products_item__id)

                try:
                    products_item__name = products_data["name"]
                except KeyError:
                    products_item__name = UNSET
                if not isinstance(products_item__name, str):
                    raise _errors.invalid("name", "string", products_item__name)

                if "description" in products_data:
                    products_item__description = products_data["description"]
                    if not isinstance(products_item__description, str):
                        raise _errors.invalid(
                            "description", "string", products_item__description
                        )
                else:
                    products_item__description = UNSET
                    products_item___known -= 1
                if "packDescription" in products_data:
                    products_item__pack_description = products_data["packDescription"]
                    if not isinstance(products_item__pack_description, str):
                        raise _errors.invalid(
                            "packDescription", "string", products_item__pack_description
                        )
                else:
                    products_item__pack_description = UNSET
                    products_item___known -= 1
                if "price" in products_data:
                    products_item__price = products_data["price"]
                    if not isinstance(products_item__price, str):
                        raise _errors.invalid("price", "string", products_item__price)
                else:
                    products_item__price = UNSET
                    products_item___known -= 1
                if "external" in products_data:
                    products_item__external = products_data["external"]
                    if type(products_item__external) is not bool:
                        raise _errors.invalid(
                            "external", "boolean", products_item__external
                        )
                else:
                    products_item__external = UNSET
                    products_item___known -= 1
                if "productImage" in products_data:
                    products_item__product_image = products_data["productImage"]
                    if not isinstance(products_item__product_image, str):
                        raise _errors.invalid(
                            "productImage", "string", products_item__product_image
                        )
                else:
                    products_item__product_image = UNSET
                    products_item___known -= 1
                if "recommendedUsage" in products_data:
                    products_item__recommended_usage = products_data["recommendedUsage"]
                    try:
                        if type(products_item__recommended_usage) is not dict:
                            products_item__recommended_usage = _errors.check_object(
                                products_item__recommended_usage
                            )
                        if strict and not _Administration_FIELDS.issuperset(
                            products_item__recommended_usage
                        ):
                            raise _errors.unknown_fields(
                                products_item__recommended_usage, _Administration_FIELDS
                            )
                        products_item__recommended_usage___known = 4
                        try:
                            products_item__recommended_usage__morning = (
                                products_item__recommended_usage["morning"]
                            )
                        except KeyError:
                            products_item__recommended_usage__morning = UNSET
                        if type(products_item__recommended_usage__morning) is not int:
                            products_item__recommended_usage__morning = _errors.as_int(
                                "morning", products_item__recommended_usage__morning
                            )

                        try:
                            products_item__recommended_usage__afternoon = (
                                products_item__recommended_usage["afternoon"]
                            )
                        except KeyError:
                            products_item__recommended_usage__afternoon = UNSET
                        if type(products_item__recommended_usage__afternoon) is not int:
                            products_item__recommended_usage__afternoon = (
                                _errors.as_int(
                                    "afternoon",
                                    products_item__recommended_usage__afternoon,
                                )
                            )

                        try:
                            products_item__recommended_usage__evening = (
                                products_item__recommended_usage["evening"]
                            )
                        except KeyError:
                            products_item__recommended_usage__evening = UNSET
                        if type(products_item__recommended_usage__evening) is not int:
                            products_item__recommended_usage__evening = _errors.as_int(
                                "evening", products_item__recommended_usage__evening
                            )

                        try:
                            products_item__recommended_usage__sleep = (
                                products_item__recommended_usage["sleep"]
                            )
                        except KeyError:
                            products_item__recommended_usage__sleep = UNSET
                        if type(products_item__recommended_usage__sleep) is not int:
                            products_item__recommended_usage__sleep = _errors.as_int(
                                "sleep", products_item__recommended_usage__sleep
                            )

                        products_item__recommended_usage__instance = _new_instance(
                            Administration
                        )
                        products_item__recommended_usage__instance.morning = (
                            products_item__recommended_usage__morning
                        )
                        products_item__recommended_usage__instance.afternoon = (
                            products_item__recommended_usage__afternoon
                        )
                        products_item__recommended_usage__instance.evening = (
                            products_item__recommended_usage__evening
                        )
                        products_item__recommended_usage__instance.sleep = (
                            products_item__recommended_usage__sleep
                        )
                        products_item__recommended_usage__instance.additional_properties = (
                            {}
                            if len(products_item__recommended_usage)
                            == products_item__recommended_usage___known
                            else {
                                key: value
                                for key, value in products_item__recommended_usage.items()
                                if key not in _Administration_FIELDS
                            }
                        )
                        products_item__recommended_usage = (
                            products_item__recommended_usage__instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("recommendedUsage")
                else:
                    products_item__recommended_usage = UNSET
                    products_item___known -= 1
                if "form" in products_data:
                    products_item__form = products_data["form"]
                    try:
                        products_item__form = _ProductForm_BY_VALUE[products_item__form]
                    except (KeyError, TypeError):
                        products_item__form = _errors.as_enum(
                            ProductForm, str, "form", products_item__form
                        )
                else:
                    products_item__form = UNSET
                    products_item___known -= 1
                if "certifications" in products_data:
                    products_item__certifications = products_data["certifications"]
                    if type(products_item__certifications) is not list:
                        raise _errors.invalid(
                            "certifications", "array", products_item__certifications
                        )
                    try:
                        _join_strings(products_item__certifications)
                    except TypeError:
                        raise _errors.invalid_item(
                            "certifications",
                            products_item__certifications,
                            str,
                            "string",
                        ) from None
                else:
                    products_item__certifications = UNSET
                    products_item___known -= 1
                if "allergens" in products_data:
                    products_item__allergens = products_data["allergens"]
                    if type(products_item__allergens) is not list:
                        raise _errors.invalid(
                            "allergens", "array", products_item__allergens
                        )
                    try:
                        _join_strings(products_item__allergens)
                    except TypeError:
                        raise _errors.invalid_item(
                            "allergens", products_item__allergens, str, "string"
                        ) from None
                else:
                    products_item__allergens = UNSET
                    products_item___known -= 1
                if "supplementFactsPanel" in products_data:
                    products_item__supplement_facts_panel = products_data[
                        "supplementFactsPanel"
                    ]
                    try:
                        if type(products_item__supplement_facts_panel) is not dict:
                            products_item__supplement_facts_panel = (
                                _errors.check_object(
                                    products_item__supplement_facts_panel
                                )
                            )
                        if strict and not _SupplementFactsPanel_FIELDS.issuperset(
                            products_item__supplement_facts_panel
                        ):
                            raise _errors.unknown_fields(
                                products_item__supplement_facts_panel,
                                _SupplementFactsPanel_FIELDS,
                            )
                        products_item__supplement_facts_panel___known = 4
                        if "servingSize" in products_item__supplement_facts_panel:
                            products_item__supplement_facts_panel__serving_size = (
                                products_item__supplement_facts_panel["servingSize"]
                            )
                            if (
                                type(
                                    products_item__supplement_facts_panel__serving_size
                                )
                                is not int
                            ):
                                products_item__supplement_facts_panel__serving_size = _errors.as_int(
                                    "servingSize",
                                    products_item__supplement_facts_panel__serving_size,
                                )
                        else:
                            products_item__supplement_facts_panel__serving_size = UNSET
                            products_item__supplement_facts_panel___known -= 1
                        if "type" in products_item__supplement_facts_panel:
                            products_item__supplement_facts_panel__type_ = (
                                products_item__supplement_facts_panel["type"]
                            )
                            try:
                                products_item__supplement_facts_panel__type_ = (
                                    _SupplementType_BY_VALUE[
                                        products_item__supplement_facts_panel__type_
                                    ]
                                )
                            except (KeyError, TypeError):
                                products_item__supplement_facts_panel__type_ = (
                                    _errors.as_enum(
                                        SupplementType,
                                        str,
                                        "type",
                                        products_item__supplement_facts_panel__type_,
                                    )
                                )
                        else:
                            products_item__supplement_facts_panel__type_ = UNSET
                            products_item__supplement_facts_panel___known -= 1
                        if "otherIngredients" in products_item__supplement_facts_panel:
                            products_item__supplement_facts_panel__other_ingredients = (
                                products_item__supplement_facts_panel[
                                    "otherIngredients"
                                ]
                            )
                            if (
                                type(
                                    products_item__supplement_facts_panel__other_ingredients
                                )
                                is not list
                            ):
                                raise _errors.invalid(
                                    "otherIngredients",
                                    "array",
                                    products_item__supplement_facts_panel__other_ingredients,
                                )
                            try:
                                _join_strings(
                                    products_item__supplement_facts_panel__other_ingredients
                                )
                            except TypeError:
                                raise _errors.invalid_item(
                                    "otherIngredients",
                                    products_item__supplement_facts_panel__other_ingredients,
                                    str,
                                    "string",
                                ) from None
                        else:
                            products_item__supplement_facts_panel__other_ingredients = (
                                UNSET
                            )
                            products_item__supplement_facts_panel___known -= 1
                        if (
                            "ingredientInformation"
                            in products_item__supplement_facts_panel
                        ):
                            products_item__supplement_facts_panel__ingredient_information = products_item__supplement_facts_panel[
                                "ingredientInformation"
                            ]
                            if (
                                type(
                                    products_item__supplement_facts_panel__ingredient_information
                                )
                                is not list
                            ):
                                raise _errors.invalid(
                                    "ingredientInformation",
                                    "array",
                                    products_item__supplement_facts_panel__ingredient_information,
                                )
                            products_item__supplement_facts_panel__ingredient_information_items: list[
                                SupplementFactsPanelIngredientInformationItem
                            ] = []
                            try:
                                for products_item__supplement_facts_panel__ingredient_information_data in products_item__supplement_facts_panel__ingredient_information:
                                    if (
                                        type(
                                            products_item__supplement_facts_panel__ingredient_information_data
                                        )
                                        is not dict
                                    ):
                                        products_item__supplement_facts_panel__ingredient_information_data = _errors.check_object(
                                            products_item__supplement_facts_panel__ingredient_information_data
                                        )
                                    products_item__supplement_facts_panel__ingredient_information_item___known = 0

                                    products_item__supplement_facts_panel__ingredient_information_item__instance = _new_instance(
                                        SupplementFactsPanelIngredientInformationItem
                                    )
                                    products_item__supplement_facts_panel__ingredient_information_item__instance.additional_properties = dict(
                                        products_item__supplement_facts_panel__ingredient_information_data
                                    )
                                    products_item__supplement_facts_panel__ingredient_information_item = products_item__supplement_facts_panel__ingredient_information_item__instance

                                    products_item__supplement_facts_panel__ingredient_information_items.append(
                                        products_item__supplement_facts_panel__ingredient_information_item
                                    )
                            except _errors.ResponseValidationError as _failure:
                                raise _failure.prefix(
                                    "ingredientInformation",
                                    len(
                                        products_item__supplement_facts_panel__ingredient_information_items
                                    ),
                                )
                            products_item__supplement_facts_panel__ingredient_information = products_item__supplement_facts_panel__ingredient_information_items
                        else:
                            products_item__supplement_facts_panel__ingredient_information = UNSET
                            products_item__supplement_facts_panel___known -= 1

                        products_item__supplement_facts_panel__instance = _new_instance(
                            SupplementFactsPanel
                        )
                        products_item__supplement_facts_panel__instance.serving_size = (
                            products_item__supplement_facts_panel__serving_size
                        )
                        products_item__supplement_facts_panel__instance.type_ = (
                            products_item__supplement_facts_panel__type_
                        )
                        products_item__supplement_facts_panel__instance.other_ingredients = products_item__supplement_facts_panel__other_ingredients
                        products_item__supplement_facts_panel__instance.ingredient_information = products_item__supplement_facts_panel__ingredient_information
                        products_item__supplement_facts_panel__instance.additional_properties = (
                            {}
                            if len(products_item__supplement_facts_panel)
                            == products_item__supplement_facts_panel___known
                            else {
                                key: value
                                for key, value in products_item__supplement_facts_panel.items()
                                if key not in _SupplementFactsPanel_FIELDS
                            }
                        )
                        products_item__supplement_facts_panel = (
                            products_item__supplement_facts_panel__instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("supplementFactsPanel")
                else:
                    products_item__supplement_facts_panel = UNSET
                    products_item___known -= 1
                if "status" in products_data:
                    products_item__status = products_data["status"]
                    try:
                        products_item__status = _ProductStatus_BY_VALUE[
                            products_item__status
                        ]
                    except (KeyError, TypeError):
                        products_item__status = _errors.as_enum(
                            ProductStatus, str, "status", products_item__status
                        )
                else:
                    products_item__status = UNSET
                    products_item___known -= 1

                products_item__instance = _new_instance(Product)
                products_item__instance.id = products_item__id
                products_item__instance.name = products_item__name
                products_item__instance.description = products_item__description
                products_item__instance.pack_description = (
                    products_item__pack_description
                )
                products_item__instance.price = products_item__price
                products_item__instance.external = products_item__external
                products_item__instance.product_image = products_item__product_image
                products_item__instance.recommended_usage = (
                    products_item__recommended_usage
                )
                products_item__instance.form = products_item__form
                products_item__instance.certifications = products_item__certifications
                products_item__instance.allergens = products_item__allergens
                products_item__instance.supplement_facts_panel = (
                    products_item__supplement_facts_panel
                )
                products_item__instance.status = products_item__status
                products_item__instance.additional_properties = (
                    {}
                    if len(products_data) == products_item___known
                    else {
                        key: value
                        for key, value in products_data.items()
                        if key not in _Product_FIELDS
                    }
                )
                products_item = products_item__instance

                products_items.append(products_item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("products", len(products_items))
        products = products_items

        if "cursor" in src_dict:
            cursor = src_dict["cursor"]
            if not (isinstance(cursor, str) or cursor is None):
                raise _errors.invalid("cursor", "string or null", cursor)
        else:
            cursor = UNSET
            _known -= 1

        if cls is ProductList:
            _instance = _new_instance(cls)
            _instance.products = products
            _instance.cursor = cursor
            _instance.additional_properties = {}
        else:
            _instance = cls(
                products,
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
        "products",
        "cursor",
    )
)


_Product_FIELDS: frozenset[str] = frozenset(
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
from ..models.product_form import ProductForm  # noqa: E402
from ..models.product_status import ProductStatus  # noqa: E402
from ..models.supplement_type import SupplementType  # noqa: E402

_ProductForm_BY_VALUE = {member.value: member for member in ProductForm}
_ProductStatus_BY_VALUE = {member.value: member for member in ProductStatus}
_SupplementType_BY_VALUE = {member.value: member for member in SupplementType}
_new_instance = object.__new__
_join_strings = "".join


from ..models.administration import Administration  # noqa: E402
from ..models.product import Product  # noqa: E402
from ..models.supplement_facts_panel import SupplementFactsPanel  # noqa: E402
from ..models.supplement_facts_panel_ingredient_information_item import (
    SupplementFactsPanelIngredientInformationItem,  # noqa: E402
)
