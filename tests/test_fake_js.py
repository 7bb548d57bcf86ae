"""The fake serves a client written in another language: tests/js/lifecycle.mjs drives the whole
order lifecycle from Node.js (built-in fetch, http and crypto; no npm packages) against the fake
run by ``python -m juniper_fulfillment.testing``, with only URLs and credentials passed over.

Token, create, ship through the control plane, the signed webhooks received on node's own HTTP
server and verified with node's HMAC, cancel and 409, a queued 503 and a reset.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from tests.test_fake_control import start_cli

SCRIPT = Path(__file__).parent / "js" / "lifecycle.mjs"
SETTINGS = (
    "JUNIPER_BASE_URL",
    "JUNIPER_TOKEN_URL",
    "JUNIPER_CLIENT_ID",
    "JUNIPER_CLIENT_SECRET",
    "JUNIPER_FAKE_CONTROL_URL",
)


def node() -> str:
    found = shutil.which("node")
    assert found is not None, "Node.js (node) is needed by this test and by the Prism tests"
    version = subprocess.run(  # noqa: S603 - the node found on PATH
        [found, "--version"], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    found_major = re.match(r"v(\d+)", version)
    major = int(found_major.group(1)) if found_major else 0
    assert major >= 18, f"built-in fetch needs Node.js 18 or later, not {version.strip()}"
    return found


def test_node_drives_the_whole_lifecycle_over_http() -> None:
    executable = node()
    process, settings, _ = start_cli("--seed", "11")
    try:
        environment = {name: value for name, value in os.environ.items() if name in {"PATH"}}
        environment.update({name: settings[name] for name in SETTINGS})
        environment["NO_PROXY"] = "127.0.0.1"
        result = subprocess.run(  # noqa: S603 - node running this repository's script
            [executable, str(SCRIPT)],
            capture_output=True,
            text=True,
            timeout=120,
            env=environment,
            check=False,
        )
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line for line in result.stdout.splitlines() if line.startswith("ok - ")]
    assert len(steps) == 9, result.stdout
    assert "signed webhooks received and verified" in result.stdout
    assert "then 409" in result.stdout
    assert result.stdout.rstrip().endswith("lifecycle passed: 4 webhooks")
    assert result.stderr == ""
