"""The ``juniper_fulfillment`` logger and its opt-in stderr handler.

``JUNIPER_LOG=info`` logs one line per HTTP attempt (method, path, status, attempt number, elapsed
time, the server's request id) and each retry with its reason; ``JUNIPER_LOG=debug`` adds, per
attempt, the full URL with its query and the request and response headers, and token lifetimes.
Bodies are never logged: they hold patients' names and addresses. Nothing logged ever contains a
client secret, an access token or an ``Authorization`` header (its value is redacted); the
handler also masks anything shaped like a bearer token, in case a message from elsewhere carries
one.

``JUNIPER_LOG`` is read each time a client is created. The stderr handler writes only while the
root logger has no handler of its own: under ``logging.basicConfig`` (or any logging set-up) the
records reach the root's handlers instead, so each line appears once.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterable
from typing import Final

logger = logging.getLogger("juniper_fulfillment")

_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}
_BEARER: Final = re.compile(r"(?i)(bearer\s+)[^\s,;\"']+")
_SECRET_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
# True once the stderr handler is attached (it is attached at most once per process).
_configured = False
_configure_lock = threading.Lock()


class RedactingFormatter(logging.Formatter):
    """Formats records, then masks bearer tokens."""

    def format(self, record: logging.LogRecord) -> str:
        return _BEARER.sub(r"\1[redacted]", super().format(record))


def _root_has_no_handlers(record: logging.LogRecord) -> bool:
    # The root's handlers print propagated records already: a second copy would be a duplicate.
    return not logging.getLogger().handlers


def configure_from_env() -> None:
    """Apply ``JUNIPER_LOG``: set the logger's level and attach the stderr handler once."""
    global _configured
    level = _LEVELS.get(os.environ.get("JUNIPER_LOG", "").strip().lower())
    if level is None:
        return
    with _configure_lock:
        logger.setLevel(level)
        if _configured or logging.getLogger().handlers:
            return
        _configured = True
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_root_has_no_handlers)
        logger.addHandler(handler)


def redacted_headers(headers: Iterable[tuple[str, str]]) -> str:
    """``headers`` for a log line, with credentials and cookies replaced by ``[redacted]``."""
    return ", ".join(
        f"{name}: {'[redacted]' if name.lower() in _SECRET_HEADERS else value}"
        for name, value in headers
    )
