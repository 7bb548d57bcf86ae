from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.supplement_type import SupplementType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplement_facts_panel_ingredient_information_item import (
        SupplementFactsPanelIngredientInformationItem,
    )


T = TypeVar("T", bound="SupplementFactsPanel")


@_attrs_define
class SupplementFactsPanel:
    """The label facts of a supplement."""

    serving_size: int | Unset = UNSET
    type_: SupplementType | Unset = UNSET
    """ The serving unit named on the supplement facts panel. """
    other_ingredients: list[str] | Unset = UNSET
    ingredient_information: (
        list[SupplementFactsPanelIngredientInformationItem] | Unset
    ) = UNSET
    """ Ingredient rows of the panel; their shape is not fixed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serving_size = self.serving_size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = SupplementType(self.type_).value

        other_ingredients: list[str] | Unset = UNSET
        if not isinstance(self.other_ingredients, Unset):
            other_ingredients = self.other_ingredients

        ingredient_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ingredient_information, Unset):
            ingredient_information = []
            for ingredient_information_item_data in self.ingredient_information:
                ingredient_information_item = ingredient_information_item_data.to_dict()
                ingredient_information.append(ingredient_information_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serving_size is not UNSET:
            field_dict["servingSize"] = serving_size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if other_ingredients is not UNSET:
            field_dict["otherIngredients"] = other_ingredients
        if ingredient_information is not UNSET:
            field_dict["ingredientInformation"] = ingredient_information

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
        field__known = 4
        if "servingSize" in src_dict:
            field_serving_size = src_dict["servingSize"]
            if type(field_serving_size) is not int:
                field_serving_size = _errors.as_int("servingSize", field_serving_size)
        else:
            field_serving_size = UNSET
            field__known -= 1
        if "type" in src_dict:
            field_type_ = src_dict["type"]
            try:
                field_type_ = _SupplementType_BY_VALUE[field_type_]
            except (KeyError, TypeError):
                field_type_ = _errors.as_enum(SupplementType, str, "type", field_type_)
        else:
            field_type_ = UNSET
            field__known -= 1
        if "otherIngredients" in src_dict:
            field_other_ingredients = src_dict["otherIngredients"]
            if type(field_other_ingredients) is not list:
                raise _errors.invalid(
                    "otherIngredients", "array", field_other_ingredients
                )
            try:
                _join_strings(field_other_ingredients)
            except TypeError:
                raise _errors.invalid_item(
                    "otherIngredients", field_other_ingredients, str, "string"
                ) from None
        else:
            field_other_ingredients = UNSET
            field__known -= 1
        if "ingredientInformation" in src_dict:
            field_ingredient_information = src_dict["ingredientInformation"]
            if type(field_ingredient_information) is not list:
                raise _errors.invalid(
                    "ingredientInformation", "array", field_ingredient_information
                )
            field_ingredient_information___items: list[
                SupplementFactsPanelIngredientInformationItem
            ] = []
            try:
                for field_ingredient_information___data in field_ingredient_information:
                    if type(field_ingredient_information___data) is not dict:
                        field_ingredient_information___data = _errors.check_object(
                            field_ingredient_information___data
                        )

                    field_ingredient_information___item___instance = _new_instance(
                        SupplementFactsPanelIngredientInformationItem
                    )
                    field_ingredient_information___item___instance.additional_properties = dict(
                        field_ingredient_information___data
                    )
                    field_ingredient_information___item = (
                        field_ingredient_information___item___instance
                    )

                    field_ingredient_information___items.append(
                        field_ingredient_information___item
                    )
            except _errors.ResponseValidationError as _failure:
                raise _failure.prefix(
                    "ingredientInformation", len(field_ingredient_information___items)
                )
            field_ingredient_information = field_ingredient_information___items
        else:
            field_ingredient_information = UNSET
            field__known -= 1

        if cls is SupplementFactsPanel:
            _instance = _new_instance(cls)
            _instance.serving_size = field_serving_size
            _instance.type_ = field_type_
            _instance.other_ingredients = field_other_ingredients
            _instance.ingredient_information = field_ingredient_information
            _instance.additional_properties = {}
        else:
            _instance = cls(
                field_serving_size,
                field_type_,
                field_other_ingredients,
                field_ingredient_information,
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
        "servingSize",
        "type",
        "otherIngredients",
        "ingredientInformation",
    )
)


_SupplementType_BY_VALUE = {member.value: member for member in SupplementType}
_new_instance = object.__new__
_join_strings = "".join


from ..models.supplement_facts_panel_ingredient_information_item import (
    SupplementFactsPanelIngredientInformationItem,  # noqa: E402
)
