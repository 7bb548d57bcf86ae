from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        serving_size = d.pop("servingSize", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SupplementType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SupplementType(_type_)

        other_ingredients = cast(list[str], d.pop("otherIngredients", UNSET))

        _ingredient_information = d.pop("ingredientInformation", UNSET)
        ingredient_information: (
            list[SupplementFactsPanelIngredientInformationItem] | Unset
        ) = UNSET
        if _ingredient_information is not UNSET:
            ingredient_information = []
            for ingredient_information_item_data in _ingredient_information:
                ingredient_information_item = (
                    SupplementFactsPanelIngredientInformationItem.from_dict(
                        ingredient_information_item_data
                    )
                )

                ingredient_information.append(ingredient_information_item)

        supplement_facts_panel = cls(
            serving_size=serving_size,
            type_=type_,
            other_ingredients=other_ingredients,
            ingredient_information=ingredient_information,
        )

        supplement_facts_panel.additional_properties = d
        return supplement_facts_panel

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


from ..models.supplement_facts_panel_ingredient_information_item import (
    SupplementFactsPanelIngredientInformationItem,  # noqa: E402
)
