"""A local, stateful Juniper for tests and demos: ``FakeJuniper``.

Install with the ``testing`` extra (``pip install "juniper-fulfillment[testing]"``), then::

    from juniper_fulfillment.testing import FakeJuniper

    with FakeJuniper() as fake, fake.client() as client:
        ...  # every generated operation works against the fake, in-process

or run it as a server for any language: ``python -m juniper_fulfillment.testing --port 8787``.
pytest gets a ``juniper_fake`` fixture from the plugin this package registers. Operations of the
spec the fake does not model are answered from the spec (see ``FakeJuniper``).
"""

from ._app import UNMODELLED_HEADER, UnmodelledOperationWarning
from ._backend import LIFECYCLE, FakeClock
from ._delivery import Delivery, DeliveryAttempt
from ._fake import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeJuniper
from ._server import FakeServer
from ._spec import spec_path

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "LIFECYCLE",
    "UNMODELLED_HEADER",
    "Delivery",
    "DeliveryAttempt",
    "FakeClock",
    "FakeJuniper",
    "FakeServer",
    "UnmodelledOperationWarning",
    "spec_path",
]
