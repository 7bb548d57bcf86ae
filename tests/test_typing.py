"""mypy --strict and pyright --strict on code written as a partner writes it.

tests/typing/user_code.py uses the README's style: resources, pages, errors, raw responses, call
options and webhook receivers with Flask, Starlette and Django request headers; both checkers must
accept it as it is. tests/typing/misuse.py holds mistakes; both checkers must report each one.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typing"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter's mypy on a file of this repository
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def pyright(path: Path) -> subprocess.CompletedProcess[str]:
    if not PYRIGHT.exists():
        pytest.skip("pyright is not installed (make node)")
    return subprocess.run(  # noqa: S603 - the pinned pyright on a file of this repository
        [str(PYRIGHT), "--pythonpath", sys.executable, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def error_lines(output: str, path: Path) -> set[int]:
    return {int(line) for line in re.findall(rf"{re.escape(path.name)}:(\d+)", output)}


def marked_lines(path: Path) -> set[int]:
    lines = path.read_text().splitlines()
    return {number for number, line in enumerate(lines, 1) if "# error:" in line}


def test_user_code_passes_mypy_strict() -> None:
    result = mypy(TYPING / "user_code.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_user_code_passes_pyright_strict() -> None:
    result = pyright(TYPING / "user_code.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


@pytest.mark.parametrize("checker", [mypy, pyright], ids=["mypy", "pyright"])
def test_every_mistake_is_reported(checker: object) -> None:
    path = TYPING / "misuse.py"
    result = checker(path)  # type: ignore[operator]
    assert result.returncode != 0
    assert error_lines(result.stdout, path) == marked_lines(path), result.stdout
