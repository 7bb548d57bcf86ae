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
from typing import TypeVar

import httpx

from ._actions import NEED_TOKEN, Attempts, Call, Flow, NeedToken, Send, Sleep, connection_error
from ._logging import BodyLog, redacted_headers
from ._retry import IDEMPOTENT_METHODS, RetryPolicy
from ._token import AwaitableInBlockingCallError, TokenCache
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
    ) -> None:
        self.tokens = tokens
        self.policy = policy
        self.sleep = sleep
        self.body_log = body_log

    def request_flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        idempotent = request.method in IDEMPOTENT_METHODS
        # A streamed upload cannot be sent twice; every body the generated client builds can.
        replayable = isinstance(request.stream, httpx.ByteStream)
        retries = 0
        reauthenticated = False
        attempts = Attempts()
        while True:
            token = yield NEED_TOKEN
            assert isinstance(token, str)
            request.headers["Authorization"] = "Bearer " + token
            sent = time.time()
            started = time.perf_counter()
            result = yield Send(request)
            elapsed = time.perf_counter() - started
            attempt = retries + 1

            if isinstance(result, Exception):
                _log_attempt(request, None, type(result).__name__, attempt, elapsed)
                attempts.record(sent, result)
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
                _log_retry(request, wait, type(result).__name__)
                retries += 1
                yield Sleep(wait)
                continue

            assert isinstance(result, httpx.Response)
            response = result
            _log_attempt(request, response, response.status_code, attempt, elapsed)
            if self.body_log is not None and logger.isEnabledFor(logging.DEBUG):
                _log_bodies(self.body_log, request, response)
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
            _log_retry(request, wait, f"status {response.status_code}")
            retries += 1
            yield Sleep(wait)

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
                value = self._token_sync(transport)
            elif isinstance(action, Call):
                value = _call(action.function)
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
                value = await self._token_async(transport)
            elif isinstance(action, Call):
                try:
                    value = action.function()
                    if inspect.isawaitable(value):
                        value = await value
                except Exception as error:  # the flow makes a CredentialProviderError of it
                    value = error
            elif self.sleep is None:
                # Imported here: asyncio costs ~15 ms at start-up and sync users never need it.
                import asyncio

                await asyncio.sleep(action.seconds)
                value = None
            else:
                self.sleep(action.seconds)
                value = None

    def _token_sync(self, transport: httpx.BaseTransport) -> str:
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
                    token = self.run_sync(transport, tokens.fetch_flow(self.policy))
                    return token
                finally:
                    tokens.release(exchange, token)
            if not exchange.wait():
                tokens.abandon(exchange)
            elif exchange.token is not None:
                return exchange.token
            # No token: the exchange failed (claim raises its error), or its owner was cancelled
            # or can no longer finish it (the next claim starts another).

    async def _token_async(self, transport: httpx.AsyncBaseTransport) -> str:
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
                    token = await self.run_async(transport, tokens.fetch_flow(self.policy))
                    return token
                finally:
                    tokens.release(exchange, token)
            if not await exchange.wait_async():
                tokens.abandon(exchange)
            elif exchange.token is not None:
                return exchange.token


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
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _buffered(response, raw, request)


async def _areceive(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Send ``request`` and receive the whole body (see :class:`Send`)."""
    response = await transport.handle_async_request(request)
    if response.is_stream_consumed:
        response.request = request
        return response
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
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
