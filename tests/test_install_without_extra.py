"""The wheel installed without the ``testing`` extra never breaks a user's pytest run.

pytest loads the package's ``pytest11`` plugin in every project where the package is installed,
so the plugin, and ``import juniper_fulfillment``, may need only the runtime dependencies. This
test installs the wheel under test (``JUNIPER_TEST_WHEEL`` under nox, else one built from this
checkout) with pytest alone into a fresh virtualenv and runs small test suites there: first with
none of the extra's packages, then with PyYAML but not the schema validator.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import uv

ROOT = Path(__file__).resolve().parents[1]
WHEEL_VARIABLE = "JUNIPER_TEST_WHEEL"  # set by the nox sessions to the wheel under test
INSTALL_HINT = 'pip install "juniper-fulfillment[testing]"'

TRIVIAL_TEST = "def test_nothing_to_do_with_juniper():\n    assert 1 + 1 == 2\n"
FIXTURE_TEST = "def test_uses_the_fake(juniper_fake):\n    pass\n"
PROBE = """\
import importlib, importlib.util, json, pkgutil
import juniper_fulfillment
# Every module of the package but the fake imports with the runtime dependencies (and pytest).
for module in pkgutil.iter_modules(juniper_fulfillment.__path__, "juniper_fulfillment."):
    if module.name != "juniper_fulfillment.testing":
        importlib.import_module(module.name)
try:
    import juniper_fulfillment.testing
except ImportError as error:
    problem = [type(error).__name__, str(error)]
else:
    problem = None
print(json.dumps({
    "yaml": importlib.util.find_spec("yaml") is not None,
    "validator": importlib.util.find_spec("openapi_schema_validator") is not None,
    "testing_import": problem,
}))
"""


def _wheel(tmp_path: Path) -> Path:
    given = os.environ.get(WHEEL_VARIABLE)
    if given:
        return Path(given)
    out = tmp_path / "dist"
    subprocess.run(  # noqa: S603 - uv from this environment, fixed arguments
        [uv.find_uv_bin(), "build", "--quiet", "--wheel", "--out-dir", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = out.glob("*.whl")
    return wheel


def _clean_env() -> dict[str, str]:
    """This process's environment without what would leak it into the scratch venv's Python."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "PYTEST", "VIRTUAL_ENV", "COV_CORE"))
    }


class ScratchVenv:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.python = path / "bin" / "python"
        self._uv = uv.find_uv_bin()
        subprocess.run(  # noqa: S603 - uv from this environment, fixed arguments
            [self._uv, "venv", "--quiet", "--python", sys.executable, str(path)],
            check=True,
            timeout=120,
            env=_clean_env(),
        )

    def install(self, *requirements: str) -> None:
        subprocess.run(  # noqa: S603 - uv from this environment, fixed arguments
            [self._uv, "pip", "install", "--quiet", "--python", str(self.python), *requirements],
            check=True,
            timeout=300,
            env=_clean_env(),
        )

    def run(self, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603 - the scratch venv's interpreter, fixed arguments
            [str(self.python), *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
            env=_clean_env(),
        )


def _project(tmp_path: Path) -> Path:
    """A user's project: its own rootdir (an empty pytest.ini) and two test files."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    (project / "test_trivial.py").write_text(TRIVIAL_TEST)
    (project / "test_with_fake.py").write_text(FIXTURE_TEST)
    return project


def _check_without_the_validator(venv: ScratchVenv, project: Path, *, yaml: bool) -> None:
    trivial = venv.run(project, "-m", "pytest", "-q", "test_trivial.py")
    assert trivial.returncode == 0, trivial.stdout + trivial.stderr
    assert re.search(r"\b1 passed\b", trivial.stdout), trivial.stdout

    with_fake = venv.run(project, "-m", "pytest", "-q", "test_with_fake.py")
    assert with_fake.returncode == 1, with_fake.stdout + with_fake.stderr
    assert re.search(r"\b1 error\b", with_fake.stdout), with_fake.stdout
    assert "juniper_fake fixture is unavailable" in with_fake.stdout
    assert INSTALL_HINT in with_fake.stdout

    probe = venv.run(project, "-c", PROBE)
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    assert (seen["yaml"], seen["validator"]) == (yaml, False)
    kind, message = seen["testing_import"]
    assert kind == "ModuleNotFoundError"
    assert INSTALL_HINT in message

    script = subprocess.run(  # noqa: S603 - the console script the wheel installed
        [str(venv.path / "bin" / "juniper-fake"), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_clean_env(),
    )
    assert script.returncode == 2, script.stdout + script.stderr
    assert INSTALL_HINT in script.stderr
    assert "Traceback" not in script.stderr


def test_pytest_runs_with_the_wheel_installed_without_the_testing_extra(tmp_path: Path) -> None:
    venv = ScratchVenv(tmp_path / "venv")
    project = _project(tmp_path)
    # The pytest and PyYAML versions of this environment: reproducible, and in uv's cache.
    venv.install(str(_wheel(tmp_path)), f"pytest=={pytest.__version__}")

    _check_without_the_validator(venv, project, yaml=False)

    venv.install(f"PyYAML=={metadata.version('PyYAML')}")
    _check_without_the_validator(venv, project, yaml=True)
