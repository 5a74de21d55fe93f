"""The sandbox's demo accounts and its unsigned JWT-shaped tokens.

Demo login (documented in the README, safe to publish: it only opens the sandbox):
email ``demo@sandbox.epoch``, password ``sandbox-demo``; or API key
``sandbox-api-key`` with user id ``sandbox-user``.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

DEMO_EMAIL = "demo@sandbox.epoch"
DEMO_PASSWORD = "sandbox-demo"
DEMO_API_KEY = "sandbox-api-key"
DEMO_USER_ID = "sandbox-user"


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


@dataclass
class _Token:
    user: str
    expires: float
    uses: int = 0


class TokenBook:
    """Issues tokens and checks them; knows the fault "expire after N requests"."""

    def __init__(self, lifetime: float = 3600.0) -> None:
        self.lifetime = lifetime
        self._tokens: Dict[str, _Token] = {}
        self._lock = threading.Lock()
        self.issued = 0

    def login(self, email: str, password: str) -> Optional[str]:
        if email.strip().lower() != DEMO_EMAIL or password != DEMO_PASSWORD:
            return None
        now = time.time()
        payload = {"email": DEMO_EMAIL, "sub": DEMO_USER_ID, "iat": int(now), "exp": int(now + self.lifetime),
                   "iss": "epoch-sandbox", "sandbox": True}
        token = ".".join([_b64({"alg": "none", "typ": "JWT"}), _b64(payload), secrets.token_urlsafe(24)])
        with self._lock:
            self._tokens[token] = _Token(DEMO_USER_ID, now + self.lifetime)
            self.issued += 1
        return token

    def check(self, headers, expire_after: Optional[int]) -> Tuple[Optional[str], str]:
        """(user id, "") when the request is authenticated, else (None, reason)."""
        key = headers.get("x-internal-api-key")
        if key is not None:
            if key == DEMO_API_KEY and headers.get("x-user-id", "") == DEMO_USER_ID:
                return DEMO_USER_ID, ""
            return None, "Invalid API key or user id"
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return None, "Not authenticated"
        with self._lock:
            token = self._tokens.get(auth[7:].strip())
            if token is None:
                return None, "Invalid token"
            token.uses += 1
            if time.time() >= token.expires or (expire_after is not None and token.uses > expire_after):
                return None, "Token expired"
            return token.user, ""
