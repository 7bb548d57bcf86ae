"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    def to_text(self) -> str:
        """The payload as the JSON string of a ``format: binary`` field: its bytes read as UTF-8.

        A seekable payload is read from where it stands and put back there, so the file can still
        be sent or read afterwards.
        """
        position = self.payload.tell() if self.payload.seekable() else None
        data = self.payload.read()
        if position is not None:
            self.payload.seek(position)
        return data.decode("utf-8", "surrogatepass")


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


# What the operation modules do with their arguments before sending.
def path_segment(name: str, value: object) -> str:
    """``value`` as one percent-encoded segment of a request path, for the parameter ``name``.

    An empty or whitespace-only value, ``.`` or ``..`` raises ValueError: the URL would name
    another endpoint (``/orders/..`` is ``/``), not the resource with that id. Anything else,
    ``/``, ``%`` and ``?`` included, is encoded and stays inside its segment.
    """
    text = value if type(value) is str else str(value)
    # The usual id (letters and digits) needs no encoding and cannot be empty, "." or "..".
    if text.isalnum() and text.isascii():
        return text
    if not text.strip():
        raise ValueError(f"{name} must not be empty or only whitespace")
    if text in (".", ".."):
        raise ValueError(
            f"{name} must not be {text!r}: a URL path reads it as a step to another endpoint, "
            "not as an id"
        )
    return quote(text, safe="")


def with_extra_body(body: object, extra_body: Mapping[str, object]) -> dict[str, Any]:
    """The JSON object ``body`` with the fields of ``extra_body`` added at its top level.

    ``extra_body`` is for fields the API description does not declare yet; its values are sent
    as given, unchecked. A key the body already has raises ValueError rather than replacing it
    silently; ``body`` None (an optional body left out) sends ``extra_body`` alone.
    """
    if not isinstance(extra_body, Mapping):
        raise TypeError(
            f"extra_body must be a mapping, not {type(extra_body).__name__}"
        )
    if body is not None and not isinstance(body, dict):
        raise TypeError("extra_body needs a request body that is a JSON object")
    merged: dict[str, Any] = dict(body or {})
    for key, value in extra_body.items():
        if not isinstance(key, str):
            raise TypeError(
                f"extra_body keys must be strings, not {type(key).__name__}"
            )
        if key in merged:
            raise ValueError(
                f"extra_body: {key!r} is already in the body; set it there, not in extra_body"
            )
        merged[key] = value
    return merged


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
