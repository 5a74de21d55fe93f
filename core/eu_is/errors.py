"""The one error type of the EU Information System client: :class:`EuIsError`.

It belongs to the plugin's one error family (:class:`~epoch_eudr.core.api.errors.EpochError`): ``str(error)`` is
an English sentence a person can act on, ``code`` and ``params`` let the QGIS side say it in the user's language,
and ``kind`` says what to do about it (sign in again, fix the clock, wait, correct the statement...).
``errors`` keeps the service's own ``error:Error`` entries (ID, Message, Field; "EUDR Information System -
Operator API Reference" v1.0, section 10) so that a refusal can be shown per producer and field.

The authentication key never appears in a message, a param, a repr or a log line: everything the server
sends back is passed through :func:`~epoch_eudr.core.api.errors.redact` with the key first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, Optional, Sequence, Tuple

from ..api.errors import EpochError

#: What went wrong, in the terms a caller acts on.
AUTHENTICATION = "authentication"  #: username or authentication key refused (fix the credentials)
CLOCK = "clock"  #: the computer's clock is too far from the server's (fix the clock, then retry)
UNAVAILABLE = "unavailable"  #: the service answered that it cannot serve now (HTTP 502/503/504): try later
REFUSED = "refused"  #: the service refused the content (business rules or schema): correct and send again
PERMISSION = "permission"  #: the account may not do this (role, another operator's statement, too late)
NOT_FOUND = "not_found"  #: no statement with that UUID, internal reference or numbers
NETWORK = "network"  #: no answer at all (DNS, refused connection, TLS, timeout before sending)
UNCERTAIN = "uncertain"  #: a submit, amend or withdraw may have arrived: never sent again, look it up
CONFIGURATION = "configuration"  #: unusable settings (environment, address, missing credentials)
ANSWER = "answer"  #: the service answered something that is not a readable SOAP answer
KINDS: Tuple[str, ...] = (AUTHENTICATION, CLOCK, UNAVAILABLE, REFUSED, PERMISSION, NOT_FOUND, NETWORK, UNCERTAIN,
                          CONFIGURATION, ANSWER)


def normal_error_id(error_id: str) -> str:
    """An error ID compared both ways: the reference writes ``EUDR_API_...``, real answers ``EUDR-API-...``."""
    return (error_id or "").strip().upper().replace("-", "_")


@dataclass(frozen=True)
class ServiceError:
    """One ``error:Error`` entry of a fault (schema ``xsd5-error-v01``): ``id``, ``message``, ``field``."""

    id: str
    message: str = ""
    field: str = ""

    def is_(self, error_id: str) -> bool:
        """True for the same ID written with underscores or hyphens."""
        return normal_error_id(self.id) == normal_error_id(error_id)

    def __str__(self) -> str:
        where = f" ({self.field})" if self.field else ""
        return f"{self.id}: {self.message}{where}" if self.message else f"{self.id}{where}"


class EuIsError(EpochError):
    """Every failure of :class:`~epoch_eudr.core.eu_is.client.EuIsClient`.

    ``kind`` is one of :data:`KINDS`; ``errors`` the service's entries (may be empty); ``fault`` the name of
    the SOAP fault's detail element (``BusinessRulesValidationException``...) or ``""``; ``operation`` the
    WSDL operation (``submitDds``...); ``status`` the HTTP status when there was an answer.
    """

    code = "eu_is"

    def __init__(self, message: str, *, kind: str, errors: Iterable[ServiceError] = (), fault: str = "",
                 operation: str = "", status: Optional[int] = None, code: Optional[str] = None,
                 params: Optional[Dict[str, Any]] = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown EuIsError kind {kind!r}")
        super().__init__(message, status=status, detail="; ".join(str(e) for e in errors),
                         code=code or f"eu_is_{kind}", params=params)
        self.kind = kind
        self.errors: Tuple[ServiceError, ...] = tuple(errors)
        self.fault = fault
        self.operation = operation

    def has(self, error_id: str) -> bool:
        """True when one of the service's entries has this ID (underscores and hyphens alike)."""
        return any(e.is_(error_id) for e in self.errors)

    def ids(self) -> Sequence[str]:
        return [e.id for e in self.errors]

    def __repr__(self) -> str:
        return (f"EuIsError({self.message!r}, kind={self.kind!r}, operation={self.operation!r}, "
                f"status={self.status!r}, errors={[e.id for e in self.errors]!r})")
