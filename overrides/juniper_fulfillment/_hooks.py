"""Hooks: callbacks told of each attempt, response, retry decision and token a client obtains.

The events are small frozen dataclasses holding nothing secret and no body: no token, no
secret, no patient data, so any of them may be logged or sent to a tracing system as it is.
A hook that raises is logged and ignored: it never changes what the call returns or raises.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

logger = logging.getLogger("juniper_fulfillment")

E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class AttemptEvent:
    """An attempt is about to be sent.

    ``operation_id``: the spec's operationId (``getOrderById``), None for a request the
    generated code did not build; ``attempt``: 1 for the first send, then 2, 3, ...
    """

    operation_id: str | None
    method: str
    url: str
    attempt: int


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """An attempt was answered: ``status_code``, ``elapsed`` seconds, the server's request id."""

    operation_id: str | None
    method: str
    url: str
    attempt: int
    status_code: int
    elapsed: float
    request_id: str | None


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """Attempt ``attempt`` failed and will be sent again after ``delay`` seconds.

    ``reason``: ``"status 503"``, or the name of the connection error (``"ReadTimeout"``).
    """

    operation_id: str | None
    method: str
    url: str
    attempt: int
    reason: str
    delay: float


@dataclass(frozen=True, slots=True)
class TokenEvent:
    """An access token was obtained; it is never part of the event.

    ``expires_in``: its lifetime in seconds as the token endpoint gave it (or the default when
    it gave none); ``expires_at``: the moment it expires (an aware UTC ``datetime``).
    """

    expires_in: float
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Hooks:
    """The callbacks of a client (``hooks=`` on the constructor or ``with_options``) or of one
    call (``hooks=`` on a method, which replaces the client's for that call).

    Each is called with its event; with ``AsyncJuniperClient`` a hook may also be ``async`` (its
    result is awaited). A hook runs inside the call, so it should be quick.
    """

    on_attempt: Callable[[AttemptEvent], object] | None = None
    on_response: Callable[[ResponseEvent], object] | None = None
    on_retry: Callable[[RetryEvent], object] | None = None
    on_token: Callable[[TokenEvent], object] | None = None


def check_hooks(hooks: object) -> Hooks | None:
    """``hooks`` if it is a :class:`Hooks` of callables or None; else a TypeError now."""
    if hooks is None:
        return None
    if not isinstance(hooks, Hooks):
        raise TypeError(
            f"hooks must be a juniper_fulfillment.Hooks or None, not {type(hooks).__name__}"
        )
    for name in ("on_attempt", "on_response", "on_retry", "on_token"):
        hook = getattr(hooks, name)
        if hook is not None and not callable(hook):
            raise TypeError(f"hooks.{name} must be callable or None, not {type(hook).__name__}")
    return hooks


def call_hook(hook: Callable[[E], object], event: E) -> None:
    """Run a hook of a sync client; whatever it raises is logged and goes no further."""
    try:
        result = hook(event)
    except Exception:
        _log_failure(hook, event)
        return
    if inspect.iscoroutine(result):
        result.close()
        logger.warning(
            "an async hook (%s) was given to a sync client and was not run: use "
            "AsyncJuniperClient for async hooks",
            _name(hook),
        )


async def acall_hook(hook: Callable[[E], object], event: E) -> None:
    """Run a hook of an async client, awaiting it if it is async; errors are logged only."""
    try:
        result = hook(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        _log_failure(hook, event)


def _log_failure(hook: Callable[..., object], event: object) -> None:
    # The event holds no body and no secret; the traceback is the hook's own.
    logger.warning(
        "hook %s raised while handling %s; the call goes on",
        _name(hook),
        type(event).__name__,
        exc_info=True,
    )


def _name(hook: Callable[..., object]) -> str:
    return getattr(hook, "__qualname__", None) or type(hook).__name__
