"""Known Epoch servers and the rule for which base URLs the client accepts."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from .errors import ConfigurationError

PRODUCTION_URL = "https://epoch-sco2-api.com"
DEVELOPMENT_URL = "https://dev-epoch-sco2-api.com"


def is_loopback_host(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ``::1``."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_base_url(url: str) -> str:
    """Check and tidy a base URL: https anywhere, plain http only on this machine.

    Raises :class:`ConfigurationError` with the reason otherwise. The result has
    no trailing slash, so paths join as ``base + "/validate_locations"``.
    """
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"'{text}' is not a server address: use a full URL such as {PRODUCTION_URL}",
            code="server_url_invalid", params={"text": text, "example": PRODUCTION_URL})
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ConfigurationError(
            f"'{text}' uses plain http: credentials would travel unencrypted. Use https "
            "(plain http is only allowed for a server on this machine, such as the sandbox).",
            code="server_url_http", params={"text": text})
    if parts.username or parts.password:
        raise ConfigurationError(
            "The server address must not contain a user name or password (user:password@host): give only "
            f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''} and store the login "
            "in QGIS's authentication database."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"'{text}' must not contain '?' or '#': give only the server address",
                                 code="server_url_query", params={"text": text})
    return text.rstrip("/")
