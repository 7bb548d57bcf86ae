from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        pack_description = d.pop("packDescription", UNSET)

        price = d.pop("price", UNSET)

        external = d.pop("external", UNSET)

        product_image = d.pop("productImage", UNSET)

        _recommended_usage = d.pop("recommendedUsage", UNSET)
        recommended_usage: Administration | Unset
        if isinstance(_recommended_usage, Unset):
            recommended_usage = UNSET
        else:
            recommended_usage = Administration.from_dict(_recommended_usage)

        _form = d.pop("form", UNSET)
        form: ProductForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = ProductForm(_form)

        certifications = cast(list[str], d.pop("certifications", UNSET))

        allergens = cast(list[str], d.pop("allergens", UNSET))

        _supplement_facts_panel = d.pop("supplementFactsPanel", UNSET)
        supplement_facts_panel: SupplementFactsPanel | Unset
        if isinstance(_supplement_facts_panel, Unset):
            supplement_facts_panel = UNSET
        else:
            supplement_facts_panel = SupplementFactsPanel.from_dict(
                _supplement_facts_panel
            )

        _status = d.pop("status", UNSET)
        status: ProductStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProductStatus(_status)

        product = cls(
            id=id,
            name=name,
            description=description,
            pack_description=pack_description,
            price=price,
            external=external,
            product_image=product_image,
            recommended_usage=recommended_usage,
            form=form,
            certifications=certifications,
            allergens=allergens,
            supplement_facts_panel=supplement_facts_panel,
            status=status,
        )

        product.additional_properties = d
        return product

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


from ..models.administration import Administration  # noqa: E402
from ..models.supplement_facts_panel import SupplementFactsPanel  # noqa: E402
