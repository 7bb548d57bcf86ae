"""``openapi/index.yaml`` as the fake's HTTP layer needs it: routes, parameters and validators.

The generated package carries the spec it was generated from as
``juniper_fulfillment_client/openapi.yaml`` (a generation post-hook copies it), so an installed
wheel and a checkout read the same file.
Requests are validated with ``openapi-schema-validator`` (JSON Schema 2020-12 plus the OpenAPI 3.1
vocabulary), the same description the client is generated from.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from ._backend import JSON, issue

_SPEC_PACKAGE: Final = "juniper_fulfillment_client"
_SPEC_FILE: Final = "openapi.yaml"
_METHODS: Final = ("get", "put", "post", "delete", "patch")


def spec_path() -> Path:
    """Where the spec the fake serves is read from: beside the generated client."""
    spec = Path(str(importlib.resources.files(_SPEC_PACKAGE) / _SPEC_FILE))
    if not spec.is_file():
        raise FileNotFoundError(f"the OpenAPI description is missing: expected {spec}")
    return spec


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "query", "path" or "header"
    required: bool
    kind: str  # the JSON type values are coerced to before validation: "integer" or "string"
    validator: OAS31Validator


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body: OAS31Validator | None
    statuses: frozenset[str]  # the documented response codes ("200", "404", "5XX", ...)


class Spec:
    """The parsed description: one :class:`Operation` per operationId, matched by path."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        self.operations: dict[str, Operation] = {}
        self._routes: list[Operation] = []
        for template, item in document["paths"].items():
            pattern = re.compile(
                "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            )
            for method in _METHODS:
                if method in item:
                    operation = self._operation(template, pattern, method, item[method])
                    self.operations[operation.operation_id] = operation
                    self._routes.append(operation)

    def body_properties(self, operation_id: str) -> frozenset[str]:
        """The property names of ``operation_id``'s JSON request body schema."""
        operation = self.operations[operation_id]
        item = self.document["paths"][operation.template][operation.method.lower()]
        content = item["requestBody"]["content"]["application/json"]
        schema, _ = self._resolve(content["schema"])
        return frozenset(schema.get("properties", {}))

    def validator(self, pointer: str) -> OAS31Validator:
        """A validator for the schema at JSON pointer ``pointer`` of the document.

        The schema's references are inlined once here (the spec has no recursive schema), so
        validating a request never resolves a ``$ref``: it roughly halves the cost per request.
        """
        schema = self._inline(self._resolve({"$ref": f"#{pointer}"})[0])
        OAS31Validator.check_schema(schema)
        return OAS31Validator(schema, format_checker=oas31_format_checker)

    def _inline(self, node: Any, depth: int = 0) -> Any:
        if depth > 64:
            raise ValueError("the spec has a recursive schema; the fake cannot inline it")
        if isinstance(node, dict):
            if "$ref" in node:
                target, _ = self._resolve({"$ref": node["$ref"]})
                rest = {k: v for k, v in node.items() if k != "$ref"}
                inlined = self._inline(target, depth + 1)
                return {"allOf": [inlined, self._inline(rest, depth)]} if rest else inlined
            return {key: self._inline(value, depth) for key, value in node.items()}
        if isinstance(node, list):
            return [self._inline(value, depth) for value in node]
        return node

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for ``method path``, its path values, and whether the path exists."""
        known = False
        for operation in self._routes:
            found = operation.pattern.match(path)
            if found:
                known = True
                if operation.method == method:
                    return operation, found.groupdict(), True
        return None, {}, known

    def _resolve(self, node: Any) -> tuple[Any, str | None]:
        """``node`` with a top-level ``$ref`` followed, and the pointer it was found at."""
        pointer = None
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"].removeprefix("#")
            node = self.document
            for part in pointer.strip("/").split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                node = node[int(key)] if isinstance(node, list) else node[key]
        return node, pointer

    def _operation(
        self, template: str, pattern: re.Pattern[str], method: str, raw: JSON
    ) -> Operation:
        where = f"/paths/{template.replace('~', '~0').replace('/', '~1')}/{method}"
        parameters = []
        for index, entry in enumerate(raw.get("parameters", [])):
            parameter, found_at = self._resolve(entry)
            base = found_at or f"{where}/parameters/{index}"
            schema, _ = self._resolve(parameter["schema"])
            parameters.append(
                Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required")),
                    kind="integer" if schema.get("type") == "integer" else "string",
                    validator=self.validator(f"{base}/schema"),
                )
            )
        body = None
        if "requestBody" in raw:
            body = self.validator(f"{where}/requestBody/content/application~1json/schema")
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            template=template,
            pattern=pattern,
            parameters=tuple(parameters),
            body=body,
            statuses=frozenset(str(code) for code in raw["responses"]),
        )


@functools.cache
def load_spec() -> Spec:
    """The spec, parsed once per process (it is read-only)."""
    with spec_path().open(encoding="utf-8") as stream:
        return Spec(yaml.safe_load(stream))


def issues_of(validator: OAS31Validator, value: Any, prefix: list[str | int]) -> list[JSON]:
    """The spec ``ValidationIssue`` list for every way ``value`` breaks the schema."""
    return [_issue(error, prefix) for error in _leaf_errors(validator.iter_errors(value))]


def _leaf_errors(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    for error in errors:
        if error.context:
            yield from _leaf_errors(iter(error.context))
        else:
            yield error


def _issue(error: ValidationError, prefix: list[str | int]) -> JSON:
    loc: list[str | int] = [*prefix, *error.absolute_path]
    if error.validator == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else ""
        return issue([*loc, missing] if missing else loc, "missing", "Field required")
    if error.validator == "type":
        return issue(loc, "type_error", f"Expected {error.validator_value}")
    return issue(loc, "invalid", _short(error))


def _short(error: ValidationError) -> str:
    """A message that names the rule without echoing the offending value (it may be personal)."""
    rule = error.validator
    limit = error.validator_value
    messages = {
        "enum": f"Must be one of {', '.join(map(str, limit)) if isinstance(limit, list) else ''}",
        "maxLength": f"At most {limit} characters",
        "minLength": f"At least {limit} characters",
        "minimum": f"At least {limit}",
        "maximum": f"At most {limit}",
        "minItems": f"At least {limit} item(s)",
        "pattern": f"Must match {limit}",
        "format": f"Must be a valid {limit}",
    }
    return messages.get(str(rule), f"Breaks the {rule} rule")
