"""Errors raised by the API functions.

juniper-fulfillment: the stock template has only UnexpectedStatus, a plain Exception, and lets a
malformed response body escape as KeyError/TypeError. Here every error shares the base class
JuniperError, which the hand-written juniper_fulfillment package re-exports and extends, so one
``except JuniperError`` catches everything the client raises.
"""


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


class ResponseValidationError(JuniperError):
    """A successful response whose body does not match the spec (not JSON, a required field
    missing, a value of the wrong type). ``content`` is the raw body; the cause is chained."""

    def __init__(self, status_code: int, content: bytes, error: Exception):
        self.status_code = status_code
        self.content = content
        self.error = error
        super().__init__(
            f"The {status_code} response does not match the API description: "
            f"{type(error).__name__}: {error}"
        )


__all__ = ["JuniperError", "ResponseValidationError", "UnexpectedStatus"]
