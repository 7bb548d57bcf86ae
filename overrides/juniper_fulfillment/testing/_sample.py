"""A JSON value for a schema of the spec, built deterministically: for unmodelled operations.

The value honours what the spec says of it: required and optional properties, ``$ref``, ``allOf``
(merged), ``oneOf``/``anyOf`` (the first alternative that validates, discriminator set), enums and
``const``, nullable types (the non-null type is chosen), string formats and lengths, patterns,
numeric bounds and ``multipleOf``, item counts. An ``example``, ``examples`` entry or ``default``
that validates against its schema is preferred at every level, so the spec's own sample values
show through. The same schema always gives the same value.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import importlib
import math
import re
from collections.abc import Callable
from typing import Any, Final

# The regular-expression parser of the standard library; private, so it is reached without stubs.
_PARSER: Any = importlib.import_module("re._parser")

_OPTIONAL_DEPTH: Final = 8  # deeper than this, optional properties are left out (recursive schemas)
_MAX_DEPTH: Final = 48
_EPOCH: Final = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

# The value of each string format; ``n`` tells items of one array apart (``uniqueItems``).
_FORMATS: Final[dict[str, Callable[[int], str]]] = {
    "date": lambda n: (_EPOCH + dt.timedelta(days=n)).date().isoformat(),
    "date-time": lambda n: (_EPOCH + dt.timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "time": lambda n: f"00:{n % 60:02d}:00Z",
    "duration": lambda n: f"P{n + 1}D",
    "uuid": lambda n: f"00000000-0000-4000-8000-{n % 10**12:012d}",
    "email": lambda n: f"user{n or ''}@example.com",
    "idn-email": lambda n: f"user{n or ''}@example.com",
    "uri": lambda n: f"https://example.com/{n or ''}",
    "iri": lambda n: f"https://example.com/{n or ''}",
    "url": lambda n: f"https://example.com/{n or ''}",
    "uri-reference": lambda n: f"/{n or ''}",
    "iri-reference": lambda n: f"/{n or ''}",
    "uri-template": lambda n: f"https://example.com/{{id{n or ''}}}",
    "hostname": lambda n: f"host{n or ''}.example.com",
    "idn-hostname": lambda n: f"host{n or ''}.example.com",
    "ipv4": lambda n: f"192.0.2.{n % 255}",
    "ipv6": lambda n: f"2001:db8::{n % 65535:x}",
    "json-pointer": lambda n: f"/item{n or ''}",
    "relative-json-pointer": lambda n: f"{n}",
    "regex": lambda n: f"^item{n or ''}$",
    "byte": lambda n: base64.b64encode(f"fake{n or ''}".encode()).decode(),
    "password": lambda n: f"password{n or ''}",
}


class Unsatisfiable(Exception):  # noqa: N818 - a dead end while sampling, handled by the caller
    """No value could be built for a schema (``false``, or nested beyond any sensible depth)."""


class Sampler:
    """Builds values for the schemas of one document.

    Args:
        resolve: follows a node's ``$ref`` (if any) to the schema it names.
        valid: whether a value validates against a (raw) schema node of the document.
    """

    def __init__(self, resolve: Callable[[Any], Any], valid: Callable[[Any, Any], bool]) -> None:
        self._resolve = resolve
        self._valid = valid

    def examples(self, node: Any) -> list[Any]:
        """The sample values a schema node carries: ``example``, ``examples``, ``default``."""
        node = self._resolve(node)
        if not isinstance(node, dict):
            return []
        found = [node["example"]] if "example" in node else []
        if isinstance(node.get("examples"), list):
            found.extend(node["examples"])
        if "default" in node:
            found.append(node["default"])
        return found

    def sample(self, node: Any, depth: int = 0, variant: int = 0) -> Any:
        """A value for ``node``; :class:`Unsatisfiable` when there is none to build."""
        if depth > _MAX_DEPTH:
            raise Unsatisfiable("the schema nests too deeply")
        node = self._resolve(node)
        if node is True or node == {}:
            return {}
        if not isinstance(node, dict):
            raise Unsatisfiable("the schema accepts nothing")
        if "const" in node:
            return copy.deepcopy(node["const"])
        if variant == 0:
            for candidate in self.examples(node):
                if self._valid(node, candidate):
                    return copy.deepcopy(candidate)
        if node.get("enum"):
            values = [value for value in node["enum"] if value is not None] or node["enum"]
            return copy.deepcopy(values[variant % len(values)])
        if "allOf" in node:
            return self.sample(self.merged(node), depth + 1, variant)
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._alternative(node, key, depth, variant)
        kind = _kind(node)
        if kind == "object":
            return self._object(node, depth, variant)
        if kind == "array":
            return self._array(node, depth)
        if kind == "string":
            return _string(node, variant)
        if kind == "integer":
            return _integer(node, variant)
        if kind == "number":
            return _number(node, variant)
        if kind == "boolean":
            return variant % 2 == 0
        return None

    def merged(self, node: dict[str, Any]) -> dict[str, Any]:
        """``node`` with its ``allOf`` members folded in: properties and required lists joined."""
        out = {key: value for key, value in node.items() if key != "allOf"}
        for member in node["allOf"]:
            part = self._resolve(member)
            if not isinstance(part, dict):
                continue
            if "allOf" in part:
                part = self.merged(part)
            for key, value in part.items():
                if key == "properties":
                    properties = dict(out.get("properties", {}))
                    for name, schema in value.items():
                        known = properties.get(name)
                        properties[name] = schema if known is None else {"allOf": [known, schema]}
                    out["properties"] = properties
                elif key == "required":
                    out["required"] = [*out.get("required", [])]
                    out["required"] += [name for name in value if name not in out["required"]]
                elif key not in ("example", "examples", "default", "description", "title"):
                    # A member's sample values describe only that member, not the whole.
                    out.setdefault(key, value)
        return out

    def _alternative(self, node: dict[str, Any], key: str, depth: int, variant: int) -> Any:
        skip = {key, "discriminator", "example", "examples", "default"}
        base = {name: value for name, value in node.items() if name not in skip}
        shared = any(name in base for name in ("properties", "required", "type", "allOf"))
        choices = sorted(node[key], key=lambda alt: self._resolve(alt) == {"type": "null"})
        first: Any = None
        tried = False
        for choice in choices:
            schema = {"allOf": [base, choice]} if shared else choice
            try:
                value = self.sample(schema, depth + 1, variant)
            except Unsatisfiable:
                continue
            value = _discriminate(node.get("discriminator"), choice, value)
            if not tried:
                first, tried = value, True
            if self._valid(node, value):
                return value
        if not tried:
            raise Unsatisfiable(f"no alternative of {key} can be built")
        return first

    def _object(self, node: dict[str, Any], depth: int, variant: int) -> dict[str, Any]:
        required = node.get("required", [])
        out: dict[str, Any] = {}
        for name, schema in node.get("properties", {}).items():
            optional = name not in required
            resolved = self._resolve(schema)
            if optional and (
                depth > _OPTIONAL_DEPTH
                or (isinstance(resolved, dict) and resolved.get("writeOnly"))
            ):
                continue  # writeOnly: never in an answer
            try:
                out[name] = self.sample(schema, depth + 1, variant)
            except Unsatisfiable:
                if not optional:
                    raise
        extra = node.get("additionalProperties")
        for name in required:
            if name not in out:
                out[name] = self.sample(extra if isinstance(extra, dict) else {}, depth + 1)
        return out

    def _array(self, node: dict[str, Any], depth: int) -> list[Any]:
        prefix = node.get("prefixItems", [])
        items = node.get("items", {})
        low = node.get("minItems", 0)
        count = max(low, len(prefix), 1)
        if "maxItems" in node:
            count = min(count, node["maxItems"])
        out: list[Any] = []
        for index in range(count):
            schema = prefix[index] if index < len(prefix) else items
            if schema is False:
                break
            try:
                out.append(self.sample(schema, depth + 1, index))
            except Unsatisfiable:
                if index < low:
                    raise
                break
        return out


def _kind(node: dict[str, Any]) -> str:
    """The JSON type to build for ``node``: its (non-null) type, or the one its keywords imply."""
    declared = node.get("type")
    if isinstance(declared, list):
        real = [kind for kind in declared if kind != "null"]
        return str(real[0]) if real else "null"
    if isinstance(declared, str):
        return declared
    if any(key in node for key in ("properties", "required", "additionalProperties")):
        return "object"
    if "items" in node or "prefixItems" in node:
        return "array"
    if node.get("format") in ("int32", "int64"):
        return "integer"
    if node.get("format") in ("float", "double") or any(
        key in node for key in ("minimum", "maximum", "multipleOf")
    ):
        return "number"
    if any(key in node for key in ("format", "pattern", "minLength", "maxLength")):
        return "string"
    return "object"


def _discriminate(discriminator: Any, choice: Any, value: Any) -> Any:
    """``value`` with the discriminator property naming the alternative it was built from."""
    if not (
        isinstance(discriminator, dict) and isinstance(value, dict) and isinstance(choice, dict)
    ):
        return value
    reference = choice.get("$ref")
    name = discriminator.get("propertyName")
    if not (isinstance(reference, str) and isinstance(name, str)):
        return value
    mapping = discriminator.get("mapping", {})
    tag = next((key for key, target in mapping.items() if target == reference), None)
    return {**value, name: tag or reference.rsplit("/", 1)[-1]}


def _string(node: dict[str, Any], variant: int) -> str:
    form = node.get("format")
    maker = _FORMATS.get(form) if isinstance(form, str) else None
    if maker is not None:
        text = maker(variant)
    elif isinstance(node.get("pattern"), str):
        text = sample_pattern(node["pattern"]) or "string"
    else:
        text = f"string{variant or ''}"
    low = node.get("minLength", 0)
    if len(text) < low:
        text += "x" * (low - len(text))
    if "maxLength" in node:
        text = text[: node["maxLength"]]
    return text


def _bounds(node: dict[str, Any], step: float) -> tuple[float | None, float | None]:
    """The lowest and highest allowed value, exclusive bounds moved inward by ``step``."""
    low = node.get("minimum")
    high = node.get("maximum")
    above = node.get("exclusiveMinimum")
    below = node.get("exclusiveMaximum")
    if above is True and low is not None:  # OpenAPI 3.0: a flag on minimum
        low += step
    elif isinstance(above, int | float) and not isinstance(above, bool):
        low = above + step if low is None else max(low, above + step)
    if below is True and high is not None:
        high -= step
    elif isinstance(below, int | float) and not isinstance(below, bool):
        high = below - step if high is None else min(high, below - step)
    return low, high


def _integer(node: dict[str, Any], variant: int) -> int:
    low, high = _bounds(node, 1)
    low = math.ceil(low) if low is not None else None
    high = math.floor(high) if high is not None else None
    value = low if low is not None else (0 if high is None or high >= 0 else high)
    if high is None or value + variant <= high:
        value += variant
    step = node.get("multipleOf")
    if isinstance(step, int) and step > 0:
        value = -(-value // step) * step
        if high is not None and value > high:
            value -= step
    return int(value)


def _number(node: dict[str, Any], variant: int) -> float:
    low, high = _bounds(node, 0)
    open_low = node.get("exclusiveMinimum") not in (None, False)
    open_high = node.get("exclusiveMaximum") not in (None, False)
    if low is not None and high is not None:
        value = (low + high) / 2
    elif low is not None:
        value = low + 1 if open_low else low
    elif high is not None:
        value = min(0.0, high - 1 if open_high else high)
    else:
        value = 0.0
    if high is None or value + variant < high:
        value += variant
    step = node.get("multipleOf")
    if isinstance(step, int | float) and step > 0:
        value = math.ceil(value / step) * step
    return float(value)


class _Unsupported(Exception):  # noqa: N818 - a construct the pattern sampler does not build
    pass


def sample_pattern(pattern: str) -> str | None:
    """A short string that ``re.search(pattern, ...)`` matches, or None when none is found."""
    try:
        text = _emit(_PARSER.parse(pattern))
    except (_Unsupported, re.error, ValueError, TypeError, IndexError):
        return None
    return text if re.search(pattern, text) else None


def _emit(items: Any) -> str:
    out: list[str] = []
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(argument))
        elif name == "NOT_LITERAL":
            out.append("b" if argument == ord("a") else "a")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_member(argument))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, inner = argument
            out.append(_emit(inner) * int(low))
        elif name == "SUBPATTERN":
            out.append(_emit(argument[-1]))
        elif name == "ATOMIC_GROUP":
            out.append(_emit(argument))
        elif name == "BRANCH":
            out.append(_emit(argument[1][0]))
        elif name == "CATEGORY":
            out.append(_category(str(argument)))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # anchors and lookarounds: the final check decides
        else:
            raise _Unsupported(name)
    return "".join(out)


_CATEGORIES: Final = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
}


_CATEGORY_PATTERNS: Final = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _known(name: str) -> str:
    if name not in _CATEGORIES:
        raise _Unsupported(name)
    return name


def _category(name: str) -> str:
    return _CATEGORIES[_known(name)]


def _member(items: Any) -> str:
    """A character of a ``[...]`` class (or, for ``[^...]``, one outside it)."""
    entries = list(items)
    if entries and str(entries[0][0]) == "NEGATE":
        for candidate in "a0A_-. xZ9":
            if not _in_class(entries[1:], candidate):
                return candidate
        raise _Unsupported("NEGATE")
    for op, argument in entries:
        name = str(op)
        if name == "LITERAL":
            return chr(argument)
        if name == "RANGE":
            return chr(argument[0])
        if name == "CATEGORY":
            return _category(str(argument))
    raise _Unsupported("IN")


def _in_class(entries: list[Any], char: str) -> bool:
    for op, argument in entries:
        name = str(op)
        if (name == "LITERAL" and chr(argument) == char) or (
            name == "RANGE" and argument[0] <= ord(char) <= argument[1]
        ):
            return True
        if name == "CATEGORY" and re.fullmatch(_CATEGORY_PATTERNS[_known(str(argument))], char):
            return True
    return False
