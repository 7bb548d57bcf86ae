"""The exceptions raised by juniper-fulfillment.

Everything the package raises on purpose is a :class:`JuniperError`, so one ``except`` clause can
catch the lot. The base class, :class:`UnexpectedStatus` (an undocumented status) and
:class:`ResponseValidationError` (a body that does not match the spec, from a response or from
a model's ``from_dict``; its ``path`` names the field, such as ``orders[3].lineItems[0].productId``)
come from the generated package, whose code raises them; the rest are defined here.

Messages name what went wrong (status, method, path, request id) and what the server said: its
``error`` and ``message`` and, for the first few ``detail`` items, where and why
(``query.limit: At most 100``), each cut to a bounded length; never a value from a request body,
and never a secret: no client secret, access token, ``Authorization`` header or webhook secret.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from juniper_fulfillment_client.errors import (
    JuniperError,
    ResponseValidationError,
    UnexpectedStatus,
)

if TYPE_CHECKING:
    from datetime import datetime

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
    "CredentialProviderError",
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

# Bounds on what a message quotes from an error body, so that one line stays readable.
_MAX_BODY_IN_MESSAGE = 500
_MAX_TEXT_IN_MESSAGE = 200
_MAX_ISSUES_IN_MESSAGE = 5
_MAX_ISSUE_IN_MESSAGE = 120
_MAX_LOCATION_IN_MESSAGE = 80


class APIConnectionError(JuniperError):
    """No HTTP response was received: the connection failed, dropped or timed out.

    Attributes:
        method, url: the request that failed.
        may_have_been_processed: True when the server may have received the request and acted on
            it: the connection dropped or timed out after the request may have left (an attempt
            that could not connect, ``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``, surely
            did not reach it). It means the same for every method; it matters for ``POST``, which
            the client never sends again once it may have reached the server (the API has no
            idempotency key): after a ``create_order`` with ``may_have_been_processed``, look
            for the order with :func:`juniper_fulfillment.reconcile.find_created_orders` before
            sending it again.
        sent_at: when the first attempt that may have reached the server was sent (an aware UTC
            ``datetime``, this machine's clock), or None if no attempt did.

    An error of the token request (``url`` is the token endpoint) raised by an API call says
    False and None: the API request itself was not sent.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        url: str = "",
        may_have_been_processed: bool = False,
        sent_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed
        self.sent_at = sent_at


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout."""


class ClientClosedError(JuniperError, RuntimeError):
    """The client, or the client it was copied from with ``with_options``, is closed.

    Raised before anything is sent. A closed client stays closed: make a new one. Also a
    ``RuntimeError``, which is what a closed client raised before.
    """


class CredentialProviderError(JuniperError):
    """A ``client_secret`` or ``token_provider`` callable raised, or returned something unusable.

    Nothing was sent to the API. The message names the provider and what went wrong (the type of
    the exception it raised, or of the value it returned), never a value it returned; the
    provider's own exception is the ``__cause__``.
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
        may_have_been_processed: True when the server may have acted on the request: it answered
            5xx (it may have failed after acting, and a gateway's 502 or 504 says nothing of what
            the server behind it did), or an earlier attempt of the same request got no answer.
            False when every attempt that reached the server got a 4xx: it refused them. As on
            :class:`APIConnectionError`, it matters for ``POST``, and a token endpoint's error
            says False: the API request was not sent.
        sent_at: when the first attempt that reached the server was sent (an aware UTC
            ``datetime``, this machine's clock); None for a token endpoint's error.
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
        may_have_been_processed: bool = False,
        sent_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = headers
        self.parsed = parsed
        self.request_id = request_id
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed
        self.sent_at = sent_at

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
    """404: nothing exists with this identifier, or it is not configured.

    When the request's path does not start with the path of the API's servers (``/v1``), the
    message says that ``base_url`` probably misses it.
    """


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
    """A request body given as a mapping does not fit the operation's model; nothing was sent.

    Attributes:
        path: where in the body, such as ``lineItems[0].administraton``; empty when unknown.
        problem: what is wrong there, such as ``unknown field; did you mean administration?``.
    """

    def __init__(self, message: str, *, path: str = "", problem: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem


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
    body: bytes,
    request_id: str | None,
) -> str:
    message = f"{method} {path} returned {status_code}"
    detail = _summary(body)
    if detail:
        message += f" - {detail}"
    if request_id:
        message += f" (request id {request_id})"
    if status_code == 404:
        message += _missing_server_path(path)
    return message


def _summary(body: bytes) -> str:
    """What the server said, bounded: the ``Error`` body's codes and texts and its ``detail``.

    Of each ``detail`` item only the location and the message are shown: some servers add the
    offending value (``input``), which may be a patient's data from the request.
    """
    import json

    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        # Not JSON: a proxy's or gateway's page, shown as it starts.
        return body[:_MAX_BODY_IN_MESSAGE].decode("utf-8", "replace") if body else ""
    if not isinstance(data, dict):
        return ""
    # The API's Error fields; gateways in front of it spell them in other cases (AWS: "Message"),
    # and RFC 9457 problem details add "title".
    fields = {str(key).lower(): value for key, value in data.items()}
    parts: list[str] = []
    for key in ("error", "title", "message", "error_description"):
        text = _clipped(fields.get(key), _MAX_TEXT_IN_MESSAGE)
        if text and text not in parts:
            parts.append(text)
    detail = fields.get("detail")
    if isinstance(detail, str):  # some frameworks send one sentence rather than a list
        text = _clipped(detail, _MAX_TEXT_IN_MESSAGE)
        if text:
            parts.append(text)
        return ": ".join(parts)
    summary = ": ".join(parts)
    issues = [issue for issue in map(_issue, detail if isinstance(detail, list) else []) if issue]
    if issues:
        shown = issues[:_MAX_ISSUES_IN_MESSAGE]
        if len(issues) > len(shown):
            shown.append(f"and {len(issues) - len(shown)} more")
        summary = f"{summary} [{'; '.join(shown)}]" if summary else "; ".join(shown)
    return summary


def _issue(item: object) -> str:
    """``query.limit: At most 100`` for one ``ValidationIssue``; ``""`` if it says nothing."""
    if not isinstance(item, dict):
        return ""
    where = ""
    loc = item.get("loc")
    for part in loc if isinstance(loc, list) else []:
        if isinstance(part, int) and not isinstance(part, bool):
            where += f"[{part}]"
        elif isinstance(part, str):
            where += f".{part}" if where else part
    where = _clipped(where, _MAX_LOCATION_IN_MESSAGE)
    what = _clipped(item.get("msg"), _MAX_ISSUE_IN_MESSAGE) or _clipped(item.get("type"), 40)
    if where and what:
        return f"{where}: {what}"
    return where or what


def _clipped(value: object, limit: int) -> str:
    """``value`` on one line, at most ``limit`` characters; ``""`` if it is not text."""
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _missing_server_path(path: str) -> str:
    """For a 404: the hint that ``base_url`` lacks the path the spec's servers have (``/v1``)."""
    from ._config import DEFAULT_ENVIRONMENT, ENVIRONMENTS

    prefixes = sorted(
        {
            urllib.parse.urlsplit(environment.base_url).path.rstrip("/")
            for environment in ENVIRONMENTS.values()
        }
        - {""}
    )
    # Anywhere in the path, whole segments: a gateway may mount the API under a prefix of its own.
    if not prefixes or any(f"{prefix}/" in f"{path}/" for prefix in prefixes):
        return ""
    return (
        f"; the base_url probably misses {' or '.join(prefixes)}, the path the API is served "
        f"under (as in {ENVIRONMENTS[DEFAULT_ENVIRONMENT].base_url})"
    )
