"""Check the built sdist and wheel: what a user installs holds the two packages and nothing else.

    python scripts/check_dist.py dist/

The wheel must hold every file of ``generated/juniper_fulfillment_client`` and
``overrides/juniper_fulfillment`` (both ``py.typed`` included) byte for byte, and nothing else
except its ``.dist-info`` (the generated package holds ``openapi.yaml``, the description it was
generated from, which the local fake API serves). Its metadata must
carry the licence and the runtime requirements of ``pyproject.toml``. The sdist must hold the
licence, the project file and both packages, and none of the repository-only folders.

Exit status 0 when both are right, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
import tomllib
import zipfile
from email.parser import HeaderParser
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

# Import package -> the repository folder that holds it.
PACKAGES = {
    "juniper_fulfillment_client": ROOT / "generated" / "juniper_fulfillment_client",
    "juniper_fulfillment": ROOT / "overrides" / "juniper_fulfillment",
}
REPOSITORY_ONLY = ("tests", "scripts", "bench", "examples", "docs", "overrides/templates")
LICENSE_EXPRESSION = "Apache-2.0"


def source_files(package: str) -> dict[PurePosixPath, bytes]:
    """Every file of an import package in the repository, by its path inside the wheel."""
    folder = PACKAGES[package]
    files = {}
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        # Caches (__pycache__, the generator's .ruff_cache) are ignored by git and the build.
        if path.is_file() and not any(p.startswith(".") or p == "__pycache__" for p in parts):
            files[PurePosixPath(package, *parts)] = path.read_bytes()
    return files


def check_wheel(wheel: Path) -> list[str]:
    problems: list[str] = []
    expected: dict[PurePosixPath, bytes] = {}
    for package in PACKAGES:
        expected.update(source_files(package))
        if PurePosixPath(package, "py.typed") not in expected:
            problems.append(f"{PACKAGES[package]} has no py.typed")

    with zipfile.ZipFile(wheel) as archive:
        names = [name for name in archive.namelist() if not name.endswith("/")]
        dist_info = [name for name in names if name.split("/", 1)[0].endswith(".dist-info")]
        if len({name.split("/", 1)[0] for name in dist_info}) != 1:
            problems.append(f"{wheel.name}: expected exactly one .dist-info folder")
        contents = {
            PurePosixPath(name): archive.read(name) for name in names if name not in dist_info
        }
        metadata_name = next((n for n in dist_info if n.endswith(".dist-info/METADATA")), None)
        metadata = archive.read(metadata_name).decode() if metadata_name else ""
        license_name = next((n for n in dist_info if n.endswith(".dist-info/licenses/LICENSE")), "")
        license_text = archive.read(license_name) if license_name else b""

    for path, data in sorted(contents.items()):
        if path in expected:
            if data != expected[path]:
                problems.append(f"{wheel.name}: {path} differs from the repository's copy")
        else:
            problems.append(f"{wheel.name}: {path} is not part of either package")
    for path in sorted(set(expected) - set(contents)):
        problems.append(f"{wheel.name}: {path} is missing")

    if not metadata_name:
        return [*problems, f"{wheel.name}: no METADATA"]
    problems += check_metadata(wheel.name, metadata)
    if license_text != (ROOT / "LICENSE").read_bytes():
        problems.append(f"{wheel.name}: .dist-info/licenses/LICENSE is missing or not LICENSE")
    return problems


def check_metadata(artifact: str, text: str) -> list[str]:
    problems: list[str] = []
    metadata = HeaderParser().parsestr(text)
    if metadata["License-Expression"] != LICENSE_EXPRESSION:
        problems.append(f"{artifact}: License-Expression is {metadata['License-Expression']!r}")
    if "LICENSE" not in (metadata.get_all("License-File") or []):
        problems.append(f"{artifact}: no License-File: LICENSE")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {str(Requirement(line)) for line in project["dependencies"]}
    shipped = {str(Requirement(line)) for line in metadata.get_all("Requires-Dist") or []}
    # Extras (such as a `testing` extra) add markers; the unconditional requirements must match.
    unconditional = {line for line in shipped if ";" not in line}
    if unconditional != declared:
        problems.append(
            f"{artifact}: Requires-Dist {sorted(unconditional)} differs from {sorted(declared)}"
        )
    return problems


def check_sdist(sdist: Path) -> list[str]:
    problems: list[str] = []
    with tarfile.open(sdist) as archive:
        members = [PurePosixPath(member.name) for member in archive.getmembers() if member.isfile()]
    relative = {PurePosixPath(*path.parts[1:]) for path in members}
    for required in ("LICENSE", "pyproject.toml", "PKG-INFO", "README.md"):
        if PurePosixPath(required) not in relative:
            problems.append(f"{sdist.name}: {required} is missing")
    for package, folder in PACKAGES.items():
        typed = PurePosixPath(folder.relative_to(ROOT).as_posix(), "py.typed")
        if typed not in relative:
            problems.append(f"{sdist.name}: {package} (with py.typed) is missing")
    for path in sorted(relative):
        if any(path.as_posix().startswith(folder + "/") for folder in REPOSITORY_ONLY):
            problems.append(f"{sdist.name}: {path} is repository-only")
    return problems


def check(directory: Path) -> list[str]:
    wheels = sorted(directory.glob("*.whl"))
    sdists = sorted(directory.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [f"{directory}: expected one wheel and one sdist, found {wheels + sdists}"]
    return check_wheel(wheels[0]) + check_sdist(sdists[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="the folder `python -m build` wrote")
    problems = check(parser.parse_args(argv).directory)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("sdist and wheel hold the two packages, the licence and nothing else.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
