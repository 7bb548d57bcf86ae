"""The actions a flow yields to its driver, shared by :mod:`._flow` and :mod:`._token`.

A *flow* is a generator that yields actions (send this request, sleep this long, give me a
token) and receives their results; the :class:`~._flow.Engine` performs them with blocking I/O or
with ``await``. Kept apart so that the request flow and the token flow both use them without
importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

import httpx

from ._retry import IDEMPOTENT_METHODS, was_not_sent
from .errors import APIConnectionError, APIStatusError, APITimeoutError, JuniperError

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


@dataclass(slots=True)
class Emit:
    """Call ``hook`` with ``event`` (a hook of :mod:`._hooks`); its errors are only logged."""

    hook: Callable[[Any], object]
    event: object


class NeedToken:
    """Produce a valid access token (from the cache, or by exchanging the client credentials).

    ``end``: the caller's deadline (``time.monotonic()``), which an exchange run for it must
    keep too; None for none. The result is the token, or the :class:`TokenDeadlineError` raised
    when ``end`` passed first: the request flow knows how far the call got, and words the error.
    """

    __slots__ = ("end",)

    def __init__(self, end: float | None = None) -> None:
        self.end = end


NEED_TOKEN: Final = NeedToken()


class TokenDeadlineError(APITimeoutError):
    """The deadline passed while a token was being obtained (its request, or the wait for
    another call's); only between the driver and the request flow, which knows how far the call
    got. The caller gets :meth:`public`: before any attempt of the API request, saying so; after
    one (a new token after a 401, or after the cached one expired during a retry's wait), as the
    cause of the error that counts the attempts."""

    def public(self, addition: str = "") -> APITimeoutError:
        """This error as the documented type, its message extended by ``addition``."""
        error = APITimeoutError(f"{self}{addition}", method=self.method, url=self.url)
        error.__cause__ = self.__cause__
        error.__suppress_context__ = True
        return error


@dataclass(slots=True)
class Call:
    """Call a provider the user passed (a client secret or token provider).

    The result is what it returned (awaited first by the async driver when it is awaitable), or
    the ``Exception`` it raised: the flow turns either into a typed error. The blocking driver
    cannot await, so an awaitable result is closed there and the result is a ``TypeError``.
    """

    function: Callable[[], object]


Action = Send | Sleep | NeedToken | Call | Emit
Flow = Generator[Action, object, T]

ErrorT = TypeVar("ErrorT", bound=JuniperError)


@dataclass(slots=True)
class Attempts:
    """What the attempts of one request say: may the server have acted on it, and since when.

    The answer goes on the error (``may_have_been_processed``, ``sent_at``) so that a caller
    whose POST failed knows whether to look for what it may have created, and from what time.
    """

    first_sent: float | None = None  # time.time() when the first attempt that reached it was sent
    processed: bool = False

    def record(self, sent: float, result: httpx.Response | Exception) -> None:
        """Record one attempt, sent at ``sent`` (``time.time()``), and how it ended.

        Only a 4xx answer says that the server refused the request; a 5xx may come after it
        acted, and a dropped connection after the request left says nothing.
        """
        if isinstance(result, Exception):
            # Only httpx's errors can prove that the request never left.
            if isinstance(result, httpx.TransportError) and was_not_sent(result):
                return
            self.processed = True
        elif not 400 <= result.status_code < 500:
            self.processed = True
        if self.first_sent is None:
            self.first_sent = sent

    def stamp(self, error: ErrorT) -> ErrorT:
        """``error`` with ``may_have_been_processed`` and ``sent_at`` set from these attempts."""
        if isinstance(error, APIConnectionError | APIStatusError):
            error.may_have_been_processed = self.processed
            error.sent_at = (
                None if self.first_sent is None else datetime.fromtimestamp(self.first_sent, UTC)
            )
        return error


_MAY_HAVE_BEEN_RECEIVED: Final = (
    " (the server may have received this request; it was not sent again because the API"
    " has no idempotency key: check before retrying)"
)


def deadline_error(
    request: httpx.Request,
    deadline: float,
    sent: int,
    last: httpx.Response | Exception | None,
    attempts: Attempts,
    *,
    during: str = "",
) -> APITimeoutError:
    """The :class:`APITimeoutError` for a call whose ``deadline`` (seconds) passed.

    ``sent``: how many attempts were sent; ``last``: how the last one ended, if one did;
    ``during``: what was under way, when not an attempt (the token request).
    """
    message = (
        f"{request.method} {request.url.path}: the deadline of {deadline:g}s passed"
        f"{during} after {sent} attempt{'' if sent == 1 else 's'}"
    )
    if isinstance(last, httpx.Response):
        message += f" (last: status {last.status_code})"
    elif last is not None:
        message += f" (last: {type(last).__name__})"
    if request.method not in IDEMPOTENT_METHODS and attempts.processed:
        message += _MAY_HAVE_BEEN_RECEIVED
    failure = APITimeoutError(message, method=request.method, url=str(request.url))
    return attempts.stamp(failure)


def connection_error(
    error: Exception,
    request: httpx.Request,
    *,
    description: str | None = None,
    attempts: Attempts | None = None,
) -> APIConnectionError:
    """The :class:`APIConnectionError` for a failure without an answer, saying whether it was sent.

    ``error`` is an ``httpx.TransportError``, or anything else the transport stack raised (an
    ``OSError``, a ``RuntimeError`` from a closed event loop, a bug in a transport passed in): the
    caller gets a :class:`~.errors.JuniperError` either way, with ``error`` as its ``__cause__``.

    ``attempts``: every attempt of the request, this one included, for ``may_have_been_processed``
    and ``sent_at``. The token request passes none: its errors say that the API request the
    caller made was not sent (False, None), whatever became of the token request.
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
        message += _MAY_HAVE_BEEN_RECEIVED
    failure = error_class(message, method=request.method, url=str(request.url))
    return failure if attempts is None else attempts.stamp(failure)
