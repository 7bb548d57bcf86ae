"""juniper-fulfillment: the Python client for the Juniper Health Order Fulfillment API."""

from ._client import AsyncJuniperClient, JuniperClient
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
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "CredentialProviderError",
    "InternalServerError",
    "JuniperClient",
    "JuniperError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "SyncCursorPage",
    "Token",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "apaginate",
    "paginate",
]
