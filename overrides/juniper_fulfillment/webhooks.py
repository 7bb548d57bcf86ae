"""Verify, parse and sign the order-status webhooks Juniper sends.

On every order status change Juniper POSTs ``{"order": {"orderId", "status", ...}}`` to the
partner's ``webhookUrl`` with two headers:

- ``X-Juniper-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>``, the HMAC keyed with the webhook
  secret (its UTF-8 bytes) over ``b"<t>." + <raw body>``;
- ``X-Juniper-Webhook-Id``: unique per delivery; a repeated id is a repeated delivery.

A receiver passes the raw body bytes, exactly as received, and the request headers to
:func:`construct_event`, answers 400 on ``WebhookVerificationError`` and drops deliveries whose
:attr:`WebhookEvent.webhook_id` it has seen before::

    event = construct_event(raw_body, request.headers, secret)
    if event.webhook_id in seen:
        return 200
    handle(event.order.order_id, event.order.status)

During a secret rotation pass both secrets: the old one stops working at Juniper at once, but
deliveries signed with it may still be in flight. Every failure raises
``WebhookVerificationError`` with a message that says what was wrong and never contains the
secret or the expected signature.

The delivery id is not covered by the signature, so a missing id is allowed (``webhook_id`` is
then None); deduplicate only on ids you have seen.
"""

from __future__ import annotations

import hmac
import json
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final, TypeAlias

from juniper_fulfillment_client.models.order_status_webhook import OrderStatusWebhook

from .errors import WebhookVerificationError

if TYPE_CHECKING:
    from email.message import Message

# Any header container: a dict, httpx.Headers, a framework's headers, or http.server's Message.
Headers: TypeAlias = "Mapping[str, str] | Message[str, str]"

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "WEBHOOK_ID_HEADER",
    "WebhookEvent",
    "WebhookVerificationError",
    "construct_event",
    "sign",
    "verify_signature",
    "verify_webhook_signature",
]

SIGNATURE_HEADER: Final = "X-Juniper-Signature"
WEBHOOK_ID_HEADER: Final = "X-Juniper-Webhook-Id"
DEFAULT_TOLERANCE: Final = 300
_SCHEME: Final = "v1"
# Unix seconds need 10 digits until the year 2286; the cap also keeps int() away from the
# interpreter's limit on digit strings (a ValueError that must not escape).
_MAX_TIMESTAMP_DIGITS: Final = 15


_NO_MATCH: Final = (
    f"no {_SCHEME} signature in {SIGNATURE_HEADER} matches the body with the configured "
    "secret(s): the body was altered, the secret is wrong, or it was not sent by Juniper"
)


class WebhookEvent(OrderStatusWebhook):
    """A verified order status notification, with the id of the delivery that carried it.

    It is the generated :class:`OrderStatusWebhook` model (``event.order.order_id``,
    ``event.order.status``, ...); ``to_dict()`` gives the body back, without the id.
    """

    webhook_id: str | None = None


def sign(payload: bytes | str, secret: str, *, timestamp: int | None = None) -> str:
    """The ``X-Juniper-Signature`` value for ``payload``, as Juniper computes it.

    For tests and local tools that play Juniper's part; ``timestamp`` defaults to now.
    """
    moment = int(time.time()) if timestamp is None else timestamp
    digest = hmac.digest(_keys(secret)[0], b"%d." % moment + _body(payload), "sha256")
    return f"t={moment},{_SCHEME}={digest.hex()}"


def verify_signature(
    payload: bytes | str,
    signature_header: str,
    secret: str | Sequence[str],
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that ``payload`` was signed by Juniper within ``tolerance`` seconds of ``now``.

    ``payload`` is the raw request body exactly as received (never re-serialised JSON).
    ``secret`` is the webhook secret, or several during a rotation: any ``v1`` signature in the
    header matching any secret is accepted; other schemes (``v0=``...) are ignored. Timestamps
    more than ``tolerance`` seconds in the past or in the future are refused.

    Raises:
        WebhookVerificationError: the header is missing or malformed, the timestamp is out of
            tolerance, or no signature matches.
    """
    # Fast path for the header exactly as Juniper sends it ("t=<digits>,v1=<64 hex>"), one secret
    # and a bytes body: the general parser below gives the same answer, only slower.
    if type(payload) is bytes and type(signature_header) is str and type(secret) is str:
        stamp, separator, candidate = signature_header.partition(",v1=")
        if separator and len(candidate) == 64 and candidate.isascii() and stamp[:2] == "t=":
            digits = stamp[2:]
            if (
                secret
                and len(digits) <= _MAX_TIMESTAMP_DIGITS
                and digits.isascii()
                and digits.isdigit()
            ):
                timestamp = int(digits)
                _check_timestamp(timestamp, tolerance, now)
                key = secret.encode("utf-8", "surrogatepass")
                expected = hmac.digest(key, b"%d." % timestamp + payload, "sha256").hex()
                if hmac.compare_digest(expected, candidate):
                    return
                raise WebhookVerificationError(_NO_MATCH)

    keys = _keys(secret)
    body = _body(payload)
    timestamp, signatures = _parse_signature_header(signature_header)
    _check_timestamp(timestamp, tolerance, now)
    signed = b"%d." % timestamp + body
    for secret_key in keys:
        expected_hex = hmac.digest(secret_key, signed, "sha256").hex().encode("ascii")
        for signature in signatures:
            if hmac.compare_digest(expected_hex, signature):
                return
    raise WebhookVerificationError(_NO_MATCH)


def _check_timestamp(timestamp: int, tolerance: int, now: float | None) -> None:
    current = time.time() if now is None else now
    if -tolerance <= timestamp - current <= tolerance:
        return
    if timestamp < current - tolerance:
        raise WebhookVerificationError(
            f"the signature timestamp is {current - timestamp:.0f}s old, "
            f"beyond the {tolerance}s tolerance (a replayed or delayed delivery)"
        )
    if timestamp > current + tolerance:
        raise WebhookVerificationError(
            f"the signature timestamp is {timestamp - current:.0f}s in the future, "
            f"beyond the {tolerance}s tolerance (check the receiver's clock)"
        )


def verify_webhook_signature(payload: bytes, signature_header: str, secret: str) -> bool:
    """True when the signature is valid (the vendor's documented helper, same arguments).

    Uses the default 300 s tolerance; never raises for bad input. Prefer
    :func:`verify_signature` or :func:`construct_event`, whose errors say what was wrong.
    """
    try:
        verify_signature(payload, signature_header, secret)
    except WebhookVerificationError:
        return False
    return True


def construct_event(
    payload: bytes | str,
    headers: Headers,
    secret: str | Sequence[str],
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery and parse its body into a :class:`WebhookEvent`.

    ``headers`` are the request headers, looked up in any letter case (a plain ``dict``,
    ``httpx.Headers``, web frameworks' header mappings and ``http.server``'s all work).

    Raises:
        WebhookVerificationError: as :func:`verify_signature`, or the body is not the JSON of an
            order status notification.
    """
    signature_header = _header(headers, SIGNATURE_HEADER)
    if signature_header is None:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    verify_signature(payload, signature_header, secret, tolerance=tolerance, now=now)
    try:
        data = json.loads(_body(payload))
    except ValueError as error:  # includes UnicodeDecodeError and JSONDecodeError
        raise WebhookVerificationError(
            f"the body is not JSON ({type(error).__name__}) although its signature is valid"
        ) from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("the body is not a JSON object")
    try:
        event = WebhookEvent.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookVerificationError(
            f"the body is not an order status notification ({type(error).__name__}: {error})"
        ) from None
    event.webhook_id = _header(headers, WEBHOOK_ID_HEADER)
    return event


# ------------------------------------------------------------------------------------ helpers
def _body(payload: object) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogatepass")
    if isinstance(payload, bytearray | memoryview):
        return bytes(payload)
    raise WebhookVerificationError(
        f"the payload must be the raw request body (bytes or str), not {type(payload).__name__}"
    )


def _keys(secret: object) -> list[bytes]:
    secrets = [secret] if isinstance(secret, str) else secret
    if not isinstance(secrets, Sequence) or isinstance(secrets, bytes | bytearray):
        raise WebhookVerificationError("the webhook secret must be a string or a list of strings")
    keys = []
    for item in secrets:
        if not isinstance(item, str) or not item:
            raise WebhookVerificationError("every webhook secret must be a non-empty string")
        keys.append(item.encode("utf-8", "surrogatepass"))
    if not keys:
        raise WebhookVerificationError("no webhook secret is configured")
    return keys


def _parse_signature_header(header: object) -> tuple[int, list[bytes]]:
    """The timestamp and the ``v1`` signatures of an ``X-Juniper-Signature`` value."""
    if not isinstance(header, str):
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header must be a string")
    if not header.strip():
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is empty")
    timestamp: int | None = None
    signatures: list[bytes] = []
    for item in header.split(","):
        key, separator, value = item.partition("=")
        key = key.strip()
        value = value.strip()
        if not separator or not key:
            if not item.strip():
                continue  # a stray comma
            raise WebhookVerificationError(
                f"the {SIGNATURE_HEADER} header is malformed: expected comma-separated key=value "
                "items such as t=<unix seconds>,v1=<hex signature>"
            )
        if key == "t":
            if timestamp is not None:
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} header is malformed: it has more than one t="
                )
            if not (value.isascii() and value.isdigit() and len(value) <= _MAX_TIMESTAMP_DIGITS):
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} header is malformed: t= must be a whole number of "
                    "Unix seconds"
                )
            timestamp = int(value)
        elif key == _SCHEME:
            signatures.append(value.encode("utf-8", "surrogatepass"))
    if timestamp is None:
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} header is malformed: it has no timestamp (t=)"
        )
    if not signatures:
        raise WebhookVerificationError(
            f"the {SIGNATURE_HEADER} header has no {_SCHEME}= signature "
            "(other signature schemes are not accepted)"
        )
    return timestamp, signatures


def _header(headers: Headers, name: str) -> str | None:
    """``headers[name]`` in any letter case, or None."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, item in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return item
    return None
