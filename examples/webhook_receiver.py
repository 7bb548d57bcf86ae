"""A webhook receiver for Juniper's order status notifications, on the standard library only.

    JUNIPER_WEBHOOK_SECRET=<secret>[,<previous secret>] python examples/webhook_receiver.py [PORT]

It answers 200 to a genuine delivery (and 200 to a repeated one, which it does not process
again) and 400 to anything that fails verification, saying why. Pass two comma-separated secrets
while rotating. Put it behind TLS in production, and keep the seen-id store somewhere shared
(a database table with a unique key) when you run more than one process.
"""

from __future__ import annotations

import http.server
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence

from juniper_fulfillment import WebhookVerificationError
from juniper_fulfillment.webhooks import WebhookEvent, construct_event

MAX_BODY = 1024 * 1024


class SeenDeliveries:
    """The most recent delivery ids, bounded so that memory stays flat."""

    def __init__(self, capacity: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def first_time(self, delivery_id: str) -> bool:
        """Record ``delivery_id``; False if it was recorded before."""
        with self._lock:
            if delivery_id in self._ids:
                return False
            self._ids[delivery_id] = None
            if len(self._ids) > self._capacity:
                self._ids.popitem(last=False)
            return True


def handle(event: WebhookEvent) -> None:
    """Your business logic: here, one line per order status change."""
    order = event.order
    print(f"order {order.order_id} is now {order.status} (delivery {event.webhook_id})", flush=True)


def make_server(host: str, port: int, secrets: Sequence[str]) -> http.server.ThreadingHTTPServer:
    """A receiver listening on ``host:port`` (port 0 picks a free one) that accepts ``secrets``."""
    seen = SeenDeliveries()

    class Receiver(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """One line per delivery is printed by handle() and reply() instead."""

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self.reply(413, "body too large")
                return
            raw_body = self.rfile.read(length)  # the exact bytes that were signed
            try:
                event = construct_event(raw_body, self.headers, list(secrets))
            except WebhookVerificationError as error:
                print(f"rejected: {error}", flush=True)
                self.reply(400, f"rejected: {error}")
                return
            if event.webhook_id is not None and not seen.first_time(event.webhook_id):
                self.reply(200, "duplicate delivery, already processed")
                return
            handle(event)
            self.reply(200, "ok")

        def reply(self, status: int, text: str) -> None:
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return http.server.ThreadingHTTPServer((host, port), Receiver)


def main() -> int:
    secrets = [
        s.strip() for s in os.environ.get("JUNIPER_WEBHOOK_SECRET", "").split(",") if s.strip()
    ]
    if not secrets:
        print("set JUNIPER_WEBHOOK_SECRET (comma-separate two secrets while rotating)")
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
