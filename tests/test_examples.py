"""The examples run for real: quickstart.py on the embedded fake Juniper, as `make demo` runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from juniper_fulfillment.testing import FakeJuniper

ROOT = Path(__file__).resolve().parents[1]


def run_quickstart(extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """examples/quickstart.py in a subprocess; without JUNIPER_* it embeds the fake."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUNIPER_")}
    env.update(extra_env or {})
    return subprocess.run(  # noqa: S603 - this interpreter, this repository's example
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def steps(stdout: str) -> list[str]:
    return [
        line.split("(")[0].strip()
        for line in stdout.splitlines()
        if line.startswith(("ok", "FAILED"))
    ]


def test_quickstart_walks_the_whole_order_lifecycle_on_the_embedded_fake() -> None:
    result = run_quickstart()
    assert result.returncode == 0, result.stdout + result.stderr
    assert steps(result.stdout) == [
        "ok      list the catalogue",
        "ok      list shipping methods",
        "ok      create an order",
        "ok      read the order back",
        "ok      list the NEW orders",
        "ok      cancel the order",
        "ok      a second cancel is refused",
        "ok      read partner settings",
        "ok      point webhooks at the local receiver",
        "ok      read the webhook secret",
        "ok      create a second order",
        "ok      Juniper ships it",
        "ok      the signed SHIPPED webhook was received and verified",
        "ok      read the shipped order",
        "ok      rotate the webhook secret",
        "ok      Juniper delivers it",
        "ok      the next webhook was signed with the new secret",
        "ok      reject a tampered webhook",
    ]
    assert "a second cancel is refused (ConflictError, 409)" in result.stdout
    assert "is now SHIPPED, tracking" in result.stdout
    assert "is now CANCELLED" in result.stdout
    assert result.stdout.rstrip().endswith("Done.")
    # 64 hex characters in a row would be a webhook secret reaching the output.
    assert not any(len(word) >= 64 for word in result.stdout.split())


def test_quickstart_against_a_server_named_by_the_environment() -> None:
    with FakeJuniper() as fake, fake.serve() as server:
        env = {
            "JUNIPER_BASE_URL": server.base_url,
            "JUNIPER_TOKEN_URL": server.token_url,
            "JUNIPER_CLIENT_ID": fake.client_id,
        }
        result = run_quickstart({**env, "JUNIPER_CLIENT_SECRET": fake.client_secret})
        assert result.returncode == 0, result.stdout + result.stderr
        assert "ok      a second cancel is refused" in result.stdout
        assert [o["status"] for o in fake.orders] == ["CANCELLED"]

        wrong = run_quickstart({**env, "JUNIPER_CLIENT_SECRET": "not-the-secret"})
    assert wrong.returncode == 1
    assert "FAILED  list the catalogue (all pages): AuthenticationError" in wrong.stdout
    assert "not-the-secret" not in wrong.stdout + wrong.stderr
