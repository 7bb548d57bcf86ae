"""Property-based tests of webhook verification.

The default run tries 200 examples per property. ``HYPOTHESIS_PROFILE=thorough`` selects the
"thorough" profile, 10,000 examples per property::

    HYPOTHESIS_PROFILE=thorough pytest tests/test_webhooks_properties.py

The chosen settings are applied to each test here rather than loaded globally, so that other
test modules keep their own Hypothesis settings.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juniper_fulfillment import WebhookVerificationError
from juniper_fulfillment.webhooks import (
    SIGNATURE_HEADER,
    WEBHOOK_ID_HEADER,
    construct_event,
    sign,
    verify_signature,
    verify_webhook_signature,
)

# deadline=None: timing varies with the machine; too_slow: 2 KB bodies take a while to draw.
settings.register_profile(
    "webhooks-default",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PROFILE = settings.get_profile(
    "thorough" if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else "webhooks-default"
)

NOW = 1_700_000_000
HEX = "0123456789abcdef"

bodies = st.binary(max_size=2048)
payloads = st.one_of(bodies, st.text(max_size=500))
# A blank secret is a misconfiguration, refused by sign and verify alike (test_webhooks.py).
secrets = st.text(min_size=1, max_size=80).filter(lambda s: not s.isspace())
# Secrets long enough that finding one inside a message can only mean it leaked; messages hold
# words and numbers of at most 16 digits.
long_secrets = st.one_of(
    st.text(HEX, min_size=20, max_size=64), st.text(min_size=20, max_size=64)
).filter(lambda s: not s.isdigit() and not s.isspace())
secret_lists = st.lists(secrets, min_size=1, max_size=3)
timestamps = st.integers(min_value=NOW - 300, max_value=NOW + 300)

# Header items close to the real format, so that the parser's every branch is reached.
stamps = st.one_of(
    timestamps.map(str),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.text("0123456789+-._ e\u0661\uff11", max_size=20),
)
signature_values = st.one_of(
    st.text(HEX, min_size=64, max_size=64),
    st.text(HEX + "ABCDEF, =", min_size=60, max_size=68),
    st.text(max_size=70),
)
header_items = st.one_of(
    stamps.map(lambda t: f"t={t}"),
    signature_values.map(lambda v: f"v1={v}"),
    signature_values.map(lambda v: f"v0={v}"),
    st.sampled_from(["", " ", "t", "v1", "=", "t=", "v1=", "T=1"]),
    st.text(max_size=30),
)
item_separators = st.sampled_from([",", ", ", " ,", ",,"])
headers = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda items, separator: separator.join(items),
        st.lists(header_items, max_size=6),
        item_separators,
    ),
)


def expected_hex(payload: bytes | str, secret: str, timestamp: int | str) -> str:
    """The v1 signature, computed independently of the module under test."""
    body = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload
    key = secret.encode("utf-8", "surrogatepass")
    return hmac.new(key, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def outcome(payload: bytes | str, header: str, secret: str | list[str]) -> str | None:
    """None when the delivery verifies, else the message of the WebhookVerificationError."""
    try:
        verify_signature(payload, header, secret, now=NOW)
    except WebhookVerificationError as error:
        return str(error)
    return None


@PROFILE
@given(payload=payloads, header=headers, secret=st.one_of(secrets, secret_lists))
def test_any_input_verifies_or_raises_the_typed_error(
    payload: bytes | str, header: str, secret: str | list[str]
) -> None:
    # Anything but WebhookVerificationError escaping fails the test.
    outcome(payload, header, secret)
    assert isinstance(verify_webhook_signature(_bytes(payload), header, _first(secret)), bool)


@PROFILE
@given(payload=payloads, header=headers, secret=secrets)
def test_one_secret_and_a_list_of_it_give_the_same_answer(
    payload: bytes | str, header: str, secret: str
) -> None:
    # A single str secret with a bytes body may take a shorter path than a list of secrets;
    # both must accept and refuse the same deliveries, with the same message.
    assert outcome(payload, header, secret) == outcome(payload, header, [secret])


# (t as sent, whether it is the t that was signed) and (v1 as sent, whether it is the signature).
STAMP_FORMS = [("{t}", True), (" {t} ", True), ("0{t}", False)]
V1_FORMS = [("{real}", True), ("{real} ", True), ("{real_upper}", None), ("{real_short}", False)]
# (header layout, whether it can verify at all).
LAYOUTS = [
    ("t={stamp},v1={v1}", True),
    ("v1={v1},t={stamp}", True),
    ("t={stamp},v0={real},v1={v1}", True),
    ("t={stamp},v1={other},v1={v1}", True),
    ("t={stamp},v1={v1},t={stamp}", False),  # a duplicate t is malformed
    ("t={stamp},v0={v1}", False),  # no v1 at all
]


@PROFILE
@given(
    payload=payloads,
    secret=secrets,
    timestamp=timestamps,
    other=st.text(HEX, min_size=64, max_size=64),
    stamp_form=st.sampled_from(STAMP_FORMS),
    v1_form=st.sampled_from(V1_FORMS),
    layout=st.sampled_from(LAYOUTS),
)
def test_near_valid_headers_are_judged_exactly(
    payload: bytes | str,
    secret: str,
    timestamp: int,
    other: str,
    stamp_form: tuple[str, bool],
    v1_form: tuple[str, bool | None],
    layout: tuple[str, bool],
) -> None:
    real = expected_hex(payload, secret, timestamp)
    values = {"real": real, "real_upper": real.upper(), "real_short": real[:-1]}
    stamp = stamp_form[0].format(t=timestamp)
    v1 = v1_form[0].format(**values)
    header = layout[0].format(stamp=stamp, v1=v1, real=real, other=other)
    v1_matches = v1_form[1] if v1_form[1] is not None else real.upper() == real
    should_verify = stamp_form[1] and v1_matches and layout[1] and other != real

    answer = outcome(payload, header, secret)
    assert (answer is None) == should_verify, (header, answer)
    assert answer == outcome(payload, header, [secret])


@PROFILE
@given(payload=payloads, header=headers, secret=long_secrets, timestamp=timestamps)
def test_messages_never_hold_the_secret_or_the_expected_signature(
    payload: bytes | str, header: str, secret: str, timestamp: int
) -> None:
    stale = sign(payload, secret, timestamp=timestamp - 10_000)
    tampered = sign(_bytes(payload) + b"!", secret, timestamp=timestamp)
    for candidate in (header, stale, tampered):
        for configured in (secret, [secret, "other-secret"]):
            message = outcome(payload, candidate, configured)
            if message is None:
                continue
            assert secret not in message
            for stamp in (timestamp, timestamp - 10_000, NOW):
                assert expected_hex(payload, secret, stamp) not in message


@PROFILE
@given(
    body=bodies,
    header=headers,
    secret=secrets,
    delivery_id=st.one_of(st.none(), st.text(max_size=40)),
    extra=st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=3),
    rename=st.sampled_from([str.lower, str.upper, str.swapcase, str]),
)
def test_construct_event_never_raises_anything_else(
    body: bytes,
    header: str,
    secret: str,
    delivery_id: str | None,
    extra: dict[str, str],
    rename: Callable[[str], str],
) -> None:
    # Header names in any letter case; anything but WebhookVerificationError fails the test.
    for signature in (header, sign(body, secret, timestamp=NOW)):
        headers = {**extra, rename(SIGNATURE_HEADER): signature}
        if delivery_id is not None:
            headers[rename(WEBHOOK_ID_HEADER)] = delivery_id
        try:
            event = construct_event(body, headers, secret, now=NOW)
        except WebhookVerificationError:
            continue
        assert event.webhook_id == delivery_id
        assert isinstance(event.order.order_id, str)


@PROFILE
@given(
    order=st.fixed_dictionaries(
        {"orderId": st.text(max_size=30), "status": st.text(max_size=20)},
        optional={"note": st.text(max_size=20), "weight": st.integers()},
    ),
    secret=secrets,
    timestamp=timestamps,
)
def test_any_signed_notification_is_parsed_and_given_back(
    order: dict[str, object], secret: str, timestamp: int
) -> None:
    body = json.dumps({"order": order}).encode()
    headers = {SIGNATURE_HEADER: sign(body, secret, timestamp=timestamp)}
    event = construct_event(body, headers, secret, now=NOW)
    assert event.to_dict() == {"order": order}


@PROFILE
@given(payload=payloads, secret=secrets, timestamp=timestamps)
def test_sign_then_verify_always_succeeds(
    payload: bytes | str, secret: str, timestamp: int
) -> None:
    header = sign(payload, secret, timestamp=timestamp)
    assert header == f"t={timestamp},v1={expected_hex(payload, secret, timestamp)}"
    verify_signature(payload, header, secret, now=NOW)
    verify_signature(payload, header, ["other", secret], now=NOW)
    verify_signature(payload, f" {header.replace(',', ' , ')} ", secret, now=NOW)


@PROFILE
@given(body=bodies.filter(bool), secret=secrets, timestamp=timestamps, data=st.data())
def test_any_single_byte_change_of_the_body_fails(
    body: bytes, secret: str, timestamp: int, data: st.DataObject
) -> None:
    header = sign(body, secret, timestamp=timestamp)
    index = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    flip = data.draw(st.integers(min_value=1, max_value=255))
    changed = body[:index] + bytes([body[index] ^ flip]) + body[index + 1 :]
    assert outcome(changed, header, secret) is not None
    assert outcome(changed, header, [secret]) is not None


@PROFILE
@given(payload=payloads, secret=secrets, timestamp=timestamps, data=st.data())
def test_any_single_character_change_of_the_signature_fails(
    payload: bytes | str, secret: str, timestamp: int, data: st.DataObject
) -> None:
    header = sign(payload, secret, timestamp=timestamp)
    prefix, signature = header.split(",v1=")
    index = data.draw(st.integers(min_value=0, max_value=len(signature) - 1))
    replacement = data.draw(
        st.one_of(st.sampled_from(HEX + "ABCDEF"), st.characters()).filter(
            lambda c: c != signature[index]
        )
    )
    changed = f"{prefix},v1={signature[:index]}{replacement}{signature[index + 1 :]}"
    assert outcome(payload, changed, secret) is not None
    assert outcome(payload, changed, [secret]) is not None


def _bytes(payload: bytes | str) -> bytes:
    return payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload


def _first(secret: str | list[str]) -> str:
    return secret if isinstance(secret, str) else secret[0]
