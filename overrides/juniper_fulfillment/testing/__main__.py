"""``python -m juniper_fulfillment.testing``: the fake Juniper as a local HTTP server.

Point any client, in any language, at the printed URLs with the printed credentials.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from ._fake import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeJuniper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m juniper_fulfillment.testing",
        description="Run a stateful fake of the Juniper Order Fulfillment API on 127.0.0.1.",
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
    args = parser.parse_args(argv)
    with FakeJuniper(
        spec=args.spec,
        client_id=args.client_id,
        client_secret=args.client_secret,
        seed=args.seed,
        token_lifetime=args.token_lifetime,
    ) as fake:
        server = fake.serve(args.host, args.port)
        shown_secret = (
            args.client_secret
            if args.client_secret == DEFAULT_CLIENT_SECRET
            else "(the --client-secret you gave)"
        )
        print(f"JUNIPER_BASE_URL={server.base_url}", flush=True)
        print(f"JUNIPER_TOKEN_URL={server.token_url}", flush=True)
        print(f"JUNIPER_CLIENT_ID={args.client_id}", flush=True)
        print(f"JUNIPER_CLIENT_SECRET={shown_secret}", flush=True)
        print("fake Juniper running; Ctrl-C to stop", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
