"""A local, stateful Juniper for tests and demos: ``FakeJuniper``.

Install with the ``testing`` extra (``pip install "juniper-fulfillment[testing]"``), then::

    from juniper_fulfillment.testing import FakeJuniper

    with FakeJuniper() as fake, fake.client() as client:
        ...  # every generated operation works against the fake, in-process

or run it as a server for any language: ``juniper-fake --port 8787`` (or ``python -m
juniper_fulfillment.testing``), driven over HTTP through its control plane under ``/_fake``
(described at ``/_fake/openapi.json``).
pytest gets a ``juniper_fake`` fixture from the plugin this package registers. Without the extra,
importing this package raises an ``ImportError`` that says how to install it. Operations of the
spec the fake does not model are answered from the spec (see ``FakeJuniper``).
"""

_THIS_DISTRIBUTION = frozenset({"juniper_fulfillment", "juniper_fulfillment_client"})

try:
    from ._app import UNMODELLED_HEADER, UnmodelledOperationWarning
    from ._backend import LIFECYCLE, FakeClock
    from ._delivery import Delivery, DeliveryAttempt, DeliveryFailedError, WebhookTarget
    from ._fake import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeJuniper
    from ._server import FakeServer
    from ._spec import spec_path
except ModuleNotFoundError as error:
    # Only a missing third-party module means a missing extra; a broken install of this package
    # keeps its own error.
    if error.name is None or error.name.partition(".")[0] in _THIS_DISTRIBUTION:
        raise
    raise ModuleNotFoundError(
        f"juniper_fulfillment.testing needs the 'testing' extra, which is not installed (no "
        f'module named {error.name!r}): pip install "juniper-fulfillment[testing]"',
        name=error.name,
    ) from error

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "LIFECYCLE",
    "UNMODELLED_HEADER",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryFailedError",
    "FakeClock",
    "FakeJuniper",
    "FakeServer",
    "UnmodelledOperationWarning",
    "WebhookTarget",
    "spec_path",
]
