"""What changed in the public Python API since a git ref, told from a user's point of view.

Compares the two import packages this distribution installs, ``juniper_fulfillment_client``
(generated/) and ``juniper_fulfillment`` (overrides/), as they were at a git ref (default: the last
release tag ``vX.Y.Z``; without one it says so and exits 2) with the working tree, uncommitted
changes included. Run by ``make api-diff``; :mod:`scripts.spec_diff` uses its comparison::

    python scripts/api_diff.py [--base REF] [--repo DIR] [--fail-on-breaking]

Breaking changes come from griffe (removed modules, classes, functions, attributes and parameters;
changed parameters, kinds and base classes) plus the checks griffe leaves out: changed parameter
and return annotations of functions (an operation's path parameter or answer changed type), new
required attrs constructor arguments (a model field without a default), and a changed attribute
annotation, which for a generated model means a field changed type or became
required or optional. Additions (new operations, models, fields, enum values, functions) are
computed here by comparing the public objects of both versions, because griffe reports only
breakages. The last line is "no breaking changes" or the count of them.

The old version is read with ``git archive``, which only reads the repository: ``griffe.load_git``
would add a worktree and a temporary branch to it, and other people work in the same checkout.
Both versions are read from source without importing anything, so the installed package (an
editable install of some other checkout, perhaps) never stands in for the code being compared.

Exit status: 0, or 1 with ``--fail-on-breaking`` when something breaks; 2 when a version cannot be
read (unknown ref, not a git repository).
"""

from __future__ import annotations

import argparse
import io
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parents[1]

CLIENT = "juniper_fulfillment_client"
OVERLAY = "juniper_fulfillment"
# Each import package and the directory of the repository that holds it.
PACKAGES = {CLIENT: "generated", OVERLAY: "overrides"}
OPERATION = re.compile(rf"^{CLIENT}\.api\.\w+\.\w+$")
MODELS = f"{CLIENT}.models"

API = dict[str, griffe.Object | griffe.Alias]


class DiffError(Exception):
    """A version of the API could not be read; the message says which and why."""


@dataclass(frozen=True, order=True)
class Change:
    """One line of the report: the dotted path of the object and what happened to it.

    ``rank`` orders the lines by kind (operations before models before the rest).
    """

    rank: int
    path: str
    description: str

    def __str__(self) -> str:
        return f"{self.path}: {self.description}"


# ------------------------------------------------------------------------------------- reading


def _git(repo: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(  # noqa: S603 - git with fixed subcommands
            ["git", "-C", str(repo), *args],  # noqa: S607 - git from PATH, as for any developer
            capture_output=True,
            check=True,
        )
    except FileNotFoundError as error:
        raise DiffError("git is not installed") from error
    except subprocess.CalledProcessError as error:
        message = error.stderr.decode(errors="replace").strip()
        raise DiffError(f"git {' '.join(args[:2])} failed: {message}") from error
    return result.stdout


def default_base(repo: Path) -> str:
    """The most recent release tag (``vX.Y.Z``) reachable from HEAD.

    Without one there is no release to compare with; comparing with HEAD instead would report
    only uncommitted changes and look like "nothing changed since the release".
    """
    try:
        return _git(repo, "describe", "--tags", "--abbrev=0", "--match", "v*").decode().strip()
    except DiffError as error:
        raise DiffError(
            "no release tag (vX.Y.Z) yet, so there is no release to compare with: "
            "pass a ref, e.g. make api-diff BASE_REF=HEAD (uncommitted changes) or BASE_REF=main"
        ) from error


def describe_ref(repo: Path, ref: str) -> str:
    """``ref`` with its short commit id, for the report's heading."""
    try:
        commit = _git(repo, "rev-parse", "--short", f"{ref}^{{commit}}").decode().strip()
    except DiffError as error:
        raise DiffError(f"{ref!r} is not a commit, branch or tag of {repo} ({error})") from error
    return ref if ref == commit else f"{ref} ({commit})"


def export_ref(repo: Path, ref: str, destination: Path) -> None:
    """Write the package directories as they are at ``ref`` into ``destination``."""
    listed = _git(repo, "ls-tree", "--name-only", ref, "--", *PACKAGES.values()).decode().split()
    if not listed:
        raise DiffError(f"{ref} has none of {', '.join(PACKAGES.values())}/")
    archive = _git(repo, "archive", "--format=tar", ref, "--", *listed)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(destination, filter="data")


def load_api(root: Path) -> API:
    """Both packages under ``root``, read statically, with their aliases resolved."""
    loader = griffe.GriffeLoader(
        search_paths=[root / directory for directory in PACKAGES.values()],
        allow_inspection=False,
    )
    api: API = {}
    for package, directory in PACKAGES.items():
        if (root / directory / package / "__init__.py").is_file():
            api[package] = loader.load(package, try_relative_path=False)
    loader.resolve_aliases(implicit=False, external=False)
    return api


# ---------------------------------------------------------------------------------- describing


def _is_enum(cls: griffe.Object | griffe.Alias | None) -> bool:
    return isinstance(cls, griffe.Class) and any(str(base).endswith("Enum") for base in cls.bases)


def _what(obj: griffe.Object | griffe.Alias) -> str:
    """What ``obj`` is to a user of this package: an operation, a model field, ..."""
    path = obj.path
    if OPERATION.match(path) and obj.is_module:
        return "operation"
    parent = obj.parent
    if obj.is_attribute and parent is not None and parent.is_class:
        if _is_enum(parent):
            return "enum value"
        if path.startswith(MODELS + "."):
            return "model field"
    in_models = path.startswith(MODELS + ".") and path.count(".") == MODELS.count(".") + 1
    if in_models and (obj.is_class or (obj.is_alias and not obj.is_module)):
        return "model"
    try:
        return obj.kind.value
    except griffe.AliasResolutionError:
        return "name"


def _describe_breakage(breakage: griffe.Breakage) -> Change:
    obj = breakage.obj
    kind = breakage.kind
    old, new = breakage.old_value, breakage.new_value
    kinds = griffe.BreakageKind
    if kind is kinds.OBJECT_REMOVED:
        what = _what(obj)
        text = f"{what} removed" + (" (or renamed)" if what == "operation" else "")
    elif kind is kinds.PARAMETER_CHANGED_DEFAULT:
        text = f"parameter `{old.name}` default changed from {old.default} to {new.default}"
    elif kind.name.startswith("PARAMETER_"):
        name = (old or new).name
        text = f"parameter `{name}`: {kind.value[0].lower()}{kind.value[1:]}"
        if breakage.details:
            text += f" ({breakage.details})"
    elif kind is kinds.OBJECT_CHANGED_KIND:
        text = f"changed from a {old.value} to a {new.value}"
    elif kind is kinds.CLASS_REMOVED_BASE:
        old_bases = ", ".join(str(base) for base in old)
        new_bases = ", ".join(str(base) for base in new)
        text = f"base classes changed from ({old_bases}) to ({new_bases})"
    elif kind is kinds.RETURN_CHANGED_TYPE:
        text = f"return type changed from {old} to {new}"
    elif kind is kinds.ATTRIBUTE_CHANGED_TYPE:
        text = f"{_what(obj)} type changed from {old} to {new}"
    else:
        text = f"{kind.value}: {old} -> {new}"
    return Change(0, obj.path, text)


# ----------------------------------------------------------------------------------- comparing


def public_objects(root: griffe.Object | griffe.Alias) -> dict[str, griffe.Object | griffe.Alias]:
    """Every public object under ``root`` by dotted path, ``root`` included.

    Modules and classes are entered; an alias (a public re-export such as
    ``juniper_fulfillment_client.models.Order``) is listed but not entered, so every definition
    is listed once under its own module.
    """
    found: dict[str, griffe.Object | griffe.Alias] = {root.path: root}

    def walk(obj: griffe.Object | griffe.Alias) -> None:
        for member in obj.members.values():
            if not member.is_public or member.path in found:
                continue
            found[member.path] = member
            if not member.is_alias and (member.is_module or member.is_class):
                walk(member)

    walk(root)
    return found


def _annotation_changes(old: API, new: API) -> Iterator[griffe.Breakage]:
    """Public attributes whose annotation differs: griffe does not check these yet."""
    for package in old.keys() & new.keys():
        old_objects, new_objects = public_objects(old[package]), public_objects(new[package])
        for path in old_objects.keys() & new_objects.keys():
            before, after = old_objects[path], new_objects[path]
            if not (isinstance(before, griffe.Attribute) and isinstance(after, griffe.Attribute)):
                continue
            if before.annotation is None or after.annotation is None:
                continue
            if str(before.annotation) != str(after.annotation):
                yield griffe.AttributeChangedTypeBreakage(
                    after, before.annotation, after.annotation
                )


def _common(old: API, new: API) -> Iterator[tuple[str, griffe.Object, griffe.Object]]:
    """Public objects (not aliases) present in both versions, by dotted path."""
    for package in old.keys() & new.keys():
        old_objects, new_objects = public_objects(old[package]), public_objects(new[package])
        for path in old_objects.keys() & new_objects.keys():
            before, after = old_objects[path], new_objects[path]
            if not (before.is_alias or after.is_alias):
                assert isinstance(before, griffe.Object)
                assert isinstance(after, griffe.Object)
                yield path, before, after


def _signature_changes(old: API, new: API) -> Iterator[Change]:
    """Changed parameter and return annotations of functions, which griffe does not compare:
    an operation whose path parameter became a string, or whose answer became an object."""
    for path, before, after in _common(old, new):
        if not (isinstance(before, griffe.Function) and isinstance(after, griffe.Function)):
            continue
        old_parameters = {parameter.name: parameter for parameter in before.parameters}
        for parameter in after.parameters:
            previous = old_parameters.get(parameter.name)
            if previous is None or previous.annotation is None or parameter.annotation is None:
                continue
            if str(previous.annotation) != str(parameter.annotation):
                yield Change(
                    0,
                    path,
                    f"parameter `{parameter.name}` type changed from {previous.annotation} "
                    f"to {parameter.annotation}",
                )
        old_returns, new_returns = before.returns, after.returns
        known = old_returns is not None and new_returns is not None
        if known and str(old_returns) != str(new_returns):
            yield Change(0, path, f"return type changed from {old_returns} to {new_returns}")


def _is_attrs_class(cls: griffe.Object) -> bool:
    return isinstance(cls, griffe.Class) and any(
        "define" in str(decorator.value) for decorator in cls.decorators
    )


def _constructor_changes(old: API, new: API) -> Iterator[Change]:
    """attrs models: a field without a default is a required constructor argument, so a new one,
    or one that lost its default, breaks every call that builds the model."""
    for path, before, after in _common(old, new):
        if not (_is_attrs_class(before) and _is_attrs_class(after)):
            continue
        for name, member in after.members.items():
            if not isinstance(member, griffe.Attribute) or member.value is not None:
                continue
            previous = before.members.get(name)
            if previous is None:
                yield Change(0, f"{path}.{name}", "new required constructor argument")
            elif isinstance(previous, griffe.Attribute) and previous.value is not None:
                yield Change(0, f"{path}.{name}", "constructor argument became required")


def breaking_changes(old: API, new: API) -> list[Change]:
    """Every way code written against ``old`` may fail against ``new``, once each."""
    changes: set[Change] = set()
    for package in old:
        if package not in new:
            changes.add(Change(0, package, "package removed"))
            continue
        for breakage in griffe.find_breaking_changes(old[package], new[package]):
            if breakage.kind is not griffe.BreakageKind.RETURN_CHANGED_TYPE:  # see below
                changes.add(_describe_breakage(breakage))
    changes.update(_describe_breakage(breakage) for breakage in _annotation_changes(old, new))
    changes.update(_signature_changes(old, new))
    changes.update(_constructor_changes(old, new))
    return sorted(changes)


def additions(old: API, new: API) -> list[Change]:
    """New public objects, each listed once: the contents of a new class are not listed again.

    Operations are listed even inside a new tag module; model modules are not listed, since
    every model is listed under its name in ``juniper_fulfillment_client.models``.
    """
    changes: list[Change] = []
    breaking = {change.path for change in _constructor_changes(old, new)}
    for package, root in new.items():
        before = public_objects(old[package]) if package in old else {}
        now = public_objects(root)
        added = now.keys() - before.keys()
        for path in added:
            obj = now[path]
            parent = path.rpartition(".")[0]
            if path in breaking:
                continue
            what = _what(obj)
            if what == "operation":
                changes.append(Change(1, path, "new operation"))
            elif (obj.is_module and parent == MODELS) or parent in added:
                continue
            elif what == "model":
                changes.append(Change(2, path, "new model"))
            else:
                changes.append(Change(3, path, f"new {what}"))
    return sorted(changes)


# ------------------------------------------------------------------------------------ reporting


def report(base: str, breaking: list[Change], added: list[Change]) -> str:
    """The text printed for people: breaking changes, additions, then a one-line verdict."""
    packages = ", ".join(f"{package} ({directory}/)" for package, directory in PACKAGES.items())
    lines = [f"Public Python API: {base} -> working tree", f"Packages: {packages}", ""]
    if breaking:
        lines.append(f"Breaking changes ({len(breaking)}):")
        lines += [f"  - {change}" for change in breaking]
    else:
        lines.append("Breaking changes: none")
    lines.append("")
    if added:
        lines.append(f"Additions ({len(added)}):")
        lines += [f"  + {change}" for change in added]
    else:
        lines.append("Additions: none")
    lines.append("")
    if breaking:
        count = len(breaking)
        lines.append(f"{count} breaking change{'s' if count != 1 else ''}")
    else:
        lines.append("no breaking changes")
    return "\n".join(lines)


def compare(repo: Path, base: str) -> tuple[str, list[Change], list[Change]]:
    """The heading, breaking changes and additions between ``base`` and the working tree."""
    heading = describe_ref(repo, base)
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        export_ref(repo, base, Path(tmp))
        old = load_api(Path(tmp))
        new = load_api(repo)
        return heading, breaking_changes(old, new), additions(old, new)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--base", help="git ref to compare with (default: the last release tag vX.Y.Z)"
    )
    parser.add_argument(
        "--repo", type=Path, default=ROOT, help="checkout to compare (default: this one)"
    )
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit with status 1 when there is a breaking change",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    logging.getLogger("griffe").setLevel(logging.ERROR)
    repo: Path = args.repo.resolve()
    try:
        base = args.base or default_base(repo)
        heading, breaking, added = compare(repo, base)
    except DiffError as error:
        print(f"api-diff: error: {error}", file=sys.stderr)
        return 2
    print(report(heading, breaking, added))
    return 1 if breaking and args.fail_on_breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
