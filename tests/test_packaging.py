"""What users install: the wheel's files and metadata, editable installs, the tested artifact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pytest
import uv

import juniper_fulfillment
import juniper_fulfillment_client
from scripts import check_dist

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
WHEEL_VARIABLE = "JUNIPER_TEST_WHEEL"  # set by the nox sessions to the wheel under test
WHEEL_NAME = "juniper_fulfillment-0-py3-none-any.whl"


def metadata_text(**overrides: str) -> str:
    fields = {
        "Metadata-Version": "2.4",
        "Name": "juniper-fulfillment",
        "Version": juniper_fulfillment.__version__,
        "License-Expression": "Apache-2.0",
        "License-File": "LICENSE",
        **overrides,
    }
    lines = [f"{key}: {value}" for key, value in fields.items()]
    lines += [f"Requires-Dist: {requirement}" for requirement in PROJECT["dependencies"]]
    return "\n".join(lines) + "\n\n"


WheelFactory = Callable[..., Path]


@pytest.fixture
def make_wheel(tmp_path: Path) -> WheelFactory:
    """A wheel with exactly the repository's two packages, plus or minus some files."""

    def make(
        extra: dict[str, bytes] | None = None, without: tuple[str, ...] = (), **fields: str
    ) -> Path:
        folder = tmp_path / "dist"
        folder.mkdir(exist_ok=True)
        wheel = folder / WHEEL_NAME
        files: dict[str, bytes] = {}
        for package in check_dist.PACKAGES:
            files.update({str(p): d for p, d in check_dist.source_files(package).items()})
        files.update(extra or {})
        info = "juniper_fulfillment-0.dist-info"
        files[f"{info}/METADATA"] = metadata_text(**fields).encode()
        files[f"{info}/licenses/LICENSE"] = (ROOT / "LICENSE").read_bytes()
        with zipfile.ZipFile(wheel, "w") as archive:
            for name, data in files.items():
                if name not in without:
                    archive.writestr(name, data)
        return wheel

    return make


def test_a_wheel_of_exactly_the_two_packages_passes(make_wheel: WheelFactory) -> None:
    assert check_dist.check_wheel(make_wheel()) == []


def test_the_generated_package_carries_the_spec_it_was_generated_from() -> None:
    shipped = ROOT / "generated" / "juniper_fulfillment_client" / "openapi.yaml"
    assert shipped.read_bytes() == (ROOT / "openapi" / "index.yaml").read_bytes()


@pytest.mark.parametrize(
    "path",
    [
        "tests/test_contract.py",
        "scripts/sandbox.py",
        "bench/run.py",
        "examples/quickstart.py",
        "templates/model.py.jinja",
        "juniper_fulfillment/testing/openapi.yaml",
        "juniper_fulfillment/__pycache__/errors.cpython-311.pyc",
    ],
)
def test_anything_else_in_the_wheel_is_refused(make_wheel: WheelFactory, path: str) -> None:
    problems = check_dist.check_wheel(make_wheel({path: b"x"}))
    assert problems == [
        f"juniper_fulfillment-0-py3-none-any.whl: {path} is not part of either package"
    ]


@pytest.mark.parametrize(
    "path", ["juniper_fulfillment/py.typed", "juniper_fulfillment_client/py.typed"]
)
def test_a_missing_py_typed_is_refused(make_wheel: WheelFactory, path: str) -> None:
    problems = check_dist.check_wheel(make_wheel(without=(path,)))
    assert problems == [f"{WHEEL_NAME}: {path} is missing"]


def test_a_wrong_licence_is_refused(make_wheel: WheelFactory) -> None:
    problems = check_dist.check_wheel(make_wheel(**{"License-Expression": "MIT"}))
    assert problems == [f"{WHEEL_NAME}: License-Expression is 'MIT'"]


def test_the_installed_metadata_states_licence_classifiers_and_ranges() -> None:
    installed = metadata.metadata("juniper-fulfillment")
    assert installed["License-Expression"] == "Apache-2.0"
    assert "LICENSE" in (installed.get_all("License-File") or [])
    classifiers = installed.get_all("Classifier") or []
    for classifier in (
        "Operating System :: OS Independent",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.13",
        "Typing :: Typed",
        "Development Status :: 4 - Beta",
    ):
        assert classifier in classifiers
    requires = installed.get_all("Requires-Dist") or []
    assert "httpx<1,>=0.26" in requires


def test_the_suite_runs_on_the_installed_wheel_not_the_source_folders() -> None:
    wheel = os.environ.get(WHEEL_VARIABLE)
    if not wheel:
        pytest.skip(f"{WHEEL_VARIABLE} is not set: not run by a nox session on a built wheel")
    site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
    for package in (juniper_fulfillment, juniper_fulfillment_client):
        assert site_packages in Path(package.__file__ or "").resolve().parents, package.__file__
    direct_url = json.loads(
        metadata.distribution("juniper-fulfillment").read_text("direct_url.json") or "{}"
    )
    assert direct_url["url"] == Path(wheel).resolve().as_uri()
    assert not direct_url.get("dir_info", {}).get("editable", False)


def test_an_editable_install_exposes_only_the_two_packages(tmp_path: Path) -> None:
    """`pip install -e .` must not make overrides/templates (or anything else) importable."""
    venv = tmp_path / "venv"
    uv_bin = uv.find_uv_bin()
    subprocess.run(  # noqa: S603 - uv from this environment, fixed arguments
        [uv_bin, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True
    )
    python = venv / "bin" / "python"
    subprocess.run(  # noqa: S603 - uv from this environment, fixed arguments
        [uv_bin, "pip", "install", "--quiet", "--python", str(python), "-e", str(ROOT)],
        check=True,
        timeout=300,
    )
    probe = (
        "import importlib.util, json, sys\n"
        "import juniper_fulfillment, juniper_fulfillment_client.api.orders.create_order as op\n"
        "print(json.dumps({\n"
        "    'overlay': juniper_fulfillment.__file__, 'operation': op.__file__,\n"
        "    'others': [n for n in ('templates', 'generated', 'overrides', 'scripts', 'tests')\n"
        "               if importlib.util.find_spec(n)],\n"
        "    'path': sys.path}))\n"
    )
    result = subprocess.run(  # noqa: S603 - the scratch venv's interpreter, fixed code
        [str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    seen = json.loads(result.stdout)
    assert seen["overlay"] == str(ROOT / "overrides" / "juniper_fulfillment" / "__init__.py")
    assert seen["operation"].startswith(str(ROOT / "generated" / "juniper_fulfillment_client"))
    assert seen["others"] == []
    assert not [entry for entry in seen["path"] if entry.startswith(str(ROOT))]
