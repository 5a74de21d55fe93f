"""WS-Security UsernameToken with PasswordDigest (OASIS Web Services Security UsernameToken Profile 1.0).

The EU Information System asks for it on every call (WSDL policy ``sp:HashPassword``; "EUDR Information System -
Operator API Reference" v1.0, sections 1.2.3 and 3.5):

    Password = Base64(SHA-1(nonce_bytes + Created + authentication_key))

with ``nonce_bytes`` 16 fresh random bytes (sent Base64-encoded in ``wsse:Nonce``), ``Created`` the exact text
sent in ``wsu:Created`` (UTC, ISO 8601 with milliseconds and ``Z``) and the authentication key as the
Information System shows it (used as given, UTF-8; not decoded). A new nonce and timestamp for every call: the
service refuses a reused nonce and a clock more than 5 minutes off.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional, Tuple

from .errors import AUTHENTICATION, EuIsError

WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
PASSWORD_DIGEST = ("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"  # nosec B105
                   "#PasswordDigest")
BASE64_BINARY = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary"

#: How long the ``wsu:Timestamp`` says the message is valid (the reference's samples: 5 minutes at most).
TIMESTAMP_LIFETIME = timedelta(seconds=60)


def password_digest(nonce: bytes, created: str, key: str) -> str:
    """``Base64(SHA-1(nonce + created + key))`` as the UsernameToken Profile defines PasswordDigest."""
    # SHA-1 is what the WS-Security UsernameToken Profile 1.0 prescribes; not our choice of hash.
    digest = hashlib.sha1(nonce + created.encode("utf-8") + key.encode("utf-8"), usedforsecurity=False)
    return base64.b64encode(digest.digest()).decode("ascii")


def utc_text(moment: datetime) -> str:
    """``2026-01-15T10:00:00.000Z``: the form the reference's samples use for ``wsu:Created``."""
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class UsernameToken:
    """What one call's ``wsse:Security`` header carries (never the key itself)."""

    username: str
    nonce: bytes
    created: str
    expires: str
    digest: str

    @property
    def nonce_text(self) -> str:
        return base64.b64encode(self.nonce).decode("ascii")

    def __repr__(self) -> str:
        return f"UsernameToken({self.username!r}, created={self.created!r})"


@dataclass(frozen=True)
class EuIsCredentials:
    """The Information System's web service user: ``username`` (the EU Login user's) and ``key`` (the
    "authentication key" from Web Services Access). The key is a secret: it is not in the repr, and
    :meth:`secrets` lists it for redaction."""

    username: str
    key: str = field(repr=False)

    def __post_init__(self) -> None:
        if not (self.username or "").strip() or not (self.key or "").strip():
            raise EuIsError("The EU Information System needs a username and an authentication key (EU Login "
                            "profile, Web Services Access).", kind=AUTHENTICATION, code="eu_is_credentials_missing")
        if any(c in self.username for c in "\r\n\t<>&"):
            raise EuIsError("The EU Information System username contains characters a username cannot have.",
                            kind=AUTHENTICATION, code="eu_is_username_invalid")

    def __repr__(self) -> str:
        return f"EuIsCredentials(username={self.username!r}, key=***)"

    def secrets(self) -> Tuple[str, ...]:
        return (self.key,)

    def token(self, now: Optional[datetime] = None, nonce: Optional[bytes] = None,
              random_bytes: Callable[[int], bytes] = os.urandom) -> UsernameToken:
        """A fresh token: a new 16-byte nonce and ``Created`` = ``now`` (UTC) unless given (tests)."""
        moment = now or datetime.now(timezone.utc)
        created = utc_text(moment)
        nonce = nonce if nonce is not None else random_bytes(16)
        return UsernameToken(self.username, nonce, created, utc_text(moment + TIMESTAMP_LIFETIME),
                             password_digest(nonce, created, self.key))
