"""Every Python block of README.md runs, against Prism and a local token endpoint.

Blocks run in order, each in a fresh namespace, with the ``JUNIPER_*`` variables pointing at the
sandbox. A top-level ``async def`` without parameters that a block defines but does not call is
awaited as well, so async snippets are exercised rather than merely compiled.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.sandbox import PrismServer, TokenServer

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)

pytestmark = pytest.mark.prism


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_readme_has_python_examples() -> None:
    assert len(python_blocks()) >= 6


@pytest.mark.parametrize("index", range(len(python_blocks())), ids=lambda i: f"block{i + 1}")
def test_readme_block_runs(
    index: int,
    prism: PrismServer,
    token_server: TokenServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("JUNIPER_BASE_URL", prism.base_url)
    monkeypatch.setenv("JUNIPER_TOKEN_URL", token_server.token_url)
    monkeypatch.setenv("JUNIPER_CLIENT_ID", token_server.client_id)
    monkeypatch.setenv("JUNIPER_CLIENT_SECRET", token_server.client_secret)
    monkeypatch.setenv("JUNIPER_ENVIRONMENT", "sandbox")
    source = python_blocks()[index]
    namespace: dict[str, Any] = {"__name__": f"readme_block_{index + 1}"}
    exec(compile(source, f"README.md:block{index + 1}", "exec"), namespace)  # noqa: S102
    for name, value in list(namespace.items()):
        if (
            inspect.iscoroutinefunction(value)
            and value.__module__ == namespace["__name__"]
            and not inspect.signature(value).parameters
            and f"{name}()" not in source
        ):
            asyncio.run(value())
    output = capsys.readouterr()
    assert token_server.client_secret not in output.out + output.err
