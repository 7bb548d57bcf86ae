"""The ``juniper_fake`` fixture, for ``pytest_plugins`` or ``-p`` where auto-loading is off.

The package's ``pytest11`` entry point registers ``juniper_fulfillment._pytest_plugin``, which
works without the ``testing`` extra; this module, inside the package that needs the extra, keeps
the old name importable for projects that list it.
"""

from .._pytest_plugin import juniper_fake

__all__ = ["juniper_fake"]
