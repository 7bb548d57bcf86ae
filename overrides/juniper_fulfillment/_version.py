"""The package version, and the version of the API it was generated for.

``__version__`` is this package's SemVer version, independent of the API version: a release whose
spec-change report has breaking changes bumps the major version, one with additions the minor, any
other the patch. Between releases it carries a ``.devN`` suffix, so a build from a commit is never
mistaken for a release; a release removes the suffix and is tagged ``vX.Y.Z``. pyproject.toml
reads the version from here (README, "Versioning").
"""

from juniper_fulfillment_client._spec import API_VERSION

__all__ = ["API_VERSION", "__version__"]

__version__ = "1.1.0.dev0"
