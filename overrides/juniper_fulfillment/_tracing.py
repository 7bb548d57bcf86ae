"""OpenTelemetry spans for each call, attempt and token exchange, when a tracer provider is set.

``opentelemetry-api`` is optional (the ``otel`` extra). It is never imported here: when the
application has not imported it, no provider can be configured and a call costs one dict look-up.
When a provider is configured (``trace.set_tracer_provider``), each operation call is one CLIENT
span named after its operationId, each attempt a child span (under which the spans of
``opentelemetry-instrumentation-httpx`` nest, when it is instrumenting), and a token exchange a
child span of its own. Attributes hold the method, the URL without its query, the server, the
status, the attempt count and the request id: never a body, a header, a token or a secret.

Each attempt and each token request carries its span's context in its own headers, written by the
globally configured propagator (W3C ``traceparent`` and ``tracestate``, and ``baggage`` when the
application has some), so that the server's spans join the caller's trace. httpx's
instrumentation, when it is instrumenting, then writes its own span's context over it: its span
is a child of the attempt span, so the server joins the same trace either way.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TypeVar

import httpx

from ._actions import Flow, Send
from .errors import _request_id

SCOPE = "juniper_fulfillment"

T = TypeVar("T")


# (provider, its tracer): a provider's get_tracer builds a new tracer each time, which cost a
# traced call about as much as one of its spans.
_cached_tracer: tuple[Any, Any] | None = None


def current_tracer() -> Any | None:
    """The tracer of the configured provider, or None when there is none (nothing to record)."""
    global _cached_tracer
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None
    provider = trace.get_tracer_provider()
    cached = _cached_tracer
    if cached is not None and cached[0] is provider:
        return cached[1]
    # The API's default: a proxy in front of a no-op provider until one is set.
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None
    from ._version import __version__

    tracer = provider.get_tracer(SCOPE, __version__)
    _cached_tracer = (provider, tracer)
    return tracer


def _url_attributes(url: httpx.URL) -> dict[str, Any]:
    # The query may carry search terms about a patient; the path is the operation's own. Built
    # from the parts httpx already holds (netloc has no user info) rather than parsed again.
    path = url.raw_path.partition(b"?")[0].decode("ascii")
    return {
        "url.full": f"{url.scheme}://{url.netloc.decode('ascii')}{path}",
        "server.address": url.host,
        "server.port": url.port or (443 if url.scheme == "https" else 80),
    }


def traced(tracer: Any, request: httpx.Request, flow: Flow[httpx.Response]) -> Flow[Any]:
    """``flow`` (a request flow) inside an operation span, each of its attempts in a child span."""
    from opentelemetry import context, trace

    operation = request.extensions.get("juniper_operation_id") or request.method
    attributes = {"http.request.method": request.method, **_url_attributes(request.url)}
    span = tracer.start_span(operation, kind=trace.SpanKind.CLIENT, attributes=attributes)
    inside = trace.set_span_in_context(span)
    attempts = 0
    value: object = None
    injected: frozenset[str] = frozenset()
    last: httpx.Response | None = None
    answered: str | None = None
    try:
        while True:
            try:
                action = flow.send(value)
            except StopIteration as done:
                response: httpx.Response = done.value
                # Its last attempt's response, whose request id that attempt's span already read.
                request_id = answered if response is last else _request_id(response.headers)
                _answered(span, response, request_id)
                return response
            if isinstance(action, Send):
                attempts += 1
                attempt = tracer.start_span(
                    f"{operation} attempt",
                    context=inside,
                    kind=trace.SpanKind.CLIENT,
                    attributes={
                        **attributes,
                        "juniper.attempt": attempts,
                        **({"http.request.resend_count": attempts - 1} if attempts > 1 else {}),
                    },
                )
                attempt_context = trace.set_span_in_context(attempt)
                if attempt.get_span_context().is_valid:
                    injected = _propagate(action.request, attempt_context, injected)
                token = context.attach(attempt_context)
                try:
                    value = yield action
                finally:
                    context.detach(token)
                if isinstance(value, httpx.Response):
                    last, answered = value, _request_id(value.headers)
                    _answered(attempt, value, answered)
                    if value.status_code >= 400:
                        _failed(attempt, str(value.status_code))
                elif isinstance(value, Exception):
                    _failed(attempt, type(value).__name__)
                attempt.end()
            else:
                # A token exchange started now is a child of the operation span.
                token = context.attach(inside)
                try:
                    value = yield action
                finally:
                    context.detach(token)
    except Exception as error:
        status = getattr(error, "status_code", None)
        if isinstance(status, int):
            span.set_attribute("http.response.status_code", status)
        request_id = getattr(error, "request_id", None)
        if isinstance(request_id, str):
            span.set_attribute("juniper.request_id", request_id)
        _failed(span, type(error).__name__)
        raise
    finally:
        span.set_attribute("juniper.attempt_count", attempts)
        span.end()


def propagating(flow: Flow[T]) -> Flow[T]:
    """``flow`` (a token flow), each request it sends carrying the current span's context.

    Run inside :func:`token_span`, that span is the token exchange's. Without a configured
    provider, ``flow`` itself: nothing is imported and no header is added.
    """
    if current_tracer() is None:
        return flow
    return _propagating(flow)


def _propagating(flow: Flow[T]) -> Flow[T]:
    from opentelemetry import context, trace

    value: object = None
    injected: frozenset[str] = frozenset()
    try:
        while True:
            try:
                action = flow.send(value)
            except StopIteration as done:
                result: T = done.value
                return result
            if isinstance(action, Send) and trace.get_current_span().get_span_context().is_valid:
                injected = _propagate(action.request, context.get_current(), injected)
            value = yield action
    finally:
        flow.close()


def _propagate(request: httpx.Request, parent: Any, injected: frozenset[str]) -> frozenset[str]:
    """Write the trace context of ``parent`` (a Context) into ``request``'s own headers only.

    ``injected``: the headers an earlier attempt of the same request was given; those this one
    does not write again are removed, so that a resend never carries a previous attempt's state.
    Returns the headers written now.
    """
    from opentelemetry import propagate

    carrier: dict[str, str] = {}
    propagate.inject(carrier, context=parent)
    for name in injected.difference(carrier):
        request.headers.pop(name, None)
    request.headers.update(carrier)
    return frozenset(carrier)


def _answered(span: Any, response: httpx.Response, request_id: str | None) -> None:
    span.set_attribute("http.response.status_code", response.status_code)
    if request_id:
        span.set_attribute("juniper.request_id", request_id)


def _failed(span: Any, error_type: str) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", error_type)
    # Only the type: an error's message may quote what the server answered.
    span.set_status(Status(StatusCode.ERROR, error_type))


@contextlib.contextmanager
def token_span(tracer: Any | None, token_url: str | None) -> Iterator[None]:
    """A span around one token exchange (the token, the secret and the form are never in it)."""
    if tracer is None:
        yield
        return
    from opentelemetry import trace

    attributes: dict[str, Any] = {"http.request.method": "POST"}
    if token_url:
        attributes.update(_url_attributes(httpx.URL(token_url)))
    with tracer.start_as_current_span(
        "token exchange",
        kind=trace.SpanKind.CLIENT,
        attributes=attributes,
        record_exception=False,
        set_status_on_exception=False,
    ) as span:
        try:
            yield
        except Exception as error:
            _failed(span, type(error).__name__)
            raise
