"""The ``juniper_fulfillment`` logger and its opt-in stderr handler.

``JUNIPER_LOG=info`` logs one line per HTTP attempt (method, path, status, attempt number, elapsed
time) and each retry; ``JUNIPER_LOG=debug`` adds token lifetimes. Nothing logged ever contains a
client secret, an access token or an ``Authorization`` header; the handler also masks anything
shaped like a bearer token, in case a message from elsewhere carries one.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from typing import Final

logger = logging.getLogger("juniper_fulfillment")

_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}
_BEARER: Final = re.compile(r"(?i)(bearer\s+)[^\s,;\"']+")
_configured = False
_configure_lock = threading.Lock()


class RedactingFormatter(logging.Formatter):
    """Formats records, then masks bearer tokens."""

    def format(self, record: logging.LogRecord) -> str:
        return _BEARER.sub(r"\1[redacted]", super().format(record))


def configure_from_env() -> None:
    """Attach a stderr handler once per process when ``JUNIPER_LOG`` asks for one."""
    global _configured
    if _configured:
        return
    with _configure_lock:
        if _configured:
            return
        _configured = True
        level = _LEVELS.get(os.environ.get("JUNIPER_LOG", "").strip().lower())
        if level is None:
            return
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
