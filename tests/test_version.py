"""The package version is SemVer with a ``.devN`` suffix between releases, read from one place."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

import juniper_fulfillment
from juniper_fulfillment import API_VERSION, __version__

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "index.yaml"
# SemVer X.Y.Z, optionally followed by the PEP 440 development suffix .devN.
VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(\.dev\d+)?$")


def test_package_version_is_semver_with_an_optional_dev_suffix() -> None:
    assert VERSION.match(__version__), __version__


def test_api_version_is_the_spec_version_the_client_was_generated_from() -> None:
    spec_version = str(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"])
    assert spec_version == API_VERSION
    assert "API_VERSION" in juniper_fulfillment.__all__


def test_the_build_backend_reads_the_same_version() -> None:
    """The wheel's version is the one ``import juniper_fulfillment`` reports: one source.

    hatchling reads ``__version__ = "..."`` from the file pyproject.toml names, with a regular
    expression and without importing it; this reads it the same way.
    """
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version_file = ROOT / pyproject["tool"]["hatch"]["version"]["path"]
    imported = Path(juniper_fulfillment._version.__file__)
    # The same file: in a checkout that very path; installed from the wheel, a byte-for-byte copy.
    assert imported.parts[-2:] == version_file.parts[-2:]
    assert imported.read_bytes() == version_file.read_bytes()
    text = version_file.read_text(encoding="utf-8")
    assert re.findall(r'^__version__ = "([^"]+)"$', text, re.MULTILINE) == [__version__]
