"""Webhook verification: the independent vector, and every way a delivery can be wrong.

Every refusal must be a WebhookVerificationError whose message says what was wrong and never
contains the secret or the signature the secret would produce.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import httpx
import pytest

from juniper_fulfillment import JuniperError, WebhookVerificationError
from juniper_fulfillment.webhooks import (
    SIGNATURE_HEADER,
    WEBHOOK_ID_HEADER,
    WebhookEvent,
    construct_event,
    sign,
    verify_signature,
    verify_webhook_signature,
)
from juniper_fulfillment_client.models import OrderStatus, OrderStatusWebhook

VECTOR_FILE = Path(__file__).resolve().parents[2] / "shared" / "webhook-vector.json"
# The same vector, for a checkout without ../shared beside it.
SECRET = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"
VECTOR_HEADER = "t=1700000000,v1=2a1191f343cfa7579a58c972937413c5e5107bdb4f8ba89d150110b411ec2665"
T = 1_700_000_000
BODY = b'{"order":{"orderId":"2vSGym0bH8qVEwCIGlyFoRgJq1A","status":"SHIPPED"}}'


def expected_signature(body: bytes, secret: str, timestamp: int) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def refused(body: bytes | str, header: str, secret: str | list[str] = SECRET, **kw: float) -> str:
    """The message of the WebhookVerificationError the delivery must raise."""
    with pytest.raises(WebhookVerificationError) as raised:
        verify_signature(body, header, secret, now=kw.get("now", T))
    message = str(raised.value)
    assert SECRET not in message
    assert expected_signature(BODY, SECRET, T) not in message
    return message


@pytest.mark.skipif(not VECTOR_FILE.exists(), reason="../shared is not beside this checkout")
def test_the_shared_vector_verifies() -> None:
    vector = json.loads(VECTOR_FILE.read_text())
    verify_signature(
        vector["body"].encode(), vector["header"], vector["secret"], now=vector["timestamp"] + 30
    )
    assert sign(vector["body"], vector["secret"], timestamp=vector["timestamp"]) == vector["header"]
    assert (
        verify_webhook_signature(vector["body"].encode(), vector["header"], vector["secret"])
        is False
    )  # stale now


def test_the_embedded_vector_verifies() -> None:
    verify_signature(BODY.decode(), VECTOR_HEADER, SECRET, now=T)
    assert sign(BODY, SECRET, timestamp=T) == VECTOR_HEADER


def test_a_genuine_delivery_is_parsed_with_its_id() -> None:
    headers = {
        "X-Juniper-Signature": sign(BODY, SECRET, timestamp=T),
        "X-Juniper-Webhook-Id": "whd_1",
    }
    event = construct_event(BODY, headers, SECRET, now=T)
    assert isinstance(event, WebhookEvent)
    assert isinstance(event, OrderStatusWebhook)
    assert event.webhook_id == "whd_1"
    assert event.order.order_id == "2vSGym0bH8qVEwCIGlyFoRgJq1A"
    assert event.order.status == OrderStatus.SHIPPED
    assert event.to_dict() == json.loads(BODY)


@pytest.mark.parametrize(
    "headers",
    [
        {"x-juniper-signature": "{sig}", "x-juniper-webhook-id": "whd_1"},
        {"X-JUNIPER-SIGNATURE": "{sig}", "X-Juniper-WEBHOOK-Id": "whd_1"},
        httpx.Headers({"X-Juniper-Signature": "{sig}", "X-Juniper-Webhook-Id": "whd_1"}),
    ],
    ids=["lower", "mixed", "httpx.Headers"],
)
def test_header_names_in_any_case(headers: dict[str, str]) -> None:
    signature = sign(BODY, SECRET, timestamp=T)
    filled = {key: value.replace("{sig}", signature) for key, value in headers.items()}
    event = construct_event(BODY, filled, SECRET, now=T)
    assert event.webhook_id == "whd_1"


def test_a_missing_delivery_id_is_allowed() -> None:
    event = construct_event(
        BODY, {SIGNATURE_HEADER: sign(BODY, SECRET, timestamp=T)}, SECRET, now=T
    )
    assert event.webhook_id is None


def test_unknown_status_and_fields_in_the_body_are_kept() -> None:
    body = b'{"order":{"orderId":"o1","status":"ON_HOLD","weight":"2kg"},"v":2}'
    event = construct_event(
        body, {SIGNATURE_HEADER: sign(body, SECRET, timestamp=T)}, SECRET, now=T
    )
    assert event.order.status == "ON_HOLD"
    assert event.to_dict() == json.loads(body)


def test_bytes_and_str_payloads_are_the_same() -> None:
    header = sign(BODY.decode(), SECRET, timestamp=T)
    assert header == sign(BODY, SECRET, timestamp=T)
    verify_signature(BODY.decode(), header, SECRET, now=T)
    verify_signature(bytearray(BODY), header, SECRET, now=T)  # type: ignore[arg-type]
    unicode_body = '{"order":{"orderId":"ö","status":"NEW"}}'
    verify_signature(unicode_body.encode(), sign(unicode_body, SECRET, timestamp=T), SECRET, now=T)


def test_tampered_body() -> None:
    header = sign(BODY, SECRET, timestamp=T)
    assert "matches" in refused(BODY.replace(b"SHIPPED", b"CANCELLED"), header)
    assert "matches" in refused(BODY + b" ", header)
    # The same JSON re-serialised is different bytes: it must not verify.
    assert "matches" in refused(json.dumps(json.loads(BODY)).encode(), header)


def test_wrong_secret() -> None:
    assert "matches" in refused(BODY, sign(BODY, "another-secret", timestamp=T))


@pytest.mark.parametrize("offset", [-300, 0, 300])
def test_timestamps_inside_the_tolerance(offset: int) -> None:
    verify_signature(BODY, sign(BODY, SECRET, timestamp=T + offset), SECRET, now=T)


def test_timestamps_one_second_outside_the_tolerance() -> None:
    assert "old" in refused(BODY, sign(BODY, SECRET, timestamp=T - 301))
    assert "future" in refused(BODY, sign(BODY, SECRET, timestamp=T + 301))


def test_custom_tolerance() -> None:
    header = sign(BODY, SECRET, timestamp=T - 20)
    verify_signature(BODY, header, SECRET, now=T, tolerance=20)
    with pytest.raises(WebhookVerificationError, match="old"):
        verify_signature(BODY, header, SECRET, now=T, tolerance=19)


def test_several_signatures_one_valid() -> None:
    good = expected_signature(BODY, SECRET, T)
    verify_signature(BODY, f"t={T},v1={'0' * 64},v1={good}", SECRET, now=T)
    verify_signature(BODY, f"t={T},v1={good},v1=deadbeef", SECRET, now=T)


def test_two_secrets_the_second_valid() -> None:
    header = sign(BODY, SECRET, timestamp=T)
    verify_signature(BODY, header, ["old-secret-rotated-away", SECRET], now=T)
    verify_signature(BODY, header, ("old-secret-rotated-away", SECRET), now=T)
    assert "matches" in refused(BODY, header, ["old-secret", "older-secret"])


def test_other_schemes_are_ignored_never_accepted() -> None:
    good = expected_signature(BODY, SECRET, T)
    assert "no v1" in refused(BODY, f"t={T},v0={good}")
    assert "no v1" in refused(BODY, f"t={T},V1={good}")
    verify_signature(BODY, f"t={T},v0=abc,v1={good},v2=xyz", SECRET, now=T)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("v1=abc", "no timestamp"),
        (f"t={T}", "no v1"),
        (f"t={T},v1", "malformed"),
        ("garbage", "malformed"),
        (f"t={T},t={T},v1=abc", "more than one t"),
        ("t=1.5,v1=abc", "whole number"),
        ("t=+1700000000,v1=abc", "whole number"),
        ("t=-5,v1=abc", "whole number"),
        ("t=1e9,v1=abc", "whole number"),
        ("t=,v1=abc", "whole number"),
        ("t=\u0661\u0667" + "\u0660" * 8 + ",v1=abc", "whole number"),  # Arabic-Indic digits
        ("t=" + "9" * 5000 + ",v1=abc", "whole number"),
        ("=x,v1=abc", "malformed"),
    ],
)
def test_malformed_headers(header: str, expected: str) -> None:
    assert expected in refused(BODY, header)


def test_whitespace_around_items_is_tolerated() -> None:
    good = expected_signature(BODY, SECRET, T)
    for header in (f" t={T} , v1={good} ", f"t = {T},v1 = {good}", f"t={T},,v1={good},"):
        verify_signature(BODY, header, SECRET, now=T)


def test_signature_case_and_non_ascii_never_crash() -> None:
    good = expected_signature(BODY, SECRET, T)
    assert "matches" in refused(BODY, f"t={T},v1={good.upper()}")
    assert "matches" in refused(BODY, f"t={T},v1=é{good[1:]}")
    assert "matches" in refused(BODY, f"t={T},v1=\udcff")


def test_non_utf8_body_verifies_but_is_not_an_event() -> None:
    body = b"\xff\xfe\x00not json"
    header = sign(body, SECRET, timestamp=T)
    verify_signature(body, header, SECRET, now=T)
    with pytest.raises(WebhookVerificationError, match="not JSON"):
        construct_event(body, {SIGNATURE_HEADER: header}, SECRET, now=T)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"[1, 2]", "not a JSON object"),
        (b'{"orders": []}', "not an order status notification"),
        (b'{"order": {"status": "NEW"}}', "not an order status notification"),
        (b'{"order": "x"}', "not an order status notification"),
        (b"", "not JSON"),
    ],
)
def test_signed_bodies_of_the_wrong_shape(body: bytes, expected: str) -> None:
    header = sign(body, SECRET, timestamp=T)
    with pytest.raises(WebhookVerificationError, match=expected):
        construct_event(body, {SIGNATURE_HEADER: header}, SECRET, now=T)


def test_construct_event_without_a_signature_header() -> None:
    with pytest.raises(WebhookVerificationError, match="missing"):
        construct_event(BODY, {WEBHOOK_ID_HEADER: "whd_1"}, SECRET, now=T)


@pytest.mark.parametrize("secret", ["", [], [""], [SECRET, 5], b"bytes-secret", None])
def test_bad_secret_configuration(secret: object) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_signature(BODY, sign(BODY, SECRET, timestamp=T), secret, now=T)  # type: ignore[arg-type]


def test_bad_payload_type() -> None:
    with pytest.raises(WebhookVerificationError, match="raw request body"):
        verify_signature({"order": {}}, sign(BODY, SECRET, timestamp=T), SECRET, now=T)  # type: ignore[arg-type]


def test_vendor_compatible_helper_returns_a_bool() -> None:
    import time

    now = int(time.time())
    header = sign(BODY, SECRET, timestamp=now)
    assert verify_webhook_signature(BODY, header, SECRET) is True
    assert verify_webhook_signature(BODY + b"x", header, SECRET) is False
    assert verify_webhook_signature(BODY, "nonsense", SECRET) is False


def test_the_error_is_a_juniper_error() -> None:
    assert issubclass(WebhookVerificationError, JuniperError)
