"""Environments and defaults: the facts every other module reads from one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import httpx

from juniper_fulfillment_client import _spec


@dataclass(frozen=True)
class Environment:
    """Where one Juniper environment serves its API and issues its tokens."""

    name: str
    base_url: str
    token_url: str


# From the description's servers and OAuth2 tokenUrl, written at generation time (scripts/servers.py
# states the rule): a server the vendor moves moves here at the next regeneration.
ENVIRONMENTS: Final[dict[str, Environment]] = {
    name: Environment(name, base_url=base_url, token_url=token_url)
    for name, (base_url, token_url) in _spec.ENVIRONMENTS.items()
}

DEFAULT_ENVIRONMENT: Final = "sandbox"

# The generated client waits forever by default; a hung connection must not hang the caller.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
# The token endpoint answers small requests; a slow one should fail fast and be retried.
TOKEN_TIMEOUT: Final = httpx.Timeout(15.0, connect=5.0)

DEFAULT_MAX_RETRIES: Final = 2

# Refresh a token this long before the server says it expires (clock skew, in-flight requests).
TOKEN_EXPIRY_MARGIN: Final = 60.0
# Lifetime assumed when the token endpoint does not say (a 401 still triggers a refresh).
DEFAULT_TOKEN_LIFETIME: Final = 300.0

USER_AGENT: Final = "juniper-fulfillment-python"

# How the client id and secret reach the token endpoint (RFC 7591 names): in the form body, as the
# vendor documents, or in an HTTP Basic Authorization header (RFC 6749 section 2.3.1).
TOKEN_AUTH_METHODS: Final = ("client_secret_post", "client_secret_basic")
DEFAULT_TOKEN_AUTH_METHOD: Final = "client_secret_post"  # noqa: S105 - a method name
