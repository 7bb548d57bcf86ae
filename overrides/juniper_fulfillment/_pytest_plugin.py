"""pytest plugin (registered under ``pytest11``): the ``juniper_fake`` fixture.

pytest loads this module in every project where the package is installed, with or without the
``testing`` extra, so it imports nothing beyond pytest and the runtime dependencies: the fake is
imported only when a test asks for the fixture, and without the extra that test fails with the
command that installs it while every other test runs as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import FakeJuniper


@pytest.fixture
def juniper_fake() -> Iterator[FakeJuniper]:
    """A fresh :class:`~juniper_fulfillment.testing.FakeJuniper` per test, closed afterwards.

    Get a client wired to it in-process with ``juniper_fake.client()``, or a real server with
    ``juniper_fake.serve()``. Needs the ``testing`` extra
    (``pip install "juniper-fulfillment[testing]"``).
    """
    with _fake_class()() as fake:
        yield fake


def _fake_class() -> type[FakeJuniper]:
    try:
        from .testing import FakeJuniper
    except ImportError as error:
        reason = str(error)
    else:
        return FakeJuniper
    # Outside the except clause: the report is this one line, not a chain of tracebacks.
    pytest.fail(f"the juniper_fake fixture is unavailable: {reason}", pytrace=False)
