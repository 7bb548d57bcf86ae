"""The resource template refuses a spec whose parameters clash with the per-call options.

Every resource method takes ``timeout=``, ``extra_headers=`` and ``max_retries=`` (and, where the
body is a JSON object, ``extra_body=``) besides the operation's own parameters; a spec parameter
of the same name would be shadowed silently, so generation fails instead, naming the operation and
the parameter (``extra_body`` on any operation, so that adding a body later changes nothing).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def generate(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the pinned generator on a copy of this spec
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "overrides" / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--overwrite",
        ],
        cwd=output.parent,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("option", ["timeout", "extra_headers", "max_retries", "extra_body"])
def test_a_parameter_named_like_a_call_option_fails_generation(tmp_path: Path, option: str) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "index.yaml").read_text())
    spec["paths"]["/orders"]["get"]["parameters"].append(
        {"name": option, "in": "query", "required": False, "schema": {"type": "integer"}}
    )
    path = tmp_path / "index.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))

    result = generate(path, tmp_path / "out")

    output = " ".join((result.stdout + result.stderr).split())  # the traceback box wraps lines
    assert result.returncode != 0, output
    assert f"operation list_orders has a parameter named {option}" in output
    assert "clashes with the per-call option" in output
