"""The package version is the spec's API version followed by this package's release counter."""

from __future__ import annotations

from pathlib import Path

import yaml

from juniper_fulfillment import __version__

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "index.yaml"


def test_package_version_is_the_api_version_plus_a_release_counter() -> None:
    api_version = str(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"])

    assert __version__.startswith(api_version + "."), (
        f"package version {__version__} does not belong to API version {api_version}: "
        "`make update-spec` sets it to <info.version>.0"
    )
    assert __version__.removeprefix(api_version + ".").isdigit()
