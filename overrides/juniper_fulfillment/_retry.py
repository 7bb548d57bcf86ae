"""When a failed request is sent again, and how long to wait first.

The rule that matters most: this API has no idempotency key, so a POST (createOrder,
createProtocol, cancelOrder, rotateWebhookSecret) is only sent again when the server certainly did
not act on it: the connection could not be opened, or the server answered 429. A POST that got a
5xx or lost its connection after being sent is never repeated, because a duplicate order ships real
goods and bills the partner twice.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import httpx

# PATCH is idempotent on this API: it sets the given partner settings fields to given values.
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER: Final = 60.0
INITIAL_BACKOFF: Final = 0.5
MAX_BACKOFF: Final = 8.0

# The request never reached the server: safe to send again whatever the method.
_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def was_not_sent(error: httpx.TransportError) -> bool:
    """True when the request certainly never reached the server."""
    return isinstance(error, _NOT_SENT_ERRORS)


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait the server asks for: ``retry-after-ms``, else ``Retry-After`` (seconds or date)."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def backoff(retry_number: int) -> float:
    """Exponential backoff with jitter: ``min(0.5 * 2**n, 8)`` seconds scaled by 0.75-1.0."""
    delay = min(INITIAL_BACKOFF * (2.0**retry_number), MAX_BACKOFF)
    return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography


@dataclass(frozen=True)
class RetryPolicy:
    """Decides, for one failed attempt, whether to send again and after what wait."""

    max_retries: int

    def wait_after_status(
        self, idempotent: bool, response: httpx.Response, retries: int
    ) -> float | None:
        """Seconds to wait before sending again after this error response, or None to give up.

        ``idempotent`` says whether the request may safely be applied twice (see
        :data:`IDEMPOTENT_METHODS`).
        """
        if retries >= self.max_retries:
            return None
        should_retry = response.headers.get("x-should-retry", "").strip().lower()
        if should_retry == "false":
            return None
        status = response.status_code
        if status != 429:
            if not idempotent:
                return None
            if status not in RETRYABLE_STATUSES and should_retry != "true":
                return None
        requested = retry_after_seconds(response.headers)
        if requested is None:
            return backoff(retries)
        # A server asking for a long pause gets an error at once rather than a hung caller.
        return requested if requested <= MAX_RETRY_AFTER else None

    def wait_after_error(
        self, idempotent: bool, error: httpx.TransportError, retries: int
    ) -> float | None:
        """Seconds to wait before sending again after a transport error, or None to give up."""
        if retries >= self.max_retries:
            return None
        if was_not_sent(error):
            return backoff(retries)
        if idempotent and isinstance(
            error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
        ):
            return backoff(retries)
        return None
