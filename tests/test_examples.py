"""The examples run for real: quickstart.py against Prism and a local token endpoint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.sandbox import PrismServer, TokenServer

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.prism


def run_quickstart(
    prism: PrismServer, tokens: TokenServer, client_secret: str
) -> subprocess.CompletedProcess[str]:
    """examples/quickstart.py in a subprocess, configured for the sandbox through JUNIPER_*."""
    env = {
        **os.environ,
        "JUNIPER_BASE_URL": prism.base_url,
        "JUNIPER_TOKEN_URL": tokens.token_url,
        "JUNIPER_CLIENT_ID": tokens.client_id,
        "JUNIPER_CLIENT_SECRET": client_secret,
        "JUNIPER_ENVIRONMENT": "sandbox",
    }
    return subprocess.run(  # noqa: S603 - this interpreter, this repository's example
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_quickstart_runs_every_step_against_the_sandbox(
    prism: PrismServer, token_server: TokenServer
) -> None:
    result = run_quickstart(prism, token_server, token_server.client_secret)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith(("ok", "FAILED"))]
    assert [line.split("(")[0].strip() for line in steps] == [
        "ok      list the catalogue",
        "ok      list shipping methods",
        "ok      create an order",
        "ok      read the order back",
        "ok      cancel the order",
        "ok      read partner settings",
        "ok      read the webhook secret",
        "ok      verify a signed webhook",
        "ok      reject a tampered webhook",
    ]
    assert "is NEW" in result.stdout
    assert "is now CANCELLED" in result.stdout
    assert token_server.token_count == 1
    # The secrets the script handled never reach its output.
    assert token_server.client_secret not in result.stdout + result.stderr
    assert "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c" not in result.stdout + result.stderr


def test_quickstart_fails_loudly_on_bad_credentials(
    prism: PrismServer, token_server: TokenServer
) -> None:
    result = run_quickstart(prism, token_server, "not-the-secret")
    assert result.returncode == 1
    assert "FAILED  list the catalogue (all pages): AuthenticationError" in result.stdout
    assert "not-the-secret" not in result.stdout + result.stderr
