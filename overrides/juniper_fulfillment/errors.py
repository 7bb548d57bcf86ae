"""The exceptions raised by juniper-fulfillment.

Everything the package raises on purpose is a :class:`JuniperError`, so one ``except`` clause can
catch the lot. The base class, :class:`UnexpectedStatus` (an undocumented status) and
:class:`ResponseValidationError` (a body that does not match the spec, from a response or from
a model's ``from_dict``; its ``path`` names the field, such as ``orders[3].lineItems[0].productId``)
come from the generated package, whose code raises them; the rest are defined here.

Messages name what went wrong (status, method, path, request id) and never carry a secret: no
client secret, access token, ``Authorization`` header or webhook secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from juniper_fulfillment_client.errors import (
    JuniperError,
    ResponseValidationError,
    UnexpectedStatus,
)

if TYPE_CHECKING:
    import httpx

    from juniper_fulfillment_client.models.error import Error

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "JuniperError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "status_error_class",
]

_MAX_BODY_IN_MESSAGE = 500


class APIConnectionError(JuniperError):
    """No HTTP response was received: the connection failed, dropped or timed out.

    ``method`` and ``url`` say which request failed. For a ``POST``, this error does not tell
    whether the server acted on the request: check (for example by listing orders) before sending
    it again.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout."""


class ClientClosedError(JuniperError, RuntimeError):
    """The client, or the client it was copied from with ``with_options``, is closed.

    Raised before anything is sent. A closed client stays closed: make a new one. Also a
    ``RuntimeError``, which is what a closed client raised before.
    """


class APIStatusError(JuniperError):
    """The server answered with a status outside 2xx.

    Attributes:
        status_code: the HTTP status.
        body: the raw response body as received, except that any copy of the client secret (in
            any encoding the client sends it) or of an access token is replaced by
            ``[redacted]``.
        parsed: the body parsed as the API's ``Error`` model, or ``None`` if it is not one.
        headers: the response headers.
        request_id: the server's request id (``x-request-id`` or similar), when it sends one.
        method, url: the request that failed.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: bytes,
        headers: Mapping[str, str],
        parsed: Error | None = None,
        request_id: str | None = None,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = headers
        self.parsed = parsed
        self.request_id = request_id
        self.method = method
        self.url = url

    @classmethod
    def from_response(
        cls,
        response: httpx.Response,
        *,
        message: str | None = None,
        error_class: type[APIStatusError] | None = None,
    ) -> APIStatusError:
        """The error for a read response: by default the subclass matching its status."""
        if error_class is None:
            error_class = status_error_class(response.status_code)
        request = response.request
        request_id = _request_id(response.headers)
        parsed = _parse_error_body(response.content)
        if message is None:
            message = _describe(
                response.status_code,
                request.method,
                request.url.path,
                parsed,
                response.content,
                request_id,
            )
        kwargs: dict[str, Any] = {}
        if issubclass(error_class, RateLimitError):
            from ._retry import retry_after_seconds

            kwargs["retry_after"] = retry_after_seconds(response.headers)
        return error_class(
            message,
            status_code=response.status_code,
            body=response.content,
            headers=response.headers,
            parsed=parsed,
            request_id=request_id,
            method=request.method,
            url=str(request.url),
            **kwargs,
        )


class BadRequestError(APIStatusError):
    """400: the request is malformed or a parameter is out of range."""


class AuthenticationError(APIStatusError):
    """401: the credentials or the access token were refused.

    Also raised when the token endpoint rejects the client id or secret (400 or 401 there).
    """


class PermissionDeniedError(APIStatusError):
    """403: the partner may not use this resource."""


class NotFoundError(APIStatusError):
    """404: nothing exists with this identifier, or it is not configured."""


class ConflictError(APIStatusError):
    """409: the resource's state does not allow this, e.g. cancelling an order that is not NEW."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but breaks a business rule."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after``: the server's requested wait in seconds, or None."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the server failed or is unavailable."""


class WebhookVerificationError(JuniperError):
    """A webhook delivery failed verification: treat it as forged and answer 400.

    The message says what was wrong (missing or malformed header, stale timestamp, no matching
    signature, body not JSON) and never contains the secret or the expected signature.
    """


class RequestValidationError(JuniperError, ValueError):
    """A request body given as a mapping does not fit the operation's model; nothing was sent."""


class PaginationError(JuniperError):
    """A paginated listing cannot go on: the server returned a cursor it had returned before."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The :class:`APIStatusError` subclass for an HTTP status outside 2xx."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


def _request_id(headers: Mapping[str, str]) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _parse_error_body(body: bytes) -> Error | None:
    """The generated ``Error`` model for a JSON object body, else None."""
    import json

    from juniper_fulfillment_client.models.error import Error

    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return Error.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


def _describe(
    status_code: int,
    method: str,
    path: str,
    parsed: Error | None,
    body: bytes,
    request_id: str | None,
) -> str:
    detail = ""
    if parsed is not None:
        parts = [
            str(value)
            for value in (
                getattr(parsed, "error", None),
                getattr(parsed, "message", None),
                getattr(parsed, "error_description", None),
            )
            if isinstance(value, str) and value
        ]
        detail = ": ".join(parts)
    if not detail and body:
        detail = body[:_MAX_BODY_IN_MESSAGE].decode("utf-8", "replace")
    message = f"{method} {path} returned {status_code}"
    if detail:
        message += f" - {detail}"
    if request_id:
        message += f" (request id {request_id})"
    return message
