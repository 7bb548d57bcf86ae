"""A webhook receiver for Juniper's order status notifications, on the standard library only.

    JUNIPER_WEBHOOK_SECRET=<secret>[,<previous secret>] python examples/webhook_receiver.py [PORT]

It answers 200 to a genuine delivery, 200 with a "duplicate" note to a delivery whose id it has
already seen (without processing it again), and 400 to anything that fails verification, saying
why. Pass two comma-separated secrets while rotating. It prints one line per delivery.

For production: put it behind TLS, and keep the seen-id store somewhere shared and durable (a
database table with a unique key on the delivery id) when more than one process receives.
"""

from __future__ import annotations

import http.server
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from juniper_fulfillment import WebhookVerificationError
from juniper_fulfillment.webhooks import WebhookEvent, construct_event

# Order notifications are small; refusing anything larger bounds what one request can cost.
MAX_BODY = 1024 * 1024
SEEN_CAPACITY = 10_000


class SeenDeliveries:
    """The most recent delivery ids, at most ``capacity`` of them, so that memory stays flat.

    An id that has been evicted is treated as new again; Juniper redelivers within minutes, so
    10,000 ids cover any realistic retry window.
    """

    def __init__(self, capacity: int = SEEN_CAPACITY) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def claim(self, delivery_id: str) -> bool:
        """Record ``delivery_id``; False if it is already recorded (a duplicate)."""
        with self._lock:
            if delivery_id in self._ids:
                return False
            self._ids[delivery_id] = None
            if len(self._ids) > self._capacity:
                self._ids.popitem(last=False)
            return True

    def release(self, delivery_id: str) -> None:
        """Forget ``delivery_id``, so that a redelivery is processed (after a failure)."""
        with self._lock:
            self._ids.pop(delivery_id, None)

    def __len__(self) -> int:
        return len(self._ids)


def handle(event: WebhookEvent) -> None:
    """Your business logic: here, one line per order status change."""
    order = event.order
    print(f"order {order.order_id} is now {order.status} (delivery {event.webhook_id})", flush=True)


def make_server(
    host: str,
    port: int,
    secrets: Sequence[str] | Callable[[], Sequence[str]],
    on_event: Callable[[WebhookEvent], None] = handle,
) -> http.server.ThreadingHTTPServer:
    """A receiver listening on ``host:port`` (port 0 picks a free one) that accepts ``secrets``.

    ``secrets`` may be a function returning the secrets to accept, read on every delivery, so
    that a rotation takes effect without a restart. ``on_event`` processes each verified,
    first-seen delivery (by default :func:`handle`). Call ``serve_forever()`` on the result, and
    ``shutdown()`` then ``server_close()`` to stop.
    """
    if callable(secrets):
        current_secrets = secrets
    else:
        fixed = list(secrets)

        def current_secrets() -> Sequence[str]:
            return fixed

    seen = SeenDeliveries()

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                length = -1
            if length < 0:
                self.reject(400, "a Content-Length header is required")
                return
            if length > MAX_BODY:
                self.reject(413, f"the body is larger than {MAX_BODY} bytes")
                return
            raw_body = self.rfile.read(length)  # the exact bytes that were signed
            try:
                event = construct_event(raw_body, self.headers, list(current_secrets()))
            except WebhookVerificationError as error:
                self.reject(400, f"rejected: {error}")
                return
            delivery_id = event.webhook_id
            if delivery_id is not None and not seen.claim(delivery_id):
                print(f"duplicate delivery {delivery_id}: already processed", flush=True)
                self.reply(200, "duplicate delivery, already processed")
                return
            try:
                on_event(event)
            except Exception as error:
                # Not processed: forget the id and answer 500 so that Juniper delivers again.
                if delivery_id is not None:
                    seen.release(delivery_id)
                print(f"delivery {delivery_id} failed: {type(error).__name__}", flush=True)
                self.reply(500, "processing failed, please deliver again")
                return
            self.reply(200, "ok")

        def reject(self, status: int, text: str) -> None:
            print(f"{status} {text}", flush=True)
            # The body may be unread or only partly read: do not reuse the connection.
            self.close_connection = True
            self.reply(status, text)

        def reply(self, status: int, text: str) -> None:
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Silence the default access log: each delivery already prints one line."""

    return http.server.ThreadingHTTPServer((host, port), Receiver)


def main() -> int:
    secrets = [part.strip() for part in os.environ.get("JUNIPER_WEBHOOK_SECRET", "").split(",")]
    secrets = [secret for secret in secrets if secret]
    if not secrets:
        print(
            "set JUNIPER_WEBHOOK_SECRET to the webhook secret "
            "(comma-separate the new and the old one while rotating)",
            file=sys.stderr,
        )
        return 2
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    server = make_server("127.0.0.1", port, secrets)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
