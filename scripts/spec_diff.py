"""What a new vendor description changes for users of this package: on the wire and in Python.

``make spec-diff NEW=<path|url> [OLD=<path|git ref>]`` runs this (``python -m scripts.spec_diff``);
``make update-spec`` runs it too, before it touches anything. Nothing in the repository changes:
both descriptions are generated into a temporary directory with ``make generate``'s own command
line, so the Python side compares exactly what each description would produce.

The new description is validated first (:func:`validate`: openapi-spec-validator and Redocly
CLI); an invalid one stops the comparison with the validators' own messages, which name the
``$ref`` that does not resolve or the line YAML could not parse. Comparing it would only end in an
obscure failure of Optic or the generator.

The report joins three sources on the operationId:

- **the wire**: Optic (``optic diff --json``) compares the two descriptions operation by operation,
  with every ``$ref`` resolved, and names each changed parameter, body property, status and media
  type. Optic's own checks judge an API by what breaks *any* consumer; this package tolerates
  unknown response enum values, so the classification is done here, by the small table in
  :func:`classify_attribute`, on Optic's structured output. Optic does not compare ``servers``;
  :func:`server_findings` does (a list of URLs, no schema involved).
- **Python**: griffe, through :mod:`scripts.api_diff`, compares the two generated packages
  (operation signatures, return annotations, model fields and attrs constructors).
- **the generator**: every operation and parameter of the new description is looked up in the
  generated code, and every generator warning is kept. Whatever the generator dropped goes into
  ``not_generated``: such an operation would be listed as new and then fail on every call. So
  does a property the templates refuse (a kind of property they do not parse), with its path.

Each finding names its rule, the operation (``METHOD /path``), the operationId and the Python
symbol a user imports. A breaking finding also says what that symbol was and what it becomes
(``old``/``new``: the signature of a function or of an operation's ``sync``, the type of a model
field, the constructor of a model; null when the symbol does not exist on that side), which is
what a user must change and what the migration note tells them.

Exit status: 0; 1 with ``--fail-on-breaking`` when ``breaking`` is not empty or
``--fail-on-not-generated`` when ``not_generated`` is not; 2 when the comparison could not be made
(an invalid new description, an unknown git ref, Optic or the generator missing).
"""

from __future__ import annotations

import argparse
import ast
import functools
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import griffe
import httpx
import yaml

from scripts import api_diff

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "index.yaml"
OPTIC = ROOT / "node_modules" / ".bin" / "optic"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
REDOCLY_CONFIG = ROOT / "redocly.yaml"
REPORT = ROOT / "build" / "spec-diff.json"
CLIENT = api_diff.CLIENT
# Where a server change lands for users: the environments JuniperClient(environment=...) picks.
CLIENT_ENVIRONMENTS = "juniper_fulfillment.JuniperClient"
FETCH_TIMEOUT = 30.0
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Optic phones home and checks for updates unless told not to; the comparison is local.
OPTIC_ENV = {"OPTIC_TELEMETRY": "off", "NO_UPDATE_NOTIFIER": "1", "CI": "true"}
# What the Makefile exports for every Node tool: no telemetry, no update notices.
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
}
# openapi-spec-validator prints the whole document after some errors; keep messages readable.
MAX_LINE = 400
BANNER = ("╔", "║", "╚")
WARNING = re.compile(r"^WARNING parsing (\w+) (\S+) within (\S+)\.")
# What overrides/templates/model.py.jinja stops the generation with on a property class it does
# not parse (a generator upgrade's new kind): the model and the property's JSON path in it.
REFUSAL = re.compile(
    r"juniper-fulfillment: not generated: property `(?P<path>[^`]*)` of model `(?P<model>[^`]*)`"
    r" is an? (?P<kind>\w+), which (?P<template>\S+) does not parse"
)
OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
# Schema keywords whose change is a change of what a value may be, not of its documentation.
CONSTRAINTS = ("minimum", "maximum", "minLength", "maxLength", "pattern", "minItems", "maxItems")

Spec = dict[str, Any]


class SpecDiffError(Exception):
    """The comparison could not be made; the message says why."""


class InvalidSpecError(SpecDiffError):
    """The new description does not validate; ``failures`` holds each failing validator's output."""

    def __init__(self, source: str, failures: list[str]) -> None:
        self.failures = failures
        super().__init__(
            f"{source} is not a valid OpenAPI description, so nothing was compared.\n\n"
            + "\n\n".join(failures)
        )


@dataclass(frozen=True, order=True)
class Finding:
    """One line of the report. ``operation`` is ``METHOD /path``; ``python`` a dotted symbol."""

    rule: str
    operation: str | None
    operationId: str | None  # noqa: N815 - the report's field name is the OpenAPI one
    python: str | None
    message: str
    # Breaking findings only: ``python`` before and after (see :func:`describe`).
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True, order=True)
class Gap:
    """Something in the description that the generated client does not have."""

    operationId: str | None  # noqa: N815 - the report's field name is the OpenAPI one
    what: str
    reason: str


class GenerationRefusedError(SpecDiffError):
    """The templates stopped the generation on parts of the description they cannot generate."""

    def __init__(self, message: str, gaps: list[Gap]) -> None:
        super().__init__(message)
        self.gaps = gaps


@dataclass
class Report:
    old_version: str | None
    new_version: str | None
    breaking: list[Finding] = field(default_factory=list)
    non_breaking: list[Finding] = field(default_factory=list)
    not_generated: list[Gap] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "old": {"version": self.old_version},
            "new": {"version": self.new_version},
            "breaking": [asdict(finding) for finding in self.breaking],
            "non_breaking": [asdict(finding) for finding in self.non_breaking],
            "not_generated": [asdict(gap) for gap in self.not_generated],
        }


# ------------------------------------------------------------------------------ the descriptions


def fetch(source: str, destination: Path) -> None:
    """Copy the description at ``source`` (an http(s) URL or a local path) to ``destination``."""
    if urllib.parse.urlsplit(source).scheme in {"http", "https"}:
        try:
            response = httpx.get(source, timeout=FETCH_TIMEOUT, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as error:
            raise SpecDiffError(
                f"could not fetch {source}: {error}. Pass a downloaded copy instead: "
                "SPEC_URL=path/to/index.yaml"
            ) from error
        destination.write_bytes(response.content)
        return
    path = Path(source).expanduser()
    if not path.is_file():
        raise SpecDiffError(f"{source} is neither an http(s) URL nor an existing file")
    shutil.copyfile(path, destination)


def fetch_old(source: str | None, destination: Path) -> None:
    """The old description: the committed one, a file, or ``openapi/index.yaml`` at a git ref."""
    if source is None:
        shutil.copyfile(SPEC, destination)
    elif Path(source).expanduser().is_file() or "://" in source:
        fetch(source, destination)
    else:
        result = subprocess.run(  # noqa: S603 - git with fixed subcommands
            ["git", "-C", str(ROOT), "show", f"{source}:{SPEC.relative_to(ROOT)}"],  # noqa: S607
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            message = result.stderr.decode(errors="replace").strip()
            raise SpecDiffError(f"OLD={source} is neither a file nor a git ref: {message}")
        destination.write_bytes(result.stdout)


def _shorten(output: str) -> str:
    """``output`` without boxed banners (Node.js deprecation notices) or runs of blank lines, and
    with long lines cut."""
    lines: list[str] = []
    for line in output.strip().splitlines():
        if line.strip().startswith(BANNER) or (not line.strip() and lines and not lines[-1]):
            continue
        lines.append(line.rstrip() if len(line) <= MAX_LINE else line[:MAX_LINE] + " [...]")
    return "\n".join(lines).strip()


def validate(spec: Path, bin_dir: Path, source: str | None = None) -> None:
    """Run openapi-spec-validator and Redocly CLI (``redocly.yaml``) on ``spec``; raise
    :class:`InvalidSpecError` with their messages unless both report no error.

    ``source`` names the description in the message (``spec`` is often a temporary copy). The
    validators run beside ``spec`` on its file name, so their messages read ``index.yaml:12:5``.
    """
    validators = {
        # As a module of the tools' Python: a BIN directory needs nothing but `python` for it.
        "openapi-spec-validator": [
            str(bin_dir / "python"),
            "-m",
            "openapi_spec_validator",
            spec.name,
        ],
        "redocly lint": [
            str(REDOCLY),
            "lint",
            spec.name,
            "--format=stylish",
            f"--config={REDOCLY_CONFIG}",
        ],
    }
    failures = []
    for name, command in validators.items():
        try:
            result = subprocess.run(  # noqa: S603 - the project's own tools
                command,
                cwd=spec.parent,
                env={**os.environ, **NODE_ENV},
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        except FileNotFoundError as error:
            raise SpecDiffError(
                f"{name} is not installed ({error.filename}): run `make setup`"
            ) from error
        if result.returncode != 0:
            output = _shorten(result.stdout + "\n" + result.stderr)
            failures.append(f"{name} failed:\n{output}")
    if failures:
        raise InvalidSpecError(source or str(spec), failures)


def load(path: Path) -> Spec:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SpecDiffError(f"cannot read {path}: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecDiffError(f"{path} is not an OpenAPI description")
    return document


def version(spec: Spec) -> str | None:
    info = spec.get("info")
    value = info.get("version") if isinstance(info, dict) else None
    return None if value is None else str(value)


def _resolve(spec: Spec, node: Any) -> Any:
    """``node`` with a local ``$ref`` followed (parameters are often references)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node = target
    return node


def operations(spec: Spec) -> dict[str, tuple[str, Spec]]:
    """``METHOD /path`` -> (operationId, operation) for every operation of ``spec``."""
    found: dict[str, tuple[str, Spec]] = {}
    for path, item in spec["paths"].items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                operation_id = str(operation.get("operationId") or f"{method} {path}")
                found[f"{method.upper()} {path}"] = (operation_id, operation)
    return found


def parameters(spec: Spec, path: str, operation: Spec) -> list[Spec]:
    """The operation's parameters, path-level ones included, references resolved."""
    item = spec["paths"][path]
    merged: dict[tuple[str, str], Spec] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(spec, raw)
        if isinstance(parameter, dict):
            merged[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
    return list(merged.values())


def python_identifier(name: str, prefix: str = "field_") -> str:
    """The Python name openapi-python-client gives an operationId, a parameter or (prefix
    ``tag``) a tag."""
    from openapi_python_client.strings import PythonIdentifier  # the generator's own rule

    return str(PythonIdentifier(name, prefix=prefix))


def module_of(spec: Spec, operation: Spec) -> str:
    """The dotted module a user imports for ``operation``."""
    tags = operation.get("tags") or ["default"]
    tag = python_identifier(str(tags[0]), prefix="tag")
    return f"{CLIENT}.api.{tag}.{python_identifier(str(operation.get('operationId', '')))}"


# ---------------------------------------------------------------------------------- generation


def generate(spec: Path, output: Path, bin_dir: Path) -> str:
    """Generate ``spec`` into ``output`` with ``make generate``'s command line; its output.

    Raises GenerationRefusedError, with the gaps, when the templates refused a property of ``spec``.
    """
    result = subprocess.run(  # noqa: S603 - make with the project's own targets
        [  # noqa: S607 - make from PATH, as for any developer
            "make",
            "--no-print-directory",
            "-s",
            "-C",
            str(ROOT),
            "generate",
            f"BIN={bin_dir}",
            f"SPEC={spec}",
            f"GENERATED_PACKAGE={output / CLIENT}",
        ],
        capture_output=True,
        text=True,
        # Wide enough that the generator's error box does not wrap a refusal's message.
        env={**os.environ, "COLUMNS": "400"},
        timeout=300,
        check=False,
    )
    text = result.stdout + result.stderr
    if result.returncode != 0 or not (output / CLIENT / "__init__.py").is_file():
        message = f"the generator failed on {spec}:\n{text.strip()}"
        refused = refusals(load(spec), text)
        if refused:
            raise GenerationRefusedError(message, refused)
        raise SpecDiffError(message)
    return text


def refusals(spec: Spec, output: str) -> list[Gap]:
    """The properties the templates refused to generate, each named by its place in ``spec``."""
    from openapi_python_client.strings import ClassName  # the generator's own rule

    schemas = (spec.get("components") or {}).get("schemas") or {}
    by_class = {str(ClassName(str(name), "field_")): str(name) for name in schemas}
    gaps: set[Gap] = set()
    for match in REFUSAL.finditer(" ".join(output.split())):
        path, model = match["path"], match["model"]
        what = f"property `{path}` of {model}"
        schema = by_class.get(model)
        if schema:  # else an inline object, named after the property holding it
            top = path.split("[", 1)[0]
            pointer = "additionalProperties" if top == "*" else f"properties/{top}"
            what += f" (#/components/schemas/{schema}/{pointer})"
        reason = (
            f"the generator makes a {match['kind']} of it, which {match['template']} does not parse"
        )
        gaps.add(Gap(None, what, reason))
    return sorted(gaps, key=lambda gap: gap.what)


def generator_warnings(output: str) -> Iterator[tuple[str | None, str, str]]:
    """(``METHOD /path`` or None, headline, first detail line) for every generator warning."""
    blocks = re.split(r"\n(?=WARNING )", output)
    for block in blocks:
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines or not lines[0].startswith("WARNING"):
            continue
        match = WARNING.match(lines[0])
        detail = next((line for line in lines[1:] if not line.startswith(("{", "}"))), "")
        detail = re.sub(r"<openapi_python_client\.[^>]*>", "", detail).replace("  ", " ")
        operation = f"{match.group(1).upper()} {match.group(2)}" if match else None
        yield operation, lines[0], detail


def _signature(module: Path) -> set[str] | None:
    """The parameter names of ``sync_detailed`` in the generated ``module``."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            arguments = node.args
            return {
                argument.arg
                for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
            }
    return None


def not_generated(spec: Spec, package: Path, output: str) -> list[Gap]:
    """Every operation, parameter or warning of the generator the generated code lacks."""
    gaps: set[Gap] = set()
    by_name = operations(spec)
    for operation_name, headline, detail in generator_warnings(output):
        operation_id = by_name[operation_name][0] if operation_name in by_name else None
        what = f"operation {operation_name}" if operation_name else "generator warning"
        if operation_name and "will not be generated" not in headline:
            what = f"part of operation {operation_name}"
        gaps.add(Gap(operation_id, what, detail or headline))
    for name, (operation_id, operation) in by_name.items():
        path = name.split(" ", 1)[1]
        module = package.parent / Path(*module_of(spec, operation).split("."))
        module = module.with_suffix(".py")
        if not module.is_file():
            if any(gap.operationId == operation_id for gap in gaps):
                continue  # the generator's warning already says why
            gaps.add(Gap(operation_id, f"operation {name}", "no module was generated for it"))
            continue
        names = _signature(module) or set()
        for parameter in parameters(spec, path, operation):
            if parameter.get("in") == "cookie":
                continue
            identifier = python_identifier(str(parameter.get("name")))
            if identifier not in names:
                reason = "not in the generated signature"
                if "content" in parameter:
                    reason += " (declared with `content:`, which the generator does not support)"
                gaps.add(
                    Gap(
                        operation_id,
                        f"{parameter.get('in')} parameter `{parameter.get('name')}` of {name}",
                        reason,
                    )
                )
    return sorted(gaps, key=lambda gap: (gap.operationId or "", gap.what))


# -------------------------------------------------------------------------------------- the wire


def optic_diff(old: Path, new: Path) -> dict[str, Any]:
    """Optic's structured comparison of ``old`` and ``new`` (every ``$ref`` resolved)."""
    if not OPTIC.exists():
        raise SpecDiffError(f"Optic is not installed ({OPTIC}): run `make setup`")
    result = subprocess.run(  # noqa: S603 - the project's own tool
        [str(OPTIC), "diff", str(old), str(new), "--json", "--check"],
        cwd=old.parent,
        env={**os.environ, **OPTIC_ENV},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # --check exits 1 when Optic's own rules find something; the JSON is printed either way.
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        output = _shorten(result.stdout + "\n" + result.stderr)[-2000:] or "(no output)"
        raise SpecDiffError(
            f"optic diff failed (exit status {result.returncode}):\n{output}"
        ) from error
    if not isinstance(data, dict) or not isinstance(data.get("operations"), list):
        raise SpecDiffError("optic diff printed no operations")
    return data


def _property(pointer: str) -> str:
    """``/schema/properties/orders/items/properties/status`` -> ``orders[].status``."""
    parts = pointer.removeprefix("/schema").split("/")
    name = ""
    for index, part in enumerate(parts):
        previous = parts[index - 1] if index else ""
        if previous == "properties":
            name += ("." if name and not name.endswith("]") else "") + part
            name = name.replace("[].", "[]")
        elif part == "items":
            name += "[]"
    return name.replace("[]", "[].").rstrip(".").replace("..", ".")


def _subject(where: str, pointer: str) -> str:
    name = _property(pointer)
    return f"{where} property `{name}`" if name else f"{where} body"


def _changes(key: str, before: Any, after: Any) -> Iterator[tuple[str, str, Any, Any]]:
    """(pointer, keyword, before, after) for each keyword of a changed Optic attribute."""
    keywords = ("type", "format", "enum", "required", *CONSTRAINTS)
    last = key.rsplit("/", 1)[-1]
    if last in keywords and not isinstance(before, dict) and not isinstance(after, dict):
        yield key.rsplit("/", 1)[0], last, before, after
        return
    if key == "" and isinstance(before, dict) and isinstance(after, dict) and "schema" in before:
        key, before, after = "/schema", before.get("schema") or {}, after.get("schema") or {}
    if isinstance(before, dict) and isinstance(after, dict):
        for keyword in keywords:
            if before.get(keyword) != after.get(keyword) and (
                keyword in before or keyword in after
            ):
                yield key, keyword, before.get(keyword), after.get(keyword)


def classify_attribute(
    where: str, key: str, change: str, before: Any, after: Any
) -> Iterator[tuple[str, bool, str]]:
    """(rule, breaking, message) for one Optic attribute; ``where`` is request, response or a
    parameter's name. The rule of this package: a user breaks when a call that worked is
    refused, or a value read from a response is gone or has another type. A new *response* enum
    value is not breaking, because unknown values are accepted (README, "Values the client does
    not know yet").
    """
    is_parameter = where not in ("request", "response")
    side = "parameter" if is_parameter else where
    subject = where if is_parameter else _subject(where, key)
    if change in ("added", "removed") and "/properties/" in key:
        required = isinstance(after, dict) and after.get("required") is True
        if change == "added":
            if side == "request" and required:
                yield "request-property-added-required", True, f"new required {subject}"
            else:
                yield f"{side}-property-added", False, f"new optional {subject}"
        else:
            yield f"{side}-property-removed", True, f"{subject} removed"
        return
    if change != "changed":
        return
    for pointer, keyword, old, new in _changes(key, before, after):
        if not is_parameter:
            subject = _subject(where, pointer)
        if keyword in ("type", "format"):
            yield f"{side}-type-changed", True, f"{subject}: {keyword} {old} -> {new}"
        elif keyword == "enum":
            old_values, new_values = set(old or []), set(new or [])
            if old is None or new is None:
                breaking = side != "response" and new is not None
                yield f"{side}-enum-changed", breaking, f"{subject}: enum {old} -> {new}"
                continue
            if added := sorted(map(str, new_values - old_values)):
                yield f"{side}-enum-value-added", False, f"{subject}: new value(s) {added}"
            if removed := sorted(map(str, old_values - new_values)):
                breaking = side != "response"
                message = f"{subject}: value(s) {removed} removed"
                yield f"{side}-enum-value-removed", breaking, message
        elif keyword == "required":
            if isinstance(old, list) or isinstance(new, list):
                continue  # a parent's list of required names; each property says it itself
            if new is True and side != "response":
                yield f"{side}-became-required", True, f"{subject} is now required"
            elif new is not True and side == "response":
                yield "response-property-became-optional", True, f"{subject} may now be missing"
            else:
                yield f"{side}-required-changed", False, f"{subject}: required {old} -> {new}"
        else:
            yield f"{side}-constraint-changed", False, f"{subject}: {keyword} {old} -> {new}"


def _content_findings(
    where: str, status: str | None, content_types: Iterable[Spec]
) -> Iterator[tuple[str, bool, str]]:
    success = status is None or status.startswith("2")
    label = where if status is None else f"{status} response"
    for media in content_types:
        name, change = media.get("name"), media.get("change")
        if change == "removed":
            yield f"{where}-media-type-removed", success, f"{label}: media type {name} removed"
        elif change == "added":
            yield f"{where}-media-type-added", False, f"{label}: media type {name} added"
        elif change == "changed" and (success or where == "request"):
            for attribute in media.get("attributes", []):
                yield from classify_attribute(
                    where,
                    str(attribute.get("key", "")),
                    str(attribute.get("change")),
                    attribute.get("before"),
                    attribute.get("after"),
                )


def operation_findings(operation: Spec) -> Iterator[tuple[str, bool, str]]:
    """(rule, breaking, message) for one changed operation of Optic's output."""
    for parameter in operation.get("parameters", []):
        name, change = str(parameter.get("name")), parameter.get("change")
        attributes = parameter.get("attributes", [])
        whole: dict[str, Any] = next((a for a in attributes if a.get("key") == ""), {})
        if change == "added":
            if (whole.get("after") or {}).get("required") is True:
                yield "parameter-added-required", True, f"new required {name}"
            else:
                yield "parameter-added", False, f"new optional {name}"
        elif change == "removed":
            yield "parameter-removed", True, f"{name} removed"
        else:
            for attribute in attributes:
                yield from classify_attribute(
                    name,
                    str(attribute.get("key", "")),
                    str(attribute.get("change")),
                    attribute.get("before"),
                    attribute.get("after"),
                )
    body = operation.get("requestBody")
    if isinstance(body, dict):
        if body.get("change") == "added":
            yield "request-body-added", True, "a request body is now expected"
        elif body.get("change") == "removed":
            yield "request-body-removed", True, "the request body was removed"
        else:
            yield from _content_findings("request", None, body.get("contentTypes", []))
    for response in operation.get("responses", []):
        status = str(response.get("name", "")).split(" ", 1)[0]
        change = response.get("change")
        if change == "removed":
            breaking = status.startswith("2")
            yield "response-status-removed", breaking, f"response {status} removed"
        elif change == "added":
            yield "response-status-added", False, f"new response {status}"
        else:
            yield from _content_findings("response", status, response.get("contentTypes", []))
    for attribute in operation.get("attributes", []):
        if attribute.get("key") == "/operationId" and attribute.get("change") == "changed":
            old, new = attribute.get("before"), attribute.get("after")
            yield "operation-id-changed", True, f"operationId {old} -> {new}: the module moved"


def wire_findings(optic: dict[str, Any], old: Spec, new: Spec) -> Iterator[tuple[bool, Finding]]:
    """Optic's operations, classified, each named by operationId and Python module."""
    old_ops, new_ops = operations(old), operations(new)
    changed = [(str(op.get("name")), op.get("change")) for op in optic["operations"]]
    removed = {old_ops[n][0]: n for n, change in changed if change == "removed" and n in old_ops}
    added = {new_ops[n][0]: n for n, change in changed if change == "added" and n in new_ops}
    for operation in optic["operations"]:
        name, change = str(operation.get("name")), operation.get("change")
        spec, ops = (old, old_ops) if change == "removed" else (new, new_ops)
        if name not in ops:
            continue
        operation_id, description = ops[name]
        python = module_of(spec, description)
        if change == "removed":
            if operation_id in added:
                message = f"{name} is now {added[operation_id]}"
                yield True, Finding("operation-moved", name, operation_id, python, message)
            else:
                message = f"{name} removed (or renamed): `{python}` no longer exists"
                yield True, Finding("operation-removed", name, operation_id, python, message)
        elif change == "added":
            if operation_id not in removed:
                yield False, Finding("operation-added", name, operation_id, python, "new operation")
        else:
            for rule, breaking, message in operation_findings(operation):
                yield breaking, Finding(rule, name, operation_id, python, message)


def server_findings(old: Spec, new: Spec) -> Iterator[tuple[bool, Finding]]:
    """Optic leaves ``servers`` out. Moved URLs regenerate into ``JuniperClient`` (so users follow
    without a change); an environment that disappears breaks whoever selects it."""
    from scripts.servers import ServerError, environments

    try:
        before, after = environments(old), environments(new)
    except ServerError as error:
        yield True, Finding("servers-unusable", None, None, CLIENT_ENVIRONMENTS, str(error))
        return
    for name in sorted(before.keys() | after.keys()):
        if name not in after:
            message = f"environment {name!r} ({before[name].base_url}) removed from servers"
            yield True, Finding("server-removed", None, None, CLIENT_ENVIRONMENTS, message)
        elif name not in before:
            message = f"new environment {name!r}: {after[name].base_url}"
            yield False, Finding("server-added", None, None, CLIENT_ENVIRONMENTS, message)
        elif before[name] != after[name]:
            old_env, new_env = before[name], after[name]
            message = (
                f"{name}: {old_env.base_url} -> {new_env.base_url}, "
                f"token URL {old_env.token_url} -> {new_env.token_url}"
            )
            yield False, Finding("server-changed", None, None, CLIENT_ENVIRONMENTS, message)


# ------------------------------------------------------------------------------------ Python side


def python_findings(
    old_root: Path, new_root: Path, new: Spec, old: Spec
) -> Iterator[tuple[bool, Finding]]:
    """griffe's comparison of the two generated packages, one finding per operation change."""
    modules = {
        module_of(spec, operation): (name, operation_id)
        for spec in (old, new)
        for name, (operation_id, operation) in operations(spec).items()
    }
    old_api, new_api = load_api(old_root), load_api(new_root)
    seen: set[tuple[str, str]] = set()
    for breaking, changes in (
        (True, api_diff.breaking_changes(old_api, new_api)),
        (False, api_diff.additions(old_api, new_api)),
    ):
        for change in changes:
            path = change.path
            module, _, member = path.rpartition(".")
            if member not in OPERATION_FUNCTIONS or module not in modules:
                module = path if path in modules else ""
            symbol = module or path
            if (symbol, change.description) in seen:
                continue
            seen.add((symbol, change.description))
            name, operation_id = modules.get(module, (None, None))
            rule = "python-" + ("breaking" if breaking else "addition")
            yield breaking, Finding(rule, name, operation_id, symbol, change.description)


def _lookup(api: api_diff.API, path: str) -> griffe.Object | None:
    """The object at dotted ``path`` in ``api``, aliases followed; None when there is none."""
    package, _, rest = path.partition(".")
    if package not in api:
        return None
    try:
        found = api[package][rest] if rest else api[package]
        target = found.final_target if isinstance(found, griffe.Alias) else found
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target if isinstance(target, griffe.Object) else None


def _is_enum(cls: griffe.Class) -> bool:
    return any(str(base).endswith("Enum") for base in cls.bases)


def _constructor(cls: griffe.Class) -> str:
    """An attrs model as its constructor reads: required fields, then the ones with a default."""
    arguments = []
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or name.startswith("_"):
            continue
        value = None if member.value is None else str(member.value)
        if value is not None and "init=False" in value.replace(" ", ""):
            continue
        argument = f"{name}: {member.annotation}" if member.annotation is not None else name
        arguments.append(argument if value is None else f"{argument} = {value}")
    return f"{cls.name}({', '.join(arguments)})"


@functools.cache
def load_api(root: Path) -> api_diff.API:
    """The public API generated under ``root``, read once however many findings need it."""
    logging.getLogger("griffe").setLevel(logging.ERROR)
    return api_diff.load_api(root)


def with_migration(finding: Finding, roots: dict[str, Path]) -> Finding:
    """``finding`` with what its Python symbol was (``old``) and becomes (``new``) in the
    packages generated under ``roots``; a side that was not generated says nothing."""
    if finding.python is None:
        return finding
    old, new = (
        describe(load_api(roots[side]), finding.python) if side in roots else None
        for side in ("old", "new")
    )
    return replace(finding, old=old, new=new)


def describe(api: api_diff.API, path: str | None) -> str | None:
    """What a user writes or reads for the symbol at ``path``: an operation's ``sync``
    signature, a function's signature, a model's constructor, an enum's values, a field's type.

    None when ``api`` has no such symbol (it was added or removed).
    """
    obj = None if path is None else _lookup(api, path)
    if obj is None:
        return None
    parent = obj.parent
    if isinstance(obj, griffe.Module):
        sync = obj.members.get("sync")
        if isinstance(sync, griffe.Function):
            return sync.signature(name=f"{obj.name}.sync")
        return f"module {obj.path}"
    if isinstance(obj, griffe.Function):
        name = f"{parent.name}.{obj.name}" if isinstance(parent, griffe.Class) else obj.name
        return obj.signature(name=name)
    if isinstance(obj, griffe.Class):
        if _is_enum(obj):
            values = [
                str(member.value)
                for member in obj.members.values()
                if isinstance(member, griffe.Attribute) and member.value is not None
            ]
            return f"{obj.name}: {', '.join(values)}"
        init = obj.all_members.get("__init__")  # inherited ones are aliases
        if isinstance(init, griffe.Alias):
            try:
                init = init.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                init = None
        if isinstance(init, griffe.Function):
            return init.signature(name=obj.name, return_type=False).replace("(self, ", "(", 1)
        return _constructor(obj)
    if isinstance(obj, griffe.Attribute):
        owner = f"{parent.name}." if parent is not None else ""
        if isinstance(parent, griffe.Class) and _is_enum(parent):
            return f"{owner}{obj.name} = {obj.value}"
        text = f"{owner}{obj.name}"
        if obj.annotation is not None:
            text += f": {obj.annotation}"
        if obj.value is not None:
            text += f" = {obj.value}"
        return text
    return obj.path


# ---------------------------------------------------------------------------------------- report


def compare(old_source: str | None, new_source: str, bin_dir: Path, workdir: Path) -> Report:
    """The report for ``old_source`` -> ``new_source``; writes only under ``workdir``."""
    old_path, new_path = workdir / "old" / "index.yaml", workdir / "new" / "index.yaml"
    old_path.parent.mkdir(parents=True)
    new_path.parent.mkdir(parents=True)
    fetch_old(old_source, old_path)
    fetch(new_source, new_path)
    validate(new_path, bin_dir, new_source)
    old, new = load(old_path), load(new_path)
    report = Report(version(old), version(new))
    roots = {}
    for side, path in (("old", old_path), ("new", new_path)):
        root = workdir / f"{side}-root"
        (root / "generated").mkdir(parents=True)
        (root / "overrides").symlink_to(ROOT / "overrides")
        try:
            output = generate(path, root / "generated", bin_dir)
        except GenerationRefusedError as refused:
            if side == "old":
                raise
            # No package to compare on the Python side; the wire still is.
            report.not_generated = refused.gaps
            continue
        if side == "new":
            report.not_generated = not_generated(new, root / "generated" / CLIENT, output)
        roots[side] = root
    findings: list[tuple[bool, Finding]] = [
        *wire_findings(optic_diff(old_path, new_path), old, new),
        *server_findings(old, new),
    ]
    if "new" in roots:
        findings.extend(python_findings(roots["old"], roots["new"], new, old))
    report.breaking = sorted({finding for breaking, finding in findings if breaking}, key=_order)
    report.non_breaking = sorted(
        {finding for breaking, finding in findings if not breaking}, key=_order
    )
    report.breaking = [with_migration(finding, roots) for finding in report.breaking]
    return report


def _order(finding: Finding) -> tuple[str, str, str, str]:
    # The symbol last: findings alike but for it (one per resource class) keep one order from
    # run to run, so the weekly pull request's body changes only when the spec does.
    return (finding.operationId or "~", finding.rule, finding.message, finding.python or "")


def migration(old: str | None, new: str | None) -> list[str]:
    """What the Python symbol of a breaking finding was and becomes, as report lines."""
    if old is not None and old == new:
        return [f"unchanged: {old}"]
    return [f"was: {old or '(did not exist)'}", f"now: {new or '(removed)'}"]


def render(report: Report) -> str:
    """The report as people read it (the pull-request body, the terminal)."""
    lines = [f"API version: {report.old_version} -> {report.new_version}", ""]
    for title, findings in (("Breaking", report.breaking), ("Non-breaking", report.non_breaking)):
        count = f"({len(findings)}):" if findings else ": none"
        lines.append(f"{title} changes {count}".replace(" :", ":"))
        for finding in findings:
            where = f"{finding.operation} ({finding.operationId})" if finding.operation else ""
            lines.append(f"  - [{finding.rule}] {where}{': ' if where else ''}{finding.message}")
            if finding.python:
                lines.append(f"      python: {finding.python}")
            if title == "Breaking" and finding.python:
                lines += [f"      {line}" for line in migration(finding.old, finding.new)]
        lines.append("")
    if report.not_generated:
        lines.append(f"Not generated ({len(report.not_generated)}):")
        for gap in report.not_generated:
            named = f" ({gap.operationId})" if gap.operationId else ""
            lines.append(f"  ! {gap.what}{named}: {gap.reason}")
    else:
        lines.append("Not generated: none")
    lines.append("")
    total = len(report.breaking)
    lines.append(
        f"{total} breaking change{'s' if total != 1 else ''}" if total else "no breaking changes"
    )
    return "\n".join(lines)


def write_report(report: Report, path: Path = REPORT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_json(), indent=2) + "\n", encoding="utf-8")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--new", required=True, help="URL or path of the new description")
    parser.add_argument("--old", help="path or git ref (default: the committed openapi/index.yaml)")
    parser.add_argument("--json", type=Path, default=REPORT, help="where to write the report")
    parser.add_argument(
        "--bin", type=Path, default=Path(sys.executable).parent, help="the Python tools"
    )
    parser.add_argument("--fail-on-breaking", action="store_true")
    parser.add_argument("--fail-on-not-generated", action="store_true")
    parser.add_argument(
        "--gaps-only",
        action="store_true",
        help="only list what the generator drops from NEW (no comparison); fail if anything",
    )
    return parser.parse_args(argv)


def gaps(source: str, bin_dir: Path, workdir: Path) -> list[Gap]:
    """What the generator drops from the description at ``source``."""
    spec_path = workdir / "index.yaml"
    fetch(source, spec_path)
    try:
        output = generate(spec_path, workdir / "generated", bin_dir)
    except GenerationRefusedError as refused:
        return refused.gaps
    return not_generated(load(spec_path), workdir / "generated" / CLIENT, output)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.gaps_only:
        try:
            with tempfile.TemporaryDirectory(prefix="spec-gaps-") as tmp:
                dropped = gaps(args.new, args.bin.absolute(), Path(tmp))
        except SpecDiffError as error:
            print(f"spec-diff: error: {error}", file=sys.stderr)
            return 2
        for gap in dropped:
            named = f" ({gap.operationId})" if gap.operationId else ""
            print(f"not generated: {gap.what}{named}: {gap.reason}", file=sys.stderr)
        if not dropped:
            print(f"every operation and parameter of {args.new} was generated")
        return 1 if dropped else 0
    try:
        with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
            report = compare(args.old, args.new, args.bin.absolute(), Path(tmp))
    except SpecDiffError as error:
        print(f"spec-diff: error: {error}", file=sys.stderr)
        return 2
    write_report(report, args.json)
    print(render(report))
    if args.fail_on_breaking and report.breaking:
        return 1
    if args.fail_on_not_generated and report.not_generated:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
