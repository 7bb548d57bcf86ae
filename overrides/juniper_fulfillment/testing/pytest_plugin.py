"""pytest plugin (registered under ``pytest11``): the ``juniper_fake`` fixture.

The import of the fake is deferred to the fixture, so that installing the package without the
``testing`` extra never breaks a pytest run that does not use the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._fake import FakeJuniper


@pytest.fixture
def juniper_fake() -> Iterator[FakeJuniper]:
    """A fresh :class:`~juniper_fulfillment.testing.FakeJuniper` per test, closed afterwards.

    Get a client wired to it in-process with ``juniper_fake.client()``, or a real server with
    ``juniper_fake.serve()``.
    """
    from ._fake import FakeJuniper

    with FakeJuniper() as fake:
        yield fake
