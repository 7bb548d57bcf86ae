"""mypy --strict and pyright --strict on code written as a partner writes it.

tests/typing/user_code.py uses the README's style: resources, pages, errors, raw responses, call
options and webhook receivers with Flask, Starlette and Django request headers; both checkers must
accept it as it is. tests/typing/misuse.py holds mistakes; both checkers must report each one.

Every Python block of README.md must pass both checkers too, read from the README at test time:
what partners copy is what is checked. A block that cannot stand alone is left out only by a
marker on the line right before its fence that says why, ``<!-- typecheck: skip <reason> -->``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typing"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter's mypy on files of this repository
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def pyright(*paths: Path) -> subprocess.CompletedProcess[str]:
    if not PYRIGHT.exists():
        pytest.skip("pyright is not installed (make node)")
    return subprocess.run(  # noqa: S603 - the pinned pyright on files of this repository
        [str(PYRIGHT), "--pythonpath", sys.executable, *map(str, paths)],
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


# ------------------------------------------------------------------------------ README blocks
README = ROOT / "README.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
SKIP = re.compile(r"<!--\s*typecheck:\s*skip\b(.*?)-->")
# Written first in every extracted file; pyright reads it as this file's mode.
HEADER = "# pyright: strict\n"


@dataclass(frozen=True)
class Block:
    """One Python block of the README: where its code starts, the code, and why it is skipped."""

    line: int
    source: str
    skip: str | None


def readme_blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = SKIP.search(before)
        line = text.count("\n", 0, match.start(1)) + 1
        blocks.append(Block(line, match.group(1), marker.group(1).strip() if marker else None))
    return blocks


def write_blocks(directory: Path) -> dict[str, Block]:
    """Each checked block as its own module; pyright reads the header as strict mode."""
    files = {}
    for number, block in enumerate(readme_blocks(), 1):
        if block.skip is None:
            name = f"readme_block_{number}.py"
            (directory / name).write_text(HEADER + block.source, encoding="utf-8")
            files[name] = block
    return files


def in_readme_lines(output: str, files: dict[str, Block]) -> str:
    """The checker's output with each file:line turned into the README line it came from."""

    def where(match: re.Match[str]) -> str:
        block = files[match.group(1)]
        return f"README.md:{block.line + int(match.group(2)) - 1 - HEADER.count(chr(10))}"

    names = "|".join(map(re.escape, files))
    return re.sub(rf"(?:\S*[/\\])?({names}):(\d+)", where, output)


def test_the_readme_has_python_blocks_and_each_skip_says_why() -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 6
    for block in blocks:
        assert block.skip is None or block.skip, f"README.md:{block.line}: a skip needs a reason"
    # A marker anywhere else is a typo that would leave a block checked against the intent.
    markers = SKIP.findall(README.read_text(encoding="utf-8"))
    assert len(markers) == sum(block.skip is not None for block in blocks)


def test_readme_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    files = write_blocks(tmp_path)
    result = mypy(*(tmp_path / name for name in files))
    assert result.returncode == 0, in_readme_lines(result.stdout + result.stderr, files)


def test_readme_blocks_pass_pyright_strict(tmp_path: Path) -> None:
    files = write_blocks(tmp_path)
    result = pyright(*(tmp_path / name for name in files))
    assert result.returncode == 0, in_readme_lines(result.stdout + result.stderr, files)
    assert "0 errors" in result.stdout
