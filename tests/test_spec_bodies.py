"""Bodies generated from openapi/index.yaml by hypothesis-jsonschema, parsed by the generated code.

For every operation's documented responses and request bodies, and the order status webhook:

- every schema-valid body parses (through the endpoint's own response parsing, or the request
  model's ``from_dict``) into the Python types the generator maps its formats to (a date, a
  UUID, a file; every date-time timezone-aware) and writes back the same JSON; date-times are
  drawn in RFC 3339's rarer spellings too (lowercase ``t``/``z``, offsets, a leap second, long
  fractions, no offset), and the formats hypothesis-jsonschema does not know (``uuid``,
  ``binary``) by the strategies below, so a field of any format the spec adds is drawn valid;
- a valid body made invalid in one place (a value of the wrong JSON type, a required field
  removed, the whole body wrapped in an array), checked invalid with jsonschema first, raises
  ``ResponseValidationError`` whose path is the place that was changed;
- request bodies through ``from_dict(strict=True)``, as the client converts a body given as a
  mapping: every body valid with only declared fields parses, and an undeclared key added to any
  object is refused at its place unless the spec allows extra fields there.

The default run draws 4 examples per schema, to keep the suite fast;
``HYPOTHESIS_PROFILE=thorough`` draws 1,000.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import os
import pkgutil
import typing
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import jsonschema  # type: ignore[import-untyped]  # ships no type information
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from openapi_python_client.strings import PythonIdentifier

import juniper_fulfillment_client.api
from juniper_fulfillment import ResponseValidationError
from juniper_fulfillment_client.client import AuthenticatedClient
from juniper_fulfillment_client.errors import as_datetime
from juniper_fulfillment_client.models import OrderStatusWebhook
from juniper_fulfillment_client.types import File, Unset

from .fault_server import FaultServer, Reply, client_for

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
PROFILE = settings(
    max_examples=1_000 if THOROUGH else 4,
    deadline=None,
    # hypothesis-jsonschema filters internally on the larger schemas.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi" / "index.yaml").read_text())
METHODS = ("get", "put", "post", "delete", "patch")
# OpenAPI keywords that are not JSON Schema (3.1 schemas are JSON Schema 2020-12 otherwise).
OPENAPI_ONLY = {"example", "discriminator", "xml", "externalDocs"}
DATE_TIME = "x-rfc3339-date-time"


def resolve(node: Any) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points to (the spec has no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = SPEC
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            merged = {**resolve(target), **{k: v for k, v in node.items() if k != "$ref"}}
            return resolve(merged)
        resolved = {key: resolve(value) for key, value in node.items() if key not in OPENAPI_ONLY}
        if resolved.get("format") == "date-time":
            # Drawn by rfc3339() below, which also draws what jsonschema's own date-time check
            # refuses but this client accepts (a leap second, no offset).
            resolved["format"] = DATE_TIME
        return resolved
    if isinstance(node, list):
        return [resolve(item) for item in node]
    return node


def json_schema(media: dict[str, Any]) -> dict[str, Any] | None:
    content = resolve(media).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return typing.cast("dict[str, Any] | None", schema)


def snake(name: str) -> str:
    """The module name the generator gives an operationId (its own rule)."""
    return str(PythonIdentifier(name, prefix="field_"))


ENDPOINTS = {
    info.name.rsplit(".", 1)[-1]: importlib.import_module(info.name)
    for info in pkgutil.walk_packages(
        juniper_fulfillment_client.api.__path__, juniper_fulfillment_client.api.__name__ + "."
    )
    if not info.ispkg
}


def operations() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]["operationId"], item[method]


def responses() -> Iterator[Any]:
    """Every 2xx with a body, and one error status per operation (the error statuses of an
    operation share one schema and one parsing path; every status would only slow the suite)."""
    for path, method, operation_id, operation in operations():
        error_seen = False
        for status, response in operation["responses"].items():
            schema = json_schema(response)
            if not status.isdigit() or schema is None:
                continue
            if not status.startswith("2"):
                if error_seen:
                    continue
                error_seen = True
            yield pytest.param(
                method, path, operation_id, int(status), schema, id=f"{operation_id}-{status}"
            )


RESPONSES = list(responses())
REQUEST_BODIES = [
    pytest.param(operation_id, schema, id=operation_id)
    for _, _, operation_id, operation in operations()
    if "requestBody" in operation and (schema := json_schema(operation["requestBody"]))
]
WEBHOOK_SCHEMA = json_schema(SPEC["webhooks"]["orderStatusChanged"]["post"]["requestBody"])


# ------------------------------------------------------------------------ RFC 3339 date-times
@st.composite
def rfc3339(draw: st.DrawFn) -> str:
    """An RFC 3339 date-time, in any of its spellings, or one without an offset."""
    moment = draw(
        st.datetimes(datetime.datetime(1900, 1, 1), datetime.datetime(2200, 12, 31))
    ).replace(microsecond=0)
    text = moment.strftime("%Y-%m-%d") + draw(st.sampled_from("Tt"))
    leap = draw(st.integers(0, 19)) == 0
    text += "23:59:60" if leap else moment.strftime("%H:%M:%S")
    digits = draw(st.integers(0, 12))
    if digits:
        text += "." + "".join(
            draw(st.lists(st.sampled_from("0123456789"), min_size=digits, max_size=digits))
        )
    offset = draw(st.sampled_from(["Z", "z", "+00:00", "-00:00", "+05:30", "-08:00", "+14:00", ""]))
    return text + offset


@st.composite
def uuids(draw: st.DrawFn) -> str:
    """A UUID in its text form, in either case (RFC 9562 reads them alike)."""
    text = str(draw(st.uuids()))
    return text.upper() if draw(st.booleans()) else text


# Formats the generator maps to a Python type that hypothesis-jsonschema does not draw (it would
# draw any string): a UUID, and `binary` (any text; the client keeps its UTF-8 bytes).
FORMATS = {DATE_TIME: rfc3339(), "uuid": uuids(), "binary": st.text()}


_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def bodies(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Schema-valid bodies; built once per schema (from_schema's canonicalisation is slow)."""
    key = json.dumps(schema, sort_keys=True)
    if key not in _STRATEGIES:
        _STRATEGIES[key] = from_schema(schema, custom_formats=FORMATS)
    return _STRATEGIES[key]


# ------------------------------------------------------------------------------- parsing
CLIENT = AuthenticatedClient(base_url="http://127.0.0.1", token="t")


def parse_response(method: str, path: str, operation_id: str, status: int, body: bytes) -> Any:
    module = ENDPOINTS[snake(operation_id)]
    request = httpx.Request(method.upper(), "http://127.0.0.1" + path)
    response = httpx.Response(status, content=body, request=request)
    return module._build_response(client=CLIENT, response=response).parsed


def request_model(operation_id: str) -> Any:
    hints = typing.get_type_hints(ENDPOINTS[snake(operation_id)].sync_detailed)
    return hints["body"]


def assert_aware(value: Any, where: str = "body") -> None:
    """Every value reachable from a parsed model is of a type the generator maps JSON to (a
    date-time, a date, a UUID, a file, a model, a list, a JSON scalar), and every date-time has
    an offset."""
    if isinstance(value, datetime.datetime):
        assert value.utcoffset() is not None, f"{where} is naive: {value!r}"
    elif isinstance(value, datetime.date | uuid.UUID):
        pass
    elif isinstance(value, File):
        assert isinstance(value.to_text(), str), where
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            assert_aware(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_aware(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            assert_aware(item, f"{where}.{key}")
    else:
        assert isinstance(value, str | int | float | bool | Unset | None), (where, value)


def assert_same_json(written: Any, body: Any, where: str = "body") -> None:
    """``to_dict()`` gave back ``body``: every value in its place (date-times as instants)."""
    if isinstance(body, dict):
        assert isinstance(written, dict), where
        assert written.keys() == body.keys(), where
        for key in body:
            assert_same_json(written[key], body[key], f"{where}.{key}")
    elif isinstance(body, list):
        assert isinstance(written, list), where
        assert len(written) == len(body), where
        for index, (left, right) in enumerate(zip(written, body, strict=True)):
            assert_same_json(left, right, f"{where}[{index}]")
    elif isinstance(body, str) and isinstance(written, str) and written != body:
        # The same value in another spelling: a UUID in lower case, a date-time as an instant.
        if written == body.lower() and is_uuid(body):
            return
        assert as_datetime(None, written) == as_datetime(None, body), where
    else:
        assert written == body, where
        assert type(written) is type(body) or isinstance(body, float), where


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def written_back(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


# ----------------------------------------------------------------------------- mutations
WRONG_TYPES: list[Any] = ["x", 7, 1.5, True, None, [], {}]


def places(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from places(item, (*path, index))


def dotted(path: typing.Iterable[str | int]) -> str:
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        else:
            text += f".{segment}" if text else segment
    return text


def mutate(
    body: Any, data: st.DataObject, schema: dict[str, Any]
) -> tuple[Any, tuple[str | int, ...]]:
    """``body`` changed in one place, and the place a parser must name."""
    # Wrapped in an array: where an object is declared the body itself is wrong; where an array
    # is, its first element is.
    wrapped: tuple[Any, tuple[str | int, ...]] = (
        [body],
        (0,) if schema.get("type") == "array" else (),
    )
    how = data.draw(st.sampled_from(["retype", "remove", "wrap"]))
    if how == "wrap":
        return wrapped
    candidates = [path for path in places(body) if path]
    if how == "remove":
        candidates = [path for path in candidates if isinstance(path[-1], str)]
    if not candidates:
        return wrapped
    path = data.draw(st.sampled_from(candidates))
    changed = copy.deepcopy(body)
    parent = changed
    for segment in path[:-1]:
        parent = parent[segment]
    if how == "remove":
        del parent[path[-1]]
    else:
        # Another JSON type: {} for an object would only empty it (a required field missing
        # one level down, not a wrong type here).
        original = parent[path[-1]]
        wrong = [value for value in WRONG_TYPES if not same_json_type(value, original)]
        parent[path[-1]] = data.draw(st.sampled_from(wrong))
    return changed, path


def same_json_type(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right)
    return type(left) is type(right) or (
        isinstance(left, dict | list) and isinstance(right, type(left))
    )


def broken_by_shape(schema: dict[str, Any], body: Any) -> bool:
    """True when the body breaks the schema by a JSON type or a missing required field.

    Other failures are not this client's to refuse: an enum value the spec does not list yet is
    accepted on purpose, and formats, patterns and ranges are the server's business.
    """
    errors = jsonschema.Draft202012Validator(schema).iter_errors(body)
    return any(error.validator in ("type", "required") for error in errors)


def assert_refused_at(parse: typing.Callable[[], Any], path: tuple[str | int, ...]) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        parse()
    assert raised.value.path == dotted(path), str(raised.value)
    assert raised.value.problem.startswith(("expected ", "required field is missing"))


# --------------------------------------------------------------------------------- tests
@pytest.mark.parametrize(("method", "path", "operation_id", "status", "schema"), RESPONSES)
@PROFILE
@given(data=st.data())
def test_responses_valid_parse_and_invalid_name_the_place(
    method: str, path: str, operation_id: str, status: int, schema: dict[str, Any], data: Any
) -> None:
    body = data.draw(bodies(schema))
    parsed = parse_response(method, path, operation_id, status, json.dumps(body).encode())
    assert_aware(parsed)
    assert_same_json(written_back(parsed), body)

    changed, place = mutate(body, data, schema)
    if not broken_by_shape(schema, changed):
        return
    raw = json.dumps(changed).encode()
    with pytest.raises(ResponseValidationError) as raised:
        parse_response(method, path, operation_id, status, raw)
    assert raised.value.path == dotted(place), str(raised.value)
    assert raised.value.content == raw
    assert raised.value.status_code == status


@pytest.mark.parametrize(("operation_id", "schema"), REQUEST_BODIES)
@PROFILE
@given(data=st.data())
def test_request_bodies_round_trip_through_from_dict(
    operation_id: str, schema: dict[str, Any], data: Any
) -> None:
    model = request_model(operation_id)
    body = data.draw(bodies(schema))
    parsed = model.from_dict(body)
    assert_aware(parsed)
    assert_same_json(parsed.to_dict(), body)
    changed, place = mutate(body, data, schema)
    if broken_by_shape(schema, changed):
        assert_refused_at(lambda: model.from_dict(changed), place)


def closed(schema: Any) -> Any:
    """``schema`` with ``additionalProperties: false`` on every object that declares properties
    and says nothing of extra fields: what ``from_dict(strict=True)`` holds a body to."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if "properties" in schema and "additionalProperties" not in schema:
        result["additionalProperties"] = False
    return result


UNKNOWN_KEY = "shipping_method"  # the snake_case spelling a Python user types for a camelCase key


@pytest.mark.parametrize(("operation_id", "schema"), REQUEST_BODIES)
@PROFILE
@given(data=st.data())
def test_strict_request_bodies_refuse_an_unknown_key_at_its_place(
    operation_id: str, schema: dict[str, Any], data: Any
) -> None:
    model = request_model(operation_id)
    strict_schema = closed(schema)
    body = data.draw(bodies(strict_schema))
    parsed = model.from_dict(body, strict=True)
    assert_same_json(parsed.to_dict(), body)

    objects = [path for path in places(body) if isinstance(value_at(body, path), dict)]
    place = data.draw(st.sampled_from(objects))
    changed = copy.deepcopy(body)
    target = value_at(changed, place)
    key = UNKNOWN_KEY if UNKNOWN_KEY not in target else UNKNOWN_KEY + "_"
    target[key] = "x"
    refused = any(
        error.validator == "additionalProperties"
        for error in jsonschema.Draft202012Validator(strict_schema).iter_errors(changed)
    )
    if not refused:  # an object whose schema allows extra fields
        model.from_dict(changed, strict=True)
        return
    with pytest.raises(ResponseValidationError) as raised:
        model.from_dict(changed, strict=True)
    assert raised.value.path == dotted((*place, key)), str(raised.value)
    assert raised.value.problem.startswith("unknown field"), str(raised.value)
    # Lenient without strict, as for the server's answers: the key is kept, not refused.
    assert_same_json(model.from_dict(changed).to_dict(), changed)


def value_at(body: Any, path: tuple[str | int, ...]) -> Any:
    for segment in path:
        body = body[segment]
    return body


@PROFILE
@given(data=st.data())
def test_webhook_payloads(data: Any) -> None:
    assert WEBHOOK_SCHEMA is not None
    body = data.draw(bodies(WEBHOOK_SCHEMA))
    parsed = OrderStatusWebhook.from_dict(body)
    assert_aware(parsed)
    assert_same_json(parsed.to_dict(), body)
    changed, place = mutate(body, data, WEBHOOK_SCHEMA)
    if broken_by_shape(WEBHOOK_SCHEMA, changed):
        assert_refused_at(lambda: OrderStatusWebhook.from_dict(changed), place)


def test_every_operation_is_covered() -> None:
    covered = {param.values[2] for param in RESPONSES}
    assert covered == {operation_id for _, _, operation_id, _ in operations()}
    assert REQUEST_BODIES


@PROFILE
@given(data=st.data())
def test_a_sample_through_juniper_client_on_a_real_server(data: Any) -> None:
    """Generated bodies served over a socket parse exactly as they do in memory."""
    from juniper_fulfillment_client.api.orders import get_order_by_id, list_orders

    schemas = {param.id: param.values[4] for param in RESPONSES}
    order = data.draw(bodies(schemas["getOrderById-200"]))
    page = data.draw(bodies(schemas["listOrders-200"]))
    with FaultServer() as server, client_for(server) as client:
        server.script("GET", "/orders/o1", Reply(200, order))
        parsed_order = get_order_by_id.sync("o1", client=client)
        server.script("GET", "/orders", Reply(200, page))
        parsed_page = list_orders.sync(client=client)
        for parsed, body in ((parsed_order, order), (parsed_page, page)):
            assert parsed.to_dict() == type(parsed).from_dict(body).to_dict()
            assert_aware(parsed)

        bad = {"orders": [{"id": "o1", "status": "NEW"}, {"id": 5, "status": "NEW"}]}
        server.script("GET", "/orders", Reply(200, bad))
        with pytest.raises(ResponseValidationError) as raised:
            list_orders.sync(client=client)
        assert raised.value.path == "orders[1].id"
        assert json.loads(raised.value.content or b"") == bad
