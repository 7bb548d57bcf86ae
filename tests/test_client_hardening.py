"""Edge cases of what servers send: token lifetimes as strings, error bodies echoing the token."""

from __future__ import annotations

import pytest

from juniper_fulfillment import BadRequestError
from juniper_fulfillment._config import DEFAULT_TOKEN_LIFETIME
from juniper_fulfillment._token import _lifetime
from juniper_fulfillment_client.api.orders import get_order_by_id
from tests.fault_server import FaultServer, Reply, client_for


@pytest.mark.parametrize(
    ("expires_in", "seconds"),
    [
        (3600, 3600.0),
        (59.5, 59.5),
        ("3600", 3600.0),
        (" 120 ", 120.0),
        (None, DEFAULT_TOKEN_LIFETIME),
        (True, DEFAULT_TOKEN_LIFETIME),
        ("soon", DEFAULT_TOKEN_LIFETIME),
        (0, DEFAULT_TOKEN_LIFETIME),
        (-5, DEFAULT_TOKEN_LIFETIME),
        ("inf", DEFAULT_TOKEN_LIFETIME),
        ("nan", DEFAULT_TOKEN_LIFETIME),
        ([3600], DEFAULT_TOKEN_LIFETIME),
    ],
)
def test_token_lifetime_from_what_the_token_endpoint_sends(
    expires_in: object, seconds: float
) -> None:
    assert _lifetime(expires_in) == seconds


def test_an_error_body_echoing_the_token_keeps_it_out_of_the_message_and_body(
    server: FaultServer,
) -> None:
    with client_for(server, max_retries=0) as client:
        get_order_by_id.sync("o1", client=client)  # fetches the token
        token = server.issued[0]
        server.script(
            "GET",
            "/orders/o2",
            Reply(400, body=f"bad request, Authorization: Bearer {token}".encode()),
        )
        with pytest.raises(BadRequestError) as raised:
            get_order_by_id.sync("o2", client=client)
    assert token not in str(raised.value)
    assert "[redacted]" in str(raised.value)
    # The body is kept as received, except for the echoed token.
    assert raised.value.body == b"bad request, Authorization: Bearer [redacted]"
