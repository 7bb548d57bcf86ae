"""The templates handle every kind of property the generator can produce.

openapi-python-client turns each schema into one of the property classes of its
``parser/properties`` package; ``overrides/templates/model.py.jinja`` writes the parsing of each
class by hand. A vendor release may use any schema the generator supports (a new ``format: uuid``
field, a nullable model, a union of a model and a list), so every class is exercised here: a small
description, written at test time, has a field of each kind; the generator's own parser confirms
it produces every class the installed generator defines (found by introspecting its package, so
an upgrade that adds a class fails here until the templates handle it); the description is
generated with the project's templates and configuration into a temporary package, which is
imported and used: parsing with checks that name the JSON path, round trips, the operations'
request and response paths, and ``mypy --strict`` on the result.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import inspect
import io
import json
import os
import pkgutil
import subprocess
import sys
import typing
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PACKAGE = "kinds_client"
LITERAL_PACKAGE = "kinds_literal_client"

CHILD = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
}
PET = {
    "type": "object",
    "required": ["species"],
    "properties": {"species": {"type": "string"}},
}

CHILD_REF = {"$ref": "#/components/schemas/Child"}
PET_REF = {"$ref": "#/components/schemas/Pet"}

# One field per kind, and the kinds combined the ways a description combines them.
KINDS_PROPERTIES: dict[str, Any] = {
    "text": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "homepage": {"type": "string", "format": "uri"},
    "count": {"type": "integer", "format": "int64"},
    "ratio": {"type": "number", "format": "double"},
    "flag": {"type": "boolean"},
    "nothing": {"type": "null"},
    "anything": {},
    "colour": {"$ref": "#/components/schemas/Colour"},
    "size": {"$ref": "#/components/schemas/Size"},
    "when": {"type": "string", "format": "date-time"},
    "day": {"type": "string", "format": "date"},
    "identifier": {"type": "string", "format": "uuid"},
    "attachment": {"type": "string", "format": "binary"},
    "kind": {"const": "kinds"},
    "version": {"const": 2},
    "child": {"$ref": "#/components/schemas/Child"},
    "inline": {"type": "object", "properties": {"note": {"type": "string"}}},
    "nullableChild": {"anyOf": [{"$ref": "#/components/schemas/Child"}, {"type": "null"}]},
    "nullableColour": {"oneOf": [{"$ref": "#/components/schemas/Colour"}, {"type": "null"}]},
    "nullableDay": {"type": ["string", "null"], "format": "date"},
    "nullableId": {"type": ["string", "null"], "format": "uuid"},
    "nullableFile": {"type": ["string", "null"], "format": "binary"},
    "names": {"type": "array", "items": {"type": "string"}},
    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Child"}},
    "sizes": {"type": "array", "items": {"$ref": "#/components/schemas/Size"}},
    "grid": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
    "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}},
    "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
    "shape": {
        "oneOf": [
            {"$ref": "#/components/schemas/Child"},
            {"type": "array", "items": {"type": "integer"}},
            {"type": "string"},
        ]
    },
    "mixed": {
        "type": "array",
        "items": {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"$ref": "#/components/schemas/Child"},
                {"type": "null"},
            ]
        },
    },
    "moment": {
        "anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]
    },
    "either": {
        "oneOf": [{"$ref": "#/components/schemas/Child"}, {"$ref": "#/components/schemas/Pet"}]
    },
    "tag": {"anyOf": [{"const": "a"}, {"const": "b"}]},
    "colourOrCount": {"anyOf": [{"$ref": "#/components/schemas/Colour"}, {"type": "integer"}]},
    "loose": {"anyOf": [{"type": "integer"}, {}]},
    "primitive": {"type": ["string", "integer", "null"]},
}
KINDS_REQUIRED = ["text", "identifier", "kind", "shape", "mixed", "sizes"]

VALID: dict[str, Any] = {
    "text": "hello",
    "email": "a@example.com",
    "homepage": "https://example.com/a",
    "count": 9007199254740993,  # beyond a float's precision: must stay an int
    "ratio": 0.5,
    "flag": True,
    "nothing": None,
    "anything": {"free": [1, "x", None]},
    "colour": "red",
    "size": 2,
    "when": "2024-05-01T12:00:00+00:00",
    "day": "2024-05-01",
    "identifier": "2c0b3f7e-9a3c-4d3e-8f1a-6c2d1b0a9e8f",
    "attachment": "bytes \u2713",
    "kind": "kinds",
    "version": 2,
    "child": {"name": "Ann", "age": 7},
    "inline": {"note": "n"},
    "nullableChild": {"name": "Bo"},
    "nullableColour": "blue",
    "nullableDay": "2024-02-29",
    "nullableId": "8e5f4a8e-1b7a-4f0e-9a53-0c5d3f3b9c21",
    "nullableFile": "abc",
    "names": ["a", "b"],
    "children": [{"name": "C"}, {"name": "D", "age": 1}],
    "sizes": [1, 3],
    "grid": [[1.5, 2], []],
    "ids": ["0f8b6e0c-3f61-4c4e-9a47-2d5b7e9e1c10"],
    "files": ["one", ""],
    "shape": [1, 2, 3],
    "mixed": ["2024-01-01", {"name": "E"}, None],
    "moment": "2024-05-01",
    "either": {"species": "cat"},
    "tag": "b",
    "colourOrCount": 4,
    "loose": "anything at all",
    "primitive": 3,
}
NULLS = {"nullableChild": None, "nullableColour": None, "nullableDay": None, "nullableId": None}

# (field, value, the error's text): the checks of each kind, with the JSON path.
INVALID: list[tuple[str, object, str]] = [
    ("text", 5, "text: expected string, got integer"),
    ("identifier", "not-a-uuid", "identifier: expected a UUID, got string"),
    ("identifier", 7, "identifier: expected string (uuid), got integer"),
    ("attachment", 5, "attachment: expected string (binary), got integer"),
    ("kind", "other", 'kind: expected "kinds", got another string'),
    ("version", 3, "version: expected 2, got another integer"),
    ("version", True, "version: expected 2, got boolean"),
    ("count", "1", "count: expected integer, got string"),
    ("ratio", "0.5", "ratio: expected number, got string"),
    ("flag", 1, "flag: expected boolean, got integer"),
    ("nothing", 0, "nothing: expected null, got integer"),
    ("colour", 5, "colour: expected string, got integer"),
    ("size", "big", "size: expected integer, got string"),
    ("when", "later", "when: expected an RFC 3339 date-time, got string"),
    ("day", "tomorrow", "day: expected an RFC 3339 full-date, got string"),
    ("child", [], "child: expected object, got array"),
    ("inline", {"note": 1}, "inline.note: expected string, got integer"),
    ("nullableChild", {"age": 1}, "nullableChild.name: required field is missing"),
    ("nullableChild", "x", "nullableChild: expected object (Child) or null, got string"),
    ("nullableColour", 1, "nullableColour: expected string or null, got integer"),
    ("nullableDay", "2024-02-30", "nullableDay: expected an RFC 3339 full-date, got string"),
    ("nullableId", "x", "nullableId: expected a UUID, got string"),
    ("nullableFile", 5, "nullableFile: expected string (binary) or null, got integer"),
    ("names", ["a", 1], "names[1]: expected string, got integer"),
    ("children", [{"name": "C"}, {}], "children[1].name: required field is missing"),
    ("sizes", [1, "big"], "sizes[1]: expected integer, got string"),
    ("grid", [[1.5], ["x"]], "grid[1][0]: expected number, got string"),
    ("ids", ["x"], "ids[0]: expected a UUID, got string"),
    ("files", ["x", None], "files[1]: expected string (binary), got null"),
    ("shape", {"name": 5}, "shape.name: expected string, got integer"),
    ("shape", [1, "x"], "shape[1]: expected integer, got string"),
    ("shape", True, "shape: expected object (Child) or array or string, got boolean"),
    ("mixed", ["2024-01-01", {"name": 1}], "mixed[1].name: expected string, got integer"),
    ("mixed", ["soon"], "mixed[0]: expected an RFC 3339 full-date, got string"),
    ("mixed", [5], "mixed[0]: expected string (date) or object (Child) or null, got integer"),
    (
        "moment",
        "soon",
        "moment: expected string (date) or string (date-time), "
        "got a string that matches none of them",
    ),
    (
        "either",
        {"x": 1},
        "either: expected object (Child) or object (Pet), got an object that matches none of them",
    ),
    ("tag", "c", 'tag: expected "a" or "b", got a string that matches none of them'),
    ("colourOrCount", 1.5, "colourOrCount: expected string or integer, got number"),
    ("primitive", 1.5, "primitive: expected string or integer or null, got number"),
]


# ---------------------------------------------------------------------------- the generator


def generator_property_classes() -> dict[str, type]:
    """Every property class of the installed generator, by name, found in its package."""
    import openapi_python_client.parser.properties as properties
    from openapi_python_client.parser.properties.protocol import PropertyProtocol

    found: dict[str, type] = {}
    for module_info in pkgutil.iter_modules(properties.__path__):
        module = importlib.import_module(f"{properties.__name__}.{module_info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if PropertyProtocol in cls.__mro__ and cls is not PropertyProtocol:
                found[cls.__name__] = cls
    return found


def kinds_spec() -> dict[str, Any]:
    """A description with a model of every kind, and operations that send and receive it."""
    base = yaml.safe_load((ROOT / "openapi" / "index.yaml").read_text(encoding="utf-8"))
    schemes = base["components"]["securitySchemes"]
    kinds_ref = {"$ref": "#/components/schemas/Kinds"}
    ok = {"description": "OK", "content": {"application/json": {"schema": kinds_ref}}}
    return {
        "openapi": "3.1.0",
        # The post-hook writes the environments from the project's own servers and token URL.
        "info": {"title": "Kinds", "version": "0.0.1"},
        "servers": copy.deepcopy(base["servers"]),
        "security": copy.deepcopy(base["security"]),
        "tags": [{"name": "Kinds"}],
        "paths": {
            "/kinds": {
                "get": {
                    "operationId": "getKinds",
                    "tags": ["Kinds"],
                    "responses": {"200": ok},
                },
                "post": {
                    "operationId": "putKinds",
                    "tags": ["Kinds"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": kinds_ref}},
                    },
                    "responses": {"200": ok},
                },
            },
            "/kinds/{kindId}": {
                "get": {
                    "operationId": "findKinds",
                    "tags": ["Kinds"],
                    "parameters": [
                        {
                            "name": "kindId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "format": "uuid"},
                        },
                        *(
                            {"name": name, "in": "query", "schema": schema}
                            for name, schema in {
                                "day": {"type": "string", "format": "date"},
                                "since": {"type": "string", "format": "date-time"},
                                "colour": {"$ref": "#/components/schemas/Colour"},
                                "sizes": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Size"},
                                },
                                "other": {"type": "string", "format": "uuid"},
                                "kind": {"const": "kinds"},
                                "either": {"type": ["integer", "string"]},
                            }.items()
                        ),
                    ],
                    "responses": {"200": ok},
                }
            },
            "/kinds/colour": {
                "put": {
                    "operationId": "paintKinds",
                    "tags": ["Kinds"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Colour"}}
                        },
                    },
                    "responses": {"204": {"description": "Painted"}},
                }
            },
            "/kinds/children": {
                "post": {
                    "operationId": "adoptKinds",
                    "tags": ["Kinds"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"type": "array", "items": CHILD_REF}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "Adopted",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"anyOf": [CHILD_REF, PET_REF]},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/kinds/files": {
                "post": {
                    "operationId": "uploadKinds",
                    "tags": ["Kinds"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {"$ref": "#/components/schemas/Upload"}
                            }
                        },
                    },
                    "responses": {"204": {"description": "Stored"}},
                }
            },
        },
        "components": {
            "securitySchemes": copy.deepcopy(schemes),
            "schemas": {
                "Colour": {"type": "string", "enum": ["red", "blue"]},
                "Size": {"type": "integer", "enum": [1, 2, 3]},
                "Child": CHILD,
                "Pet": PET,
                "Kinds": {
                    "type": "object",
                    "required": KINDS_REQUIRED,
                    "properties": KINDS_PROPERTIES,
                },
                "Counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                "Family": {
                    "type": "object",
                    "properties": {"label": {"type": "string"}},
                    "additionalProperties": {"$ref": "#/components/schemas/Child"},
                },
                "Upload": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "note": {"type": "string"},
                    },
                },
            },
        },
    }


def config_file(directory: Path, package: str, *, literal_enums: bool) -> Path:
    """The project's generator configuration, for another package name (and enum style)."""
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text(encoding="utf-8"))
    config["package_name_override"] = package
    config["project_name_override"] = package.replace("_", "-")
    if literal_enums:
        config["literal_enums"] = True
    path = directory / f"{package}.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def produced_classes(spec: dict[str, Any], config: Path) -> set[str]:
    """The property classes the generator's own parser makes of ``spec``'s models."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.openapi import GeneratorData

    settings = Config.from_sources(
        ConfigFile.load_from_path(config), MetaType.NONE, config, "utf-8", True, None
    )
    data = GeneratorData.from_dict(copy.deepcopy(spec), config=settings)
    assert isinstance(data, GeneratorData), data
    assert not data.errors, [error.detail for error in data.errors]
    seen: set[str] = set()

    def walk(prop: Any) -> None:
        seen.add(type(prop).__name__)
        for inner in [
            getattr(prop, "inner_property", None),
            *getattr(prop, "inner_properties", []),
        ]:
            if inner is not None:
                walk(inner)
        if type(prop).__name__ == "ModelProperty":
            for field in (prop.required_properties or []) + (prop.optional_properties or []):
                walk(field)
            if prop.additional_properties is not None:
                walk(prop.additional_properties)

    for model in data.models:
        walk(model)
    return seen


def generate(spec: Path, config: Path, output: Path) -> subprocess.CompletedProcess[str]:
    """``make generate`` (the project's templates, post-hooks included) into ``output``."""
    return subprocess.run(  # noqa: S603 - make with the project's own target
        [  # noqa: S607 - make from PATH, as for any developer
            "make",
            "--no-print-directory",
            "-s",
            "-C",
            str(ROOT),
            "generate",
            f"BIN={BIN}",
            f"SPEC={spec}",
            f"GENERATOR_CONFIG={config}",
            f"GENERATED_PACKAGE={output}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def import_package(directory: Path, package: str) -> ModuleType:
    sys.path.insert(0, str(directory))
    try:
        importlib.import_module(f"{package}.models")
        importlib.import_module(f"{package}.api.kinds")
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(directory))


def forget(package: str) -> None:
    for name in [name for name in sys.modules if name.split(".")[0] == package]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("kinds")
    (directory / "index.yaml").write_text(yaml.safe_dump(kinds_spec()), encoding="utf-8")
    return directory


def _generated(workdir: Path, package: str, *, literal_enums: bool) -> Iterator[ModuleType]:
    config = config_file(workdir, package, literal_enums=literal_enums)
    result = generate(workdir / "index.yaml", config, workdir / package)
    assert result.returncode == 0, result.stdout + result.stderr
    try:
        yield import_package(workdir, package)
    finally:
        forget(package)


@pytest.fixture(scope="module")
def kinds(workdir: Path) -> Iterator[ModuleType]:
    """The package generated from the description above with the project's configuration."""
    yield from _generated(workdir, PACKAGE, literal_enums=False)


@pytest.fixture(scope="module")
def literal_kinds(workdir: Path) -> Iterator[ModuleType]:
    """The same with ``literal_enums: true``, the generator's one switch to another enum class."""
    yield from _generated(workdir, LITERAL_PACKAGE, literal_enums=True)


# ------------------------------------------------------------------------------------ the tests


def test_the_description_produces_every_property_class_of_the_generator(tmp_path: Path) -> None:
    spec = kinds_spec()
    produced = produced_classes(spec, config_file(tmp_path, PACKAGE, literal_enums=False))
    produced |= produced_classes(spec, config_file(tmp_path, LITERAL_PACKAGE, literal_enums=True))
    defined = set(generator_property_classes())
    assert len(defined) >= 16, defined  # the introspection found the package's classes
    missing = sorted(defined - produced)
    assert not missing, (
        f"openapi-python-client defines {missing}, which no field of this test's description "
        "produces: add one here and make overrides/templates/model.py.jinja parse it"
    )


def models(package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.models")


def test_every_kind_parses_to_its_python_type_and_round_trips(kinds: ModuleType) -> None:
    m = models(kinds)
    data = json.loads(json.dumps(VALID))
    value = m.Kinds.from_dict(data)

    assert value.text == "hello"
    assert value.count == 9007199254740993
    assert type(value.count) is int
    assert value.colour is m.Colour.RED
    assert value.size is m.Size.VALUE_2
    assert value.when == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    assert type(value.day) is datetime.date
    assert value.identifier == uuid.UUID(VALID["identifier"])
    assert value.attachment.payload.read() == "bytes \u2713".encode()
    assert value.kind == "kinds"
    assert value.version == 2
    assert isinstance(value.child, m.Child)
    assert value.child.age == 7
    assert value.inline.note == "n"
    assert isinstance(value.nullable_child, m.Child)
    assert value.nullable_colour is m.Colour.BLUE
    assert value.nullable_day == datetime.date(2024, 2, 29)
    assert isinstance(value.nullable_id, uuid.UUID)
    assert [child.name for child in value.children] == ["C", "D"]
    assert value.sizes == [m.Size.VALUE_1, m.Size.VALUE_3]
    assert value.ids == [uuid.UUID(VALID["ids"][0])]
    assert value.shape == [1, 2, 3]
    assert value.mixed[0] == datetime.date(2024, 1, 1)
    assert isinstance(value.mixed[1], m.Child)
    assert value.mixed[2] is None
    assert type(value.moment) is datetime.date
    assert isinstance(value.either, m.Pet)
    assert value.colour_or_count == 4
    assert value.loose == "anything at all"

    # The file was read above; to_dict() writes it from where the payload stands.
    value.attachment.payload.seek(0)
    assert value.to_dict() == VALID
    assert m.Kinds.from_dict(value.to_dict()).to_dict() == VALID


def test_nulls_and_other_union_members_round_trip(kinds: ModuleType) -> None:
    m = models(kinds)
    data = {
        **VALID,
        **NULLS,
        "shape": {"name": "F", "extra": 1},
        "moment": "2024-05-01T10:00:00+00:00",
        "either": {"name": "G"},
        "colourOrCount": "a new colour",
        "loose": 5,
        "primitive": None,
    }
    value = m.Kinds.from_dict(json.loads(json.dumps(data)))
    assert value.nullable_child is None
    assert isinstance(value.shape, m.Child)
    assert value.shape.additional_properties == {"extra": 1}
    assert isinstance(value.moment, datetime.datetime)
    assert isinstance(value.either, m.Child)
    assert isinstance(value.colour_or_count, m.Colour)
    assert value.to_dict() == data


def test_only_the_required_fields(kinds: ModuleType) -> None:
    m = models(kinds)
    data = {name: VALID[name] for name in KINDS_REQUIRED}
    value = m.Kinds.from_dict(data)
    assert value.to_dict() == data


@pytest.mark.parametrize(("field", "bad", "message"), INVALID, ids=[i[0] for i in INVALID])
def test_a_value_of_the_wrong_kind_is_refused_naming_its_path(
    kinds: ModuleType, field: str, bad: object, message: str
) -> None:
    m = models(kinds)
    errors = importlib.import_module(f"{kinds.__name__}.errors")
    with pytest.raises(errors.ResponseValidationError) as raised:
        m.Kinds.from_dict({**VALID, field: bad})
    assert str(raised.value) == message


@pytest.mark.parametrize("field", KINDS_REQUIRED)
def test_a_missing_required_field_of_each_kind_is_named(kinds: ModuleType, field: str) -> None:
    m = models(kinds)
    errors = importlib.import_module(f"{kinds.__name__}.errors")
    data = {name: value for name, value in VALID.items() if name != field}
    with pytest.raises(errors.ResponseValidationError) as raised:
        m.Kinds.from_dict(data)
    assert str(raised.value) == f"{field}: required field is missing"


def test_additional_properties_of_a_declared_kind_are_checked(kinds: ModuleType) -> None:
    m = models(kinds)
    errors = importlib.import_module(f"{kinds.__name__}.errors")
    counts = m.Counts.from_dict({"a": 1, "b": 2.0})
    assert counts.additional_properties == {"a": 1, "b": 2}
    assert counts.to_dict() == {"a": 1, "b": 2}
    with pytest.raises(errors.ResponseValidationError) as raised:
        m.Counts.from_dict({"a": 1, "b": "x"})
    assert str(raised.value) == "b: expected integer, got string"

    family = m.Family.from_dict({"label": "L", "kid": {"name": "K"}})
    assert isinstance(family["kid"], m.Child)
    assert family.to_dict() == {"label": "L", "kid": {"name": "K"}}
    with pytest.raises(errors.ResponseValidationError) as raised:
        m.Family.from_dict({"label": "L", "kid": {"name": 3}})
    assert str(raised.value) == "kid.name: expected string, got integer"


def _client(kinds: ModuleType, handler: Any) -> Any:
    client_module = importlib.import_module(f"{kinds.__name__}.client")
    return client_module.AuthenticatedClient(
        base_url="http://127.0.0.1",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_operations_send_and_receive_every_kind(kinds: ModuleType) -> None:
    m = models(kinds)
    api = importlib.import_module(f"{kinds.__name__}.api.kinds")
    errors = importlib.import_module(f"{kinds.__name__}.errors")
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path in {"/kinds/files", "/kinds/colour"}:
            return httpx.Response(204)
        if request.url.path == "/kinds/children":
            return httpx.Response(200, json=[{"name": "H"}, {"species": "cat"}])
        return httpx.Response(200, json=VALID)

    with _client(kinds, answer) as client:
        assert api.get_kinds.sync(client=client).to_dict() == VALID
        sent = m.Kinds.from_dict(VALID)
        assert api.put_kinds.sync(client=client, body=sent).to_dict() == VALID
        assert json.loads(requests[-1].content) == VALID

        identifier = uuid.UUID(VALID["identifier"])
        api.find_kinds.sync(
            identifier,
            client=client,
            day=datetime.date(2024, 5, 1),
            since=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
            colour=m.Colour.BLUE,
            sizes=[m.Size.VALUE_1, m.Size.VALUE_3],
            other=identifier,
            kind="kinds",
            either=4,
        )
        url = requests[-1].url
        assert url.path == f"/kinds/{identifier}"
        assert url.params["day"] == "2024-05-01"
        assert url.params["since"] == "2024-05-01T00:00:00+00:00"
        assert url.params["colour"] == "blue"
        assert url.params.get_list("sizes") == ["1", "3"]
        assert url.params["other"] == str(identifier)
        assert url.params["kind"] == "kinds"
        assert url.params["either"] == "4"

        types = importlib.import_module(f"{kinds.__name__}.types")
        api.paint_kinds.sync(client=client, body=m.Colour.BLUE)
        assert json.loads(requests[-1].content) == "blue"
        adopted = api.adopt_kinds.sync(client=client, body=[m.Child(name="H")])
        assert json.loads(requests[-1].content) == [{"name": "H"}]
        assert [type(item).__name__ for item in adopted] == ["Child", "Pet"]

        upload = m.Upload(file=types.File(payload=io.BytesIO(b"\x00\xffdata"), file_name="a.bin"))
        api.upload_kinds.sync(client=client, body=upload)
        assert b"\x00\xffdata" in requests[-1].content
        assert requests[-1].headers["content-type"].startswith("multipart/form-data")

    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**VALID, "mixed": ["2024-01-01", {"name": 1}]})

    with _client(kinds, broken) as client, pytest.raises(errors.ResponseValidationError) as raised:
        api.get_kinds.sync(client=client)
    assert raised.value.path == "mixed[1].name"
    assert raised.value.status_code == 200


def test_literal_enums_parse_check_and_round_trip(literal_kinds: ModuleType) -> None:
    m = models(literal_kinds)
    errors = importlib.import_module(f"{literal_kinds.__name__}.errors")
    value = m.Kinds.from_dict(json.loads(json.dumps(VALID)))
    assert value.colour == "red"
    assert value.sizes == [1, 3]
    assert value.nullable_colour == "blue"
    assert value.attachment.payload.seek(0) == 0
    assert value.to_dict() == VALID
    # As with the enum classes, a value the description does not list is kept.
    assert m.Kinds.from_dict({**VALID, "colour": "green"}).colour == "green"
    for field, bad, message in [
        ("colour", 5, "colour: expected string, got integer"),
        ("sizes", [1, "big"], "sizes[1]: expected integer, got string"),
        ("nullableColour", 1, "nullableColour: expected string or null, got integer"),
    ]:
        with pytest.raises(errors.ResponseValidationError) as raised:
            m.Kinds.from_dict({**VALID, field: bad})
        assert str(raised.value) == message


def mypy_path(workdir: Path) -> str:
    """The generated package's directory, and where the overlay it imports lives unless mypy
    finds it by itself (an editable install maps it with an import hook mypy does not follow)."""
    import juniper_fulfillment
    import juniper_fulfillment_client

    paths = [str(workdir)]
    for package in (juniper_fulfillment, juniper_fulfillment_client):
        parent = Path(package.__file__ or "").resolve().parent.parent
        if parent.name not in {"site-packages", "dist-packages"}:
            paths.append(str(parent))
    return os.pathsep.join(paths)


@pytest.mark.parametrize("package", [PACKAGE, LITERAL_PACKAGE])
def test_the_generated_package_type_checks(
    kinds: ModuleType, literal_kinds: ModuleType, workdir: Path, package: str
) -> None:
    # The resource classes (api/<tag>/__init__.py) take the overlay's client, which builds the
    # real package's AuthenticatedClient, not this renamed package's: only there do the two differ.
    config = workdir / f"mypy-{package}.ini"
    config.write_text(
        f"[mypy]\nstrict = True\n\n[mypy-{package}.api.kinds]\ndisable_error_code = arg-type\n",
        encoding="utf-8",
    )
    result = subprocess.run(  # noqa: S603 - mypy of this environment on the generated code
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--no-incremental", package],
        cwd=workdir,
        env={**os.environ, "MYPYPATH": mypy_path(workdir)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_annotations_resolve(kinds: ModuleType) -> None:
    """Every annotation of the model names something importable (no stray forward reference)."""
    m = models(kinds)
    hints = typing.get_type_hints(m.Kinds, vars(sys.modules[m.Kinds.__module__]))
    assert "identifier" in hints


# A generator whose string properties of `format: x-mystery` are of a class the templates have
# never seen: what an upgrade of openapi-python-client with a new property class looks like.
MYSTERY_GENERATOR = '''#!{python}
import sys

from attrs import define
from openapi_python_client.parser import properties
from openapi_python_client.parser.properties import StringProperty


@define
class MysteryProperty(StringProperty):
    """A property class the templates do not know."""


_string_based = properties._string_based_property


def _string_or_mystery(name, required, data, config):
    prop = _string_based(name=name, required=required, data=data, config=config)
    if data.schema_format != "x-mystery":
        return prop
    fields = {{a.name: getattr(prop, a.name) for a in StringProperty.__attrs_attrs__}}
    return MysteryProperty(**fields)


properties._string_based_property = _string_or_mystery
from openapi_python_client.cli import app

sys.exit(app())
'''


@pytest.fixture
def mystery_tools(tmp_path: Path) -> Path:
    """A BIN directory: this environment's tools, with the generator above."""
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in ("python", "ruff"):
        # A wrapper, not a symlink: a symlinked venv python would not find its venv.
        wrapper = tools / tool
        wrapper.write_text(f'#!/bin/sh\nexec "{BIN / tool}" "$@"\n')
        wrapper.chmod(0o755)
    generator = tools / "openapi-python-client"
    generator.write_text(MYSTERY_GENERATOR.format(python=sys.executable))
    generator.chmod(0o755)
    return tools


@pytest.mark.parametrize(
    ("schema", "path"),
    [
        ({"type": "string", "format": "x-mystery"}, "mystery"),
        (
            {
                "type": "array",
                "items": {
                    "anyOf": [{"type": "integer"}, {"format": "x-mystery", "type": "string"}]
                },
            },
            "mystery[]",
        ),
    ],
    ids=["field", "union-member-in-a-list"],
)
def test_a_kind_the_templates_do_not_parse_is_reported_as_not_generated(
    mystery_tools: Path, tmp_path: Path, schema: dict[str, Any], path: str
) -> None:
    from scripts import spec_diff

    spec = kinds_spec()
    spec["components"]["schemas"]["Kinds"]["properties"]["mystery"] = schema
    source = tmp_path / "mystery.yaml"
    source.write_text(yaml.safe_dump(spec), encoding="utf-8")
    workdir = tmp_path / "work"
    workdir.mkdir()

    gaps = spec_diff.gaps(str(source), mystery_tools, workdir)

    assert gaps == [
        spec_diff.Gap(
            None,
            f"property `{path}` of Kinds (#/components/schemas/Kinds/properties/mystery)",
            "the generator makes a MysteryProperty of it, which "
            "overrides/templates/model.py.jinja does not parse",
        )
    ]


def test_spec_diff_reports_the_refused_property_and_still_compares_the_wire(
    mystery_tools: Path, tmp_path: Path
) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "index.yaml").read_text(encoding="utf-8"))
    order = spec["components"]["schemas"]["Order"]
    order["properties"]["trackingCode"] = {"type": "string", "format": "x-mystery"}
    source = tmp_path / "mystery.yaml"
    source.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    output = tmp_path / "report.json"

    result = subprocess.run(  # noqa: S603 - this interpreter, the project's script
        [
            sys.executable,
            "-m",
            "scripts.spec_diff",
            "--new",
            str(source),
            "--bin",
            str(mystery_tools),
            "--json",
            str(output),
            "--fail-on-not-generated",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 1, result.stdout + result.stderr  # not 2: the report was made
    report = json.loads(output.read_text(encoding="utf-8"))
    assert [gap["what"] for gap in report["not_generated"]] == [
        "property `trackingCode` of Order (#/components/schemas/Order/properties/trackingCode)"
    ]
    assert "MysteryProperty" in report["not_generated"][0]["reason"]
    added = {(f["rule"], f["operationId"]) for f in report["non_breaking"]}
    assert ("response-property-added", "getOrderById") in added
    assert "Not generated (1):" in result.stdout
