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
deliveries signed with it may still be in flight.

Design decisions:

- **The delivery id.** :func:`construct_event` returns a :class:`WebhookEvent`, a subclass of the
  generated :class:`OrderStatusWebhook` with one extra attrs field, ``webhook_id``. It *is* an
  ``OrderStatusWebhook`` (``isinstance`` holds; ``to_dict()`` gives back exactly the body's
  fields, without the id, which storing it in ``additional_properties`` would not), and the id
  takes part in ``repr`` and ``==`` and survives ``copy`` and ``pickle``.
- **A missing** ``X-Juniper-Webhook-Id`` is allowed (``webhook_id`` is then None): the signature
  does not cover that header, so requiring it would add no security. Deduplicate only on ids.
- **Errors.** Every refusal, whatever is wrong (header, timestamp, signature, body, or a secret
  that is empty, blank or not a string), raises ``WebhookVerificationError``, whose message says
  what was wrong and never contains a secret or the signature a secret would produce. Arguments
  that are the receiver's own mistake rather than the request's (a ``tolerance`` or ``now`` that
  is not a finite number, a negative ``tolerance``, ``headers`` that are not a mapping) raise
  ``TypeError``/``ValueError`` at the call, before anything is accepted. ``sign`` is not a
  verification: it raises ``ValueError``/``TypeError`` for bad arguments.
- **One rule for timestamps.** ``t=`` is 1 to 15 ASCII digits (Unix seconds, the year 2286 needs
  11): :func:`verify_signature` refuses anything else as malformed, and :func:`sign` refuses to
  produce it.
- **A byte order mark** at the start of the body is covered by the signature like every other
  byte and skipped when the JSON is parsed (RFC 8259 allows a parser to ignore it).
- **Speed.** :func:`verify_signature` answers the usual header (one ``t``, one ``v1``, one
  secret) on a short path, and otherwise parses the header in full; both give the same answer
  and the same message. Nothing derived from a secret is kept between calls.
- **The signed bytes** are the ``t`` digits as they appear in the header, ``.``, then the body
  exactly as received; JSON is never re-serialised. A ``str`` payload stands for its UTF-8 bytes.
"""

from __future__ import annotations

import hmac
import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Final, Protocol

import attrs

from juniper_fulfillment_client.models.order_status_webhook import OrderStatusWebhook

from .errors import ResponseValidationError, WebhookVerificationError


class Headers(Protocol):
    """Any header container: a dict, httpx.Headers, http.server's Message, or a framework's
    request headers (Flask/Werkzeug, Starlette/FastAPI, Django), as type checkers see them."""

    def get(self, key: str, /) -> str | None: ...

    def items(self) -> Iterable[tuple[str, str]]: ...


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
_MAX_TIMESTAMP: Final = 10**_MAX_TIMESTAMP_DIGITS - 1
_HEX_SIGNATURE_LENGTH: Final = 64

_NO_MATCH: Final = (
    f"no {_SCHEME} signature in {SIGNATURE_HEADER} matches the body with the configured "
    "secret(s): the body was altered, the secret is wrong, or it was not sent by Juniper"
)


class _Mac(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


# OpenSSL's HMAC object, straight from hashlib's C backend. hmac.new() wraps this same object
# in a Python class, and hmac.digest() goes through OpenSSL 3's one-shot HMAC(), which looks the
# digest up by name on every call: on a 1 KB body either takes about 1.5 times as long. Same
# algorithm, same bytes out; hmac.new is the fallback where the private module is missing (a
# Python built without OpenSSL).
_hmac_new: Callable[[bytes, bytes, str], _Mac]
try:
    from _hashlib import hmac_new as _hmac_new
except ImportError:  # pragma: no cover - CPython without OpenSSL
    _hmac_new = hmac.new


@attrs.define
class WebhookEvent(OrderStatusWebhook):
    """A verified order status notification, with the id of the delivery that carried it.

    It is the generated :class:`OrderStatusWebhook` model (``event.order.order_id``,
    ``event.order.status``, ...); ``to_dict()`` gives the body back, without the id.

    Attributes:
        webhook_id: the ``X-Juniper-Webhook-Id`` header, or None when the delivery had none.
            Not covered by the signature; use it only to drop repeated deliveries.
    """

    webhook_id: str | None = attrs.field(default=None, kw_only=True)


def sign(payload: bytes | str, secret: str, *, timestamp: int | None = None) -> str:
    """The ``X-Juniper-Signature`` value for ``payload``, as Juniper computes it.

    For tests and local tools that play Juniper's part; ``timestamp`` (Unix seconds) defaults to
    now.

    Raises:
        TypeError: ``payload`` is neither bytes nor str, ``secret`` is not a str, or
            ``timestamp`` is not an int.
        ValueError: ``secret`` is empty or only whitespace, or ``timestamp`` is negative or has
            more than 15 digits (a header :func:`verify_signature` would call malformed).
    """
    if not isinstance(secret, str):
        raise TypeError(f"secret must be a str, not {type(secret).__name__}")
    if not secret or secret.isspace():
        raise ValueError("secret must not be empty or only whitespace")
    if not isinstance(payload, bytes | str):
        raise TypeError(f"payload must be bytes or str, not {type(payload).__name__}")
    moment = int(time.time()) if timestamp is None else timestamp
    if type(moment) is not int:
        raise TypeError(f"timestamp must be an int, not {type(moment).__name__}")
    if not 0 <= moment <= _MAX_TIMESTAMP:
        raise ValueError(
            f"timestamp must be a non-negative number of Unix seconds of at most "
            f"{_MAX_TIMESTAMP_DIGITS} digits (the most verify_signature reads), not {moment}"
        )
    signed = b"%d." % moment + _body(payload)
    digest = _hmac_new(secret.encode("utf-8", "surrogatepass"), signed, "sha256").hexdigest()
    return f"t={moment},{_SCHEME}={digest}"


def verify_signature(
    payload: bytes | str,
    signature_header: str,
    secret: str | Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that ``payload`` was signed by Juniper within ``tolerance`` seconds of ``now``.

    ``payload`` is the raw request body exactly as received (never re-serialised JSON).
    ``secret`` is the webhook secret, or several during a rotation: any ``v1`` signature in the
    header matching any secret is accepted; other schemes (``v0=``...) are ignored. A timestamp
    more than ``tolerance`` seconds before or after ``now`` (default: the current time) is
    refused; exactly ``tolerance`` seconds away is accepted.

    Raises:
        WebhookVerificationError: the header is empty or malformed, the timestamp is out of
            tolerance, no signature matches, or ``secret`` is empty, blank or not a string.
        TypeError: ``tolerance`` or ``now`` is not a number (int or float, not bool).
        ValueError: ``tolerance`` is negative, infinite or NaN, or ``now`` is infinite, NaN or
            beyond the 15 digits of a signature timestamp.
    """
    # The common case, the header exactly as Juniper sends it ("t=<digits>,v1=<64 hex>") with one
    # ASCII secret and a bytes body, is answered here in fewer steps: the parser below accepts
    # and refuses exactly the same inputs, but its bookkeeping costs as much as the HMAC itself.
    if (
        type(secret) is str
        and type(payload) is bytes
        and type(signature_header) is str
        and type(tolerance) is int
        and (now is None or type(now) is float or type(now) is int)
        and secret
        and secret.isascii()
        and not secret.isspace()
        and signature_header.isascii()
        and signature_header[:2] == "t="
    ):
        stamp, _, received = signature_header[2:].partition(",v1=")
        # With no comma in `received` the header holds just these two items, and `stamp` is
        # ASCII digits (isascii above), so the parser would read the same t and the same v1.
        if (
            len(received) == _HEX_SIGNATURE_LENGTH
            and "," not in received
            and stamp.isdigit()
            and len(stamp) <= _MAX_TIMESTAMP_DIGITS
        ):
            current = time.time() if now is None else now
            # A NaN or infinite `now` fails this comparison and is refused by the full path. An
            # int tolerance is finite; a negative one is never met.
            if abs(int(stamp) - current) <= tolerance:
                # update() rather than concatenating: no copy of the body.
                mac = _hmac_new(secret.encode(), (stamp + ".").encode(), "sha256")
                mac.update(payload)
                if hmac.compare_digest(mac.hexdigest(), received):
                    return
                raise WebhookVerificationError(_NO_MATCH)

    _check_tolerance(tolerance, now)
    keys = _keys(secret)
    body = _body(payload)
    stamp, signatures = _parse_signature_header(signature_header)
    _check_timestamp(int(stamp), tolerance, now)
    signed = stamp.encode("ascii") + b"." + body
    for key in keys:
        expected_bytes = _hmac_new(key, signed, "sha256").hexdigest().encode("ascii")
        for candidate in signatures:
            if hmac.compare_digest(expected_bytes, candidate):
                return
    raise WebhookVerificationError(_NO_MATCH)


def verify_webhook_signature(payload: bytes, signature_header: str, secret: str) -> bool:
    """True when the signature is valid (the vendor's documented helper, same arguments).

    Uses the default 300 s tolerance and never raises for bad input: anything that does not
    verify is False. Prefer :func:`verify_signature` or :func:`construct_event`, whose errors say
    what was wrong.
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
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery and parse its body into a :class:`WebhookEvent`.

    ``headers`` are the request headers, looked up in any letter case (a plain ``dict``,
    ``httpx.Headers``, web frameworks' header mappings and ``http.server``'s all work). The body
    is parsed only once its signature is valid. Unknown fields and unknown statuses are kept
    (the model's additional properties; an unlisted ``OrderStatus`` member).

    Raises:
        WebhookVerificationError: ``X-Juniper-Signature`` is missing, anything
            :func:`verify_signature` refuses, the body is not UTF-8 JSON in the shape of an
            order status notification, or ``X-Juniper-Webhook-Id`` is not a string.
        TypeError: ``headers`` is not a mapping, or as :func:`verify_signature`.
        ValueError: as :func:`verify_signature`.
    """
    if not callable(getattr(headers, "get", None)) or not callable(getattr(headers, "items", None)):
        raise TypeError(
            "headers must be the request's header mapping (a dict, httpx.Headers, a framework's "
            f"headers), not {type(headers).__name__}"
        )
    signature_header = _header(headers, SIGNATURE_HEADER)
    if signature_header is None:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    verify_signature(payload, signature_header, secret, tolerance=tolerance, now=now)
    body = _body(payload)
    try:
        # utf-8-sig: a leading byte order mark is not part of the JSON text.
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WebhookVerificationError(
            "the body is not UTF-8 text, so not JSON, although its signature is valid"
        ) from None
    try:
        data = json.loads(text)
    # RecursionError: JSON nested deeper than the interpreter's stack.
    except (ValueError, RecursionError) as error:
        raise WebhookVerificationError(
            f"the body is not JSON ({type(error).__name__}) although its signature is valid"
        ) from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("the body is not a JSON object")
    try:
        event = WebhookEvent.from_dict(data)
    except ResponseValidationError as error:
        # The message names the field (order.orderId: expected string, got integer) and quotes
        # no value from the body.
        raise WebhookVerificationError(
            f"the body is not an order status notification: {error}"
        ) from error
    webhook_id = _header(headers, WEBHOOK_ID_HEADER)
    if webhook_id is not None and not isinstance(webhook_id, str):
        raise WebhookVerificationError(f"the {WEBHOOK_ID_HEADER} header must be a string")
    event.webhook_id = webhook_id
    return event


# ------------------------------------------------------------------------------------ helpers
def _check_tolerance(tolerance: object, now: object) -> None:
    """Refuse a tolerance or a clock reading that would make every timestamp look fresh."""
    for name, value in (("tolerance", tolerance), ("now", now)):
        if value is None and name == "now":
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number of seconds, not {value!r}")
    if tolerance < 0:  # type: ignore[operator]  # a number, checked above
        raise ValueError(f"tolerance must not be negative, not {tolerance!r}")
    if now is not None and not -_MAX_TIMESTAMP <= now <= _MAX_TIMESTAMP:  # type: ignore[operator]
        raise ValueError("now must be Unix seconds, within the range of signature timestamps")


def _check_timestamp(timestamp: int, tolerance: float, now: float | None) -> None:
    current = time.time() if now is None else now
    # Compared as a difference: an int tolerance too large for a float still compares exactly.
    age = current - timestamp
    if age > tolerance:
        raise WebhookVerificationError(
            f"the signature timestamp is {age:.0f}s old, "
            f"beyond the {tolerance}s tolerance (a replayed or delayed delivery)"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"the signature timestamp is {-age:.0f}s in the future, "
            f"beyond the {tolerance}s tolerance (check the receiver's clock)"
        )


def _body(payload: object) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, str):
        # surrogatepass: a str holding lone surrogates still has one well-defined byte form.
        return payload.encode("utf-8", "surrogatepass")
    try:  # any other bytes-like object (bytearray, memoryview...), as hashlib takes them
        return memoryview(payload).tobytes()  # type: ignore[arg-type]
    except TypeError:
        raise WebhookVerificationError(
            f"the payload must be the raw request body (bytes or str), not {type(payload).__name__}"
        ) from None


def _keys(secret: object) -> list[bytes]:
    secrets = [secret] if isinstance(secret, str) else secret
    if not isinstance(secrets, Sequence) or isinstance(secrets, bytes | bytearray):
        raise WebhookVerificationError("the webhook secret must be a string or a list of strings")
    keys = []
    for item in secrets:
        if not isinstance(item, str) or not item or item.isspace():
            raise WebhookVerificationError(
                "every webhook secret must be a non-empty string, not blank"
            )
        keys.append(item.encode("utf-8", "surrogatepass"))
    if not keys:
        raise WebhookVerificationError("no webhook secret is configured")
    return keys


def _parse_signature_header(header: object) -> tuple[str, list[bytes]]:
    """The timestamp (ASCII digits, as sent) and the ``v1`` signatures of a signature header."""
    if not isinstance(header, str):
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header must be a string")
    if not header.strip():
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is empty")
    timestamp: str | None = None
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
            # isdigit() alone also admits non-ASCII digits such as "٣", which int() accepts.
            if not (value.isascii() and value.isdigit() and len(value) <= _MAX_TIMESTAMP_DIGITS):
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} header is malformed: t= must be a whole number of "
                    "Unix seconds"
                )
            timestamp = value
        elif key == _SCHEME:
            # Bytes, so that compare_digest takes any value; one that is not 64 lowercase hex
            # characters simply never matches.
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
    # Case-insensitive containers (httpx, http.server, most frameworks) answer get() directly;
    # a plain dict needs the scan.
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, item in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return item
    return None
