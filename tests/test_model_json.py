"""``to_json()`` and ``from_json()`` on every generated model.

Every model class of the installed ``juniper_fulfillment_client.models`` (enumerated, so a model a
new spec adds is covered with no edit here) is matched with its schema in openapi/index.yaml; a
value drawn from that schema by hypothesis-jsonschema round-trips: ``to_json()`` is compact JSON
text of exactly what ``to_dict()`` gives (the API's shape), and ``from_json()`` of it, as ``str``
or ``bytes``, gives the same object back. Text that is not JSON, or JSON of the wrong shape,
raises ``ResponseValidationError`` like ``from_dict``, without quoting the text.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import juniper_fulfillment_client.models as models
from juniper_fulfillment import ResponseValidationError
from juniper_fulfillment_client.models import CreateOrderRequest, Order

from .test_spec_bodies import PROFILE, SPEC, assert_same_json, bodies, resolve

MODELS: dict[str, type[Any]] = {
    name: cls
    for name, cls in sorted(vars(models).items())
    if isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith(models.__name__)
}


def pascal(name: str) -> str:
    """The generator's class-name spelling of a schema or property name (``ingredientInformation``
    becomes ``IngredientInformation``)."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", name) if word)


def object_schemas(name: str, schema: Any, found: dict[str, Any]) -> None:
    """Each object schema in ``schema`` under the class name the generator gives it: a component
    by its own name, an inline object by its parent's name and the property's (``Item`` added for
    the items of an array)."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if schema.get("type") == "object" or "properties" in schema or "allOf" in schema:
        found[name] = schema
        for part in [schema, *schema.get("allOf", [])]:
            for prop, sub in part.get("properties", {}).items():
                object_schemas(name + pascal(prop), sub, found)
    if schema.get("type") == "array":
        object_schemas(name + "Item", schema.get("items"), found)


SCHEMAS: dict[str, Any] = {}
for _name, _schema in SPEC["components"]["schemas"].items():
    object_schemas(pascal(_name), _schema, SCHEMAS)


def test_every_model_class_has_its_schema() -> None:
    assert MODELS, "no model class found in the generated package"
    assert set(MODELS) <= set(SCHEMAS), sorted(set(MODELS) - set(SCHEMAS))
    for name, cls in MODELS.items():
        assert callable(getattr(cls, "to_json", None)), name
        assert callable(getattr(cls, "from_json", None)), name


@pytest.mark.parametrize("name", sorted(MODELS))
@PROFILE
@given(data=st.data())
def test_a_value_drawn_from_the_spec_round_trips_through_json(name: str, data: Any) -> None:
    cls = MODELS[name]
    body = data.draw(bodies(resolve(SCHEMAS[name])))
    value = cls.from_dict(body)

    text = value.to_json()
    assert isinstance(text, str)
    assert json.loads(text) == value.to_dict()
    assert_same_json(json.loads(text), body)  # the API's shape: the body it was read from
    # Compact: no space after a separator anywhere outside a string.
    assert text == json.dumps(value.to_dict(), separators=(",", ":"), ensure_ascii=False)

    assert cls.from_json(text).to_dict() == value.to_dict()
    assert cls.from_json(text.encode()).to_dict() == value.to_dict()
    assert cls.from_json(text) == value


def test_dates_and_unknown_fields_are_written_as_to_dict_writes_them() -> None:
    text = (
        '{"id":"o1","status":"x-new-status","lineItems":[{"productId":7,"quantity":2}],'
        '"createdAt":"2023-10-01T12:00:00Z","handlingFee":"5.00"}'
    )
    order = Order.from_json(text)
    assert json.loads(order.to_json()) == {
        "id": "o1",
        "status": "x-new-status",
        "lineItems": [{"productId": 7, "quantity": 2}],
        "createdAt": "2023-10-01T12:00:00+00:00",
        "handlingFee": "5.00",
    }
    assert Order.from_json(order.to_json().encode()) == order


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("not json, Jane Doe", "the text is not JSON (JSONDecodeError at character 0)"),
        ('{"id": "Jane Doe"', "the text is not JSON (JSONDecodeError"),
        (b'{"id": "\xff"}', "the text is not JSON (UnicodeDecodeError)"),
        ("", "the text is not JSON (JSONDecodeError at character 0)"),
        ('["Jane Doe"]', "expected object, got array"),
        ('{"id": 7, "status": "NEW"}', "id: expected string, got integer"),
    ],
)
def test_text_that_is_not_a_model_raises_the_typed_error(text: str | bytes, problem: str) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        Order.from_json(text)
    assert problem in str(raised.value)
    assert "Jane" not in str(raised.value)  # never a piece of the text


def test_strict_refuses_unknown_fields_as_from_dict_does() -> None:
    text = json.dumps(
        {
            "shipping_method": "GROUND",
            "customer": {"firstName": "A", "lastName": "B", "email": "a@example.com"},
        }
    )
    with pytest.raises(ResponseValidationError) as raised:
        CreateOrderRequest.from_json(text, strict=True)
    assert raised.value.path == "shipping_method"
    with pytest.raises(ResponseValidationError) as from_dict_raised:
        CreateOrderRequest.from_dict(json.loads(text), strict=True)
    assert str(raised.value) == str(from_dict_raised.value)


def test_a_value_json_cannot_carry_is_refused() -> None:
    with pytest.raises(TypeError, match="expected JSON text"):
        Order.from_json({"id": "o1"})  # type: ignore[arg-type]
