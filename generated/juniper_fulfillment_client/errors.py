"""Errors raised by the API functions and the models' ``from_dict``, and the checks behind them.

juniper-fulfillment: the stock template has only UnexpectedStatus, a plain Exception, and lets a
malformed response body escape as KeyError/TypeError. Here every error shares the base class
JuniperError, which the hand-written juniper_fulfillment package re-exports and extends, so one
``except JuniperError`` catches everything the client raises. The generated models call the
checks below while they parse, so a body that does not match the spec fails with a message that
names where it is wrong.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
import uuid
from collections.abc import Callable, Collection, Mapping
from enum import Enum
from io import BytesIO
from typing import Any, TypeVar

from .types import UNSET, File

_E = TypeVar("_E", bound=Enum)
_C = TypeVar("_C", str, int, float, bool)


class JuniperError(Exception):
    """Base class of every error raised by this client."""


class UnexpectedStatus(JuniperError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseValidationError(JuniperError, ValueError):
    """A body that does not match the API description.

    A declared field of the wrong JSON type, a required field missing, a value that is not what
    its format says (a date-time that is not one), a body of the wrong shape (an array where an
    object is declared), or a response that is not JSON at all. Unknown fields and unknown enum
    values are not errors. Raised while parsing a response and by the models' ``from_dict`` on
    any data; the message names the place, ``orders[3].lineItems[0].productId: expected
    integer, got string``, and never quotes a value from the body. ``from_dict(data,
    strict=True)`` refuses unknown fields too (``shipping_method: unknown field; did you mean
    shippingMethod?``), except where the spec declares ``additionalProperties``.

    Attributes:
        path: where in the body, such as ``orders[3].lineItems[0].productId``; empty for the
            body itself.
        problem: what is wrong there, such as ``expected integer, got string``.
        status_code: the status of the response being parsed, or None outside a response.
        content: the raw response body, exactly as received, or None outside a response.
    """

    def __init__(
        self,
        problem: str,
        *,
        path: tuple[str | int, ...] = (),
        status_code: int | None = None,
        content: bytes | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        # Innermost first: each enclosing model or list adds its segment as the error passes out.
        self._segments: list[str | int] = list(reversed(path))
        self.status_code = status_code
        self.content = content

    def prefix(self, *segments: str | int) -> ResponseValidationError:
        """Put ``segments`` (a field name, a list index; outermost first) in front of the path."""
        self._segments.extend(reversed(segments))
        return self

    @property
    def path(self) -> str:
        text = ""
        for segment in reversed(self._segments):
            if isinstance(segment, int):
                text += f"[{segment}]"
            else:
                text += f".{segment}" if text else segment
        return text

    def __str__(self) -> str:
        path = self.path
        message = f"{path}: {self.problem}" if path else self.problem
        if self.status_code is not None:
            message = f"the {self.status_code} response does not match the API description: {message}"
        return message


# ------------------------------------------------------------------- checks used by the models
_JSON_TYPES: dict[type, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
    type(None): "null",
}


def _json_type(value: object) -> str:
    name = _JSON_TYPES.get(type(value))
    if name is not None:
        return name
    if isinstance(value, bool):
        return "boolean"
    for kind, kind_name in _JSON_TYPES.items():
        if isinstance(value, kind):
            return kind_name
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def invalid(
    key: str | int | None, expected: str, value: object
) -> ResponseValidationError:
    """The error for ``value`` found at ``key`` where ``expected`` was declared."""
    if value is UNSET:
        problem = "required field is missing"
    else:
        problem = f"expected {expected}, got {_json_type(value)}"
    return ResponseValidationError(problem, path=() if key is None else (key,))


def invalid_item(
    key: str | int | None, items: list[Any], kind: type, expected: str
) -> ResponseValidationError:
    """The error for the first element of ``items`` that is not a ``kind``."""
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            error = invalid(index, expected, item)
            return error if key is None else error.prefix(key)
    raise AssertionError("every element is valid")  # pragma: no cover - callers checked


# A key is quoted in a message, so a long one (a value typed where a key belongs) is cut short.
_KEY_SHOWN = 64


def _shown(key: object) -> str:
    text = key if isinstance(key, str) else repr(key)
    return text if len(text) <= _KEY_SHOWN else text[: _KEY_SHOWN - 3] + "..."


def _folded(name: str) -> str:
    """``name`` without case, ``_`` or ``-``: ``shipping_method`` and ``shippingMethod`` meet."""
    return name.replace("_", "").replace("-", "").lower()


def closest_field(key: object, fields: Collection[str]) -> str | None:
    """The declared field ``key`` most probably meant: the same name in another spelling
    (``shipping_method``, ``ShippingMethod`` for ``shippingMethod``), else the closest by
    difflib (``administraton`` for ``administration``), else None."""
    if not isinstance(key, str):
        return None
    by_folded = {_folded(field): field for field in sorted(fields)}
    same = by_folded.get(_folded(key))
    if same is not None:
        return same
    close = difflib.get_close_matches(_folded(key), list(by_folded), n=1)
    return by_folded[close[0]] if close else None


def unknown_fields(
    src_dict: Mapping[Any, Any], fields: Collection[str]
) -> ResponseValidationError:
    """The error for the keys of ``src_dict`` that are not in ``fields``, named by the first."""
    unknown = [key for key in src_dict if key not in fields]
    first = unknown[0]
    suggestion = closest_field(first, fields)
    if suggestion is not None:
        problem = f"unknown field; did you mean {suggestion}?"
    else:
        problem = "unknown field; declared here: " + ", ".join(sorted(fields))
    if len(unknown) > 1:
        others = ", ".join(_shown(key) for key in unknown[1:6])
        more = f" and {len(unknown) - 6} more" if len(unknown) > 6 else ""
        problem += f" (also unknown here: {others}{more})"
    return ResponseValidationError(problem, path=(_shown(first),))


def check_object(value: object) -> Mapping[str, Any]:
    """``value`` when it is a JSON object (any mapping), else the error for the body's shape."""
    if isinstance(value, Mapping):
        return value
    raise invalid(None, "object", value)


def as_int(key: str | int | None, value: object) -> int:
    """A JSON integer. ``2.0`` is the integer 2 (JSON does not tell them apart); ``true`` is not."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if type(value) is float and value.is_integer():
        return int(value)
    raise invalid(key, "integer", value)


def as_number(key: str | int | None, value: object) -> float:
    """A JSON number: an int or a float, never a bool."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise invalid(key, "number", value)


def as_enum(
    cls: type[_E], value_type: type, key: str | int | None, value: object
) -> _E:
    """The member of ``cls`` for ``value``: a listed one, or an unlisted one for a new value."""
    if value_type is int:
        value = as_int(key, value)
    elif not isinstance(value, value_type):
        raise invalid(
            key, "string" if value_type is str else value_type.__name__, value
        )
    try:
        return cls(value)
    except ValueError:
        raise invalid(key, f"a {cls.__name__} value", value) from None


# RFC 3339 section 5.6 allows a lowercase "t" and "z", and a leap second, 60, in the seconds.
_LEAP_SECOND = re.compile(r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:)60(?:\.\d+)?")


def as_datetime(key: str | int | None, value: object) -> datetime.datetime:
    """An RFC 3339 date-time, always timezone-aware.

    A value without an offset (``2024-05-01T12:00:00``), or a bare date where a date-time is
    declared, is taken as UTC. A leap second (``23:59:60``) is read as ``23:59:59.999999`` of the
    same minute: Python's datetime has no 60th second, and this keeps order and the date. Digits
    of a fraction beyond microseconds are dropped.
    """
    if not isinstance(value, str):
        raise invalid(key, "string (date-time)", value)
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        text = _LEAP_SECOND.sub(r"\g<1>59.999999", value.upper(), count=1)
        try:
            parsed = datetime.datetime.fromisoformat(text)
        except ValueError:
            raise invalid(key, "an RFC 3339 date-time", value) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed


def as_date(key: str | int | None, value: object) -> datetime.date:
    """An RFC 3339 full-date (``2024-05-01``)."""
    if not isinstance(value, str):
        raise invalid(key, "string (date)", value)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise invalid(key, "an RFC 3339 full-date", value) from None


def no_match(
    key: str | int | None, expected: str, value: object
) -> ResponseValidationError:
    """The error for a value of a union whose members of the value's JSON type all refused it."""
    found = _json_type(value)
    article = "an" if found[0] in "aeiou" else "a"
    return ResponseValidationError(
        f"expected {expected}, got {article} {found} that matches none of them",
        path=() if key is None else (key,),
    )


_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


def as_uuid(key: str | int | None, value: object) -> uuid.UUID:
    """A UUID in its text form, ``8-4-4-4-12`` hexadecimal digits in either case."""
    if not isinstance(value, str):
        raise invalid(key, "string (uuid)", value)
    if _UUID.fullmatch(value) is None:
        raise invalid(key, "a UUID", value)
    return uuid.UUID(value)


def as_file(key: str | int | None, value: object) -> File:
    """A ``format: binary`` value: JSON carries it as a string, whose UTF-8 bytes are the file's.

    ``File.to_text()`` gives the string back, so a model round-trips. Bytes and a ``File`` are
    taken as they are (a mapping built in Python for a request body).
    """
    if isinstance(value, File):
        return value
    if isinstance(value, bytes):
        return File(payload=BytesIO(value))
    if isinstance(value, str):
        return File(payload=BytesIO(value.encode("utf-8", "surrogatepass")))
    raise invalid(key, "string (binary)", value)


def as_const(key: str | int | None, expected: _C, value: object) -> _C:
    """``expected`` when ``value`` is that constant (``1.0`` is ``1``; ``true`` is not)."""
    if (
        value == expected
        and isinstance(value, bool) is isinstance(expected, bool)
        and isinstance(value, str) is isinstance(expected, str)
    ):
        return expected
    if value is UNSET:
        raise invalid(key, json.dumps(expected), value)
    found = _json_type(value)
    if found == _json_type(expected):
        found = f"another {found}"  # the value itself is never quoted
    raise ResponseValidationError(
        f"expected {json.dumps(expected)}, got {found}",
        path=() if key is None else (key,),
    )


# ------------------------------------------------------------------- decoding JSON text
_orjson_loads: Callable[[bytes | bytearray], Any] | None
try:
    from orjson import loads as _orjson_loads
except ImportError:  # the `speed` extra is not installed
    _orjson_loads = None

# orjson turns an integer beyond the 64-bit range into a float, losing digits; such an integer
# has 19 digits or more. Text with a run of 19 digits (an integer, a long fraction or a string)
# goes to json.loads instead: mapping every digit to "0" and the rest to " " is one C pass.
# Any 19 bytes in a row hold 4 at offsets that are multiples of 4, so every fourth byte is
# looked at first (a quarter of the work); only when 4 of those in a row are digits (a run of
# 13 digits or more in the text, at some offsets) is the whole text looked at.
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_DIGIT_RUN = b"0" * 19
_SAMPLED_RUN = b"0" * 4


def _has_long_digit_run(data: bytes | bytearray) -> bool:
    """Whether ``data`` holds 19 ASCII digits in a row."""
    if _SAMPLED_RUN not in data[::4].translate(_DIGITS_AS_ZERO):
        return False
    return _LONG_DIGIT_RUN in data.translate(_DIGITS_AS_ZERO)


def decode_json(text: str | bytes | bytearray) -> Any:
    """The value of the JSON text ``text``: exactly what ``json.loads`` gives, faster if it can.

    With orjson importable (the ``speed`` extra) orjson decodes, in about half the time. What
    orjson would decode differently goes to ``json.loads``: text it refuses (NaN, the
    infinities, a lone surrogate, a byte-order mark, UTF-16) and text with a run of 19 digits
    or more (an integer beyond 64 bits). So the values and the errors are the standard
    library's: text that is not JSON raises ``json.JSONDecodeError`` (or ``UnicodeDecodeError``).
    """
    if _orjson_loads is not None:
        try:
            data = text.encode() if isinstance(text, str) else text
            if not _has_long_digit_run(data):
                return _orjson_loads(data)
        except (
            ValueError
        ):  # orjson.JSONDecodeError, UnicodeEncodeError: json.loads judges
            pass
    return json.loads(text)


# ------------------------------------------------------------------- the models' JSON text
def dump_json(data: Any) -> str:
    """``data`` (what a model's ``to_dict()`` gives) as compact JSON text.

    Non-ASCII text stays as it is (JSON is UTF-8 on the wire); NaN and the infinities, which
    JSON cannot carry and the API never sends, are refused with ValueError.
    """
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def load_json(text: str | bytes | bytearray) -> Any:
    """The value of the JSON text ``text``, or ResponseValidationError if it is not JSON.

    The message gives the kind of failure only (never a piece of the text, which may hold
    patients' data).
    """
    if not isinstance(text, str | bytes | bytearray):
        raise TypeError(f"expected JSON text (str or bytes), got {type(text).__name__}")
    try:
        return decode_json(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        where = (
            f" at character {error.pos}"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        raise ResponseValidationError(
            f"the text is not JSON ({type(error).__name__}{where})"
        ) from None


__all__ = ["JuniperError", "ResponseValidationError", "UnexpectedStatus"]
