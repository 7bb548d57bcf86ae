"""Trace context on the wire: what a real HTTP server on 127.0.0.1 receives while tracing is on.

With the OpenTelemetry SDK's in-memory exporter and the fault server (which records every header
it receives): each API attempt carries a W3C ``traceparent`` in the trace of its operation span
whose parent is that attempt's own span (a resend: its own, new one); the token request carries
the token exchange span's; the application's baggage goes along; nothing is sent without a
configured provider; and with opentelemetry-instrumentation-httpx the header names httpx's span,
itself a child of the attempt span, so the server joins the same trace either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry import baggage, context, trace
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

from juniper_fulfillment import AsyncJuniperClient, JuniperClient
from tests.fault_server import FaultServer, Reply, Seen, client_for

SETTINGS = "/partners/settings"
OPERATION = "getPartnerSettings"
SCOPE = "juniper_fulfillment"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@dataclass(frozen=True)
class TraceParent:
    trace_id: int
    parent_id: int
    sampled: bool


def traceparent(seen: Seen) -> TraceParent:
    """The request's ``traceparent`` (W3C version 00), which must be there and well formed."""
    value = seen.headers.get("traceparent")
    assert value is not None, f"no traceparent on {seen.method} {seen.path}"
    version, trace_id, parent_id, flags = value.split("-")
    assert version == "00"
    assert (len(trace_id), len(parent_id), len(flags)) == (32, 16, 2)
    return TraceParent(int(trace_id, 16), int(parent_id, 16), bool(int(flags, 16) & 0x01))


def sync_client(server: FaultServer) -> JuniperClient:
    return client_for(server, retry_sleep=lambda seconds: None)


def async_client(server: FaultServer) -> AsyncJuniperClient:
    return AsyncJuniperClient(
        client_id=server.client_id,
        client_secret=server.client_secret,
        base_url=server.base_url,
        token_url=server.token_url,
        retry_sleep=lambda seconds: None,
    )


def ours(spans: tuple[ReadableSpan, ...]) -> dict[str, list[ReadableSpan]]:
    """This package's spans by name, each list in start order."""
    named: dict[str, list[ReadableSpan]] = {}
    for span in sorted(spans, key=lambda s: s.start_time or 0):
        if span.instrumentation_scope is not None and span.instrumentation_scope.name == SCOPE:
            named.setdefault(span.name, []).append(span)
    return named


def ids(span: ReadableSpan) -> tuple[int, int]:
    assert span.context is not None
    return span.context.trace_id, span.context.span_id


def parent_id(span: ReadableSpan) -> int:
    assert span.parent is not None
    return span.parent.span_id


def check_retried_call(server: FaultServer, spans: tuple[ReadableSpan, ...]) -> None:
    """A 503 then a 200, after one token exchange: each request names its own span."""
    named = ours(spans)
    (operation,) = named[OPERATION]
    (token_exchange,) = named["token exchange"]
    first, second = named[f"{OPERATION} attempt"]
    trace_id, operation_id = ids(operation)

    attempts = [traceparent(seen) for seen in server.seen("GET", SETTINGS)]
    assert len(attempts) == 2
    assert [sent.trace_id for sent in attempts] == [trace_id, trace_id]
    assert [sent.parent_id for sent in attempts] == [ids(first)[1], ids(second)[1]]
    assert attempts[0].parent_id != attempts[1].parent_id
    assert [sent.sampled for sent in attempts] == [True, True]
    assert parent_id(first) == parent_id(second) == operation_id

    (token_request,) = server.token_requests
    sent = traceparent(token_request)
    assert (sent.trace_id, sent.parent_id) == ids(token_exchange)
    assert parent_id(token_exchange) == operation_id


def test_each_attempt_and_the_token_request_carry_their_own_span_context(
    exporter: InMemorySpanExporter, server: FaultServer
) -> None:
    server.script("GET", SETTINGS, Reply(503, headers={"Retry-After": "0"}))
    with sync_client(server) as client:
        assert client.partner_settings.get_partner_settings().id
    check_retried_call(server, exporter.get_finished_spans())


async def test_async_attempts_carry_their_own_span_context(
    exporter: InMemorySpanExporter, server: FaultServer
) -> None:
    server.script("GET", SETTINGS, Reply(503, headers={"Retry-After": "0"}))
    async with async_client(server) as client:
        assert (await client.partner_settings.get_partner_settings()).id
    check_retried_call(server, exporter.get_finished_spans())


def test_each_call_is_its_own_trace_and_nothing_stays_on_the_client(
    exporter: InMemorySpanExporter, server: FaultServer
) -> None:
    with sync_client(server) as client:
        client.partner_settings.get_partner_settings()
        client.partner_settings.get_partner_settings()
        defaults = {name.lower() for name in client.get_httpx_client().headers}
    first, second = (traceparent(seen) for seen in server.seen("GET", SETTINGS))
    operations = ours(exporter.get_finished_spans())[OPERATION]
    assert [first.trace_id, second.trace_id] == [ids(span)[0] for span in operations]
    assert first.trace_id != second.trace_id
    assert "traceparent" not in defaults


def test_the_caller_span_and_baggage_go_along(
    exporter: InMemorySpanExporter, server: FaultServer
) -> None:
    tracer = trace.get_tracer("tests")
    with sync_client(server) as client, tracer.start_as_current_span("checkout") as caller:
        token = context.attach(baggage.set_baggage("tenant", "acme"))
        try:
            client.partner_settings.get_partner_settings()
        finally:
            context.detach(token)
    (seen,) = server.seen("GET", SETTINGS)
    (token_request,) = server.token_requests
    assert traceparent(seen).trace_id == caller.get_span_context().trace_id
    assert seen.headers.get("baggage") == "tenant=acme"
    assert token_request.headers.get("baggage") == "tenant=acme"
    (operation,) = ours(exporter.get_finished_spans())[OPERATION]
    assert parent_id(operation) == caller.get_span_context().span_id


@pytest.mark.parametrize("provider", [None, trace.NoOpTracerProvider()], ids=["unset", "no-op"])
def test_no_trace_context_without_a_provider(
    monkeypatch: pytest.MonkeyPatch, server: FaultServer, provider: Any
) -> None:
    if provider is not None:
        monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
    server.script("GET", SETTINGS, Reply(503, headers={"Retry-After": "0"}))
    with sync_client(server) as client:
        client.partner_settings.get_partner_settings()
    sent = [*server.seen(), *server.token_requests]
    assert len(sent) == 3
    for seen in sent:
        assert not {"traceparent", "tracestate", "baggage"} & set(seen.headers)


def test_a_sampled_out_call_still_passes_its_decision_on(
    monkeypatch: pytest.MonkeyPatch, server: FaultServer
) -> None:
    # Spans that are not recorded still have a valid context: the server learns not to sample.
    provider = TracerProvider(sampler=ALWAYS_OFF)
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
    with sync_client(server) as client:
        client.partner_settings.get_partner_settings()
    for seen in [*server.seen(), *server.token_requests]:
        assert traceparent(seen).sampled is False


def test_with_httpx_instrumentation_the_header_names_its_span_under_the_attempt(
    exporter: InMemorySpanExporter, server: FaultServer
) -> None:
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=trace.get_tracer_provider())
    try:
        server.script("GET", SETTINGS, Reply(503, headers={"Retry-After": "0"}))
        with sync_client(server) as client:
            client.partner_settings.get_partner_settings()
    finally:
        instrumentor.uninstrument()
    spans = exporter.get_finished_spans()
    by_id = {ids(span)[1]: span for span in spans}
    named = ours(spans)
    (operation,) = named[OPERATION]
    trace_id = ids(operation)[0]
    assert {ids(span)[0] for span in spans} == {trace_id}
    # One httpx span per request on the wire: the token request and two attempts.
    assert len(spans) - sum(len(group) for group in named.values()) == 3

    expected = [
        (server.token_requests[0], named["token exchange"][0]),
        *zip(server.seen("GET", SETTINGS), named[f"{OPERATION} attempt"], strict=True),
    ]
    httpx_spans = set()
    for seen, our_span in expected:
        sent = traceparent(seen)
        assert sent.trace_id == trace_id
        # The header names httpx's span (it writes after us), and that span is under ours.
        theirs = by_id[sent.parent_id]
        assert theirs.instrumentation_scope is not None
        assert theirs.instrumentation_scope.name != SCOPE
        assert parent_id(theirs) == ids(our_span)[1]
        attributes = dict(theirs.attributes or {})
        # Older or newer HTTP semantic conventions, as the instrumentation is configured.
        assert attributes.get("http.request.method", attributes.get("http.method")) == seen.method
        httpx_spans.add(sent.parent_id)
    assert len(httpx_spans) == 3
