"""The package version: the API version of openapi/index.yaml, then this package's release counter.

``1.0.2.3`` is the fourth release of this package for API 1.0.2. pyproject.toml reads it from here.
"""

__version__ = "1.0.2.0"
