"""Client for the Epoch SCO2 API (requests, no Qt), in the spirit of Mergin Maps' client package."""

from .auth import ApiKeyCredentials, PasswordCredentials
from .client import BatchJob, EpochClient, Upload
from .errors import (
    AuthenticationError,
    BadRequestError,
    CancelledError,
    ConfigurationError,
    DownloadError,
    EpochError,
    IncompleteStreamError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from .servers import DEVELOPMENT_URL, PRODUCTION_URL

__all__ = [
    "ApiKeyCredentials", "PasswordCredentials", "BatchJob", "EpochClient", "Upload", "AuthenticationError",
    "BadRequestError", "CancelledError", "ConfigurationError", "DownloadError", "EpochError",
    "IncompleteStreamError", "NetworkError", "NotFoundError", "RateLimitedError", "ServerError",
    "DEVELOPMENT_URL", "PRODUCTION_URL",
]
