"""``juniper-fake`` and ``python -m juniper_fulfillment.testing``: the fake Juniper as a local
HTTP server, with its control plane under ``/_fake``.

Point any client, in any language, at the printed URLs with the printed credentials. SIGTERM and
SIGINT (Ctrl-C) stop it cleanly with exit status 0.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from ._app import CONTROL_PREFIX
from ._fake import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeJuniper
from ._spec import spec_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="juniper-fake",
        description=(
            "Run a stateful fake of the Juniper Order Fulfillment API, with its control plane "
            f"under {CONTROL_PREFIX}/ (described at {CONTROL_PREFIX}/openapi.json)."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 = any)")
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID)
    parser.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET)
    parser.add_argument("--seed", type=int, default=0, help="seed of ids and the catalogue")
    parser.add_argument(
        "--spec", default=None, help="the OpenAPI document to serve (default: the bundled one)"
    )
    parser.add_argument(
        "--token-lifetime", type=int, default=3600, help="expires_in of access tokens, seconds"
    )
    parser.add_argument(
        "--webhook-url",
        default=None,
        help="where to deliver orderStatusChanged webhooks (kept across resets)",
    )
    args = parser.parse_args(argv)
    if args.token_lifetime < 1:
        parser.error("--token-lifetime must be at least 1")
    try:
        fake = FakeJuniper(
            spec=args.spec,
            client_id=args.client_id,
            client_secret=args.client_secret,
            seed=args.seed,
            token_lifetime=args.token_lifetime,
            webhook_url=args.webhook_url,
        )
    except ValueError as error:
        parser.error(str(error))
    # The signal handler only sets an event: an exception raised from a handler can land inside
    # a lock or a thread start of the serving loop and leave it hung. The server runs on its own
    # thread and the main thread waits, so a signal is seen within the wait's timeout.
    stop = threading.Event()
    handled = threading.current_thread() is threading.main_thread()
    if handled:
        previous = {
            number: signal.signal(number, lambda signum, frame: stop.set())
            for number in (signal.SIGTERM, signal.SIGINT)
        }
    try:
        with fake, fake.serve(args.host, args.port) as server:
            _banner(args, fake, server.url, server.base_url, server.token_url)
            while not stop.wait(0.5):
                pass
    finally:
        if handled:
            for number, handler in previous.items():
                signal.signal(number, handler)
    print("fake Juniper stopped", flush=True)
    return 0


def _banner(
    args: argparse.Namespace, fake: FakeJuniper, url: str, base_url: str, token_url: str
) -> None:
    shown_secret = (
        args.client_secret
        if args.client_secret == DEFAULT_CLIENT_SECRET
        else "(the --client-secret you gave)"
    )
    control = url + CONTROL_PREFIX
    lines = [
        f"JUNIPER_BASE_URL={base_url}",
        f"JUNIPER_TOKEN_URL={token_url}",
        f"JUNIPER_CLIENT_ID={args.client_id}",
        f"JUNIPER_CLIENT_SECRET={shown_secret}",
        f"JUNIPER_FAKE_CONTROL_URL={control}",
    ]
    if fake.webhook_url is not None:
        lines.append(f"JUNIPER_WEBHOOK_URL={fake.webhook_url}")
    lines += [
        f"control plane: {control}/ (OpenAPI document: {control}/openapi.json)",
        f"API spec: {args.spec or spec_path()} (as JSON: {control}/api-spec.json)",
    ]
    if fake.webhook_url is not None:
        lines.append(f"webhook secret: GET {control}/webhook")
    lines.append("fake Juniper running; Ctrl-C or SIGTERM stops it")
    for line in lines:
        print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
