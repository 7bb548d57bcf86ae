"""Follow the vendor's spec: fetch, validate, write, regenerate, report API changes, test.

``make update-spec [SPEC_URL=...]`` runs this; ``SPEC_URL`` is a URL or a local path, by default
the vendor's published bundle. The steps, in order:

1. fetch the new description into a temporary file;
2. validate that copy with openapi-spec-validator and Redocly CLI (``redocly.yaml``); any error
   stops here, before the repository is touched, and prints the validators' messages;
3. write it to openapi/index.yaml and regenerate generated/ with ``make generate`` (the one place
   the generator's command line lives); if generation fails, the previous spec, generated code
   and package version are put back;
4. if ``info.version`` changed, set the package version to ``<info.version>.0``: the version is
   the API version plus a release counter that starts again at 0 for each API version;
5. print the API diff report (``scripts/api_diff.py``) against ``--base`` or the last tag;
6. run the checks (``make spec lint typecheck pytest``) unless ``--no-tests``. ``check-generated``
   is left out on purpose: it compares generated/ with the last commit, which an update changes.

A failing check leaves the update in place for a person to look at, and the exit status is the
check's. Exit status 1 means nothing was changed: the spec could not be fetched, did not validate,
or did not generate.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "index.yaml"
GENERATED = ROOT / "generated"
VERSION_FILE = ROOT / "overrides" / "juniper_fulfillment" / "_version.py"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
REDOCLY_CONFIG = ROOT / "redocly.yaml"
API_DIFF = ROOT / "scripts" / "api_diff.py"

DEFAULT_SPEC_URL = "https://docs.fulfillment.juniperhealth.com/_bundle/apis/index.yaml"
FETCH_TIMEOUT = 30.0
# openapi-spec-validator prints the whole document after some errors; keep messages readable.
MAX_LINE = 400
BANNER = ("╔", "║", "╚")
# What the Makefile exports for every Node tool: no telemetry, no update notices.
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
}
VERSION_LINE = re.compile(r'^__version__ = "[^"]*"$', re.MULTILINE)
CHECKS = ("spec", "lint", "typecheck", "pytest")


class UpdateError(Exception):
    """The update stopped before changing anything; the message says why."""


def log(message: str) -> None:
    print(f"update-spec: {message}", flush=True)


# ------------------------------------------------------------------------------------- fetching


def fetch(source: str, destination: Path) -> None:
    """Copy the description at ``source`` (an http(s) URL or a local path) to ``destination``."""
    if urllib.parse.urlsplit(source).scheme in {"http", "https"}:
        try:
            response = httpx.get(source, timeout=FETCH_TIMEOUT, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as error:
            raise UpdateError(
                f"could not fetch {source}: {error}. Pass a downloaded copy instead: "
                "make update-spec SPEC_URL=path/to/index.yaml"
            ) from error
        destination.write_bytes(response.content)
        return
    path = Path(source).expanduser()
    if not path.is_file():
        raise UpdateError(f"{source} is neither an http(s) URL nor an existing file")
    shutil.copyfile(path, destination)


# ----------------------------------------------------------------------------------- validating


def _shorten(output: str) -> str:
    """``output`` without boxed banners (Node.js deprecation notices) and with long lines cut."""
    lines = [line for line in output.strip().splitlines() if not line.strip().startswith(BANNER)]
    return "\n".join(
        line if len(line) <= MAX_LINE else line[:MAX_LINE] + " [...]" for line in lines
    ).strip()


def validate(spec: Path, bin_dir: Path) -> None:
    """Run both validators on ``spec``; raise with their messages unless both report no error."""
    validators = {
        "openapi-spec-validator": [str(bin_dir / "openapi-spec-validator"), str(spec)],
        "redocly lint": [
            str(REDOCLY),
            "lint",
            str(spec),
            "--format=stylish",
            f"--config={REDOCLY_CONFIG}",
        ],
    }
    failures = []
    for name, command in validators.items():
        try:
            result = subprocess.run(  # noqa: S603 - the project's own tools
                command,
                cwd=ROOT,
                env={**os.environ, **NODE_ENV},
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        except FileNotFoundError as error:
            raise UpdateError(
                f"{name} is not installed ({error.filename}): run `make setup`"
            ) from error
        if result.returncode != 0:
            output = _shorten(result.stdout + "\n" + result.stderr)
            failures.append(f"{name} failed:\n{output}")
    if failures:
        raise UpdateError(
            "the new spec is not valid; nothing was changed.\n" + "\n\n".join(failures)
        )


def api_version(spec: Path) -> str | None:
    """``info.version`` of the description at ``spec``, or None if it has none."""
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    info = document.get("info") if isinstance(document, dict) else None
    version = info.get("version") if isinstance(info, dict) else None
    return None if version is None else str(version)


# ----------------------------------------------------------------------------------- versioning


def package_version(api: str) -> str:
    """The first package version for API version ``api``: its release counter starts at 0."""
    return f"{api}.0"


def with_version(source: str, version: str) -> str:
    """The text of _version.py with ``__version__`` set to ``version``, all else unchanged."""
    updated, count = VERSION_LINE.subn(f'__version__ = "{version}"', source)
    if count != 1:
        raise UpdateError(f'{VERSION_FILE} has no single `__version__ = "..."` line')
    return updated


# ------------------------------------------------------------------------------ writing, safely


class Snapshot:
    """A copy of everything an update writes, put back if the update fails part-way."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def __enter__(self) -> Self:
        self.directory.mkdir()
        shutil.copy2(SPEC, self.directory / "index.yaml")
        shutil.copy2(VERSION_FILE, self.directory / "_version.py")
        shutil.copytree(GENERATED, self.directory / "generated", symlinks=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            return
        shutil.copy2(self.directory / "index.yaml", SPEC)
        shutil.copy2(self.directory / "_version.py", VERSION_FILE)
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(self.directory / "generated", GENERATED, symlinks=True)
        log("restored the previous spec, generated code and version")


def make(targets: list[str], bin_dir: Path) -> int:
    """Run make ``targets`` in the repository with the Python tools of ``bin_dir``."""
    return subprocess.call(["make", *targets, f"BIN={bin_dir}"], cwd=ROOT)  # noqa: S603, S607


def install(candidate: Path, bin_dir: Path, workdir: Path) -> tuple[str | None, str | None]:
    """Write the validated spec, regenerate, and bump the version; all or nothing.

    Returns the API version before and after.
    """
    old_api, new_api = api_version(SPEC), api_version(candidate)
    with Snapshot(workdir / "previous"):
        shutil.copyfile(candidate, SPEC)
        log(f"wrote {SPEC.relative_to(ROOT)}; regenerating")
        if make(["generate"], bin_dir) != 0:
            raise UpdateError("`make generate` failed on the new spec (see above)")
        if new_api is not None and new_api != old_api:
            version = package_version(new_api)
            VERSION_FILE.write_text(
                with_version(VERSION_FILE.read_text(encoding="utf-8"), version), encoding="utf-8"
            )
            log(f"API version {old_api} -> {new_api}: package version is now {version}")
        else:
            log(f"API version unchanged ({new_api}): package version left as it is")
    return old_api, new_api


# ---------------------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--spec", default=DEFAULT_SPEC_URL, help="URL or path of the new description"
    )
    parser.add_argument(
        "--bin",
        type=Path,
        default=Path(sys.executable).parent,
        help="directory of the Python tools (default: this interpreter's)",
    )
    parser.add_argument("--base", help="git ref for the API diff (default: last tag, else HEAD)")
    parser.add_argument(
        "--no-tests",
        action="store_true",
        help="skip `make spec lint typecheck pytest` (the test suite runs this script itself)",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    bin_dir: Path = args.bin.absolute()
    try:
        with tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
            candidate = Path(tmp) / "index.yaml"
            fetch(args.spec, candidate)
            log(f"fetched {args.spec} ({candidate.stat().st_size} bytes); validating")
            validate(candidate, bin_dir)
            log("valid: openapi-spec-validator and redocly lint report no error")
            install(candidate, bin_dir, Path(tmp))
    except UpdateError as error:
        print(f"update-spec: error: {error}", file=sys.stderr, flush=True)
        return 1

    log("API changes for users of this package:")
    diff = [sys.executable, str(API_DIFF), "--repo", str(ROOT)]
    if args.base:
        diff += ["--base", args.base]
    if subprocess.call(diff, cwd=ROOT) != 0:  # noqa: S603 - this interpreter, this repository
        print("update-spec: error: the API diff could not be computed", file=sys.stderr)
        return 1

    if args.no_tests:
        log("checks skipped (--no-tests)")
        return 0
    log(f"running the checks: make {' '.join(CHECKS)}")
    status = make(list(CHECKS), bin_dir)
    if status != 0:
        print(
            "update-spec: error: the checks failed on the new spec; the update is left in place "
            "for review (git diff shows it)",
            file=sys.stderr,
        )
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
