"""The ``juniper-fake`` console script: ``python -m juniper_fulfillment.testing`` under a short
name, which says how to install the ``testing`` extra instead of failing with a traceback."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from juniper_fulfillment.testing.__main__ import main as serve
    except ModuleNotFoundError as error:
        if error.name is None or error.name.partition(".")[0] == "juniper_fulfillment":
            raise
        print(f"juniper-fake: {error}", file=sys.stderr)
        return 2
    return serve()


if __name__ == "__main__":
    sys.exit(main())
