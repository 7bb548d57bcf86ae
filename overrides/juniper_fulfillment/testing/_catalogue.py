"""A deterministic catalogue of supplements for the fake, shaped like the spec's ``Product``.

The same seed always gives the same products, ids, prices, statuses and update dates, so tests can
rely on them. The spec's own example products (``77123129891``, ``7788991122``) come first, so that
bodies copied from the API reference work against the fake as they are.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any, Final

# (base name, ingredient with amount, form, serving size, other ingredients, search terms)
_BASES: Final = [
    ("Omega-3 Fish Oil", "EPA and DHA 1200 mg", "softgel", 2, ["Fish oil", "Gelatin", "Glycerin"]),
    ("Elite DHA", "DHA 800 mg", "softgel", 2, ["Fish oil", "Gelatin", "Glycerin"]),
    ("Algae Omega", "Algal oil DHA 500 mg", "softgel", 2, ["Algal oil", "Carrageenan"]),
    ("Vitamin D3", "Cholecalciferol 50 mcg", "softgel", 1, ["Olive oil", "Gelatin"]),
    ("Vitamin D3 + K2", "Vitamin K2 (MK-7) 100 mcg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Magnesium Glycinate", "Magnesium 200 mg", "capsule", 2, ["Cellulose", "Rice flour"]),
    ("Magnesium Citrate", "Magnesium 150 mg", "tablet", 2, ["Cellulose", "Stearic acid"]),
    ("Zinc Picolinate", "Zinc 30 mg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Vitamin C Buffered", "Ascorbic acid 500 mg", "tablet", 1, ["Cellulose", "Silica"]),
    ("Methyl B12", "Methylcobalamin 1000 mcg", "tablet", 1, ["Mannitol", "Cellulose"]),
    ("B-Complex Active", "Folate (5-MTHF) 400 mcg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Iron Bisglycinate", "Iron 25 mg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Calcium Citrate", "Calcium 300 mg", "tablet", 2, ["Cellulose", "Stearic acid"]),
    ("CoQ10 Ubiquinol", "Ubiquinol 100 mg", "softgel", 1, ["Sunflower oil", "Gelatin"]),
    ("Probiotic 30B", "Lactobacillus blend 30 billion CFU", "capsule", 1, ["Cellulose"]),
    ("Turmeric Curcumin", "Curcumin 500 mg", "capsule", 2, ["Black pepper extract", "Cellulose"]),
    ("Ashwagandha KSM-66", "Ashwagandha root 600 mg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Rhodiola Rosea", "Rhodiola extract 300 mg", "capsule", 1, ["Cellulose"]),
    ("L-Theanine", "L-Theanine 200 mg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Melatonin", "Melatonin 3 mg", "gummy", 1, ["Pectin", "Cane sugar", "Citric acid"]),
    ("Elderberry Immune", "Elderberry extract 100 mg", "gummy", 2, ["Pectin", "Tapioca syrup"]),
    ("Biotin", "Biotin 5000 mcg", "gummy", 2, ["Pectin", "Cane sugar"]),
    ("Collagen Peptides Powder", "Hydrolyzed collagen 10 g", "powder", 1, ["Citric acid"]),
    ("Berberine", "Berberine HCl 500 mg", "capsule", 1, ["Cellulose"]),
    ("NAC", "N-Acetyl Cysteine 600 mg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Quercetin", "Quercetin 500 mg", "capsule", 1, ["Cellulose"]),
    ("Alpha Lipoic Acid", "Alpha lipoic acid 300 mg", "capsule", 1, ["Cellulose"]),
    ("Milk Thistle", "Silymarin 250 mg", "capsule", 1, ["Cellulose"]),
    ("Lutein Vision", "Lutein 20 mg", "softgel", 1, ["Safflower oil", "Gelatin"]),
    ("Prenatal Multi", "Folate 800 mcg", "tablet", 2, ["Cellulose", "Stearic acid"]),
    ("Men's Multi", "Zinc 15 mg", "tablet", 2, ["Cellulose", "Stearic acid"]),
    ("Women's Multi", "Iron 18 mg", "tablet", 2, ["Cellulose", "Stearic acid"]),
    ("Creatine Powder", "Creatine monohydrate 5 g", "powder", 1, ["Sunflower lecithin"]),
    ("Electrolyte Drink Mix", "Sodium 500 mg", "powder", 1, ["Citric acid", "Stevia"]),
    ("Psyllium Fiber Powder", "Psyllium husk 3 g", "powder", 1, ["Orange flavor"]),
    ("Glucosamine Chondroitin", "Glucosamine sulfate 1500 mg", "tablet", 2, ["Cellulose"]),
    ("Saw Palmetto", "Saw palmetto extract 320 mg", "softgel", 1, ["Olive oil", "Gelatin"]),
    ("Vitamin E Mixed Tocopherols", "Vitamin E 268 mg", "softgel", 1, ["Sunflower oil"]),
    ("Potassium Citrate", "Potassium 99 mg", "capsule", 1, ["Cellulose"]),
    ("Selenium", "Selenium 200 mcg", "capsule", 1, ["Cellulose", "Rice flour"]),
    ("Greens Powder", "Spirulina 2 g", "powder", 1, ["Chlorella", "Wheatgrass"]),
    ("Resveratrol", "Trans-resveratrol 250 mg", "capsule", 1, ["Cellulose"]),
    ("Lion's Mane", "Lion's mane mushroom 1 g", "capsule", 2, ["Cellulose"]),
    ("Iodine", "Potassium iodide 150 mcg", "tablet", 1, ["Cellulose"]),
    ("GABA Calm", "GABA 500 mg", "capsule", 1, ["Cellulose"]),
]
_LINES: Final = ["", "Elite", "Daily", "Pro", "Plus", "Max", "Essential", "Pure", "Advanced"]
_PACKS: Final = [
    "Whole Body Wellness",
    "Heart Health",
    "Sleep Support",
    "Energy & Focus",
    "Immune Defense",
    "Gut Health",
    "Healthy Aging",
    "Stress Relief",
]
_CERTIFICATIONS: Final = ["kosher", "halal", "non_gmo", "vegan"]
_ALLERGENS: Final = ["gluten_free", "dairy_free", "soy_free"]
FIRST_DAY: Final = dt.date(2023, 1, 2)
LAST_DAY: Final = dt.date(2026, 10, 30)


@dataclass(frozen=True)
class CatalogueProduct:
    """A product: its spec-shaped body (with the partner's price filled in later) and its facts."""

    id: int
    list_price: float  # per unit, before the partner discount
    external: bool
    status: str
    updated: dt.date
    search_text: str  # lower-case name, description and ingredients, for ``search``
    body: dict[str, Any]  # the spec's Product fields except ``price``


def _cents(value: float) -> str:
    return f"{value:.2f}"


def partner_price(list_price: float, discount: float) -> str:
    """The price per unit a partner with ``discount`` (0.0-1.0) pays, as the spec's string."""
    return _cents(list_price * (1.0 - discount))


def list_price_text(list_price: float) -> str:
    return _cents(list_price)


def _product(
    product_id: int,
    name: str,
    description: str,
    pack: str,
    form: str,
    serving: int,
    ingredients: list[dict[str, Any]],
    others: list[str],
    *,
    list_price: float,
    external: bool,
    status: str,
    updated: dt.date,
    certifications: list[str],
    allergens: list[str],
) -> CatalogueProduct:
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    usage = {"morning": serving // 2 + serving % 2, "afternoon": 0, "evening": serving // 2}
    usage["sleep"] = 0
    body: dict[str, Any] = {
        "id": product_id,
        "name": name,
        "description": description,
        "external": external,
        "productImage": f"https://cdn.juniperhealth.com/products/{slug}.png",
        "recommendedUsage": usage,
        "certifications": certifications,
        "allergens": allergens,
        "supplementFactsPanel": {
            "servingSize": serving,
            "type": "scoop" if external else form,
            "otherIngredients": others,
            "ingredientInformation": ingredients,
        },
        "status": status,
    }
    if not external:  # powders and drink mixes travel outside the daily packs
        body["packDescription"] = pack
        body["form"] = form
    words = [name, description, *others, *(str(i["name"]) for i in ingredients)]
    return CatalogueProduct(
        id=product_id,
        list_price=list_price,
        external=external,
        status=status,
        updated=updated,
        search_text=" ".join(words).lower(),
        body=body,
    )


def _spec_examples() -> list[CatalogueProduct]:
    return [
        _product(
            77123129891,
            "Whole Body Multi",
            "A complete daily multivitamin and mineral base for the wellness pack.",
            "Whole Body Wellness",
            "tablet",
            2,
            [{"name": "Vitamin A", "amount": "900 mcg"}, {"name": "Zinc", "amount": "11 mg"}],
            ["Cellulose", "Stearic acid"],
            list_price=0.37,
            external=False,
            status="ACTIVE",
            updated=dt.date(2023, 10, 1),
            certifications=["non_gmo", "vegan"],
            allergens=["gluten_free", "dairy_free", "soy_free"],
        ),
        _product(
            7788991122,
            "Elite EPA",
            "High-potency EPA omega-3 fish oil for mood and cardiovascular support.",
            "Whole Body Wellness",
            "softgel",
            2,
            [{"name": "EPA (eicosapentaenoic acid)", "amount": "1000 mg"}],
            ["Fish oil", "Gelatin", "Glycerin"],
            list_price=0.59,
            external=False,
            status="ACTIVE",
            updated=dt.date(2023, 10, 1),
            certifications=["non_gmo"],
            allergens=["gluten_free", "dairy_free"],
        ),
    ]


def build_catalogue(seed: int, size: int = 400) -> list[CatalogueProduct]:
    """``size`` products (at least the two spec examples), the same for the same ``seed``."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible catalogue, not secrets
    products = _spec_examples()
    used_ids = {p.id for p in products}
    used_names = {str(p.body["name"]) for p in products}
    span = (LAST_DAY - FIRST_DAY).days
    statuses = ["ACTIVE"] * 14 + ["DRAFT", "BACKORDERED", "BACKORDERED", "DISCONTINUED"]
    while len(products) < size:
        base, ingredient, form, serving, others = rng.choice(_BASES)
        line = rng.choice(_LINES)
        strength = rng.choice(["", " 60ct", " 90ct", " 120ct", " Extra Strength", " Gentle"])
        name = f"{line} {base}{strength}".strip()
        if name in used_names:
            continue
        product_id = rng.randrange(10**9, 10**11)
        if product_id in used_ids:
            continue
        used_names.add(name)
        used_ids.add(product_id)
        external = form == "powder"
        ingredient_name, _, amount = ingredient.rpartition(" ")
        ingredient_name, _, unit_value = ingredient_name.rpartition(" ")
        pack = rng.choice(_PACKS)
        products.append(
            _product(
                product_id,
                name,
                f"{base} ({ingredient}) for the {pack.lower()} routine.",
                pack,
                form,
                serving,
                [{"name": ingredient_name or base, "amount": f"{unit_value} {amount}"}],
                list(others),
                list_price=round(rng.uniform(0.08, 1.6), 2),
                external=external,
                status=rng.choice(statuses),
                updated=FIRST_DAY + dt.timedelta(days=rng.randrange(span)),
                certifications=sorted(rng.sample(_CERTIFICATIONS, rng.randrange(0, 4))),
                allergens=sorted(rng.sample(_ALLERGENS, rng.randrange(0, 4))),
            )
        )
    products.sort(key=lambda p: p.id)
    return products
