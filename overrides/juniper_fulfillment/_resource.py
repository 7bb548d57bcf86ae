"""What the generated resource methods share: per-call options and request bodies given as dicts.

The resource classes themselves are generated, one per API tag, in
``juniper_fulfillment_client.api.<tag>``; they call these helpers and the generated operation
functions, so nothing here knows any endpoint.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol, SupportsIndex, TypeVar

import httpx

from juniper_fulfillment_client.errors import (
    JuniperError,
    ResponseValidationError,
    UnexpectedStatus,
)
from juniper_fulfillment_client.types import Response

from .errors import RequestValidationError

if TYPE_CHECKING:
    from ._client import BaseJuniperClient
    from ._hooks import Hooks

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "call_client",
    "check_deadline",
    "check_max_retries",
    "check_timeout",
    "raw_success",
    "request_body",
]

ClientT = TypeVar("ClientT", bound="BaseJuniperClient")


class NotGiven:
    """The default of an option that was not passed (``None`` may be a meaningful value)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def check_timeout(timeout: object) -> float | httpx.Timeout | None:
    """``timeout`` if it is a finite number of seconds >= 0, an ``httpx.Timeout`` whose every part
    is one (or None), or None; else a TypeError or ValueError at once.

    httpx itself accepts ``-1`` or NaN and fails only inside the first request, far from the
    mistake.
    """
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        for part, seconds in timeout.as_dict().items():
            if seconds is not None:
                _seconds(f"timeout's {part}", seconds)
        return timeout
    return _seconds("timeout", timeout)


def check_deadline(deadline: object) -> float | None:
    """``deadline`` if it is a finite number of seconds > 0, or None (no deadline); else a
    TypeError or ValueError at once."""
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, int | float):
        raise TypeError(
            f"deadline must be a number of seconds or None, "
            f"not {type(deadline).__name__} {_shown(deadline)}"
        )
    seconds = _seconds("deadline", deadline)
    if seconds <= 0:
        raise ValueError(f"deadline must be more than 0 seconds, not {_shown(deadline)}")
    return seconds


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"{name} must be a number of seconds, an httpx.Timeout or None, "
            f"not {type(value).__name__} {_shown(value)}"
        )
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds):
        raise ValueError(
            f"{name} must be a finite number of seconds (None waits without limit), "
            f"not {_shown(value)}"
        )
    if seconds < 0:
        raise ValueError(f"{name} must be 0 seconds or more, not {_shown(value)}")
    return seconds


def check_max_retries(max_retries: object) -> int:
    """``max_retries`` as an int >= 0; else a TypeError (a bool or not an integer) or ValueError.

    Without this, ``"3"`` failed only at the first retry decision, with a comparison error.
    """
    # SupportsIndex takes numpy's integers too; a bool is an int to Python but not a count here.
    if isinstance(max_retries, bool) or not isinstance(max_retries, SupportsIndex):
        raise TypeError(
            f"max_retries must be an int, not {type(max_retries).__name__} {_shown(max_retries)}"
        )
    count = operator.index(max_retries)
    if count < 0:
        raise ValueError(f"max_retries must be 0 or more, not {count}")
    return count


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def call_client(
    client: ClientT,
    timeout: float | httpx.Timeout | NotGiven | None,
    extra_headers: Mapping[str, str] | None,
    max_retries: int | None,
    deadline: float | NotGiven | None = NOT_GIVEN,
    hooks: Hooks | NotGiven | None = NOT_GIVEN,
) -> ClientT:
    """The client one call runs on: ``client`` itself, or a copy with this call's options."""
    if (
        timeout is NOT_GIVEN
        and extra_headers is None
        and max_retries is None
        and deadline is NOT_GIVEN
        and hooks is NOT_GIVEN
    ):
        return client
    return client.with_options(
        timeout=timeout,
        headers=extra_headers,
        max_retries=max_retries,
        deadline=deadline,
        hooks=hooks,
    )


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = ...) -> Any: ...


ModelT = TypeVar("ModelT", bound=_FromDict)


def request_body(model: type[ModelT], body: ModelT | Mapping[str, Any], operation: str) -> ModelT:
    """``body`` as ``model``: converted with ``model.from_dict(body, strict=True)`` when it is a
    mapping.

    A mapping that does not fit raises :class:`RequestValidationError` here, before anything is
    sent, naming the field when the model says which one. Strict: a key the spec does not
    declare, at any depth, is refused with the closest declared one (a misspelt key would
    otherwise be sent and ignored by the server); a model built in Python keeps its
    ``additional_properties``, and ``extra_body=`` sends undeclared fields on purpose.
    """
    if isinstance(body, model):
        return body
    if isinstance(body, Mapping):
        try:
            converted: ModelT = model.from_dict(body, strict=True)
        except ResponseValidationError as error:
            # from_dict names the JSON path; this is the caller's body, not a server's answer.
            raise RequestValidationError(
                f"{operation}: the body is not a valid {model.__name__}: {error}",
                path=error.path,
                problem=error.problem,
            ) from error
        except JuniperError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            detail = f"missing field {error.args[0]!r}" if isinstance(error, KeyError) else error
            raise RequestValidationError(
                f"{operation}: the body is not a valid {model.__name__}: {detail}"
            ) from error
        return converted
    raise TypeError(
        f"{operation}: body must be a {model.__name__} or a mapping, not {type(body).__name__}"
    )


def raw_success(response: Response[Any], *, none_is_success: bool) -> Response[Any]:
    """``response`` once it is a success: what a raw-response method returns.

    With a ``JuniperClient`` an error status raised a typed error before this point, so the
    ``parsed`` of what is returned is the success model (None only for an operation whose
    success has no body); anything else raises ``UnexpectedStatus``, as ``sync()`` does.
    """
    if not 200 <= response.status_code < 300 or (response.parsed is None and not none_is_success):
        raise UnexpectedStatus(response.status_code, response.content)
    return response
