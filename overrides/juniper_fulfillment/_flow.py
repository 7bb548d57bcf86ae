"""What to do with one request, written once for sync and async.

A *flow* is a generator that yields actions (send this request, sleep this long, give me a
token) and receives their results; it returns the final response or raises a
:class:`~juniper_fulfillment.errors.JuniperError`. The policy (tokens, 401 replay, retries, error
mapping, logging) lives only here; :class:`Engine` runs flows with blocking I/O (``run_sync``) or
with ``await`` (``run_async``). httpx drives its auth flows the same way.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import httpx

from ._actions import (
    NEED_TOKEN,
    Attempts,
    Call,
    Emit,
    Flow,
    NeedToken,
    Send,
    Sleep,
    TokenDeadlineError,
    connection_error,
    deadline_error,
)
from ._hooks import (
    AttemptEvent,
    Hooks,
    ResponseEvent,
    RetryEvent,
    TokenEvent,
    acall_hook,
    call_hook,
)
from ._logging import BodyLog, redacted_headers
from ._retry import IDEMPOTENT_METHODS, RetryPolicy
from ._token import AwaitableInBlockingCallError, TokenCache
from ._tracing import current_tracer, propagating, token_span, traced
from .errors import APIStatusError, _request_id

logger = logging.getLogger("juniper_fulfillment")

T = TypeVar("T")


RetrySleep = Callable[[float], object]
"""Called with each wait the retry policy decided, instead of sleeping (``retry_sleep=``)."""


class Engine:
    """Runs requests through the flow: auth, 401 replay, retries, errors, logging.

    ``sleep``, when given, receives every wait instead of the engine sleeping it: every decision
    and log line stays the same, only the time passes at once (for tests).
    """

    def __init__(
        self,
        tokens: TokenCache,
        policy: RetryPolicy,
        sleep: RetrySleep | None = None,
        body_log: BodyLog | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        self.tokens = tokens
        self.policy = policy
        self.sleep = sleep
        self.body_log = body_log
        self.deadline = deadline
        self.hooks = hooks

    def request_flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        tracer = current_tracer()
        flow = self._request_flow(request)
        return flow if tracer is None else traced(tracer, request, flow)

    def _request_flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        idempotent = request.method in IDEMPOTENT_METHODS
        # A streamed upload cannot be sent twice; every body the generated client builds can.
        replayable = isinstance(request.stream, httpx.ByteStream)
        retries = 0
        reauthenticated = False
        attempts = Attempts()
        deadline = self.deadline
        # Without a deadline, nothing below reads the clock for it: the common path stays as fast.
        end = None if deadline is None else time.monotonic() + deadline
        own_timeouts = request.extensions.get("timeout") if end is not None else None
        capped = False
        sent_count = 0
        last: httpx.Response | Exception | None = None
        hooks = self.hooks
        # Put there by the generated operation (see endpoint_module.py.jinja).
        operation_id = None if hooks is None else request.extensions.get("juniper_operation_id")
        url = "" if hooks is None else str(request.url)
        while True:
            if end is None:
                token = yield NEED_TOKEN
            else:
                token = yield NeedToken(end)
                if isinstance(token, TokenDeadlineError):
                    if sent_count == 0:
                        raise token.public(", before the API request was sent (0 attempts)")
                    assert deadline is not None
                    raise deadline_error(
                        request,
                        deadline,
                        sent_count,
                        last,
                        attempts,
                        during=" while a new token was being obtained,",
                    ) from token.public()
                assert isinstance(token, str)
                remaining = end - time.monotonic()
                if remaining <= 0:
                    assert deadline is not None
                    raise self.tokens.scrub_error(
                        deadline_error(request, deadline, sent_count, last, attempts), token
                    )
                # Each attempt waits at most what is left: min(its own timeout, remaining).
                request.extensions["timeout"], capped = _capped(own_timeouts, remaining)
            assert isinstance(token, str)
            request.headers["Authorization"] = "Bearer " + token
            if hooks is not None and hooks.on_attempt is not None:
                yield Emit(
                    hooks.on_attempt,
                    AttemptEvent(operation_id, request.method, url, sent_count + 1),
                )
            sent = time.time()
            started = time.perf_counter()
            result = yield Send(request)
            elapsed = time.perf_counter() - started
            attempt = retries + 1
            sent_count += 1
            last = result if isinstance(result, Exception | httpx.Response) else None

            if isinstance(result, Exception):
                _log_attempt(request, None, type(result).__name__, attempt, elapsed)
                attempts.record(sent, result)
                if capped and isinstance(result, httpx.TimeoutException):
                    # The attempt ran out of the time the deadline left it, not of its own.
                    assert deadline is not None
                    raise deadline_error(
                        request, deadline, sent_count, result, attempts
                    ) from result
                if not isinstance(result, httpx.TransportError):
                    # Not httpx's: nothing says whether the request left or what state the
                    # connection is in, so it is never sent again; the caller still gets a
                    # JuniperError (with the POST warning), the original as its cause.
                    failure = connection_error(result, request, attempts=attempts)
                    raise self.tokens.scrub_error(failure, token) from result
                wait = (
                    self.policy.wait_after_error(idempotent, result, retries)
                    if replayable
                    else None
                )
                if wait is None:
                    raise connection_error(result, request, attempts=attempts) from result
                if end is not None and time.monotonic() + wait >= end:
                    assert deadline is not None
                    raise deadline_error(
                        request, deadline, sent_count, result, attempts
                    ) from result
                retries += 1
                yield from _pause(
                    request, wait, type(result).__name__, sent_count, hooks, operation_id, url
                )
                continue

            assert isinstance(result, httpx.Response)
            response = result
            _log_attempt(request, response, response.status_code, attempt, elapsed)
            if self.body_log is not None and logger.isEnabledFor(logging.DEBUG):
                _log_bodies(self.body_log, request, response)
            if hooks is not None and hooks.on_response is not None:
                yield Emit(
                    hooks.on_response,
                    ResponseEvent(
                        operation_id,
                        request.method,
                        url,
                        sent_count,
                        response.status_code,
                        elapsed,
                        _request_id(response.headers),
                    ),
                )
            if response.status_code < 400:
                return response
            attempts.record(sent, response)

            response.read()  # in memory already: keeps the exact body for the exception
            if response.status_code == 401 and not reauthenticated:
                # The token may have been revoked or expired early: fetch a new one, replay once.
                # The server refused the request, so replaying a POST cannot duplicate it.
                self.tokens.invalidate(token)
                # A streamed body has been consumed: a replay would send it empty (or raise
                # StreamConsumed), so such a request gets the AuthenticationError instead; the
                # next request still gets a new token.
                if replayable:
                    reauthenticated = True
                    continue
            wait = (
                self.policy.wait_after_status(idempotent, response, retries) if replayable else None
            )
            if wait is None:
                # A gateway that echoes the request must not put the token in the error.
                error = attempts.stamp(APIStatusError.from_response(response))
                raise self.tokens.scrub_error(error, token)
            if end is not None and time.monotonic() + wait >= end:
                # No retry starts that could not end in time (a Retry-After past the deadline).
                assert deadline is not None
                raise deadline_error(request, deadline, sent_count, response, attempts)
            retries += 1
            reason = f"status {response.status_code}"
            yield from _pause(request, wait, reason, sent_count, hooks, operation_id, url)

    # -------------------------------------------------------------------------- drivers
    def run_sync(self, transport: httpx.BaseTransport, flow: Flow[T]) -> T:
        value: object = None
        while True:
            try:
                action = flow.send(value)
            except StopIteration as done:
                result: T = done.value
                return result
            if isinstance(action, Send):
                try:
                    value = _receive(transport, action.request)
                except Exception as error:  # the flow makes a JuniperError of it
                    value = error
            elif isinstance(action, NeedToken):
                try:
                    value = self._token_sync(transport, action.end)
                except TokenDeadlineError as error:  # the flow says how far the call got
                    value = error
            elif isinstance(action, Call):
                value = _call(action.function)
            elif isinstance(action, Emit):
                call_hook(action.hook, action.event)
                value = None
            else:
                if self.sleep is None:
                    time.sleep(action.seconds)
                else:
                    self.sleep(action.seconds)
                value = None

    async def run_async(self, transport: httpx.AsyncBaseTransport, flow: Flow[T]) -> T:
        value: object = None
        while True:
            try:
                action = flow.send(value)
            except StopIteration as done:
                result: T = done.value
                return result
            if isinstance(action, Send):
                try:
                    value = await _areceive(transport, action.request)
                except Exception as error:  # the flow makes a JuniperError of it
                    value = error
            elif isinstance(action, NeedToken):
                try:
                    value = await self._token_async(transport, action.end)
                except TokenDeadlineError as error:  # the flow says how far the call got
                    value = error
            elif isinstance(action, Call):
                try:
                    value = action.function()
                    if inspect.isawaitable(value):
                        value = await value
                except Exception as error:  # the flow makes a CredentialProviderError of it
                    value = error
            elif isinstance(action, Emit):
                await acall_hook(action.hook, action.event)
                value = None
            elif self.sleep is None:
                # Imported here: asyncio costs ~15 ms at start-up and sync users never need it.
                import asyncio

                await asyncio.sleep(action.seconds)
                value = None
            else:
                self.sleep(action.seconds)
                value = None

    def _token_sync(self, transport: httpx.BaseTransport, end: float | None = None) -> str:
        tokens = self.tokens
        token = tokens.current()
        if token is not None:
            return token
        exchanges = tokens.exchanges()
        # Single flight: one exchange at a time across every thread and event loop; the others
        # wait for it and get its token, or its error.
        while True:
            claimed = tokens.claim(exchanges)
            if isinstance(claimed, str):
                return claimed
            exchange, owner = claimed
            if owner:
                token = None
                try:
                    with token_span(current_tracer(), self._token_url()):
                        token = self.run_sync(transport, self._fetch_flow(end))
                finally:
                    tokens.release(exchange, token)
                event = self._token_event(token)
                if event is not None and self.hooks is not None and self.hooks.on_token:
                    call_hook(self.hooks.on_token, event)
                return token
            try:
                finished = exchange.wait(end)
            except TimeoutError:
                # Only this caller gives up: the exchange goes on for its owner and the others.
                raise self._token_wait_deadline_error() from None
            if not finished:
                tokens.abandon(exchange)
            elif exchange.token is not None:
                return exchange.token
            # No token: the exchange failed (claim raises its error), or its owner was cancelled
            # or can no longer finish it (the next claim starts another).

    async def _token_async(
        self, transport: httpx.AsyncBaseTransport, end: float | None = None
    ) -> str:
        tokens = self.tokens
        token = tokens.current()
        if token is not None:
            return token
        import asyncio

        loop = asyncio.get_running_loop()
        exchanges = tokens.exchanges()
        while True:
            claimed = tokens.claim(exchanges, loop)
            if isinstance(claimed, str):
                return claimed
            exchange, owner = claimed
            if owner:
                token = None
                try:
                    with token_span(current_tracer(), self._token_url()):
                        token = await self.run_async(transport, self._fetch_flow(end))
                finally:
                    tokens.release(exchange, token)
                event = self._token_event(token)
                if event is not None and self.hooks is not None and self.hooks.on_token:
                    await acall_hook(self.hooks.on_token, event)
                return token
            try:
                finished = await exchange.wait_async(end)
            except TimeoutError:
                raise self._token_wait_deadline_error() from None
            if not finished:
                tokens.abandon(exchange)
            elif exchange.token is not None:
                return exchange.token

    def _token_url(self) -> str | None:
        credentials = self.tokens.credentials
        return None if credentials is None else credentials.token_url

    def _token_wait_deadline_error(self) -> TokenDeadlineError:
        url = self._token_url()
        to = "" if url is None else f" to {url}"
        return TokenDeadlineError(
            f"the deadline of {self.deadline or 0.0:g}s passed while waiting for the token "
            f"request{to} that another call started",
            method="" if url is None else "POST",
            url=url or "",
        )

    def _token_event(self, token: str) -> TokenEvent | None:
        """The on_token event for ``token``, if there is such a hook; never the token itself."""
        if self.hooks is None or self.hooks.on_token is None:
            return None
        lifetime = self.tokens.lifetime(token)
        if lifetime is None:
            return None
        seconds, ends = lifetime
        return TokenEvent(seconds, datetime.fromtimestamp(ends, UTC))

    def _fetch_flow(self, end: float | None) -> Flow[str]:
        flow = self.tokens.fetch_flow(self.policy)
        return propagating(flow if end is None else _within(flow, end, self.deadline or 0.0))


def _pause(
    request: httpx.Request,
    wait: float,
    reason: str,
    sent: int,
    hooks: Hooks | None,
    operation_id: str | None,
    url: str,
) -> Flow[None]:
    """Log a retry decision after ``sent`` attempts, tell the on_retry hook, then wait."""
    _log_retry(request, wait, reason)
    if hooks is not None and hooks.on_retry is not None:
        event = RetryEvent(operation_id, request.method, url, sent, reason, wait)
        yield Emit(hooks.on_retry, event)
    yield Sleep(wait)


def _capped(timeouts: object, remaining: float) -> tuple[dict[str, float | None] | object, bool]:
    """httpx's per-request ``timeout`` extension with each part at most ``remaining`` seconds,
    and whether any part was shortened."""
    if not isinstance(timeouts, dict):
        return {part: remaining for part in ("connect", "read", "write", "pool")}, True
    capped = False
    limited: dict[str, float | None] = {}
    for part, seconds in timeouts.items():
        if seconds is None or seconds > remaining:
            limited[part] = remaining
            capped = True
        else:
            limited[part] = seconds
    return limited, capped


def _within(flow: Flow[str], end: float, deadline: float) -> Flow[str]:
    """The token ``flow``, kept within the caller's deadline: each of its requests waits at most
    what remains, and it stops rather than wait past ``end``.

    Stopping only fails the caller whose deadline it is: an exchange left unfinished is started
    again by the next caller that needs a token (see ``TokenCache.claim``).
    """
    value: object = None
    request: httpx.Request | None = None
    while True:
        try:
            action = flow.send(value)
        except StopIteration as done:
            token: str = done.value
            return token
        if isinstance(action, Send):
            request = action.request
            remaining = end - time.monotonic()
            if remaining <= 0:
                flow.close()
                raise _token_deadline_error(action.request, deadline)
            action.request.extensions["timeout"], capped = _capped(
                action.request.extensions.get("timeout"), remaining
            )
            value = yield action
            if capped and isinstance(value, httpx.TimeoutException):
                flow.close()
                raise _token_deadline_error(action.request, deadline) from value
        elif isinstance(action, Sleep) and time.monotonic() + action.seconds >= end:
            flow.close()
            raise _token_deadline_error(request, deadline)
        else:
            value = yield action


def _token_deadline_error(request: httpx.Request | None, deadline: float) -> TokenDeadlineError:
    # may_have_been_processed stays False, sent_at None: the API's answer, if any, says more.
    to = "" if request is None else f" to {request.url}"
    return TokenDeadlineError(
        f"the deadline of {deadline:g}s passed during the token request{to}",
        method="" if request is None else request.method,
        url="" if request is None else str(request.url),
    )


def _call(function: Callable[[], object]) -> object:
    """What ``function`` returns or raises; here an awaitable cannot be awaited (see Call)."""
    try:
        value = function()
    except Exception as error:  # the flow makes a CredentialProviderError of it
        return error
    if inspect.isawaitable(value):
        if inspect.iscoroutine(value):
            value.close()  # never awaited: close it rather than leave a warning
        return AwaitableInBlockingCallError()
    return value


def _receive(transport: httpx.BaseTransport, request: httpx.Request) -> httpx.Response:
    """Send ``request`` and receive the whole body (see :class:`Send`)."""
    response = transport.handle_request(request)
    if response.is_stream_consumed:  # in memory already (e.g. httpx.MockTransport)
        response.request = request
        return response
    # The stream itself rather than Response.iter_raw()/close(): those wrap each step in a
    # generator context manager (about 2 µs a call) only to put the request on httpx's errors,
    # which is done here.
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        raise RuntimeError("a sync transport answered with an async stream")
    try:
        try:
            raw = b"".join(stream)
        finally:
            stream.close()
    except httpx.RequestError as error:
        error.request = request
        raise
    return _buffered(response, raw, request)


async def _areceive(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Send ``request`` and receive the whole body (see :class:`Send`)."""
    response = await transport.handle_async_request(request)
    if response.is_stream_consumed:
        response.request = request
        return response
    stream = response.stream  # as in _receive
    if not isinstance(stream, httpx.AsyncByteStream):
        raise RuntimeError("an async transport answered with a sync stream")
    try:
        try:
            raw = b"".join([chunk async for chunk in stream])
        finally:
            await stream.aclose()
    except httpx.RequestError as error:
        error.request = request
        raise
    return _buffered(response, raw, request)


def _buffered(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """``response`` with its raw (still encoded) body held in memory.

    A new, unread Response rather than the read one, so that ``httpx.Client`` still decodes it,
    times it (``response.elapsed``) and closes it as it does any response from a transport.
    """
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )


def _log_attempt(
    request: httpx.Request,
    response: httpx.Response | None,
    outcome: object,
    attempt: int,
    elapsed: float,
) -> None:
    """One line per attempt; at DEBUG, also its URL with query and both sets of headers.

    Never the bodies here: they hold patients' names and addresses (see _log_bodies).
    """
    if not logger.isEnabledFor(logging.INFO):
        return
    request_id = _request_id(response.headers) if response is not None else None
    logger.info(
        "%s %s -> %s (attempt %d, %.3fs%s)",
        request.method,
        request.url.path,
        outcome,
        attempt,
        elapsed,
        f", request id {request_id}" if request_id else "",
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s; request headers: %s; response headers: %s",
            request.method,
            request.url,
            outcome,
            redacted_headers(request.headers.items()),
            redacted_headers(response.headers.items()) if response is not None else "none",
        )


def _log_bodies(body_log: BodyLog, request: httpx.Request, response: httpx.Response) -> None:
    """The request's and the response's bodies, redacted (never the token endpoint's)."""
    try:
        sent = body_log.render(request.content, request.headers.get("content-type"))
    except httpx.RequestNotRead:
        sent = "(streamed, not logged)"
    response.read()  # in memory already (see Send)
    received = body_log.render(response.content, response.headers.get("content-type"))
    logger.debug(
        "%s %s -> %s; request body: %s; response body: %s",
        request.method,
        request.url.path,
        response.status_code,
        sent,
        received,
    )


def _log_retry(request: httpx.Request, wait: float, reason: str) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s: retrying in %.2fs after %s", request.method, request.url.path, wait, reason
        )
