"""The fake service's WS-Security check: timestamp within 5 minutes, digest, nonce never reused.

Like the Information System ("Operator API Reference" v1.0, 3.9): ``wsu:Created`` must be within 5 minutes of
the server's time, the PasswordDigest must match the user's authentication key, and a nonce is accepted once.
Each refusal is a :class:`SecurityFault` carrying the SOAP fault code the answer uses.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

from ...core.eu_is.soap import child, local, text
from ...core.eu_is.wssecurity import PASSWORD_DIGEST, WSSE_NS, password_digest

CLOCK_TOLERANCE = timedelta(minutes=5)
NONCE_MEMORY = timedelta(minutes=15)  # longer than any timestamp accepted: a replay is always caught


class SecurityFault(Exception):
    """Why a request's security header was refused: ``code`` (``wsse:...``) and ``message``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


@dataclass
class Account:
    """A synthetic web service user: its authentication key and its operator's EORI (empty: none)."""

    username: str
    key: str
    eori: str = ""


def parse_time(value: str) -> Optional[datetime]:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


class SecurityChecker:
    """Checks the ``wsse:Security`` header against the known accounts; remembers nonces."""

    def __init__(self) -> None:
        self.accounts: Dict[str, Account] = {}
        self._nonces: Dict[str, datetime] = {}
        self._lock = threading.Lock()

    def check(self, header, now: datetime) -> Account:
        """The account the header authenticates, or :class:`SecurityFault`. ``header``: an ElementTree element."""
        security = next((e for e in (header if header is not None else []) if local(e.tag) == "Security"
                         and e.tag.startswith("{" + WSSE_NS)), None)
        if security is None:
            raise SecurityFault("wsse:InvalidSecurity", "An error was discovered processing the <wsse:Security> "
                                "header: it is missing")
        stamp, token = child(security, "Timestamp"), child(security, "UsernameToken")
        if stamp is None or token is None:
            raise SecurityFault("wsse:InvalidSecurity", "The <wsse:Security> header needs a wsu:Timestamp and a "
                                "wsse:UsernameToken")
        created = parse_time(text(stamp, "Created"))
        expires = parse_time(text(stamp, "Expires"))
        if created is None or expires is None:
            raise SecurityFault("wsse:InvalidSecurity", "Invalid timestamp: Created and Expires must be dates")
        if abs(created - now) > CLOCK_TOLERANCE or expires < now - CLOCK_TOLERANCE:
            raise SecurityFault("wsse:MessageExpired", "The message has expired: its timestamp is more than 5 "
                                "minutes from the server's clock")
        password = child(token, "Password")
        if password is None or password.get("Type") != PASSWORD_DIGEST:
            raise SecurityFault("wsse:UnsupportedSecurityToken", "Only a UsernameToken with PasswordDigest is "
                                "accepted")
        try:
            nonce = base64.b64decode(text(token, "Nonce"), validate=True)
        except binascii.Error:
            nonce = b""
        token_created = text(token, "Created")
        if not nonce or parse_time(token_created) is None:
            raise SecurityFault("wsse:InvalidSecurity", "The UsernameToken needs a Base64 Nonce and a Created time")
        account = self.accounts.get(text(token, "Username"))
        if account is None or not hmac.compare_digest(password_digest(nonce, token_created, account.key),
                                                      (password.text or "").strip()):
            raise SecurityFault("wsse:FailedAuthentication", "UnauthenticatedException: The security token could "
                                "not be authenticated or authorized")
        self._remember(base64.b64encode(nonce).decode(), now)
        return account

    def _remember(self, nonce: str, now: datetime) -> None:
        with self._lock:
            for old in [n for n, seen in self._nonces.items() if now - seen > NONCE_MEMORY]:
                del self._nonces[old]
            if nonce in self._nonces:
                raise SecurityFault("wsse:InvalidSecurity", "The nonce was already used: a replayed message is "
                                    "refused")
            self._nonces[nonce] = now


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
