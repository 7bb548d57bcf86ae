"""The README's webhook receivers for FastAPI, Flask and Django, run with the real frameworks.

The blocks are read from README.md's "Webhook receivers" section, not copied: each receiver is
loaded as a module and the README's own ``check_receiver`` drives it, with the fake delivering
into the app in-process (ASGI for FastAPI and Django's ASGI handler, WSGI for Flask and Django's
WSGI handler).
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from juniper_fulfillment.testing import DeliveryFailedError, FakeJuniper, WebhookTarget
from juniper_fulfillment.webhooks import WebhookEvent

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "### Webhook receivers in FastAPI, Flask and Django"

Check = Callable[[FakeJuniper, WebhookTarget, list[WebhookEvent], pytest.MonkeyPatch], None]


def section_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```python\n(.*?)^```", section, re.DOTALL | re.MULTILINE)


def load(marker: str, name: str) -> types.ModuleType:
    """The README block that starts with ``marker``, run as module ``name``."""
    (source,) = [block for block in section_blocks() if block.startswith(marker)]
    module = types.ModuleType(name)
    module.__file__ = str(README)
    sys.modules[name] = module
    exec(compile(source, f"README.md:{name}", "exec"), module.__dict__)  # noqa: S102
    return module


def check_block() -> dict[str, Any]:
    """The names the README's ``check_receiver`` block defines."""
    (source,) = [block for block in section_blocks() if "def check_receiver(" in block]
    namespace: dict[str, Any] = {"__name__": "readme_check_receiver"}
    exec(compile(source, "README.md:check_receiver", "exec"), namespace)  # noqa: S102
    return namespace


@pytest.fixture
def check_receiver() -> Check:
    check: Check = check_block()["check_receiver"]
    return check


@pytest.fixture
def receiver_module(request: pytest.FixtureRequest) -> Iterator[types.ModuleType]:
    marker, name = request.param
    module = load(marker, name)
    yield module
    sys.modules.pop(name, None)


FASTAPI = ("# Webhook receiver: FastAPI", "partner_fastapi_receiver")
FLASK = ("# Webhook receiver: Flask", "partner_flask_receiver")
DJANGO = ("# Webhook receiver: Django", "partner_django_urls")


def test_the_section_has_the_three_receivers_and_the_check() -> None:
    firsts = [block.splitlines()[0] for block in section_blocks()]
    assert firsts[:3] == [FASTAPI[0], FLASK[0], DJANGO[0] + " (a view, and its route in urls.py)"]
    assert any("def check_receiver(" in block for block in section_blocks())


@pytest.mark.parametrize("receiver_module", [FASTAPI], indirect=True, ids=["fastapi"])
def test_fastapi_receiver(
    receiver_module: types.ModuleType, check_receiver: Check, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fastapi

    assert isinstance(receiver_module.app, fastapi.FastAPI)
    with FakeJuniper() as fake:
        check_receiver(fake, receiver_module.app, receiver_module.handled, monkeypatch)


@pytest.mark.parametrize("receiver_module", [FLASK], indirect=True, ids=["flask"])
def test_flask_receiver(
    receiver_module: types.ModuleType, check_receiver: Check, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flask

    assert isinstance(receiver_module.app, flask.Flask)
    with FakeJuniper() as fake:
        check_receiver(fake, receiver_module.app, receiver_module.handled, monkeypatch)


@pytest.fixture(scope="module")
def django_urls() -> types.ModuleType:
    import django
    from django.conf import settings

    module = load(*DJANGO)
    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="not-a-secret-only-for-tests",  # Django insists on one
            ROOT_URLCONF=DJANGO[1],
            ALLOWED_HOSTS=["partner.example"],
            # CSRF protection on, as in a real project: the receiver must be exempt.
            MIDDLEWARE=[
                "django.middleware.security.SecurityMiddleware",
                "django.middleware.common.CommonMiddleware",
                "django.middleware.csrf.CsrfViewMiddleware",
            ],
            INSTALLED_APPS=[],
            USE_TZ=True,
        )
        django.setup()
    assert DJANGO[1] == settings.ROOT_URLCONF, "Django was configured elsewhere in this process"
    return module


@pytest.mark.parametrize("interface", ["asgi", "wsgi"])
def test_django_receiver(
    interface: str,
    django_urls: types.ModuleType,
    check_receiver: Check,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from django.core.asgi import get_asgi_application
    from django.core.wsgi import get_wsgi_application

    app = get_asgi_application() if interface == "asgi" else get_wsgi_application()
    django_urls.handled.clear()
    with FakeJuniper() as fake:
        check_receiver(fake, app, django_urls.handled, monkeypatch)


@pytest.mark.parametrize("receiver_module", [FASTAPI], indirect=True, ids=["fastapi"])
def test_a_forged_delivery_is_refused_and_the_test_hears_of_it(
    receiver_module: types.ModuleType, check_receiver: Check, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeJuniper(webhook_attempts=2, webhook_retry_wait=0.01) as fake:
        check_receiver(fake, receiver_module.app, receiver_module.handled, monkeypatch)
        monkeypatch.setenv("JUNIPER_WEBHOOK_SECRET", "whsec_someone_elses")
        with pytest.raises(DeliveryFailedError) as raised:
            fake.advance_order(fake.orders[-1]["id"])
    assert raised.value.status_code == 400
    assert len(receiver_module.handled) == 3


@pytest.mark.parametrize("receiver_module", [FASTAPI], indirect=True, ids=["fastapi"])
async def test_async_tests_await_the_deliveries(
    receiver_module: types.ModuleType, check_receiver: Check, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeJuniper() as fake:
        check_receiver(fake, receiver_module.app, receiver_module.handled, monkeypatch)
        order_id = fake.orders[-1]["id"]
        moved = await fake.aadvance_order(order_id)
        assert moved["status"] == "FULFILLED"
        # An async httpx transport works as well, and wait=False then an await.
        fake.deliver_webhooks_through(httpx.ASGITransport(app=receiver_module.app))
        with fake.client() as client:
            order = client.orders.create_order(body=fake_order_body())
        fake.advance_order(order.id, wait=False)
        await fake.wait_for_deliveries_async()
    statuses = [e.order.status for e in receiver_module.handled]
    assert statuses == [
        "PROCESSING",
        "AWAITING_SHIPMENT",
        "SHIPPED",
        "FULFILLED",
        "PROCESSING",
    ]
    assert all(d.delivered for d in fake.deliveries)


def fake_order_body() -> dict[str, Any]:
    order: dict[str, Any] = check_block()["ORDER"]
    return order


def test_deliver_webhooks_through_refuses_what_it_cannot_use() -> None:
    with FakeJuniper() as fake, pytest.raises(TypeError, match="WSGI or an ASGI"):
        fake.deliver_webhooks_through("http://partner.example")  # type: ignore[arg-type]


async def test_a_receiver_on_the_tests_own_event_loop_gets_its_deliveries() -> None:
    """``aadvance_order`` awaits without blocking the loop, so a server on it can answer."""
    import asyncio

    from juniper_fulfillment import webhooks

    secret: list[str] = []
    statuses: list[str] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")[1:]
        headers = dict(line.split(": ", 1) for line in lines if ": " in line)
        body = await reader.readexactly(int(headers["Content-Length"]))
        statuses.append(webhooks.construct_event(body, headers, secret[0]).order.status)
        writer.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with FakeJuniper() as fake:
            async with fake.async_client() as client:
                await client.partner_settings.update_partner_settings(
                    body={"webhookUrl": f"http://127.0.0.1:{port}/juniper/webhooks"}
                )
                secret.append((await client.partner_settings.get_webhook_secret()).webhook_secret)
                order = await client.orders.create_order(body=fake_order_body())
            shipped = await fake.aadvance_order(order.id, to="SHIPPED", timeout=10)
    finally:
        server.close()
        await server.wait_closed()
    assert shipped["status"] == "SHIPPED"
    assert statuses == ["PROCESSING", "AWAITING_SHIPMENT", "SHIPPED"]
