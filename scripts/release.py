"""The two decisions of the release workflow that must not be left to a person's eye.

    python scripts/release.py check-tag v1.0.2.1 dist/   # the tag names the version that was built
    python scripts/release.py notes v1.0.2.1             # that version's CHANGELOG section

``check-tag`` refuses (exit 1) a tag that is not ``v`` followed by the version of the wheel in the
folder, and a development or local version (``1.0.2.1.dev0``, ``1.0.2.1+local``): releases carry
plain versions, and builds between releases carry ``.dev`` ones. ``notes`` prints the body of the
``## [<version>]`` section of CHANGELOG.md, and refuses a version with no section or an empty one,
so that nothing is published without saying what changed. Standard library only: the release job
runs it with the runner's own Python.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from email.parser import HeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
# PEP 440 public versions: release segments, then an optional pre-release or post-release.
RELEASE_VERSION = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?$")


class ReleaseError(Exception):
    """The release must not go ahead; the message says why."""


def built_version(directory: Path) -> str:
    """The version in the METADATA of the one wheel in ``directory``."""
    wheels = sorted(directory.glob("*.whl"))
    if len(wheels) != 1:
        raise ReleaseError(f"expected one wheel in {directory}, found {[w.name for w in wheels]}")
    with zipfile.ZipFile(wheels[0]) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        version = HeaderParser().parsestr(archive.read(name).decode())["Version"]
    if not version:
        raise ReleaseError(f"{wheels[0].name} has no Version in its METADATA")
    return str(version)


def version_of_tag(tag: str) -> str:
    if not tag.startswith("v"):
        raise ReleaseError(f"tag {tag!r} is not a version tag (v<version>)")
    return tag.removeprefix("v")


def check_tag(tag: str, directory: Path) -> str:
    """The release version, when ``tag`` names exactly the built version and it is a release."""
    version = built_version(directory)
    if version_of_tag(tag) != version:
        raise ReleaseError(
            f"tag {tag} does not match the built version {version}: set the version in "
            "overrides/juniper_fulfillment/_version.py and tag that commit v<version>"
        )
    if not RELEASE_VERSION.fullmatch(version):
        raise ReleaseError(f"{version} is a development or local version, not a release")
    return version


def release_notes(version: str, changelog: str) -> str:
    """The body of the ``## [version]`` section of a Keep a Changelog file."""
    heading = re.compile(rf"^## \[{re.escape(version)}\][^\n]*$", re.MULTILINE)
    found = heading.search(changelog)
    if found is None:
        raise ReleaseError(f"CHANGELOG.md has no '## [{version}]' section")
    following = re.compile(r"^## ", re.MULTILINE).search(changelog, found.end())
    body = changelog[found.end() : following.start() if following else len(changelog)]
    # Link reference definitions ("[1.0.2.1]: https://...") at the end belong to the whole file.
    body = re.sub(r"^\[[^\]]+\]: \S+\s*$", "", body, flags=re.MULTILINE).strip()
    if not body:
        raise ReleaseError(f"the '## [{version}]' section of CHANGELOG.md is empty")
    return body + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check-tag", help="the tag names the built version")
    check.add_argument("tag")
    check.add_argument("directory", type=Path)
    notes = commands.add_parser("notes", help="print the CHANGELOG section of a tag's version")
    notes.add_argument("tag")
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check-tag":
            version = check_tag(arguments.tag, arguments.directory)
            print(f"{arguments.tag} is the built version {version}.")
        else:
            version = version_of_tag(arguments.tag)
            sys.stdout.write(release_notes(version, CHANGELOG.read_text(encoding="utf-8")))
    except ReleaseError as error:
        print(f"release refused: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
