"""nox sessions: the checks, run on the built wheel, on every supported Python.

`make test` runs ``tests``, ``lowest`` and ``regenerate``. The first two first run ``dist``, which
builds the sdist and the wheel into ``dist/`` and checks them; the test suite then imports the
installed wheel, never the source folders, so what is tested is what users install. ``regenerate``
tests the regenerate job end to end, once, on one Python: it regenerates a scratch checkout, so
what it tests is that checkout's code. Locally a missing interpreter is skipped
(only the machine's own Python may exist); the CI workflow passes
``--error-on-missing-interpreters`` so a missing one fails there.
"""

from __future__ import annotations

import shutil
from email.parser import HeaderParser
from pathlib import Path
from zipfile import ZipFile

import nox
from packaging.requirements import Requirement
from packaging.version import Version

nox.options.error_on_missing_interpreters = False
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "uv"
nox.options.sessions = ["tests", "lowest", "regenerate"]

PYTHONS = ["3.11", "3.12", "3.13"]
DIST = Path("dist")
PROJECT = "juniper-fulfillment"
# Tells tests/test_packaging.py which wheel the suite is meant to be testing.
WHEEL_VARIABLE = "JUNIPER_TEST_WHEEL"
# Selects tests/test_regenerate.py and names the virtualenv it may install a scratch checkout into.
REGENERATE_VARIABLE = "JUNIPER_REGENERATE_VENV"


@nox.session(python=PYTHONS[0])
def dist(session: nox.Session) -> None:
    """Build the sdist and the wheel into dist/; twine check --strict; check the wheel's files."""
    session.install("-c", "requirements-dev.txt", "build", "twine", "uv", "packaging")
    shutil.rmtree(DIST, ignore_errors=True)
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(DIST))
    session.run("twine", "check", "--strict", *sorted(str(path) for path in DIST.iterdir()))
    session.run("python", "scripts/check_dist.py", str(DIST))


@nox.session(python=PYTHONS, requires=["dist"])
def tests(session: nox.Session) -> None:
    """Every check (`make check`) with the pinned tools, the suite running on the built wheel."""
    wheel = built_wheel(session)
    session.install("-r", "requirements-dev.txt")
    session.install("--no-deps", "--reinstall-package", PROJECT, str(wheel))
    session.run(
        "make", "check", f"BIN={session.bin}", external=True, env={WHEEL_VARIABLE: str(wheel)}
    )


@nox.session(python=[PYTHONS[0], PYTHONS[-1]], requires=["dist"])
def lowest(session: nox.Session) -> None:
    """The test suite on the built wheel with the lowest dependency versions its metadata allows.

    On the oldest and the newest Python: old releases of httpx and attrs are most likely to break
    on a new Python. The docs build is left to ``tests``: it does not use the runtime packages.
    """
    wheel = built_wheel(session)
    requirements = runtime_requirements(wheel)
    session.install("-r", "requirements-dev.txt")
    upgrades = [f"--upgrade-package={Requirement(line).name}" for line in requirements]
    session.install(
        "--resolution=lowest-direct",
        f"--reinstall-package={PROJECT}",
        *upgrades,
        *requirements,
        str(wheel),
    )
    names = [Requirement(line).name for line in requirements]
    installed = session.run(
        "python",
        "-c",
        "import sys\nfrom importlib.metadata import version\n"
        "print(' '.join(version(name) for name in sys.argv[1:]))",
        *names,
        silent=True,
    )
    assert isinstance(installed, str)
    versions = dict(zip(names, installed.split(), strict=True))
    for line in requirements:
        name, floor = Requirement(line).name, lower_bound(Requirement(line))
        if Version(versions[name]) != Version(floor):
            session.error(f"{name} {versions[name]} is installed, not its lower bound {floor}")
    session.log("lowest: " + ", ".join(f"{name} {v}" for name, v in versions.items()))
    session.run(
        "python",
        "-m",
        "pytest",
        "-m",
        "not docs",
        *session.posargs,
        env={WHEEL_VARIABLE: str(wheel)},
    )


@nox.session(python=PYTHONS[0])
def regenerate(session: nox.Session) -> None:
    """`make update-spec`, checks included, on each kind of ordinary vendor release, end to end.

    tests/test_regenerate.py applies the releases one after the other to one scratch checkout
    whose `make setup` virtualenv is this one: the test installs that checkout into it, editable,
    so the checks it runs test the regenerated code. Every release runs the whole test suite, so
    this runs once, on the Python of the Regenerate workflow. It starts with this checkout's own
    editable install, as `make setup` does, over whatever checkout a previous run left installed.
    """
    session.install("-r", "requirements-dev.txt")
    session.install("--no-deps", f"--reinstall-package={PROJECT}", "-e", ".")
    location = session.virtualenv.location
    assert isinstance(location, str)
    session.run(
        "python",
        "-m",
        "pytest",
        "tests/test_regenerate.py",
        "-rP",
        *session.posargs,
        env={REGENERATE_VARIABLE: location},
    )


def built_wheel(session: nox.Session) -> Path:
    wheels = sorted(DIST.glob("*.whl"))
    if len(wheels) != 1:
        session.error(f"expected one wheel in {DIST}/ (the dist session builds it), found {wheels}")
    return wheels[0].resolve()


def runtime_requirements(wheel: Path) -> list[str]:
    """The wheel's unconditional Requires-Dist lines: what a plain install of it pulls in."""
    with ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        fields = HeaderParser().parsestr(archive.read(name).decode())
    return [line for line in fields.get_all("Requires-Dist") or [] if ";" not in line]


def lower_bound(requirement: Requirement) -> str:
    floors = [spec.version for spec in requirement.specifier if spec.operator in {">=", "=="}]
    if len(floors) != 1:
        raise ValueError(f"{requirement} needs exactly one lower bound (>=) to be tested")
    return floors[0]
