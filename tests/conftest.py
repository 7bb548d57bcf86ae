"""Shared fixtures: the Prism mock of openapi/index.yaml and a local token endpoint."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.sandbox import PrismServer, TokenServer
from tests.fault_server import FaultServer


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """Prism serving openapi/index.yaml on a free 127.0.0.1 port, for the whole session."""
    with PrismServer() as server:
        yield server


@pytest.fixture
def token_server() -> Iterator[TokenServer]:
    """A fresh client-credentials token endpoint that counts the tokens it issues."""
    with TokenServer() as server:
        yield server


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """API routes and a token endpoint with scripted faults (see tests/fault_server.py)."""
    with FaultServer() as fault_server:
        yield fault_server
