"""Property-based tests of webhook verification.

Run with ``HYPOTHESIS_PROFILE=thorough`` for 10,000 examples per property; the default profile
(used by ``make test``) runs 200.
"""

from __future__ import annotations

import contextlib
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juniper_fulfillment import WebhookVerificationError
from juniper_fulfillment.webhooks import construct_event, sign, verify_signature

settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

NOW = 1_700_000_000
bodies = st.binary(max_size=2048)
secrets = st.text(min_size=1, max_size=80)
timestamps = st.integers(min_value=NOW - 300, max_value=NOW + 300)

header_items = st.one_of(
    st.builds(lambda t: f"t={t}", st.integers(min_value=-(10**20), max_value=10**20)),
    st.builds(lambda v: f"v1={v}", st.text(max_size=70)),
    st.builds(lambda v: f"v0={v}", st.text(alphabet="0123456789abcdef", max_size=64)),
    st.text(max_size=30),
)
headers = st.one_of(
    st.text(max_size=200),
    st.lists(header_items, max_size=6).map(",".join),
)


@given(
    body=st.one_of(bodies, st.text(max_size=500)),
    header=headers,
    secret=st.one_of(secrets, st.lists(secrets, max_size=3)),
)
def test_any_input_verifies_or_raises_the_typed_error(
    body: bytes | str, header: str, secret: str | list[str]
) -> None:
    with contextlib.suppress(WebhookVerificationError):
        verify_signature(body, header, secret, now=NOW)


@given(
    body=bodies,
    header=headers,
    secret=secrets,
    extra=st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=3),
)
def test_construct_event_never_raises_anything_else(
    body: bytes, header: str, secret: str, extra: dict[str, str]
) -> None:
    for signature in (header, sign(body, secret, timestamp=NOW)):
        with contextlib.suppress(WebhookVerificationError):
            construct_event(body, {**extra, "X-Juniper-Signature": signature}, secret, now=NOW)


@given(body=st.one_of(bodies, st.text(max_size=500)), secret=secrets, timestamp=timestamps)
def test_sign_then_verify_always_succeeds(body: bytes | str, secret: str, timestamp: int) -> None:
    verify_signature(body, sign(body, secret, timestamp=timestamp), secret, now=NOW)
    verify_signature(body, sign(body, secret, timestamp=timestamp), ["other", secret], now=NOW)


@given(body=bodies.filter(bool), secret=secrets, data=st.data())
def test_any_single_byte_change_of_the_body_fails(
    body: bytes, secret: str, data: st.DataObject
) -> None:
    header = sign(body, secret, timestamp=NOW)
    index = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    flip = data.draw(st.integers(min_value=1, max_value=255))
    changed = body[:index] + bytes([body[index] ^ flip]) + body[index + 1 :]
    try:
        verify_signature(changed, header, secret, now=NOW)
    except WebhookVerificationError:
        return
    raise AssertionError("a changed body verified")


@given(body=bodies, secret=secrets, data=st.data())
def test_any_single_character_change_of_the_signature_fails(
    body: bytes, secret: str, data: st.DataObject
) -> None:
    header = sign(body, secret, timestamp=NOW)
    prefix, signature = header.split(",v1=")
    index = data.draw(st.integers(min_value=0, max_value=len(signature) - 1))
    replacement = data.draw(st.characters().filter(lambda c: c != signature[index]))
    changed = signature[:index] + replacement + signature[index + 1 :]
    try:
        verify_signature(body, f"{prefix},v1={changed}", secret, now=NOW)
    except WebhookVerificationError:
        return
    raise AssertionError("a changed signature verified")
