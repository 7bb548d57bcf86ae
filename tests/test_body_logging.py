"""Body logging that is safe for patient data, against the fake's real socket server.

Off by default; ``JUNIPER_LOG_BODIES=1`` or ``log_bodies=True`` logs each API request and
response body at DEBUG after redaction: every customer field the spec declares, and the keys a
user names, are replaced; a ``body_redactor`` may replace the default. Token bodies never appear.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from juniper_fulfillment import JuniperClient, JuniperError
from juniper_fulfillment.testing import FakeJuniper
from juniper_fulfillment_client.models import Address, CreateOrderRequest, Customer
from tests.test_contract import order_request

NAME = ("Philippa", "Quarrington")
EMAIL = "philippa.q@example.org"
PHONE = "555-867-5309"
STREET = ("1234 Wisteria Lane", "Apt 9Z")
CITY = "Fairview"
ZIP = "90210"
SOURCE_ID = "patient-771204"
PERSONAL = [*NAME, EMAIL, PHONE, *STREET, CITY, ZIP, SOURCE_ID]


def patient_order() -> CreateOrderRequest:
    order = order_request()
    order.customer = Customer(
        source_id=SOURCE_ID,
        first_name=NAME[0],
        last_name=NAME[1],
        email=EMAIL,
        phone=PHONE,
        address=Address(line1=STREET[0], line2=STREET[1], city=CITY, state="CA", zip_code=ZIP),
    )
    return order


@contextmanager
def served_client(**options: Any) -> Iterator[tuple[FakeJuniper, JuniperClient]]:
    with (
        FakeJuniper() as fake,
        fake.serve() as server,
        JuniperClient(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            base_url=server.base_url,
            token_url=server.token_url,
            max_retries=0,
            **options,
        ) as client,
    ):
        yield fake, client


def every_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{record.getMessage()} {record.args!r} {record.exc_text or ''}"
        for record in caplog.records
    )


def body_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "request body:" in r.getMessage()]


@pytest.mark.parametrize("switch", ["env", "option"])
def test_logged_bodies_show_ids_and_statuses_but_no_customer_field(
    switch: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level: httpx's and httpcore's too
    options: dict[str, Any] = {}
    if switch == "env":
        monkeypatch.setenv("JUNIPER_LOG_BODIES", "1")
    else:
        options["log_bodies"] = True
    with served_client(**options) as (fake, client):
        created = client.orders.create_order(body=patient_order())
        fetched = client.orders.get_order_by_id(created.id)
        listed = list(client.orders.list_orders())
        token = client._shared.tokens.current()
    assert isinstance(fetched.customer, Customer)
    assert fetched.customer.first_name == NAME[0]  # the data really went through
    assert any(order.id == created.id for order in listed)

    text = every_text(caplog)
    lines = body_lines(caplog)
    assert len(lines) >= 3
    assert created.id in text
    assert str(created.status) in text
    assert any(f'"id":"{created.id}"' in line for line in lines)
    assert any(f'"status":"{created.status}"' in line for line in lines)
    assert any('"firstName":"[redacted]"' in line for line in lines)
    assert any('"address":"[redacted]"' in line for line in lines)
    for value in PERSONAL:
        assert value not in text, f"{value!r} was logged"
    # Token bodies are never logged: no secret, no token, in any record.
    assert fake.client_secret not in text
    assert token is not None
    assert token not in text
    assert all(r.levelno == logging.DEBUG for r in caplog.records if "body:" in r.getMessage())


def test_bodies_are_not_logged_by_default(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("JUNIPER_LOG_BODIES", raising=False)
    with served_client() as (_, client):
        created = client.orders.create_order(body=patient_order())
    assert body_lines(caplog) == []
    assert created.id
    for value in PERSONAL:
        assert value not in every_text(caplog)

    caplog.clear()
    monkeypatch.setenv("JUNIPER_LOG_BODIES", "1")
    with served_client(log_bodies=False) as (_, client):
        client.orders.create_order(body=patient_order())
    assert body_lines(caplog) == []


def test_named_keys_are_redacted_too(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="juniper_fulfillment")
    with served_client(log_bodies=True, redact_keys={"packDescription"}) as (_, client):
        client.orders.create_order(body=patient_order())
    lines = body_lines(caplog)
    assert lines
    assert "Whole Body Wellness" not in "\n".join(lines)
    assert '"packDescription":"[redacted]"' in "\n".join(lines)


def test_a_body_redactor_replaces_the_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="juniper_fulfillment")
    seen: list[Any] = []

    def only_ids(body: Any) -> Any:
        seen.append(body)
        return {"id": body.get("id")} if isinstance(body, dict) else "(list)"

    with served_client(log_bodies=True, body_redactor=only_ids) as (_, client):
        created = client.orders.create_order(body=patient_order())
    text = "\n".join(body_lines(caplog))
    assert f'response body: {{"id":"{created.id}"}}' in text
    assert 'request body: {"id":null}' in text
    assert len(seen) == 2
    for value in PERSONAL:
        assert value not in text

    def broken(body: Any) -> Any:
        raise RuntimeError(f"cannot handle {body}")

    caplog.clear()
    with served_client(log_bodies=True, body_redactor=broken) as (_, client):
        client.orders.create_order(body=patient_order())
    text = every_text(caplog)
    assert "body_redactor raised RuntimeError" in text
    for value in PERSONAL:
        assert value not in text


def test_a_body_that_is_not_json_is_summarised(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="juniper_fulfillment")
    with served_client(log_bodies=True) as (_, client):
        http = client.get_httpx_client()
        with pytest.raises(JuniperError):
            http.post("/orders", content=f"name={NAME[0]}", headers={"content-type": "text/plain"})
    text = "\n".join(body_lines(caplog))
    assert f"request body: ({len('name=' + NAME[0])} bytes, text/plain)" in text
    assert NAME[0] not in every_text(caplog)


def test_body_logging_arguments_are_checked() -> None:
    with pytest.raises(TypeError, match="log_bodies"):
        JuniperClient(client_id="id", client_secret="s", log_bodies="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="body_redactor"):
        JuniperClient(client_id="id", client_secret="s", body_redactor="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="redact_keys"):
        JuniperClient(client_id="id", client_secret="s", redact_keys="email")


def test_streamed_request_bodies_are_not_read(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="juniper_fulfillment")
    with served_client(log_bodies=True) as (_, client):

        def chunks() -> Iterator[bytes]:
            yield b'{"customer": {"firstName": "' + NAME[0].encode() + b'"}}'

        with pytest.raises(JuniperError):
            client.get_httpx_client().post(
                "/orders", content=chunks(), headers={"content-type": "application/json"}
            )
    assert "request body: (streamed, not logged)" in "\n".join(body_lines(caplog))
    assert NAME[0] not in every_text(caplog)


def test_the_redacted_keys_are_the_customer_and_address_properties_of_the_spec() -> None:
    import importlib.resources

    import yaml

    from juniper_fulfillment_client._spec import PERSONAL_DATA_KEYS

    spec_file = importlib.resources.files("juniper_fulfillment_client") / "openapi.yaml"
    schemas = yaml.safe_load(spec_file.read_text(encoding="utf-8"))["components"]["schemas"]
    expected = set(schemas["Customer"]["properties"]) | set(schemas["Address"]["properties"])
    assert set(PERSONAL_DATA_KEYS) == expected
    assert {"firstName", "lastName", "email", "phone", "line1", "zipCode"} <= PERSONAL_DATA_KEYS
    assert "id" not in PERSONAL_DATA_KEYS
    assert "status" not in PERSONAL_DATA_KEYS
