"""Response bodies decode to exactly what ``json.loads`` gives, with or without orjson.

The ``speed`` extra installs orjson, which decodes in about half the time but differs from the
standard library at the edges: integers beyond 64 bits become floats, NaN and the infinities,
lone surrogates, a byte-order mark and UTF-16 are refused. ``errors.decode_json`` must give the
standard library's values and errors in every case. Checked on generated JSON text of every
shape (hypothesis), on arbitrary bytes, and through a JuniperClient over a real socket.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juniper_fulfillment_client import errors
from juniper_fulfillment_client.types import Unset
from tests.fault_server import ORDER_ID, FaultServer, Reply, client_for, order_json

orjson = pytest.importorskip("orjson")  # in requirements-dev.txt: these tests run in CI

ORDER_PATH = f"/orders/{ORDER_ID}"
PROFILE = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(params=["orjson", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test with orjson decoding (the `speed` extra) and with the standard library."""
    assert errors._orjson_loads is orjson.loads  # installed: the extra's path is the default
    if request.param == "json":
        monkeypatch.setattr(errors, "_orjson_loads", None)
    return str(request.param)


def same(left: Any, right: Any) -> bool:
    """Equal, with the same JSON types all the way down (1 is not 1.0, -0.0 is not 0.0)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(same, left, right))
    if isinstance(left, float):
        return (math.isnan(left) and math.isnan(right)) or (
            left == right and math.copysign(1, left) == math.copysign(1, right)
        )
    return bool(left == right)


def outcome(decode: Any, text: bytes | str) -> tuple[str, Any]:
    try:
        return "value", decode(text)
    except (ValueError, UnicodeDecodeError) as error:
        return "error", type(error)


INTEGERS = st.one_of(
    st.integers(),
    st.integers(min_value=2**63 - 4, max_value=2**64 + 4),
    st.integers(min_value=-(2**63) - 4, max_value=-(2**63) + 4),
    st.integers(min_value=-(10**30), max_value=10**30),
)


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    INTEGERS,
    st.floats(),  # NaN and the infinities included: json.dumps writes NaN / Infinity
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)


@PROFILE
@given(value=VALUES, ensure_ascii=st.booleans())
def test_any_json_text_decodes_as_json_loads_decodes_it(value: Any, ensure_ascii: bool) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    for data in (text.encode("utf-8", "surrogatepass"), text):
        expected = outcome(json.loads, data)
        for switch in (orjson.loads, None):
            errors._orjson_loads = switch
            try:
                got = outcome(errors.decode_json, data)
            finally:
                errors._orjson_loads = orjson.loads
            assert got[0] == expected[0], (data, got, expected)
            if got[0] == "value":
                assert same(got[1], expected[1]), (data, got, expected)
            else:
                assert got[1] is expected[1], (data, got, expected)


@PROFILE
@given(data=st.binary(max_size=64) | st.sampled_from([b"[1,", b"{}x", b"\xef\xbb\xbf[]"]))
def test_any_bytes_give_json_loads_value_or_error(data: bytes) -> None:
    expected = outcome(json.loads, data)
    got = outcome(errors.decode_json, data)
    assert got[0] == expected[0]
    assert same(got[1], expected[1]) if got[0] == "value" else got[1] is expected[1]


EDGES = [
    b"18446744073709551616",  # 2**64: orjson alone gives a float
    b"-9223372036854775809",  # -(2**63) - 1
    b'{"count": 123456789012345678901234567890}',
    b"[9223372036854775807, -9223372036854775808, 18446744073709551615]",
    b"NaN",
    b"[Infinity, -Infinity]",
    b"1e400",
    b'"\\ud800"',  # a lone surrogate
    b"\xef\xbb\xbf{}",  # a byte-order mark
    "[1]".encode("utf-16"),
    b'{"a": 1, "a": 2}',
    b'"1234567890123456789"',
    b"0.1000000000000000055511151231257827",
    b'{"x": [1.5, -0.0, 2.2250738585072011e-308]}',
]


@pytest.mark.parametrize("text", EDGES, ids=lambda text: repr(text)[:40])
def test_where_orjson_differs_the_standard_library_decides(decoder: str, text: bytes) -> None:
    expected = outcome(json.loads, text)
    got = outcome(errors.decode_json, text)
    assert got[0] == expected[0]
    assert same(got[1], expected[1])


@pytest.mark.parametrize("offset", range(8))
def test_a_long_integer_is_exact_wherever_it_starts(offset: int) -> None:
    """The long-digit check looks at every fourth byte first: an integer of 19 digits or more
    must be found at each of the four alignments, and shorter ones must not change a value."""
    for length in range(12, 26):
        for sign in ("", "-"):
            number = sign + "9" * length
            text = (" " * offset + '{"n": [' + number + "]}").encode()
            value = errors.decode_json(text)
            assert type(value["n"][0]) is int, text
            assert value["n"][0] == int(number), text


@pytest.mark.parametrize("text", [b"", b"{", b"[1,]", b"\xff\xfe\xfd", b"nul"])
def test_text_that_is_not_json_raises_what_json_loads_raises(decoder: str, text: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as raised:
        errors.decode_json(text)
    with pytest.raises(type(raised.value)):
        json.loads(text)


def test_a_huge_integer_in_a_response_reaches_the_user_exact(decoder: str) -> None:
    """Over a real socket, through JuniperClient: an unknown field holding 2**70 stays an int."""
    body = order_json()
    body["ledgerCounter"] = 2**70 + 1
    body["customer"]["loyaltyPoints"] = -(2**66)
    with FaultServer() as server:
        server.script("GET", ORDER_PATH, Reply(200, json.dumps(body).encode()))
        with client_for(server) as client:
            order = client.orders.get_order_by_id(ORDER_ID)
    assert order["ledgerCounter"] == 2**70 + 1
    assert type(order["ledgerCounter"]) is int
    assert not isinstance(order.customer, Unset)
    assert order.customer["loyaltyPoints"] == -(2**66)


def test_model_from_json_takes_the_same_path(decoder: str) -> None:
    from juniper_fulfillment_client.models import Order

    body = order_json()
    body["ledgerCounter"] = 2**64
    parsed = Order.from_json(json.dumps(body))
    assert parsed["ledgerCounter"] == 2**64
    assert Order.from_json(json.dumps(body).encode()).to_dict() == parsed.to_dict()
