"""Tracing: the span tree of a retried call over the fake's real socket server, sync and async.

With the OpenTelemetry SDK's in-memory exporter: one CLIENT span per operation call named after
its operationId, a child span per attempt, a child span for the token exchange; the spans of
opentelemetry-instrumentation-httpx nest under the attempt spans; no attribute holds a secret,
a token or a body's value; and the package imports with OpenTelemetry absent.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from juniper_fulfillment import AsyncJuniperClient, JuniperClient, NotFoundError
from juniper_fulfillment.testing import FakeJuniper
from tests.test_body_logging import PERSONAL, patient_order

OPERATION = "getPartnerSettings"


def client_for(fake: FakeJuniper, server: Any, cls: Any = JuniperClient) -> Any:
    return cls(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        retry_sleep=lambda seconds: None,
    )


def tree(spans: tuple[ReadableSpan, ...]) -> tuple[ReadableSpan, list[ReadableSpan]]:
    (root,) = [span for span in spans if span.parent is None]
    assert root.context is not None
    children = sorted(
        (s for s in spans if s.parent is not None and s.parent.span_id == root.context.span_id),
        key=lambda s: s.start_time or 0,
    )
    return root, children


def check_retried_call(spans: tuple[ReadableSpan, ...], base_url: str) -> None:
    root, children = tree(spans)
    assert root.name == OPERATION
    assert root.kind is SpanKind.CLIENT
    attributes = dict(root.attributes or {})
    assert attributes["http.request.method"] == "GET"
    assert attributes["url.full"] == f"{base_url}/partners/settings"
    assert attributes["server.address"] == "127.0.0.1"
    assert isinstance(attributes["server.port"], int)
    assert attributes["http.response.status_code"] == 200
    assert attributes["juniper.attempt_count"] == 2
    assert root.status.status_code is not StatusCode.ERROR
    assert [span.name for span in children] == [
        "token exchange",
        f"{OPERATION} attempt",
        f"{OPERATION} attempt",
    ]
    token, first, second = children
    assert dict(token.attributes or {})["server.address"] == "127.0.0.1"
    assert (first.attributes or {})["juniper.attempt"] == 1
    assert (first.attributes or {})["http.response.status_code"] == 503
    assert (first.attributes or {})["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert (second.attributes or {})["juniper.attempt"] == 2
    assert (second.attributes or {})["http.request.resend_count"] == 1
    assert (second.attributes or {})["http.response.status_code"] == 200
    assert "error.type" not in (second.attributes or {})
    assert len(spans) == 4


def test_a_retried_call_is_one_span_with_attempts_and_token_exchange(
    exporter: InMemorySpanExporter,
) -> None:
    with FakeJuniper() as fake, fake.serve() as server:
        fake.fail_next(OPERATION, 503, retry_after="0")
        with client_for(fake, server) as client:
            client.partner_settings.get_partner_settings()
        check_retried_call(exporter.get_finished_spans(), server.base_url)


async def test_async_client_spans(exporter: InMemorySpanExporter) -> None:
    with FakeJuniper() as fake, fake.serve() as server:
        fake.fail_next(OPERATION, 503, retry_after="0")
        async with client_for(fake, server, AsyncJuniperClient) as client:
            await client.partner_settings.get_partner_settings()
        check_retried_call(exporter.get_finished_spans(), server.base_url)


def test_a_failed_call_has_error_status(exporter: InMemorySpanExporter) -> None:
    with FakeJuniper() as fake, fake.serve() as server, client_for(fake, server) as client:
        with pytest.raises(NotFoundError):
            client.orders.get_order_by_id("2vSGym0bH8qVEwCIGlyFoRgJq1A")
        spans = exporter.get_finished_spans()
    root, _ = tree(spans)
    assert root.name == "getOrderById"
    assert root.status.status_code is StatusCode.ERROR
    attributes = dict(root.attributes or {})
    assert attributes["error.type"] == "NotFoundError"
    assert attributes["http.response.status_code"] == 404
    assert attributes["juniper.attempt_count"] == 1


def test_httpx_instrumentation_spans_nest_under_the_attempt_spans(
    exporter: InMemorySpanExporter,
) -> None:
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=trace.get_tracer_provider())
    try:
        with FakeJuniper() as fake, fake.serve() as server:
            fake.fail_next(OPERATION, 503, retry_after="0")
            with client_for(fake, server) as client:
                client.partner_settings.get_partner_settings()
    finally:
        instrumentor.uninstrument()
    spans = exporter.get_finished_spans()
    ours = {
        s.context.span_id: s
        for s in spans
        if s.instrumentation_scope is not None
        and s.instrumentation_scope.name == "juniper_fulfillment"
        and s.context is not None
    }
    theirs = [s for s in spans if s.context is not None and s.context.span_id not in ours]
    # One httpx span per request on the wire: the token request and two attempts.
    assert len(theirs) == 3
    parents = sorted(ours[s.parent.span_id].name for s in theirs if s.parent is not None)
    assert parents == sorted(["token exchange", f"{OPERATION} attempt", f"{OPERATION} attempt"])
    check_retried_call(tuple(ours.values()), server.base_url)


def test_no_attribute_holds_a_secret_a_token_or_a_body_value(
    exporter: InMemorySpanExporter,
) -> None:
    with FakeJuniper() as fake, fake.serve() as server, client_for(fake, server) as client:
        created = client.orders.create_order(body=patient_order())
        client.orders.get_order_by_id(created.id)
        token = client._shared.tokens.current()
        secret = fake.client_secret
    assert token
    values = [
        str(value)
        for span in exporter.get_finished_spans()
        for value in (span.attributes or {}).values()
    ]
    assert len(values) > 10
    for forbidden in (secret, token, *PERSONAL):
        assert not any(forbidden in value for value in values)


def test_nothing_is_recorded_without_a_tracer_provider() -> None:
    from juniper_fulfillment._tracing import current_tracer

    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    assert current_tracer() is None


BLOCKED = """\
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "opentelemetry" or name.startswith("opentelemetry."):
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Block())
import juniper_fulfillment
from juniper_fulfillment.testing import FakeJuniper
from tests.test_body_logging import PERSONAL, patient_order
with FakeJuniper() as fake, fake.serve() as server, juniper_fulfillment.JuniperClient(
    client_id=fake.client_id, client_secret=fake.client_secret,
    base_url=server.base_url, token_url=server.token_url,
) as client:
    assert client.partner_settings.get_partner_settings().id
assert not any(name.startswith("opentelemetry") for name in sys.modules)
print("ok")
"""


def test_the_package_works_without_opentelemetry() -> None:
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", BLOCKED], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1/orders/x?limit=3#part",
        "https://user:secret-password@api.Example.com/v1/a%2Fb?email=jane%40example.com",
        "https://[::1]:443/v1/orders",
        "http://münchen.example/v1/ä",
        "https://api.example.com:8443/v1/orders/a b",
    ],
)
def test_url_full_is_the_url_without_query_fragment_or_user_info(url: str) -> None:
    import httpx

    from juniper_fulfillment._tracing import _url_attributes

    parsed = httpx.URL(url)
    full = _url_attributes(parsed)["url.full"]
    assert full == str(parsed.copy_with(query=None, fragment=None, username=None, password=None))
    assert "secret-password" not in full
    assert "user" not in full
    assert "?" not in full
    assert "#" not in full


def test_spans_follow_a_provider_set_after_the_first_call(exporter: InMemorySpanExporter) -> None:
    """The tracer is kept per provider: a provider set later gets the spans from then on."""
    with FakeJuniper() as fake, fake.serve() as server, client_for(fake, server) as client:
        client.partner_settings.get_partner_settings()
        assert OPERATION in [span.name for span in exporter.get_finished_spans()]
        later = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(later))
        saved = trace._TRACER_PROVIDER
        trace._TRACER_PROVIDER = provider
        try:
            exporter.clear()
            client.partner_settings.get_partner_settings()
        finally:
            trace._TRACER_PROVIDER = saved
            provider.shutdown()
        assert [span.name for span in later.get_finished_spans()] == [
            f"{OPERATION} attempt",
            OPERATION,
        ]
        assert exporter.get_finished_spans() == ()
