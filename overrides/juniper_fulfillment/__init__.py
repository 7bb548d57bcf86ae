"""juniper-fulfillment: the Python client for the Juniper Health Order Fulfillment API."""

from ._client import JuniperClient
from ._pagination import apaginate, paginate
from ._version import API_VERSION, __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    JuniperError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
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
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "JuniperClient",
    "JuniperError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "apaginate",
    "paginate",
]
