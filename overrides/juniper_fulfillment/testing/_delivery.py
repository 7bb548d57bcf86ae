"""Signed ``orderStatusChanged`` deliveries, sent as real HTTP POSTs by one background worker.

One worker keeps deliveries in the order the status changes happened. Each attempt reads the
partner's webhook URL and secret afresh, so a delivery made after ``rotateWebhookSecret`` is signed
with the new secret (the old one stops working at once). A non-2xx answer or a failed connection is
tried again a bounded number of times, with the same ``X-Juniper-Webhook-Id`` (it names the
delivery, not the attempt) and a fresh signature timestamp.
"""

from __future__ import annotations

import json
import queue
import secrets
import string
import threading
import time
from dataclasses import dataclass, field
from typing import Final

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


@dataclass
class Delivery:
    """One ``orderStatusChanged`` notification and every attempt to deliver it.

    ``body`` holds the exact bytes that were signed and sent; ``headers`` are those of the last
    attempt. ``delivered`` is True once an attempt got a 2xx answer.
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

    def __repr__(self) -> str:
        # The payload may carry tracking details; the summary is enough in test output.
        return (
            f"Delivery(webhook_id={self.webhook_id!r}, order_id={self.order_id!r}, "
            f"status={self.status!r}, url={self.url!r}, attempts={len(self.attempts)}, "
            f"delivered={self.delivered})"
        )


class Deliverer:
    """Queues status changes and POSTs them to the partner's ``webhookUrl`` in order."""

    def __init__(
        self,
        backend: Backend,
        *,
        max_attempts: int,
        retry_wait: float,
        transport: httpx.BaseTransport | None,
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

    def _new_http(self, transport: httpx.BaseTransport | None) -> httpx.Client:
        # trust_env=False: deliveries go where webhookUrl says, never through a proxy.
        return httpx.Client(transport=transport, timeout=self._timeout, trust_env=False)

    def set_transport(self, transport: httpx.BaseTransport | None) -> None:
        """Send later attempts through ``transport`` (None: real HTTP)."""
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
            signature = sign(delivery.body, secret, timestamp=int(self._backend.clock.timestamp()))
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
                outcome = DeliveryAttempt(None, type(error).__name__, signature, sent_at)
            else:
                outcome = DeliveryAttempt(response.status_code, None, signature, sent_at)
            with self._lock:
                delivery.headers = headers
                delivery.attempts.append(outcome)
                delivery.delivered = outcome.status_code is not None and (
                    200 <= outcome.status_code < 300
                )
            if delivery.delivered or self._closed:
                return
