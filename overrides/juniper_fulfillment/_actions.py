"""The actions a flow yields to its driver, shared by :mod:`._flow` and :mod:`._token`.

A *flow* is a generator that yields actions (send this request, sleep this long, give me a
token) and receives their results; the :class:`~._flow.Engine` performs them with blocking I/O or
with ``await``. Kept apart so that the request flow and the token flow both use them without
importing each other.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Final, TypeVar

import httpx

from ._retry import IDEMPOTENT_METHODS, was_not_sent
from .errors import APIConnectionError, APITimeoutError

T = TypeVar("T")


@dataclass(slots=True)
class Send:
    """Send ``request`` on the inner transport and receive the whole response body.

    The result is a TransportError, another ``Exception`` the transport stack raised (the flow
    gives up on it: nothing says whether the request left), or a Response whose body is already
    in memory (``read()`` does no I/O). The body is received here, inside the flow, so that a
    timeout or a dropped connection while it arrives is a failed attempt like any other (retried
    by the same rules, raised as APIConnectionError / APITimeoutError) instead of a raw httpx
    exception escaping later from ``httpx.Client``. The generated operations read every body
    whole anyway.
    """

    request: httpx.Request


@dataclass(slots=True)
class Sleep:
    seconds: float


class NeedToken:
    """Produce a valid access token (from the cache, or by exchanging the client credentials)."""


NEED_TOKEN: Final = NeedToken()

Action = Send | Sleep | NeedToken
Flow = Generator[Action, object, T]


def connection_error(
    error: Exception, request: httpx.Request, *, description: str | None = None
) -> APIConnectionError:
    """The :class:`APIConnectionError` for a failure without an answer, saying whether it was sent.

    ``error`` is an ``httpx.TransportError``, or anything else the transport stack raised (an
    ``OSError``, a ``RuntimeError`` from a closed event loop, a bug in a transport passed in): the
    caller gets a :class:`~.errors.JuniperError` either way, with ``error`` as its ``__cause__``.
    """
    error_class = (
        APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    )
    happened = "timed out" if error_class is APITimeoutError else "failed"
    what = description or f"{request.method} {request.url.path}"
    message = f"{what} {happened}: {type(error).__name__}"
    detail = str(error)
    if detail:
        message += f": {detail}"
    # Only a transport error can prove the request never left (see was_not_sent).
    sent = not (isinstance(error, httpx.TransportError) and was_not_sent(error))
    if description is None and request.method not in IDEMPOTENT_METHODS and sent:
        message += (
            " (the server may have received this request; it was not sent again because the API"
            " has no idempotency key: check before retrying)"
        )
    return error_class(message, method=request.method, url=str(request.url))
