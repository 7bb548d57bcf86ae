"""A local, stateful Juniper for tests and demos: ``FakeJuniper``.

Install with the ``testing`` extra (``pip install "juniper-fulfillment[testing]"``), then::

    from juniper_fulfillment.testing import FakeJuniper

    with FakeJuniper() as fake, fake.client() as client:
        ...  # every generated operation works against the fake, in-process

or run it as a server for any language: ``python -m juniper_fulfillment.testing --port 8787``.
pytest gets a ``juniper_fake`` fixture from the plugin this package registers.
"""

from ._backend import LIFECYCLE, FakeClock
from ._delivery import Delivery, DeliveryAttempt
from ._fake import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeJuniper
from ._server import FakeServer
from ._spec import spec_path

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "LIFECYCLE",
    "Delivery",
    "DeliveryAttempt",
    "FakeClock",
    "FakeJuniper",
    "FakeServer",
    "spec_path",
]
