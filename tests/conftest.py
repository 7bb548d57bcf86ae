"""Shared fixtures: the Prism mock of openapi/index.yaml and a local token endpoint."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from scripts.sandbox import PrismServer, TokenServer
from tests.fault_server import FaultServer

# Set by the nox session `regenerate` to its own virtualenv, which tests/test_regenerate.py may
# install a scratch checkout into; the only way to select the tests marked `regenerate`.
REGENERATE_VENV = "JUNIPER_REGENERATE_VENV"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the tests marked ``regenerate`` unless their nox session runs them.

    They run ``make update-spec`` with its checks, which run this suite in a scratch checkout:
    without the variable (which they remove from that checkout's environment) the suite there
    leaves them out, so they never start themselves again.
    """
    if os.environ.get(REGENERATE_VENV):
        return
    left_out = [item for item in items if item.get_closest_marker("regenerate")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("regenerate")]


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


@pytest.fixture
def exporter(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An OpenTelemetry SDK provider set for one test; what it records, in memory."""
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    # The global provider can be set once per process: swap the API's module-level one instead.
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
    yield memory
    provider.shutdown()
