"""The ``juniper_fulfillment`` logger and its opt-in stderr handler.

``JUNIPER_LOG=info`` logs one line per HTTP attempt (method, path, status, attempt number, elapsed
time, the server's request id) and each retry with its reason; ``JUNIPER_LOG=debug`` adds, per
attempt, the full URL with its query and the request and response headers, and token lifetimes.
Bodies are not logged unless asked for (``JUNIPER_LOG_BODIES=1`` or ``log_bodies=True``), and then
only at DEBUG, after :class:`BodyLog` has redacted every customer field: they hold patients' names
and addresses. Token requests and answers are never logged. Nothing logged ever contains a
client secret, an access token or an ``Authorization`` header (its value is redacted); the
handler also masks anything shaped like a bearer token, in case a message from elsewhere carries
one.

``JUNIPER_LOG`` is read each time a client is created. The stderr handler writes only while the
root logger has no handler of its own: under ``logging.basicConfig`` (or any logging set-up) the
records reach the root's handlers instead, so each line appears once.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any, Final

from juniper_fulfillment_client._spec import PERSONAL_DATA_KEYS

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


BodyRedactor = Callable[[Any], Any]
"""Given a body parsed from JSON, returns what may be logged of it (``body_redactor=``)."""

_REDACTED: Final = "[redacted]"


def log_bodies_from_env() -> bool:
    """``JUNIPER_LOG_BODIES=1`` (or ``true``, ``yes``, ``on``): log redacted bodies at DEBUG."""
    value = os.environ.get("JUNIPER_LOG_BODIES", "").strip().lower()
    return value in {"1", "true", "yes", "on"}


def redact_keys(body: Any, keys: frozenset[str]) -> Any:
    """``body`` with the value of every object key in ``keys``, at any depth, ``[redacted]``."""
    if isinstance(body, dict):
        return {
            key: _REDACTED if key in keys else redact_keys(value, keys)
            for key, value in body.items()
        }
    if isinstance(body, list):
        return [redact_keys(item, keys) for item in body]
    return body


class BodyLog:
    """What a logged body shows: JSON after the redactor, anything else only its size and type.

    The default redactor replaces the customer fields the spec declares (``PERSONAL_DATA_KEYS``,
    derived at generation time from the schemas a ``customer`` property refers to) and the
    ``extra_keys`` the user names; ``redactor`` replaces it entirely.
    """

    __slots__ = ("_keys", "_redactor")

    def __init__(self, redactor: BodyRedactor | None = None, extra_keys: Iterable[str] = ()):
        if redactor is not None and not callable(redactor):
            raise TypeError(
                f"body_redactor must be a callable, or None, not {type(redactor).__name__}"
            )
        if isinstance(extra_keys, str):
            raise TypeError("redact_keys must be a collection of key names, not a str")
        self._keys = PERSONAL_DATA_KEYS | frozenset(extra_keys)
        self._redactor = redactor

    def render(self, content: bytes, content_type: str | None) -> str:
        shown_type = content_type or "no content-type"
        if not content:
            return "(empty)"
        if "json" not in (content_type or "").lower():
            # Not parsed, so not redactable: never dumped.
            return f"({len(content)} bytes, {shown_type})"
        try:
            body = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            return f"({len(content)} bytes, {shown_type}, not valid JSON)"
        try:
            if self._redactor is not None:
                shown = self._redactor(body)
            else:
                shown = redact_keys(body, self._keys)
            return json.dumps(shown, ensure_ascii=False, separators=(",", ":"))
        except Exception as error:  # a body the redactor could not handle is not shown at all
            return (
                f"({len(content)} bytes, {shown_type}; body_redactor raised {type(error).__name__})"
            )
