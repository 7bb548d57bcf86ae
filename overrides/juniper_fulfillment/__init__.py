"""juniper-fulfillment: the Python client for the Juniper Health Order Fulfillment API."""

from ._client import AsyncJuniperClient, JuniperClient
from ._hooks import AttemptEvent, Hooks, ResponseEvent, RetryEvent, TokenEvent
from ._pagination import AsyncCursorPage, SyncCursorPage, apaginate, paginate
from ._token import Token
from ._version import API_VERSION, __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    CredentialProviderError,
    InternalServerError,
    JuniperError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    UnexpectedStatus,
    UnprocessableEntityError,
    WebhookVerificationError,
)

__all__ = [
    "API_VERSION",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCursorPage",
    "AsyncJuniperClient",
    "AttemptEvent",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "CredentialProviderError",
    "Hooks",
    "InternalServerError",
    "JuniperClient",
    "JuniperError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseEvent",
    "ResponseValidationError",
    "RetryEvent",
    "SyncCursorPage",
    "Token",
    "TokenEvent",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "apaginate",
    "paginate",
]
