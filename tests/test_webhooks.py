"""Webhook verification: the independent vector, and every way a delivery can be wrong.

Every refusal must be a WebhookVerificationError whose message says what was wrong and never
contains a secret or the signature a secret would produce for that body and timestamp.
"""

from __future__ import annotations

import copy
import email.message
import hashlib
import hmac
import json
import pickle
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from juniper_fulfillment import JuniperError, WebhookVerificationError
from juniper_fulfillment.webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    WEBHOOK_ID_HEADER,
    WebhookEvent,
    construct_event,
    sign,
    verify_signature,
    verify_webhook_signature,
)
from juniper_fulfillment_client.models import OrderStatus, OrderStatusWebhook

VECTOR_FILE = Path(__file__).resolve().parents[1].parent / "shared" / "webhook-vector.json"
# The same vector, so that it is checked even in a checkout without ../shared beside it.
SECRET = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"
T = 1_700_000_000
BODY = b'{"order":{"orderId":"2vSGym0bH8qVEwCIGlyFoRgJq1A","status":"SHIPPED"}}'
VECTOR_V1 = "2a1191f343cfa7579a58c972937413c5e5107bdb4f8ba89d150110b411ec2665"
VECTOR_HEADER = f"t={T},v1={VECTOR_V1}"
OTHER_SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"


def hmac_hex(body: bytes, secret: str, timestamp: int | str) -> str:
    """The v1 signature, computed independently of the module under test."""
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def assert_discreet(
    message: str, body: bytes | str, secrets: Sequence[str], timestamps: Sequence[int] = (T,)
) -> None:
    """No secret, and no signature any of them gives ``body``, appears in ``message``."""
    raw = body.encode() if isinstance(body, str) else body
    for secret in secrets:
        assert secret not in message
        for timestamp in timestamps:
            assert hmac_hex(raw, secret, timestamp) not in message
    assert VECTOR_V1 not in message


def refused(
    body: bytes | str,
    header: str,
    secret: str | list[str] = SECRET,
    *,
    now: float = T,
    tolerance: int = DEFAULT_TOLERANCE,
) -> str:
    """The message of the WebhookVerificationError this delivery must raise, checked discreet.

    A str secret is tried both alone and in a list: the two take different paths through
    verify_signature and must refuse with the same message.
    """
    secrets = [secret] if isinstance(secret, str) else secret
    messages = set()
    for form in [secret, secrets] if isinstance(secret, str) else [secret]:
        with pytest.raises(WebhookVerificationError) as raised:
            verify_signature(body, header, form, now=now, tolerance=tolerance)
        messages.add(str(raised.value))
    assert len(messages) == 1, messages
    message = messages.pop()
    assert_discreet(message, body, secrets, (T, int(now)))
    return message


def event_refused(body: bytes | str, headers: Mapping[str, str], secret: str = SECRET) -> str:
    """The message of the WebhookVerificationError construct_event must raise, checked discreet."""
    with pytest.raises(WebhookVerificationError) as raised:
        construct_event(body, headers, secret, now=T)
    message = str(raised.value)
    assert_discreet(message, body, [secret])
    return message


# ------------------------------------------------------------------------------ the vector
@pytest.fixture
def vector() -> dict[str, Any]:
    if not VECTOR_FILE.exists():
        pytest.skip(f"{VECTOR_FILE} is not beside this checkout (the embedded copy still runs)")
    data: dict[str, Any] = json.loads(VECTOR_FILE.read_text())
    return data


def test_the_shared_vector_verifies(vector: dict[str, Any]) -> None:
    body = vector["body"].encode()
    for now in (vector["timestamp"], vector["timestamp"] + 30, vector["timestamp"] - 30):
        verify_signature(body, vector["header"], vector["secret"], now=now)
    verify_signature(vector["body"], vector["header"], [vector["secret"]], now=vector["timestamp"])
    assert vector["header"] == f"t={vector['timestamp']},v1={vector['v1']}"
    assert sign(body, vector["secret"], timestamp=vector["timestamp"]) == vector["header"]
    # Today the vector is long stale: the vendor-compatible helper (clock = now) says so.
    assert verify_webhook_signature(body, vector["header"], vector["secret"]) is False


def test_the_embedded_copy_is_the_shared_vector(vector: dict[str, Any]) -> None:
    assert (vector["secret"], vector["timestamp"], vector["body"].encode()) == (SECRET, T, BODY)
    assert (vector["v1"], vector["header"]) == (VECTOR_V1, VECTOR_HEADER)


def test_the_embedded_vector_verifies() -> None:
    verify_signature(BODY, VECTOR_HEADER, SECRET, now=T)
    verify_signature(BODY.decode(), VECTOR_HEADER, [SECRET], now=T)
    assert sign(BODY, SECRET, timestamp=T) == VECTOR_HEADER
    assert hmac_hex(BODY, SECRET, T) == VECTOR_V1


# ------------------------------------------------------------------------------ signatures
def test_tampered_body() -> None:
    assert "matches" in refused(BODY.replace(b"SHIPPED", b"CANCELLED"), VECTOR_HEADER)
    assert "matches" in refused(BODY + b" ", VECTOR_HEADER)
    assert "matches" in refused(BODY[:-1], VECTOR_HEADER)
    # The same JSON re-serialised is different bytes: it must not verify.
    assert "matches" in refused(json.dumps(json.loads(BODY)).encode(), VECTOR_HEADER)


def test_wrong_secret() -> None:
    assert "matches" in refused(BODY, VECTOR_HEADER, OTHER_SECRET)
    assert "matches" in refused(BODY, sign(BODY, OTHER_SECRET, timestamp=T), SECRET)


def test_the_timestamp_is_part_of_what_is_signed() -> None:
    assert "matches" in refused(BODY, f"t={T + 1},v1={VECTOR_V1}")


@pytest.mark.parametrize("offset", [-DEFAULT_TOLERANCE, -1, 0, 1, DEFAULT_TOLERANCE])
def test_timestamps_inside_the_tolerance(offset: int) -> None:
    header = sign(BODY, SECRET, timestamp=T + offset)
    verify_signature(BODY, header, SECRET, now=T)
    verify_signature(BODY, header, [SECRET], now=T)


def test_timestamps_one_second_outside_the_tolerance() -> None:
    stale = refused(BODY, sign(BODY, SECRET, timestamp=T - 301), now=T)
    assert "301s old" in stale
    assert "300s tolerance" in stale
    future = refused(BODY, sign(BODY, SECRET, timestamp=T + 301), now=T)
    assert "301s in the future" in future


def test_a_fraction_of_a_second_beyond_the_tolerance_is_refused() -> None:
    assert "old" in refused(BODY, VECTOR_HEADER, now=T + 300.25)
    assert "future" in refused(BODY, VECTOR_HEADER, now=T - 300.25)


def test_custom_tolerance() -> None:
    header = sign(BODY, SECRET, timestamp=T - 20)
    verify_signature(BODY, header, SECRET, now=T, tolerance=20)
    assert "old" in refused(BODY, header, now=T, tolerance=19)


def test_now_defaults_to_the_clock() -> None:
    verify_signature(BODY, sign(BODY, SECRET), SECRET)
    stale = sign(BODY, SECRET, timestamp=int(time.time()) - 3600)
    with pytest.raises(WebhookVerificationError, match="old"):
        verify_signature(BODY, stale, SECRET)


def test_several_signatures_one_valid() -> None:
    verify_signature(BODY, f"t={T},v1={'0' * 64},v1={VECTOR_V1}", SECRET, now=T)
    verify_signature(BODY, f"t={T},v1={VECTOR_V1},v1=deadbeef", SECRET, now=T)
    verify_signature(BODY, f"v1=deadbeef,v1={VECTOR_V1},t={T}", SECRET, now=T)
    assert "matches" in refused(BODY, f"t={T},v1={'0' * 64},v1={'1' * 64}")


def test_two_secrets_the_second_valid() -> None:
    verify_signature(BODY, VECTOR_HEADER, [OTHER_SECRET, SECRET], now=T)
    verify_signature(BODY, VECTOR_HEADER, (OTHER_SECRET, SECRET), now=T)
    assert "matches" in refused(BODY, VECTOR_HEADER, [OTHER_SECRET, "old-secret-rotated-away"])


def test_other_schemes_are_ignored_never_accepted() -> None:
    assert "no v1" in refused(BODY, f"t={T},v0={VECTOR_V1}")
    assert "no v1" in refused(BODY, f"t={T},V1={VECTOR_V1}")
    assert "no v1" in refused(BODY, f"t={T},v2={VECTOR_V1},v0={VECTOR_V1}")
    verify_signature(BODY, f"t={T},v0=abc,v1={VECTOR_V1},v2=xyz", SECRET, now=T)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (",", "no timestamp"),
        (f"v1={VECTOR_V1}", "no timestamp"),
        (f"t={T}", "no v1"),
        (f"t={T},v1", "malformed"),
        ("garbage", "malformed"),
        (f"=x,t={T},v1={VECTOR_V1}", "malformed"),
        (f"t={T},t={T},v1={VECTOR_V1}", "more than one t"),
        (f"t={T},v1={VECTOR_V1},t={T}", "more than one t"),
        (f"t=1.5,v1={VECTOR_V1}", "whole number"),
        (f"t=+{T},v1={VECTOR_V1}", "whole number"),
        (f"t=-{T},v1={VECTOR_V1}", "whole number"),
        (f"t=1e9,v1={VECTOR_V1}", "whole number"),
        (f"t=1_700_000_000,v1={VECTOR_V1}", "whole number"),
        (f"t=,v1={VECTOR_V1}", "whole number"),
        (f"t=0x10,v1={VECTOR_V1}", "whole number"),
        (f"t=1 700000000,v1={VECTOR_V1}", "whole number"),
        # Digits int() would accept: Arabic-Indic, fullwidth, superscript.
        ("t=\u0661\u0667" + "\u0660" * 8 + f",v1={VECTOR_V1}", "whole number"),
        ("t=\uff11\uff17" + "\uff10" * 8 + f",v1={VECTOR_V1}", "whole number"),
        (f"t=\u00b9,v1={VECTOR_V1}", "whole number"),
        (f"t={'9' * 16},v1={VECTOR_V1}", "whole number"),
        (f"t={'9' * 5000},v1={VECTOR_V1}", "whole number"),
    ],
)
def test_malformed_headers(header: str, expected: str) -> None:
    assert expected in refused(BODY, header)


def test_a_malformed_timestamp_is_refused_even_with_a_signature_over_it() -> None:
    # The signer signed "+1700000000." honestly; the header is still not Juniper's format.
    plus = hmac_hex(BODY, SECRET, f"+{T}")
    assert "whole number" in refused(BODY, f"t=+{T},v1={plus}")


def test_whitespace_around_items_is_tolerated() -> None:
    for header in (
        f" t={T} , v1={VECTOR_V1} ",
        f"t = {T},v1 = {VECTOR_V1}",
        f"t={T},,v1={VECTOR_V1},",
        f"\tt={T},\tv1={VECTOR_V1}\t",
    ):
        verify_signature(BODY, header, SECRET, now=T)


def test_leading_zeros_in_t_are_signed_as_sent() -> None:
    padded = f"0{T}"
    verify_signature(BODY, f"t={padded},v1={hmac_hex(BODY, SECRET, padded)}", SECRET, now=T)
    assert "matches" in refused(BODY, f"t={padded},v1={VECTOR_V1}")


def test_signature_case_and_non_ascii_never_crash() -> None:
    assert "matches" in refused(BODY, f"t={T},v1={VECTOR_V1.upper()}")
    assert "matches" in refused(BODY, f"t={T},v1=é{VECTOR_V1[1:]}")
    assert "matches" in refused(BODY, f"t={T},v1=\udcff")
    assert "matches" in refused(BODY, f"t={T},v1={VECTOR_V1}\x00")
    assert "matches" in refused(BODY, f"t={T},v1={VECTOR_V1[:-1]}")


def test_bytes_and_str_payloads_are_the_same() -> None:
    assert sign(BODY.decode(), SECRET, timestamp=T) == VECTOR_HEADER
    verify_signature(BODY.decode(), VECTOR_HEADER, SECRET, now=T)
    verify_signature(bytearray(BODY), VECTOR_HEADER, SECRET, now=T)  # type: ignore[arg-type]
    verify_signature(memoryview(BODY), VECTOR_HEADER, SECRET, now=T)  # type: ignore[arg-type]
    unicode_body = '{"order":{"orderId":"ö €","status":"NEW"}}'
    header = sign(unicode_body, SECRET, timestamp=T)
    verify_signature(unicode_body.encode(), header, SECRET, now=T)
    verify_signature(unicode_body, header, SECRET, now=T)


def test_non_ascii_secrets_are_their_utf8_bytes() -> None:
    secret = "sécret-€"
    header = f"t={T},v1={hmac_hex(BODY, secret, T)}"
    verify_signature(BODY, header, secret, now=T)
    assert sign(BODY, secret, timestamp=T) == header


def test_non_utf8_body_verifies_but_is_not_an_event() -> None:
    body = b"\xff\xfe\x00not json \x80"
    header = sign(body, SECRET, timestamp=T)
    verify_signature(body, header, SECRET, now=T)
    assert "not UTF-8" in event_refused(body, {SIGNATURE_HEADER: header})


@pytest.mark.parametrize(
    "secret", ["", " ", "\n", "\t \u3000", [], [""], [SECRET, " "], [SECRET, 5], b"bytes", None, 42]
)
def test_bad_secret_configuration(secret: Any) -> None:
    with pytest.raises(WebhookVerificationError, match="secret") as raised:
        verify_signature(BODY, VECTOR_HEADER, secret, now=T)
    assert_discreet(str(raised.value), BODY, [SECRET])
    assert verify_webhook_signature(BODY, VECTOR_HEADER, secret) is False


@pytest.mark.parametrize("payload", [{"order": {}}, None, 12])
def test_bad_payload_type(payload: Any) -> None:
    with pytest.raises(WebhookVerificationError, match="raw request body"):
        verify_signature(payload, VECTOR_HEADER, SECRET, now=T)


@pytest.mark.parametrize("header", [None, b"t=1,v1=ab", 5])
def test_a_header_that_is_not_a_string(header: Any) -> None:
    with pytest.raises(WebhookVerificationError, match="must be a string"):
        verify_signature(BODY, header, SECRET, now=T)
    assert verify_webhook_signature(BODY, header, SECRET) is False


def test_vendor_compatible_helper_returns_a_bool() -> None:
    header = sign(BODY, SECRET)
    assert verify_webhook_signature(BODY, header, SECRET) is True
    assert verify_webhook_signature(BODY + b"x", header, SECRET) is False
    assert verify_webhook_signature(BODY, header, OTHER_SECRET) is False
    assert verify_webhook_signature(BODY, "nonsense", SECRET) is False
    assert verify_webhook_signature(BODY, "", "") is False


def test_the_error_is_a_juniper_error() -> None:
    assert issubclass(WebhookVerificationError, JuniperError)


# ------------------------------------------------------------------------------------ sign
def test_sign_defaults_to_now() -> None:
    before = int(time.time())
    stamp = int(sign(BODY, SECRET).split(",")[0].removeprefix("t="))
    assert before <= stamp <= int(time.time())


def test_sign_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError, match="empty"):
        sign(BODY, "")
    with pytest.raises(ValueError, match="non-negative"):
        sign(BODY, SECRET, timestamp=-1)
    with pytest.raises(TypeError, match="int"):
        sign(BODY, SECRET, timestamp=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="secret"):
        sign(BODY, b"key")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="payload"):
        sign({"order": {}}, SECRET)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- construct_event
def signed_headers(body: bytes = BODY, delivery_id: str | None = "whd_1") -> dict[str, str]:
    headers = {SIGNATURE_HEADER: sign(body, SECRET, timestamp=T)}
    if delivery_id is not None:
        headers[WEBHOOK_ID_HEADER] = delivery_id
    return headers


def test_a_genuine_delivery_is_parsed_with_its_id() -> None:
    event = construct_event(BODY, signed_headers(), SECRET, now=T)
    assert isinstance(event, WebhookEvent)
    assert isinstance(event, OrderStatusWebhook)
    assert event.webhook_id == "whd_1"
    assert event.order.order_id == "2vSGym0bH8qVEwCIGlyFoRgJq1A"
    assert event.order.status == OrderStatus.SHIPPED
    assert event.to_dict() == json.loads(BODY)  # the id stays out of the body


def test_the_delivery_id_is_part_of_the_event_value() -> None:
    event = construct_event(BODY, signed_headers(), SECRET, now=T)
    assert "webhook_id='whd_1'" in repr(event)
    assert copy.copy(event) == event
    assert copy.deepcopy(event).webhook_id == "whd_1"
    restored = pickle.loads(pickle.dumps(event))  # noqa: S301 - our own object
    # Compared through to_dict(): the generated models' UNSET sentinel does not survive pickling
    # as the same object, so == between the restored and the original order is False.
    assert (restored.webhook_id, restored.to_dict()) == ("whd_1", event.to_dict())
    other = construct_event(BODY, signed_headers(delivery_id="whd_2"), SECRET, now=T)
    assert other != event
    assert other.to_dict() == event.to_dict()


def test_a_full_notification_is_parsed() -> None:
    body = json.dumps(
        {
            "order": {
                "orderId": "o1",
                "status": "SHIPPED",
                "fulfillmentInfo": {
                    "carrier": "UPS",
                    "trackingNumber": "1Z9999999999999999",
                    "checkpoints": [{"location": "Palo Alto", "message": "Picked up"}],
                },
                "createdAt": "2025-01-02T03:04:05+00:00",
                "updatedAt": "2025-01-03T03:04:05+00:00",
            }
        }
    ).encode()
    event = construct_event(body, signed_headers(body), SECRET, now=T)
    assert event.order.created_at.year == 2025  # type: ignore[union-attr]
    assert event.to_dict() == json.loads(body)


class LowercasedHeaders(Mapping[str, str]):
    """Like Starlette's Headers: keys stored lower-case, get() case-insensitive, no dict."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._items = [(key.lower(), value) for key, value in headers.items()]

    def __getitem__(self, key: str) -> str:
        for name, value in self._items:
            if name == key.lower():
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)


def http_server_headers(headers: Mapping[str, str]) -> email.message.Message:
    message = email.message.Message()
    for key, value in headers.items():
        message[key] = value
    return message


@pytest.mark.parametrize(
    "make_headers",
    [
        lambda h: {key.lower(): value for key, value in h.items()},
        lambda h: {key.upper(): value for key, value in h.items()},
        lambda h: {key.swapcase(): value for key, value in h.items()},
        lambda h: httpx.Headers(h),
        LowercasedHeaders,
        http_server_headers,
    ],
    ids=["lower", "upper", "swapcase", "httpx.Headers", "starlette-like", "http.server"],
)
def test_header_names_in_any_case(make_headers: Any) -> None:
    event = construct_event(BODY, make_headers(signed_headers()), SECRET, now=T)
    assert event.webhook_id == "whd_1"
    assert event.order.status == "SHIPPED"


def test_a_missing_delivery_id_is_allowed() -> None:
    event = construct_event(BODY, signed_headers(delivery_id=None), SECRET, now=T)
    assert event.webhook_id is None


def test_unknown_status_and_fields_in_the_body_are_kept() -> None:
    # A value no vendor will send: a plausible one (ON_HOLD) could be added to the spec one day.
    body = b'{"order":{"orderId":"o1","status":"x-test-only-unknown-status","weight":"2kg"},"v":2}'
    event = construct_event(body, signed_headers(body), SECRET, now=T)
    assert event.order.status == "x-test-only-unknown-status"
    assert event.order.additional_properties == {"weight": "2kg"}
    assert event.additional_properties == {"v": 2}
    assert event.to_dict() == json.loads(body)


def test_construct_event_accepts_a_str_body_and_rotated_secrets() -> None:
    event = construct_event(BODY.decode(), signed_headers(), [OTHER_SECRET, SECRET], now=T)
    assert event.order.order_id == "2vSGym0bH8qVEwCIGlyFoRgJq1A"


def test_a_long_bad_value_is_not_quoted_in_full() -> None:
    body = json.dumps({"order": {"orderId": "o1", "status": "NEW", "createdAt": "x" * 5000}})
    message = event_refused(body.encode(), signed_headers(body.encode()))
    assert "not an order status notification" in message
    assert len(message) < 400


def test_a_delivery_id_that_is_not_a_string_is_refused() -> None:
    headers: dict[str, Any] = {**signed_headers(delivery_id=None), WEBHOOK_ID_HEADER: ["a", "b"]}
    assert "must be a string" in event_refused(BODY, headers)


def test_construct_event_without_a_signature_header() -> None:
    assert "missing" in event_refused(BODY, {WEBHOOK_ID_HEADER: "whd_1"})
    assert "missing" in event_refused(BODY, {})


def test_construct_event_refuses_what_verify_signature_refuses() -> None:
    assert "matches" in event_refused(BODY + b" ", signed_headers())
    assert "matches" in event_refused(BODY, signed_headers(), OTHER_SECRET)
    stale = {SIGNATURE_HEADER: sign(BODY, SECRET, timestamp=T - 301)}
    assert "old" in event_refused(BODY, stale)
    assert "empty" in event_refused(BODY, {SIGNATURE_HEADER: ""})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"", "not JSON"),
        (b"{", "not JSON"),
        (BODY.decode().encode("utf-16"), "not UTF-8"),
        (b"[" * 100_000, "not JSON"),  # deeper than the interpreter's stack
        (b"[1, 2]", "not a JSON object"),
        (b'"order"', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b'{"orders": []}', "not an order status notification"),
        (b'{"order": {"status": "NEW"}}', "not an order status notification"),
        (b'{"order": {"orderId": "o1"}}', "not an order status notification"),
        (b'{"order": {"orderId": "o1", "status": 5}}', "not an order status notification"),
        (
            b'{"order": {"orderId": 5, "status": "NEW"}}',
            "order.orderId: expected string, got integer",
        ),
        (
            b'{"order": {"orderId": null, "status": "NEW"}}',
            "order.orderId: expected string, got null",
        ),
        (b'{"order": {"orderId": "o1"}}', "order.status: required field is missing"),
        (b'{"order": [1]}', "order: expected object, got array"),
        (b'{"order": "x"}', "not an order status notification"),
        (b'{"order": [1]}', "not an order status notification"),
        (b'{"order": null}', "not an order status notification"),
        (
            b'{"order": {"orderId": "o1", "status": "NEW", "createdAt": "yesterday"}}',
            "not an order status notification",
        ),
        (
            b'{"order": {"orderId": "o1", "status": "NEW", "fulfillmentInfo": 3}}',
            "not an order status notification",
        ),
    ],
)
def test_signed_bodies_of_the_wrong_shape(body: bytes, expected: str) -> None:
    assert expected in event_refused(body, signed_headers(body))


# ------------------------------------------------------------- misuse is an error, never an accept
@pytest.mark.parametrize("secret", [" ", "\n", "\u2003"])
def test_sign_refuses_a_blank_secret(secret: str) -> None:
    with pytest.raises(ValueError, match="whitespace"):
        sign(BODY, secret, timestamp=T)


STALE_HEADER = sign(BODY, SECRET, timestamp=T - 10**6)


@pytest.mark.parametrize(
    ("tolerance", "now", "error"),
    [
        (float("nan"), T, ValueError),
        (float("inf"), T, ValueError),
        (-1, T, ValueError),
        (-0.5, T, ValueError),
        (None, T, TypeError),
        ("300", T, TypeError),
        (True, T, TypeError),
        (300, float("nan"), ValueError),
        (300, float("inf"), ValueError),
        (300, float("-inf"), ValueError),
        (300, "now", TypeError),
        (300, 10**400, ValueError),
        (300, -(10**16), ValueError),
        (300, True, TypeError),
    ],
)
def test_a_tolerance_or_clock_that_is_not_a_finite_number_is_refused_at_the_call(
    tolerance: Any, now: Any, error: type[Exception]
) -> None:
    """A stale delivery must never pass because of a NaN or an infinite tolerance."""
    for header in (STALE_HEADER, VECTOR_HEADER):
        with pytest.raises(error, match=r"tolerance|now"):
            verify_signature(BODY, header, SECRET, tolerance=tolerance, now=now)
        with pytest.raises(error, match=r"tolerance|now"):
            construct_event(BODY, {SIGNATURE_HEADER: header}, SECRET, tolerance=tolerance, now=now)


def test_a_float_tolerance_and_a_huge_one_are_numbers_like_any_other() -> None:
    verify_signature(BODY, VECTOR_HEADER, SECRET, tolerance=300.0, now=T + 300)
    refused(BODY, VECTOR_HEADER, now=T + 301, tolerance=300.5)  # type: ignore[arg-type]
    verify_signature(BODY, STALE_HEADER, SECRET, tolerance=10**400, now=T)


@pytest.mark.parametrize("headers", [None, "t=1,v1=ab", 5, [(SIGNATURE_HEADER, VECTOR_HEADER)]])
def test_headers_that_are_not_a_mapping_are_a_type_error(headers: Any) -> None:
    with pytest.raises(TypeError, match="headers must be"):
        construct_event(BODY, headers, SECRET, now=T)


@pytest.mark.parametrize("timestamp", [10**15, 10**20, -1])
def test_sign_refuses_what_verify_would_call_malformed(timestamp: int) -> None:
    with pytest.raises(ValueError, match="15 digits"):
        sign(BODY, SECRET, timestamp=timestamp)


def test_the_largest_timestamp_sign_accepts_verifies() -> None:
    largest = 10**15 - 1
    header = sign(BODY, SECRET, timestamp=largest)
    verify_signature(BODY, header, SECRET, now=largest)
    assert construct_event(BODY, {SIGNATURE_HEADER: header}, SECRET, now=largest).order.order_id


def test_a_body_with_a_byte_order_mark_is_parsed_and_the_mark_is_signed() -> None:
    body = b"\xef\xbb\xbf" + BODY
    header = sign(body, SECRET, timestamp=T)
    event = construct_event(body, {SIGNATURE_HEADER: header}, SECRET, now=T)
    assert event.order.order_id == "2vSGym0bH8qVEwCIGlyFoRgJq1A"
    # The mark is part of the signed bytes: the signature over the body without it fails.
    event_refused(body, {SIGNATURE_HEADER: sign(BODY, SECRET, timestamp=T)})


def test_a_bad_field_is_named_without_quoting_the_value() -> None:
    body = b'{"order": {"orderId": "o1", "status": "NEW", "createdAt": "patient Jane Roe"}}'
    message = event_refused(body, signed_headers(body))
    assert "order.createdAt: expected an RFC 3339 date-time, got string" in message
    assert "Jane" not in message
