"""``openapi/index.yaml`` as the fake's HTTP layer needs it: routes, parameters and validators.

The generated package carries the spec it was generated from as
``juniper_fulfillment_client/openapi.yaml`` (a generation post-hook copies it), so an installed
wheel and a checkout read the same file; ``FakeJuniper(spec=...)`` serves another one.
Requests are validated with ``openapi-schema-validator`` (JSON Schema 2020-12 plus the OpenAPI 3.1
vocabulary), the same description the client is generated from.

For an operation the fake does not model, :meth:`Spec.canned` builds the answer from the spec
alone: the documented success status with its example, or a value built from the response schema.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import os
import re
import threading
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._backend import JSON, issue
from ._formats import FORMAT_CHECKER
from ._sample import Sampler, Unsatisfiable

_SPEC_PACKAGE: Final = "juniper_fulfillment_client"
_SPEC_FILE: Final = "openapi.yaml"
_METHODS: Final = ("get", "put", "post", "delete", "patch")
_DOCUMENT_URI: Final = "urn:juniper-fulfillment:spec"
_ANY: Final = OAS31Validator({})

SpecSource = str | os.PathLike[str] | Mapping[str, Any]
"""What the fake can serve: a path to an OpenAPI document (YAML or JSON), or the parsed document."""


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
    pointer: str  # where the operation object is in the document

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def paginated(self) -> bool:
        """A cursor listing, by the rule of the client's templates: a ``cursor`` query parameter."""
        return any(p.name == "cursor" and p.location == "query" for p in self.parameters)


@dataclass(frozen=True)
class Canned:
    """The answer to an operation the fake does not model, built once from the spec.

    ``body`` is the JSON answer, or ``None`` when ``media_type`` is not JSON (an empty body of that
    type, or no content at all when it is ``None`` too); ``source`` says where the body came from
    (``"example"``, ``"schema"`` or ``"none"``); ``validator`` checks any tailored copy of it;
    ``error`` says why no answer the spec allows could be built.
    """

    status: int
    media_type: str | None
    body: Any
    source: str
    validator: OAS31Validator | None
    list_field: str | None = None  # the one array of a cursor page, which ``limit`` may shorten
    error: str | None = None


class Spec:
    """The parsed description: one :class:`Operation` per operationId, matched by path."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        self.operations: dict[str, Operation] = {}
        self._routes: list[Operation] = []
        self._registry: Registry[Any] = Registry().with_resource(
            _DOCUMENT_URI, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        self._node_validators: dict[int, tuple[Any, OAS31Validator]] = {}
        self._canned: dict[str, Canned] = {}
        self._lock = threading.Lock()
        self._sampler = Sampler(lambda node: self._resolve(node)[0], self.valid)
        for template, item in document.get("paths", {}).items():
            pattern = re.compile(
                "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            )
            for method in _METHODS:
                if method in item:
                    operation = self._operation(template, pattern, method, item)
                    self.operations[operation.operation_id] = operation
                    self._routes.append(operation)

    @property
    def base_path(self) -> str:
        """The path of the first server (``/v1``), where the API lives; ``""`` without servers."""
        servers = self.document.get("servers") or [{"url": "/"}]
        url = str(servers[0].get("url", "/"))
        for name, variable in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        return urllib.parse.urlsplit(url).path.rstrip("/")

    def body_properties(self, operation_id: str) -> frozenset[str]:
        """The property names of ``operation_id``'s JSON request body schema (none if absent)."""
        operation = self.operations.get(operation_id)
        if operation is None:
            return frozenset()
        request, _ = self._resolve(self._node(operation.pointer).get("requestBody", {}))
        content = request.get("content", {})
        media = _json_media(content)
        return self._properties(content[media].get("schema")) if media else frozenset()

    def response_properties(self, operation_id: str) -> frozenset[str]:
        """The property names of ``operation_id``'s success answer (none if it is no object)."""
        operation = self.operations.get(operation_id)
        if operation is None:
            return frozenset()
        _, response, _ = self._success(operation)
        content = response.get("content") or {}
        media = _json_media(content)
        return self._properties(content[media].get("schema")) if media else frozenset()

    def _properties(self, node: Any) -> frozenset[str]:
        schema, _ = self._resolve(node)
        if not isinstance(schema, dict):
            return frozenset()
        if "allOf" in schema:
            schema = self._sampler.merged(schema)
        return frozenset(schema.get("properties", {}))

    def validator(self, pointer: str) -> OAS31Validator:
        """A validator for the schema at JSON pointer ``pointer`` of the document.

        The schema's references are inlined once here, so validating a request never resolves a
        ``$ref``: it roughly halves the cost per request. A recursive schema cannot be inlined; it
        is validated through the document's references instead.
        """
        return self._compile(self._resolve({"$ref": f"#{pointer}"})[0])

    def valid(self, node: Any, value: Any) -> bool:
        """Whether ``value`` validates against the schema ``node`` (a part of the document)."""
        with self._lock:
            known = self._node_validators.get(id(node))
        if known is None:
            try:
                validator = self._compile(node)
            except Exception:  # a schema the validator cannot read accepts nothing
                return False
            # The node is kept with its validator: its id cannot be reused while cached.
            with self._lock:
                known = self._node_validators.setdefault(id(node), (node, validator))
        return bool(known[1].is_valid(value))

    def _compile(self, schema: Any) -> OAS31Validator:
        try:
            inlined = self._inline(schema)
        except RecursionError:
            inlined = _rebased(schema)
        OAS31Validator.check_schema(inlined)
        return OAS31Validator(inlined, format_checker=FORMAT_CHECKER, registry=self._registry)

    def _inline(self, node: Any, depth: int = 0) -> Any:
        if depth > 64:
            raise RecursionError("the schema is recursive")
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

    def methods(self, path: str) -> list[str]:
        """The methods the spec declares for ``path`` (for ``Allow``), GET PUT POST DELETE PATCH."""
        return [op.method for op in self._routes if op.pattern.match(path)]

    def _resolve(self, node: Any) -> tuple[Any, str | None]:
        """``node`` with a top-level ``$ref`` followed, and the pointer it was found at."""
        pointer = None
        while isinstance(node, dict) and "$ref" in node:
            pointer = str(node["$ref"]).removeprefix("#")
            node = self._node(pointer)
        return node, pointer

    def _node(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.strip("/").split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def _operation(
        self, template: str, pattern: re.Pattern[str], method: str, item: JSON
    ) -> Operation:
        where = f"/paths/{_escape(template)}/{method}"
        raw = item[method]
        declared: dict[tuple[str, str], tuple[JSON, str]] = {}
        # The path item's parameters apply to each of its operations, unless one redefines them.
        levels = (("", item.get("parameters", [])), (f"/{method}", raw.get("parameters", [])))
        for level, entries in levels:
            for index, entry in enumerate(entries):
                parameter, found_at = self._resolve(entry)
                base = found_at or f"/paths/{_escape(template)}{level}/parameters/{index}"
                declared[(parameter["name"], parameter["in"])] = (parameter, base)
        parameters = []
        for parameter, base in declared.values():
            if "schema" in parameter:
                schema, _ = self._resolve(parameter["schema"])
                kind = "integer" if schema.get("type") == "integer" else "string"
                validator = self.validator(f"{base}/schema")
            else:  # described with ``content``: taken as it comes
                kind, validator = "string", _ANY
            parameters.append(
                Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required")),
                    kind=kind,
                    validator=validator,
                )
            )
        body = None
        request, found_at = self._resolve(raw.get("requestBody"))
        media = _json_media(request.get("content", {})) if isinstance(request, dict) else None
        if media is not None:
            base = found_at or f"{where}/requestBody"
            body = self.validator(f"{base}/content/{_escape(media)}/schema")
        return Operation(
            operation_id=str(raw.get("operationId") or f"{method} {template}"),
            method=method.upper(),
            template=template,
            pattern=pattern,
            parameters=tuple(parameters),
            body=body,
            statuses=frozenset(str(code) for code in raw.get("responses", {})),
            pointer=where,
        )

    # ------------------------------------------------------------------- unmodelled answers
    def canned(self, operation_id: str) -> Canned:
        """The spec's answer to ``operation_id``, built on first use and kept."""
        with self._lock:
            found = self._canned.get(operation_id)
        if found is None:
            found = self._build(self.operations[operation_id])
            with self._lock:
                found = self._canned.setdefault(operation_id, found)
        return found

    def _success(self, operation: Operation) -> tuple[int, JSON, str]:
        """The documented success status (the first 2xx listed), its response and its pointer."""
        responses = self._node(operation.pointer).get("responses", {})
        codes = [str(code) for code in responses]
        chosen = next((code for code in codes if len(code) == 3 and code.startswith("2")), None)
        chosen = chosen or next((code for code in codes if code.upper() == "2XX"), None)
        chosen = chosen or ("default" if "default" in codes else None)
        if chosen is None:
            return 200, {}, ""
        key = next(code for code in responses if str(code) == chosen)
        response, found_at = self._resolve(responses[key])
        status = int(chosen) if chosen.isdigit() else 200
        return status, response, found_at or f"{operation.pointer}/responses/{_escape(chosen)}"

    def _build(self, operation: Operation) -> Canned:
        status, response, pointer = self._success(operation)
        content = response.get("content") or {}
        media = _json_media(content)
        if media is None:
            # No content, or only content that is not JSON: an empty body (of that type, if any).
            return Canned(status, next(iter(content), None), None, "none", None)
        described = content[media]
        schema = described.get("schema", {})
        validator = (
            self.validator(f"{pointer}/content/{_escape(media)}/schema")
            if "schema" in described
            else _ANY
        )
        candidates = [described["example"]] if "example" in described else []
        for example in (described.get("examples") or {}).values():
            named, _ = self._resolve(example)
            if isinstance(named, dict) and "value" in named:
                candidates.append(named["value"])
        candidates += self._sampler.examples(schema)
        source, body = "schema", None
        for candidate in candidates:
            if validator.is_valid(candidate):
                source, body = "example", copy.deepcopy(candidate)
                break
        if source == "schema":
            try:
                body = self._sampler.sample(schema)
            except Unsatisfiable as problem:
                return _unbuildable(operation, status, media, str(problem))
        list_field = None
        if operation.paginated and isinstance(body, dict):
            body = _last_page(body, validator)
            arrays = [name for name, value in body.items() if isinstance(value, list)]
            list_field = arrays[0] if len(arrays) == 1 else None
        if not validator.is_valid(body):
            return _unbuildable(operation, status, media, "the value built breaks the schema")
        return Canned(status, media, body, source, validator, list_field)


def _unbuildable(operation: Operation, status: int, media: str, why: str) -> Canned:
    message = (
        f"The fake cannot build an answer to {operation.operation_id} that the spec allows "
        f"({why}); an example on its {status} response would be served"
    )
    return Canned(status, media, None, "none", None, error=message)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _json_media(content: Mapping[str, Any]) -> str | None:
    """The JSON media type among ``content``'s keys: ``application/json``, else any ``+json``."""
    keys = [str(key) for key in content]
    plain = [key for key in keys if key.split(";")[0].strip() == "application/json"]
    other = [key for key in keys if key.split(";")[0].strip().endswith(("+json", "/json"))]
    found = plain or other
    return found[0] if found else None


def _rebased(node: Any) -> Any:
    """``node`` with its document-local references made absolute, resolved through the registry."""
    if isinstance(node, dict):
        return {
            key: (
                _DOCUMENT_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _rebased(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebased(value) for value in node]
    return node


def _last_page(body: JSON, validator: OAS31Validator) -> JSON:
    """The page marked as the last one (cursor null, else missing, else empty), as the spec allows.

    A canned page that pointed further would send a client paging through it round forever.
    """
    if "cursor" not in body:
        return body
    for last in ({**body, "cursor": None}, {k: v for k, v in body.items() if k != "cursor"}):
        if validator.is_valid(last):
            return last
    return {**body, "cursor": ""}


@functools.cache
def _bundled() -> Spec:
    with spec_path().open(encoding="utf-8") as stream:
        return Spec(yaml.safe_load(stream))


def load_spec(source: SpecSource | None = None) -> Spec:
    """The spec to serve: the bundled one by default (parsed once per process; it is read-only),
    else the document at the path ``source``, or ``source`` itself when it is a mapping."""
    if source is None:
        return _bundled()
    if isinstance(source, Mapping):
        return Spec(copy.deepcopy(dict(source)))
    with Path(source).open(encoding="utf-8") as stream:
        document = yaml.safe_load(stream)  # JSON is YAML too
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{os.fspath(source)} is not an OpenAPI document")
    return Spec(document)


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
