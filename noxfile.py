"""nox sessions: the full check suite on every supported Python.

`make test` runs the ``tests`` session. Locally a missing interpreter is skipped (only the
machine's own Python may exist); the CI workflow passes ``--error-on-missing-interpreters`` so a
missing one fails there.
"""

from __future__ import annotations

import nox

nox.options.error_on_missing_interpreters = False
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]

PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Install the pinned tools into this interpreter's venv and run every check (`make check`)."""
    session.install("-r", "requirements-dev.txt")
    session.install("--no-deps", "-e", ".")
    session.run("make", "check", f"BIN={session.bin}", external=True)
