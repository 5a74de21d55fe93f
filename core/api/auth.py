"""Credentials for the Epoch API: email/password (bearer JWT) or API key + user id.

Secrets stay inside these objects: their ``repr`` hides them, and they only leave
as request headers. The QGIS side fills them from the authentication database.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Callable, Dict, Optional

#: Renew a token this many seconds before its ``exp``.
TOKEN_RENEW_MARGIN = 120.0
#: Lifetime assumed when a token has no readable ``exp`` claim.
DEFAULT_TOKEN_LIFETIME = 3600.0


def jwt_claims(token: str) -> Dict[str, object]:
    """The payload of a JWT, decoded without verifying it; ``{}`` if unreadable."""
    try:
        payload = token.split(".")[1]
        payload += "=" * (-len(payload) % 4)
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (IndexError, ValueError, UnicodeError):
        return {}
    return claims if isinstance(claims, dict) else {}


def token_expiry(token: str, now: Optional[float] = None) -> float:
    """When a token expires (epoch seconds): its ``exp`` claim, else one hour from ``now``."""
    exp = jwt_claims(token).get("exp")
    if isinstance(exp, (int, float)) and not isinstance(exp, bool) and exp > 0:
        return float(exp)
    return (time.time() if now is None else now) + DEFAULT_TOKEN_LIFETIME


class Credentials:
    """Base class: adds authentication headers to a request."""

    #: Whether a 401 can be cured by asking for a new token.
    renewable = False

    def headers(self, fetch_token: Callable[[str, str], str]) -> Dict[str, str]:
        raise NotImplementedError

    def invalidate(self) -> None:
        """Forget any cached token (after a 401)."""

    def secrets(self) -> tuple:
        """Every secret string, for redaction of messages and logs."""
        return ()

    def identity(self) -> str:
        """Who these credentials are, without secrets (an email or a user id)."""
        raise NotImplementedError


class PasswordCredentials(Credentials):
    """Email and password; exchanges them at ``/refresh_token`` and reuses the token until near ``exp``."""

    renewable = True

    def __init__(self, email: str, password: str, clock: Callable[[], float] = time.time) -> None:
        self.email = email.strip()
        self._password = password
        self._token: Optional[str] = None
        self._expires = 0.0
        self._clock = clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"PasswordCredentials(email={self.email!r}, password='***')"

    def headers(self, fetch_token: Callable[[str, str], str]) -> Dict[str, str]:
        with self._lock:  # chunked uploads run in parallel: one refresh for all of them
            if self._token is None or self._clock() >= self._expires - TOKEN_RENEW_MARGIN:
                self._token = fetch_token(self.email, self._password)
                self._expires = token_expiry(self._token, self._clock())
            return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def secrets(self) -> tuple:
        return (self._password, self._token)

    def identity(self) -> str:
        if self._token:
            claimed = jwt_claims(self._token).get("email")
            if isinstance(claimed, str) and claimed:
                return claimed
        return self.email


class ApiKeyCredentials(Credentials):
    """Server-to-server: ``x-internal-api-key`` and ``x-user-id`` headers."""

    def __init__(self, api_key: str, user_id: str) -> None:
        self._api_key = api_key.strip()
        self.user_id = user_id.strip()

    def __repr__(self) -> str:
        return f"ApiKeyCredentials(user_id={self.user_id!r}, api_key='***')"

    def headers(self, fetch_token: Callable[[str, str], str]) -> Dict[str, str]:
        return {"x-internal-api-key": self._api_key, "x-user-id": self.user_id}

    def secrets(self) -> tuple:
        return (self._api_key,)

    def identity(self) -> str:
        return f"user {self.user_id} (API key)"
