"""Stripe's Python library as a second, independent signer and verifier.

Stripe signs webhooks with the same scheme (``t=<unix seconds>,v1=<hex HMAC-SHA256 over
"<t>.<body>">``), so whatever its ``WebhookSignature`` signs must verify here and whatever
``sign`` produces must verify there, for any body, secret and timestamp. Stripe signs and checks
text (it decodes a bytes body as UTF-8), so the bodies drawn here are text.

``HYPOTHESIS_PROFILE=thorough`` runs 10,000 examples per property instead of 200.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import stripe
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juniper_fulfillment import WebhookVerificationError
from juniper_fulfillment.webhooks import SIGNATURE_HEADER, construct_event, sign, verify_signature

PROFILE = settings(
    max_examples=10_000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
VECTOR_FILE = Path(__file__).resolve().parents[2] / "shared" / "webhook-vector.json"

bodies = st.text(max_size=1000)
# Both libraries refuse a blank secret; Stripe strips only ASCII whitespace, so the rest is
# left out here and tested on its own in test_webhooks.py.
secrets = st.text(min_size=1, max_size=80).filter(lambda s: not s.isspace() and s.strip())
timestamps = st.integers(min_value=0, max_value=10**15 - 1)


@PROFILE
@given(body=bodies, secret=secrets, timestamp=timestamps)
def test_what_stripe_signs_verifies_here(body: str, secret: str, timestamp: int) -> None:
    header = stripe.WebhookSignature.generate_signature_header(body, secret, timestamp=timestamp)
    verify_signature(body.encode(), header, secret, now=timestamp)
    verify_signature(body, header, secret, now=timestamp)


@PROFILE
@given(body=bodies, secret=secrets, timestamp=timestamps)
def test_what_sign_produces_verifies_with_stripe(body: str, secret: str, timestamp: int) -> None:
    header = sign(body.encode(), secret, timestamp=timestamp)
    assert header == stripe.WebhookSignature.generate_signature_header(
        body, secret, timestamp=timestamp
    )
    # tolerance=None: Stripe checks the signature only, against any timestamp.
    assert stripe.WebhookSignature.verify_header(body, header, secret, tolerance=None)


@PROFILE
@given(body=bodies, secret=secrets, other=secrets, timestamp=timestamps)
def test_both_refuse_a_signature_made_with_another_secret(
    body: str, secret: str, other: str, timestamp: int
) -> None:
    if other == secret:
        return
    header = stripe.WebhookSignature.generate_signature_header(body, other, timestamp=timestamp)
    with pytest.raises(WebhookVerificationError):
        verify_signature(body.encode(), header, secret, now=timestamp)
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.WebhookSignature.verify_header(body, sign(body, other, timestamp=timestamp), secret)


def test_the_shared_vector_with_both_libraries() -> None:
    if not VECTOR_FILE.exists():
        pytest.skip(f"{VECTOR_FILE} is not present")
    vector = json.loads(VECTOR_FILE.read_text())
    body, secret, timestamp = vector["body"], vector["secret"], vector["timestamp"]
    header = vector["header"]
    assert (
        stripe.WebhookSignature.generate_signature_header(body, secret, timestamp=timestamp)
        == header
    )
    assert sign(body, secret, timestamp=timestamp) == header
    assert stripe.WebhookSignature.verify_header(body, header, secret, tolerance=None)
    event = construct_event(body.encode(), {SIGNATURE_HEADER: header}, secret, now=timestamp)
    assert event.order.order_id == "2vSGym0bH8qVEwCIGlyFoRgJq1A"
