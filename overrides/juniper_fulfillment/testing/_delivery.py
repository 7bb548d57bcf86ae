"""Signed ``orderStatusChanged`` deliveries, sent as real HTTP POSTs by one background worker.

One worker keeps deliveries in the order the status changes happened. Each attempt reads the
partner's webhook URL and secret afresh, so a delivery made after ``rotateWebhookSecret`` is signed
with the new secret (the old one stops working at once). A non-2xx answer or a failed connection is
tried again a bounded number of times, with the same ``X-Juniper-Webhook-Id`` (it names the
delivery, not the attempt) and a fresh signature timestamp.

The signature carries the real time of sending, never the fake's clock: the clock drives the data
(``createdAt``, token expiry), while a receiver checks freshness against its own real clock, as it
must in production. Stripe's test clocks keep the two times apart the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import queue
import secrets
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

from ..webhooks import SIGNATURE_HEADER, WEBHOOK_ID_HEADER, sign
from ._backend import JSON, Backend, StatusChange

USER_AGENT: Final = "Juniper-Webhooks/1.0 (juniper-fulfillment fake)"
_ALPHABET: Final = string.digits + string.ascii_letters


@dataclass(frozen=True)
class DeliveryAttempt:
    """One POST of a delivery: the status code it got, or the error that stopped it."""

    status_code: int | None
    error: str | None
    signature: str
    sent_at: float  # Unix seconds on the fake's clock
    signed_at: int  # real Unix seconds, the ``t=`` of the signature


@dataclass
class Delivery:
    """One ``orderStatusChanged`` notification and every attempt to deliver it.

    ``body`` holds the exact bytes that were signed and sent; ``headers`` are those of the last
    attempt. ``delivered`` is True once an attempt got a 2xx answer; ``finished`` once no further
    attempt will be made; ``failed`` when it finished with attempts and none was delivered.
    """

    webhook_id: str
    url: str
    order_id: str
    status: str
    body: bytes
    payload: JSON
    headers: dict[str, str] = field(default_factory=dict)
    attempts: list[DeliveryAttempt] = field(default_factory=list)
    delivered: bool = False
    finished: bool = False

    @property
    def failed(self) -> bool:
        """True once every attempt has been made and none got a 2xx answer."""
        return self.finished and not self.delivered and bool(self.attempts)

    def __repr__(self) -> str:
        # The payload may carry tracking details; the summary is enough in test output.
        return (
            f"Delivery(webhook_id={self.webhook_id!r}, order_id={self.order_id!r}, "
            f"status={self.status!r}, url={self.url!r}, attempts={len(self.attempts)}, "
            f"delivered={self.delivered})"
        )


class DeliveryFailedError(Exception):
    """Deliveries that every attempt failed to deliver: non-2xx answers or no connection.

    ``deliveries`` lists them; ``delivery`` is the first, ``status_code`` and ``error`` come from
    its last attempt. Raised by ``FakeJuniper.advance_order`` (and ``aadvance_order``) unless
    told otherwise, so a receiver that refuses the fake's deliveries (a wrong secret, a freshness
    check, a bug) fails the test instead of passing silently.
    """

    def __init__(self, deliveries: list[Delivery]) -> None:
        self.deliveries = deliveries
        self.delivery = deliveries[0]
        last = self.delivery.attempts[-1] if self.delivery.attempts else None
        self.status_code = last.status_code if last else None
        self.error = last.error if last else None
        outcome = (
            f"last answer {self.status_code}"
            if self.status_code is not None
            else f"last error {self.error}"
        )
        more = f" (and {len(deliveries) - 1} more)" if len(deliveries) > 1 else ""
        super().__init__(
            f"webhook delivery {self.delivery.webhook_id} of order {self.delivery.order_id} "
            f"({self.delivery.status}) to {self.delivery.url} failed on all "
            f"{len(self.delivery.attempts)} attempts, {outcome}{more}; pass "
            "raise_on_failure=False to expect refusals"
        )


WebhookTarget = httpx.BaseTransport | httpx.AsyncBaseTransport | Callable[..., Any]
"""Where deliveries go in-process: an httpx transport (sync or async), or a WSGI or ASGI app."""


def is_asgi(app: object) -> bool:
    """True for an ASGI application: a coroutine function, or an object whose ``__call__`` is
    one, called as ``app(scope, receive, send)`` (FastAPI, Starlette, Django's ASGI handler)."""
    if inspect.iscoroutinefunction(app):
        return True
    call = getattr(app, "__call__", None)  # noqa: B004 - the method itself is what is inspected
    return call is not None and inspect.iscoroutinefunction(call)


def sync_transport(target: WebhookTarget | None) -> httpx.BaseTransport | None:
    """``target`` as a sync httpx transport for the delivery worker (None: real HTTP)."""
    if target is None or isinstance(target, httpx.BaseTransport):
        return target
    if isinstance(target, httpx.AsyncBaseTransport):
        return AsyncBridge(target)
    if is_asgi(target):
        return AsyncBridge(httpx.ASGITransport(app=target))
    if callable(target):
        return httpx.WSGITransport(app=target)
    raise TypeError(
        "deliver_webhooks_through takes an httpx transport (sync or async), a WSGI or an ASGI "
        f"application, or None, not {type(target).__name__}"
    )


class AsyncBridge(httpx.BaseTransport):
    """A sync transport over an async one, run on an event loop of its own in its own thread.

    The delivery worker is a thread, so an ASGI app (through ``httpx.ASGITransport``) or any async
    transport runs there the way Starlette's ``TestClient`` runs an app: on one loop that lives as
    long as this bridge, whatever loop (if any) the test itself runs on.
    """

    def __init__(self, transport: httpx.AsyncBaseTransport, timeout: float = 30.0) -> None:
        self._transport = transport
        self._timeout = timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="juniper-fake-webhooks-loop", daemon=True
        )
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        future = asyncio.run_coroutine_threadsafe(self._send(request), self._loop)
        try:
            return future.result(self._timeout)
        except TimeoutError:
            future.cancel()
            raise httpx.ReadTimeout(
                "the application did not answer in time", request=request
            ) from None

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        # Read whole here: the sync client reading it cannot iterate an async stream.
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )

    def close(self) -> None:
        if self._loop.is_closed():
            return
        closing = asyncio.run_coroutine_threadsafe(self._transport.aclose(), self._loop)
        with contextlib.suppress(Exception):
            closing.result(self._timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


class Deliverer:
    """Queues status changes and POSTs them to the partner's ``webhookUrl`` in order."""

    def __init__(
        self,
        backend: Backend,
        *,
        max_attempts: int,
        retry_wait: float,
        transport: WebhookTarget | None,
        timeout: float = 5.0,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("webhook_attempts must be 1 or more")
        self._backend = backend
        self._max_attempts = max_attempts
        self._retry_wait = retry_wait
        self._timeout = timeout
        self._http = self._new_http(transport)
        self._queue: queue.Queue[Delivery | None] = queue.Queue()
        self._lock = threading.Condition()
        self._unfinished = 0
        self._records: list[Delivery] = []
        self._thread: threading.Thread | None = None
        self._closed = False

    def _new_http(self, target: WebhookTarget | None) -> httpx.Client:
        # trust_env=False: deliveries go where webhookUrl says, never through a proxy.
        return httpx.Client(
            transport=sync_transport(target), timeout=self._timeout, trust_env=False
        )

    def set_transport(self, transport: WebhookTarget | None) -> None:
        """Send later attempts through ``transport`` or into an app (None: real HTTP)."""
        with self._lock:
            old, self._http = self._http, self._new_http(transport)
        old.close()

    @property
    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._records)

    def forget(self) -> None:
        """Drop the record of every delivery so far (those still running finish unrecorded)."""
        with self._lock:
            self._records.clear()

    def enqueue(self, changes: list[StatusChange]) -> list[Delivery]:
        """Queue one delivery per change (none when no webhook URL is set); return them."""
        url, _ = self._backend.webhook_target()
        if not url or not changes:
            return []
        created = []
        with self._lock:
            if self._closed:
                return []
            for change in changes:
                body = json.dumps(change.payload, separators=(",", ":")).encode()
                delivery = Delivery(
                    webhook_id="whd_" + "".join(secrets.choice(_ALPHABET) for _ in range(27)),
                    url=url,
                    order_id=change.order_id,
                    status=change.status,
                    body=body,
                    payload=change.payload,
                )
                self._records.append(delivery)
                created.append(delivery)
                self._unfinished += 1
                self._queue.put(delivery)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="juniper-fake-webhooks", daemon=True
                )
                self._thread.start()
        return created

    def wait(self, timeout: float) -> bool:
        """Wait until every queued delivery is finished; False if ``timeout`` ran out first."""
        with self._lock:
            return self._lock.wait_for(lambda: self._unfinished == 0, timeout=timeout)

    async def wait_async(self, timeout: float) -> bool:  # noqa: ASYNC109 - as wait() takes it
        """:meth:`wait` for a coroutine: its event loop keeps running (a receiver may be on it)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        # Short waits on the condition in a worker thread, so that cancelling the coroutine
        # leaves no thread blocked for the whole timeout.
        while True:
            remaining = deadline - loop.time()
            if await asyncio.to_thread(self.wait, max(0.0, min(remaining, 0.05))):
                return True
            if remaining <= 0:
                return False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=10)
        self._http.close()

    def _work(self) -> None:
        while True:
            delivery = self._queue.get()
            if delivery is None:
                return
            try:
                self._deliver(delivery)
            finally:
                with self._lock:
                    delivery.finished = True
                    self._unfinished -= 1
                    self._lock.notify_all()

    def _deliver(self, delivery: Delivery) -> None:
        for attempt in range(self._max_attempts):
            if attempt:
                time.sleep(self._retry_wait * 2 ** (attempt - 1))
            url, secret = self._backend.webhook_target()
            if not url or secret is None:
                return
            delivery.url = url
            signed_at = int(time.time())
            signature = sign(delivery.body, secret, timestamp=signed_at)
            headers = {
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
                SIGNATURE_HEADER: signature,
                WEBHOOK_ID_HEADER: delivery.webhook_id,
            }
            sent_at = self._backend.clock.timestamp()
            with self._lock:
                http = self._http
            try:
                response = http.post(url, content=delivery.body, headers=headers)
            except httpx.HTTPError as error:
                outcome = DeliveryAttempt(None, type(error).__name__, signature, sent_at, signed_at)
            else:
                outcome = DeliveryAttempt(response.status_code, None, signature, sent_at, signed_at)
            with self._lock:
                delivery.headers = headers
                delivery.attempts.append(outcome)
                delivery.delivered = outcome.status_code is not None and (
                    200 <= outcome.status_code < 300
                )
            if delivery.delivered or self._closed:
                return
