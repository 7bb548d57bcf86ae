"""Nested models parse in place of a from_dict call: the same checks, paths and instances.

A model's from_dict parses the models nested in it inline, up to four levels deep and never a
model inside itself. These tests generate a client (with the project's templates) from a spec
whose schemas are recursive, nested six deep, closed and open, and check what a user sees
against what each model's own from_dict gives: the values, the error paths, strict refusals and
the unknown fields kept, at every depth, inlined or not.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from tests.test_property_kinds import ROOT, config_file, forget, generate, import_package

PACKAGE = "nesting_client"
DEPTH = 6  # Level1 .. Level6: deeper than the four levels that are inlined


def level(number: int) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "value": {"type": "integer"},
        "label": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
    }
    if number < DEPTH:
        properties["next"] = {"$ref": f"#/components/schemas/Level{number + 1}"}
    return {"type": "object", "required": ["value"], "properties": properties}


def nesting_spec() -> dict[str, Any]:
    schemas: dict[str, Any] = {f"Level{n}": level(n) for n in range(1, DEPTH + 1)}
    schemas["Node"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "parent": {"$ref": "#/components/schemas/Node"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "meta": {"$ref": "#/components/schemas/Meta"},
        },
    }
    # Open: declares additionalProperties, so strict parsing keeps its extra fields.
    schemas["Meta"] = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["leaf", "branch"]}},
        "additionalProperties": True,
    }
    # The post-hook writes the environments from the project's own servers and token URL.
    base = yaml.safe_load((ROOT / "openapi" / "index.yaml").read_text(encoding="utf-8"))
    # Fields named like what from_dict uses itself, and a list whose item variable could shadow
    # a sibling field: every value must land on its own attribute.
    schemas["Awkward"] = {
        "type": "object",
        "required": ["strict", "cls"],
        "properties": {
            "strict": {"type": "boolean"},
            "cls": {"type": "string"},
            "src_dict": {"type": "string"},
            "cast": {"type": "string"},
            "errors": {"type": "integer"},
            "key": {"type": "string"},
            "instance": {"type": "string"},
            "known": {"type": "integer"},
            "b": {"type": "array", "items": {"$ref": "#/components/schemas/Level6"}},
            "b_item": {"type": "string"},
            "b_data": {"type": "string"},
        },
    }
    schemas["Holder"] = {
        "type": "object",
        "properties": {
            "awkward": {"$ref": "#/components/schemas/Awkward"},
            "many": {"type": "array", "items": {"$ref": "#/components/schemas/Awkward"}},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "nesting", "version": "1.0.0"},
        "servers": copy.deepcopy(base["servers"]),
        "security": copy.deepcopy(base["security"]),
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "getNode",
                    "tags": ["kinds"],
                    "responses": {
                        "200": {
                            "description": "a tree",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Node"}
                                }
                            },
                        }
                    },
                }
            },
            "/holders": {
                "get": {
                    "operationId": "getHolder",
                    "tags": ["kinds"],
                    "responses": {
                        "200": {
                            "description": "awkward names",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Holder"}
                                }
                            },
                        }
                    },
                }
            },
            "/levels": {
                "get": {
                    "operationId": "getLevels",
                    "tags": ["kinds"],
                    "responses": {
                        "200": {
                            "description": "a chain",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Level1"}
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "securitySchemes": copy.deepcopy(base["components"]["securitySchemes"]),
            "schemas": schemas,
        },
    }


@pytest.fixture(scope="module")
def client_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    workdir = tmp_path_factory.mktemp("nesting")
    spec = workdir / "index.yaml"
    spec.write_text(yaml.safe_dump(nesting_spec()), encoding="utf-8")
    config = config_file(workdir, PACKAGE, literal_enums=False)
    result = generate(spec, config, workdir / PACKAGE)
    assert result.returncode == 0, result.stdout + result.stderr
    try:
        yield import_package(workdir, PACKAGE)
    finally:
        forget(PACKAGE)


def models(package: ModuleType) -> Any:
    return package.models


def module(name: str) -> Any:
    """A module of the generated package (imported by the fixture, so already loaded)."""
    return importlib.import_module(f"{PACKAGE}.{name}")


def chain(depth: int, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Level1 .. Level<depth>, each with its value, and ``extra`` merged into the deepest."""
    body: dict[str, Any] = {"value": depth, "label": f"level {depth}", "tags": ["x"]}
    body.update(extra or {})
    for number in range(depth - 1, 0, -1):
        body = {"value": number, "label": f"level {number}", "tags": ["x", "y"], "next": body}
    return body


def tree() -> dict[str, Any]:
    leaf = {"name": "leaf", "meta": {"kind": "leaf", "colour": "green"}}
    return {
        "name": "root",
        "meta": {"kind": "branch"},
        "children": [
            {"name": "a", "children": [leaf, {"name": "b", "parent": {"name": "a"}}]},
            {"name": "c", "surprise": 1},
        ],
    }


def test_a_six_level_chain_parses_to_instances_of_every_level(client_package: ModuleType) -> None:
    generated = models(client_package)
    parsed = generated.Level1.from_dict(chain(DEPTH))
    node: Any = parsed
    for number in range(1, DEPTH + 1):
        assert type(node) is getattr(generated, f"Level{number}")
        assert (node.value, node.label) == (number, f"level {number}")
        assert node.additional_properties == {}
        node = node.next_ if number < DEPTH else None
    assert parsed.to_dict() == chain(DEPTH)
    # What each level's own from_dict gives, from the deepest (never inlined) up.
    assert generated.Level3.from_dict(chain(DEPTH)["next"]["next"]) == parsed.next_.next_


@pytest.mark.parametrize("depth", range(1, DEPTH + 1))
def test_an_error_at_any_depth_names_its_whole_path(client_package: ModuleType, depth: int) -> None:
    refused = module("errors").ResponseValidationError

    generated = models(client_package)
    prefix = "next." * (depth - 1)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"value": "7"}, f"{prefix}value: expected integer, got string"),
        ({"label": 3}, f"{prefix}label: expected string, got integer"),
        ({"tags": ["ok", 5]}, f"{prefix}tags[1]: expected string, got integer"),
    ]
    if depth < DEPTH:
        cases.append(({"next": []}, f"{prefix}next: expected object, got array"))
    for extra, message in cases:
        with pytest.raises(refused) as raised:
            generated.Level1.from_dict(chain(depth, extra=extra))
        assert str(raised.value) == message
    missing = chain(depth)
    deepest = missing
    for _ in range(depth - 1):
        deepest = deepest["next"]
    del deepest["value"]
    with pytest.raises(refused) as raised:
        generated.Level1.from_dict(missing)
    assert str(raised.value) == f"{prefix}value: required field is missing"


@pytest.mark.parametrize("depth", range(1, DEPTH + 1))
def test_unknown_fields_are_kept_leniently_and_refused_strictly_at_any_depth(
    client_package: ModuleType, depth: int
) -> None:
    refused = module("errors").ResponseValidationError

    generated = models(client_package)
    body = chain(depth, extra={"extraField": {"kept": True}})
    node: Any = generated.Level1.from_dict(body)
    for _ in range(depth - 1):
        assert node.additional_properties == {}
        node = node.next_
    assert node.additional_properties == {"extraField": {"kept": True}}
    assert generated.Level1.from_dict(body).to_dict() == body

    with pytest.raises(refused) as raised:
        generated.Level1.from_dict(body, strict=True)
    assert raised.value.path == "next." * (depth - 1) + "extraField"


def test_a_recursive_schema_parses_a_tree_of_any_depth(client_package: ModuleType) -> None:
    refused = module("errors").ResponseValidationError

    generated = models(client_package)
    parsed = generated.Node.from_dict(tree())
    assert parsed.to_dict() == tree()
    first, second = parsed.children
    leaf, b = first.children
    assert type(leaf) is generated.Node
    assert type(leaf.meta) is generated.Meta
    assert leaf.meta.kind == generated.MetaKind.LEAF
    assert leaf.meta.additional_properties == {"colour": "green"}
    assert type(b.parent) is generated.Node
    assert b.parent.name == "a"
    assert second.additional_properties == {"surprise": 1}

    deep: dict[str, Any] = {"name": "0"}
    for number in range(1, 60):
        deep = {"name": str(number), "children": [deep]}
    node: Any = generated.Node.from_dict(deep)
    for number in range(59, 0, -1):
        assert node.name == str(number)
        node = node.children[0]
    assert node.name == "0"

    broken = tree()
    broken["children"][0]["children"][1]["parent"]["name"] = None
    with pytest.raises(refused) as raised:
        generated.Node.from_dict(broken)
    assert str(raised.value) == "children[0].children[1].parent.name: expected string, got null"
    broken = tree()
    broken["children"][1]["surprise"] = 1
    with pytest.raises(refused) as raised:
        generated.Node.from_dict(broken, strict=True)
    assert raised.value.path == "children[1].surprise"
    # Meta declares additionalProperties: its extra fields stay acceptable when strict.
    assert generated.Node.from_dict(tree()["children"][0], strict=True).children[0].meta[
        "colour"
    ] == ("green")


def test_a_subclass_gets_its_own_class_and_init(client_package: ModuleType) -> None:
    generated = models(client_package)
    calls: list[int] = []

    class Counted(generated.Level1):  # type: ignore[misc, name-defined]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            calls.append(1)
            super().__init__(*args, **kwargs)

    parsed = Counted.from_dict(chain(3))
    assert type(parsed) is Counted
    assert calls == [1]
    assert type(parsed.next_) is generated.Level2
    assert parsed.to_dict() == chain(3)


def test_a_response_parses_through_the_endpoint_as_through_from_dict(
    client_package: ModuleType,
) -> None:
    get_node = module("api.kinds.get_node")
    client_class = module("client").Client

    response = httpx.Response(200, content=json.dumps(tree()).encode())
    client = client_class("http://127.0.0.1")
    parsed = get_node._parse_response(client=client, response=response)
    assert parsed == models(client_package).Node.from_dict(tree())


def test_the_generated_module_of_a_nesting_model_inlines_and_the_leaf_does_not(
    client_package: ModuleType,
) -> None:
    """What runs is the inlined parse: Level1's module never calls Level2.from_dict."""
    generated = models(client_package)
    source = Path(generated.level_1.__file__).read_text(encoding="utf-8")
    assert "Level2.from_dict(" not in source
    assert "Level5.from_dict(" in source  # past four levels, the call
    node_source = Path(generated.node.__file__).read_text(encoding="utf-8")
    assert "Node.from_dict(" in node_source  # never a model inside itself


def awkward() -> dict[str, Any]:
    return {
        "strict": False,
        "cls": "a class",
        "src_dict": "a dict",
        "cast": "a cast",
        "errors": 3,
        "key": "a key",
        "instance": "an instance",
        "known": 7,
        "b": [{"value": 1}, {"value": 2}],
        "b_item": "not an item",
        "b_data": "not the data",
    }


@pytest.mark.parametrize("strict", [False, True])
def test_fields_named_like_the_parser_s_own_names_keep_their_values(
    client_package: ModuleType, strict: bool
) -> None:
    refused = module("errors").ResponseValidationError
    generated = models(client_package)
    body = {"awkward": awkward(), "many": [awkward(), {**awkward(), "strict": True}]}
    for parsed in (
        generated.Holder.from_dict(body, strict=strict).awkward,
        generated.Awkward.from_dict(awkward(), strict=strict),
    ):
        assert type(parsed) is generated.Awkward
        assert (parsed.strict, parsed.cls, parsed.src_dict, parsed.cast) == (
            False,
            "a class",
            "a dict",
            "a cast",
        )
        assert (parsed.errors, parsed.key, parsed.instance, parsed.known) == (
            3,
            "a key",
            "an instance",
            7,
        )
        assert (parsed.b_item, parsed.b_data) == ("not an item", "not the data")
        assert [item.value for item in parsed.b] == [1, 2]
    holder = generated.Holder.from_dict(body, strict=strict)
    assert holder.to_dict() == body
    assert [item.strict for item in holder.many] == [False, True]

    # A body's own "strict": false never turns the caller's strict parsing off below it.
    unknown = {"awkward": {**awkward(), "b": [{"value": 1, "surprise": 0}]}}
    if strict:
        with pytest.raises(refused) as raised:
            generated.Holder.from_dict(unknown, strict=True)
        assert raised.value.path == "awkward.b[0].surprise"
    else:
        kept = generated.Holder.from_dict(unknown)
        assert kept.awkward.b[0].additional_properties == {"surprise": 0}
