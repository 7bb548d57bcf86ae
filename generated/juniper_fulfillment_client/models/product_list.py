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
        field__known = 2
        try:
            field_products = src_dict["products"]
        except KeyError:
            field_products = UNSET
        if type(field_products) is not list:
            raise _errors.invalid("products", "array", field_products)
        field_products___items: list[Product] = []
        try:
            for field_products___data in field_products:
                if type(field_products___data) is not dict:
                    field_products___data = _errors.check_object(field_products___data)
                if strict and not _Product_FIELDS.issuperset(field_products___data):
                    raise _errors.unknown_fields(field_products___data, _Product_FIELDS)
                field_products___item___known = 13
                try:
                    field_products___item__id = field_products___data["id"]
                except KeyError:
                    field_products___item__id = UNSET
                if type(field_products___item__id) is not int:
                    field_products___item__id = _errors.as_int(
                        "id", field_products___item__id
                    )

                try:
                    field_products___item__name = field_products___data["name"]
                except KeyError:
                    field_products___item__name = UNSET
                if not isinstance(field_products___item__name, str):
                    raise _errors.invalid("name", "string", field_products___item__name)

                if "description" in field_products___data:
                    field_products___item__description = field_products___data[
                        "description"
                    ]
                    if not isinstance(field_products___item__description, str):
                        raise _errors.invalid(
                            "description", "string", field_products___item__description
                        )
                else:
                    field_products___item__description = UNSET
                    field_products___item___known -= 1
                if "packDescription" in field_products___data:
                    field_products___item__pack_description = field_products___data[
                        "packDescription"
                    ]
                    if not isinstance(field_products___item__pack_description, str):
                        raise _errors.invalid(
                            "packDescription",
                            "string",
                            field_products___item__pack_description,
                        )
                else:
                    field_products___item__pack_description = UNSET
                    field_products___item___known -= 1
                if "price" in field_products___data:
                    field_products___item__price = field_products___data["price"]
                    if not isinstance(field_products___item__price, str):
                        raise _errors.invalid(
                            "price", "string", field_products___item__price
                        )
                else:
                    field_products___item__price = UNSET
                    field_products___item___known -= 1
                if "external" in field_products___data:
                    field_products___item__external = field_products___data["external"]
                    if type(field_products___item__external) is not bool:
                        raise _errors.invalid(
                            "external", "boolean", field_products___item__external
                        )
                else:
                    field_products___item__external = UNSET
                    field_products___item___known -= 1
                if "productImage" in field_products___data:
                    field_products___item__product_image = field_products___data[
                        "productImage"
                    ]
                    if not isinstance(field_products___item__product_image, str):
                        raise _errors.invalid(
                            "productImage",
                            "string",
                            field_products___item__product_image,
                        )
                else:
                    field_products___item__product_image = UNSET
                    field_products___item___known -= 1
                if "recommendedUsage" in field_products___data:
                    field_products___item__recommended_usage = field_products___data[
                        "recommendedUsage"
                    ]
                    try:
                        if type(field_products___item__recommended_usage) is not dict:
                            field_products___item__recommended_usage = (
                                _errors.check_object(
                                    field_products___item__recommended_usage
                                )
                            )
                        if strict and not _Administration_FIELDS.issuperset(
                            field_products___item__recommended_usage
                        ):
                            raise _errors.unknown_fields(
                                field_products___item__recommended_usage,
                                _Administration_FIELDS,
                            )
                        field_products___item__recommended_usage___known = 4
                        try:
                            field_products___item__recommended_usage__morning = (
                                field_products___item__recommended_usage["morning"]
                            )
                        except KeyError:
                            field_products___item__recommended_usage__morning = UNSET
                        if (
                            type(field_products___item__recommended_usage__morning)
                            is not int
                        ):
                            field_products___item__recommended_usage__morning = (
                                _errors.as_int(
                                    "morning",
                                    field_products___item__recommended_usage__morning,
                                )
                            )

                        try:
                            field_products___item__recommended_usage__afternoon = (
                                field_products___item__recommended_usage["afternoon"]
                            )
                        except KeyError:
                            field_products___item__recommended_usage__afternoon = UNSET
                        if (
                            type(field_products___item__recommended_usage__afternoon)
                            is not int
                        ):
                            field_products___item__recommended_usage__afternoon = (
                                _errors.as_int(
                                    "afternoon",
                                    field_products___item__recommended_usage__afternoon,
                                )
                            )

                        try:
                            field_products___item__recommended_usage__evening = (
                                field_products___item__recommended_usage["evening"]
                            )
                        except KeyError:
                            field_products___item__recommended_usage__evening = UNSET
                        if (
                            type(field_products___item__recommended_usage__evening)
                            is not int
                        ):
                            field_products___item__recommended_usage__evening = (
                                _errors.as_int(
                                    "evening",
                                    field_products___item__recommended_usage__evening,
                                )
                            )

                        try:
                            field_products___item__recommended_usage__sleep = (
                                field_products___item__recommended_usage["sleep"]
                            )
                        except KeyError:
                            field_products___item__recommended_usage__sleep = UNSET
                        if (
                            type(field_products___item__recommended_usage__sleep)
                            is not int
                        ):
                            field_products___item__recommended_usage__sleep = (
                                _errors.as_int(
                                    "sleep",
                                    field_products___item__recommended_usage__sleep,
                                )
                            )

                        field_products___item__recommended_usage___instance = (
                            _new_instance(Administration)
                        )
                        field_products___item__recommended_usage___instance.morning = (
                            field_products___item__recommended_usage__morning
                        )
                        field_products___item__recommended_usage___instance.afternoon = field_products___item__recommended_usage__afternoon
                        field_products___item__recommended_usage___instance.evening = (
                            field_products___item__recommended_usage__evening
                        )
                        field_products___item__recommended_usage___instance.sleep = (
                            field_products___item__recommended_usage__sleep
                        )
                        field_products___item__recommended_usage___instance.additional_properties = (
                            {}
                            if len(field_products___item__recommended_usage)
                            == field_products___item__recommended_usage___known
                            else {
                                key: value
                                for key, value in field_products___item__recommended_usage.items()
                                if key not in _Administration_FIELDS
                            }
                        )
                        field_products___item__recommended_usage = (
                            field_products___item__recommended_usage___instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("recommendedUsage")
                else:
                    field_products___item__recommended_usage = UNSET
                    field_products___item___known -= 1
                if "form" in field_products___data:
                    field_products___item__form = field_products___data["form"]
                    try:
                        field_products___item__form = _ProductForm_BY_VALUE[
                            field_products___item__form
                        ]
                    except (KeyError, TypeError):
                        field_products___item__form = _errors.as_enum(
                            ProductForm, str, "form", field_products___item__form
                        )
                else:
                    field_products___item__form = UNSET
                    field_products___item___known -= 1
                if "certifications" in field_products___data:
                    field_products___item__certifications = field_products___data[
                        "certifications"
                    ]
                    if type(field_products___item__certifications) is not list:
                        raise _errors.invalid(
                            "certifications",
                            "array",
                            field_products___item__certifications,
                        )
                    try:
                        _join_strings(field_products___item__certifications)
                    except TypeError:
                        raise _errors.invalid_item(
                            "certifications",
                            field_products___item__certifications,
                            str,
                            "string",
                        ) from None
                else:
                    field_products___item__certifications = UNSET
                    field_products___item___known -= 1
                if "allergens" in field_products___data:
                    field_products___item__allergens = field_products___data[
                        "allergens"
                    ]
                    if type(field_products___item__allergens) is not list:
                        raise _errors.invalid(
                            "allergens", "array", field_products___item__allergens
                        )
                    try:
                        _join_strings(field_products___item__allergens)
                    except TypeError:
                        raise _errors.invalid_item(
                            "allergens", field_products___item__allergens, str, "string"
                        ) from None
                else:
                    field_products___item__allergens = UNSET
                    field_products___item___known -= 1
                if "supplementFactsPanel" in field_products___data:
                    field_products___item__supplement_facts_panel = (
                        field_products___data["supplementFactsPanel"]
                    )
                    try:
                        if (
                            type(field_products___item__supplement_facts_panel)
                            is not dict
                        ):
                            field_products___item__supplement_facts_panel = (
                                _errors.check_object(
                                    field_products___item__supplement_facts_panel
                                )
                            )
                        if strict and not _SupplementFactsPanel_FIELDS.issuperset(
                            field_products___item__supplement_facts_panel
                        ):
                            raise _errors.unknown_fields(
                                field_products___item__supplement_facts_panel,
                                _SupplementFactsPanel_FIELDS,
                            )
                        field_products___item__supplement_facts_panel___known = 4
                        if (
                            "servingSize"
                            in field_products___item__supplement_facts_panel
                        ):
                            field_products___item__supplement_facts_panel__serving_size = field_products___item__supplement_facts_panel[
                                "servingSize"
                            ]
                            if (
                                type(
                                    field_products___item__supplement_facts_panel__serving_size
                                )
                                is not int
                            ):
                                field_products___item__supplement_facts_panel__serving_size = _errors.as_int(
                                    "servingSize",
                                    field_products___item__supplement_facts_panel__serving_size,
                                )
                        else:
                            field_products___item__supplement_facts_panel__serving_size = UNSET
                            field_products___item__supplement_facts_panel___known -= 1
                        if "type" in field_products___item__supplement_facts_panel:
                            field_products___item__supplement_facts_panel__type_ = (
                                field_products___item__supplement_facts_panel["type"]
                            )
                            try:
                                field_products___item__supplement_facts_panel__type_ = _SupplementType_BY_VALUE[
                                    field_products___item__supplement_facts_panel__type_
                                ]
                            except (KeyError, TypeError):
                                field_products___item__supplement_facts_panel__type_ = _errors.as_enum(
                                    SupplementType,
                                    str,
                                    "type",
                                    field_products___item__supplement_facts_panel__type_,
                                )
                        else:
                            field_products___item__supplement_facts_panel__type_ = UNSET
                            field_products___item__supplement_facts_panel___known -= 1
                        if (
                            "otherIngredients"
                            in field_products___item__supplement_facts_panel
                        ):
                            field_products___item__supplement_facts_panel__other_ingredients = field_products___item__supplement_facts_panel[
                                "otherIngredients"
                            ]
                            if (
                                type(
                                    field_products___item__supplement_facts_panel__other_ingredients
                                )
                                is not list
                            ):
                                raise _errors.invalid(
                                    "otherIngredients",
                                    "array",
                                    field_products___item__supplement_facts_panel__other_ingredients,
                                )
                            try:
                                _join_strings(
                                    field_products___item__supplement_facts_panel__other_ingredients
                                )
                            except TypeError:
                                raise _errors.invalid_item(
                                    "otherIngredients",
                                    field_products___item__supplement_facts_panel__other_ingredients,
                                    str,
                                    "string",
                                ) from None
                        else:
                            field_products___item__supplement_facts_panel__other_ingredients = UNSET
                            field_products___item__supplement_facts_panel___known -= 1
                        if (
                            "ingredientInformation"
                            in field_products___item__supplement_facts_panel
                        ):
                            field_products___item__supplement_facts_panel__ingredient_information = field_products___item__supplement_facts_panel[
                                "ingredientInformation"
                            ]
                            if (
                                type(
                                    field_products___item__supplement_facts_panel__ingredient_information
                                )
                                is not list
                            ):
                                raise _errors.invalid(
                                    "ingredientInformation",
                                    "array",
                                    field_products___item__supplement_facts_panel__ingredient_information,
                                )
                            field_products___item__supplement_facts_panel__ingredient_information___items: list[
                                SupplementFactsPanelIngredientInformationItem
                            ] = []
                            try:
                                for field_products___item__supplement_facts_panel__ingredient_information___data in field_products___item__supplement_facts_panel__ingredient_information:
                                    if (
                                        type(
                                            field_products___item__supplement_facts_panel__ingredient_information___data
                                        )
                                        is not dict
                                    ):
                                        field_products___item__supplement_facts_panel__ingredient_information___data = _errors.check_object(
                                            field_products___item__supplement_facts_panel__ingredient_information___data
                                        )

                                    field_products___item__supplement_facts_panel__ingredient_information___item___instance = _new_instance(
                                        SupplementFactsPanelIngredientInformationItem
                                    )
                                    field_products___item__supplement_facts_panel__ingredient_information___item___instance.additional_properties = dict(
                                        field_products___item__supplement_facts_panel__ingredient_information___data
                                    )
                                    field_products___item__supplement_facts_panel__ingredient_information___item = field_products___item__supplement_facts_panel__ingredient_information___item___instance

                                    field_products___item__supplement_facts_panel__ingredient_information___items.append(
                                        field_products___item__supplement_facts_panel__ingredient_information___item
                                    )
                            except _errors.ResponseValidationError as _failure:
                                raise _failure.prefix(
                                    "ingredientInformation",
                                    len(
                                        field_products___item__supplement_facts_panel__ingredient_information___items
                                    ),
                                )
                            field_products___item__supplement_facts_panel__ingredient_information = field_products___item__supplement_facts_panel__ingredient_information___items
                        else:
                            field_products___item__supplement_facts_panel__ingredient_information = UNSET
                            field_products___item__supplement_facts_panel___known -= 1

                        field_products___item__supplement_facts_panel___instance = (
                            _new_instance(SupplementFactsPanel)
                        )
                        field_products___item__supplement_facts_panel___instance.serving_size = field_products___item__supplement_facts_panel__serving_size
                        field_products___item__supplement_facts_panel___instance.type_ = field_products___item__supplement_facts_panel__type_
                        field_products___item__supplement_facts_panel___instance.other_ingredients = field_products___item__supplement_facts_panel__other_ingredients
                        field_products___item__supplement_facts_panel___instance.ingredient_information = field_products___item__supplement_facts_panel__ingredient_information
                        field_products___item__supplement_facts_panel___instance.additional_properties = (
                            {}
                            if len(field_products___item__supplement_facts_panel)
                            == field_products___item__supplement_facts_panel___known
                            else {
                                key: value
                                for key, value in field_products___item__supplement_facts_panel.items()
                                if key not in _SupplementFactsPanel_FIELDS
                            }
                        )
                        field_products___item__supplement_facts_panel = (
                            field_products___item__supplement_facts_panel___instance
                        )

                    except _errors.ResponseValidationError as _failure:
                        raise _failure.prefix("supplementFactsPanel")
                else:
                    field_products___item__supplement_facts_panel = UNSET
                    field_products___item___known -= 1
                if "status" in field_products___data:
                    field_products___item__status = field_products___data["status"]
                    try:
                        field_products___item__status = _ProductStatus_BY_VALUE[
                            field_products___item__status
                        ]
                    except (KeyError, TypeError):
                        field_products___item__status = _errors.as_enum(
                            ProductStatus, str, "status", field_products___item__status
                        )
                else:
                    field_products___item__status = UNSET
                    field_products___item___known -= 1

                field_products___item___instance = _new_instance(Product)
                field_products___item___instance.id = field_products___item__id
                field_products___item___instance.name = field_products___item__name
                field_products___item___instance.description = (
                    field_products___item__description
                )
                field_products___item___instance.pack_description = (
                    field_products___item__pack_description
                )
                field_products___item___instance.price = field_products___item__price
                field_products___item___instance.external = (
                    field_products___item__external
                )
                field_products___item___instance.product_image = (
                    field_products___item__product_image
                )
                field_products___item___instance.recommended_usage = (
                    field_products___item__recommended_usage
                )
                field_products___item___instance.form = field_products___item__form
                field_products___item___instance.certifications = (
                    field_products___item__certifications
                )
                field_products___item___instance.allergens = (
                    field_products___item__allergens
                )
                field_products___item___instance.supplement_facts_panel = (
                    field_products___item__supplement_facts_panel
                )
                field_products___item___instance.status = field_products___item__status
                field_products___item___instance.additional_properties = (
                    {}
                    if len(field_products___data) == field_products___item___known
                    else {
                        key: value
                        for key, value in field_products___data.items()
                        if key not in _Product_FIELDS
                    }
                )
                field_products___item = field_products___item___instance

                field_products___items.append(field_products___item)
        except _errors.ResponseValidationError as _failure:
            raise _failure.prefix("products", len(field_products___items))
        field_products = field_products___items

        if "cursor" in src_dict:
            field_cursor = src_dict["cursor"]
            if not (isinstance(field_cursor, str) or field_cursor is None):
                raise _errors.invalid("cursor", "string or null", field_cursor)
        else:
            field_cursor = UNSET
            field__known -= 1

        if cls is ProductList:
            _instance = _new_instance(cls)
            _instance.products = field_products
            _instance.cursor = field_cursor
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_products,
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
