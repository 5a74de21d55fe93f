"""One typed exception per kind of failure, each with a message a person can act on.

Like QFieldSync, every HTTP failure becomes an :class:`EpochError`; callers catch
that one class and show ``str(error)``. Messages never contain credentials:
whatever the server echoes back is passed through :func:`redact` first.

Each error also carries a stable ``code`` and named ``params`` (core is Qt-free): ``str(error)`` stays the
English sentence, for logs and tests; the QGIS side (``layers/words/language.py``) renders the code in the user's
language from the params, and falls back to the English sentence for a code it has no template for. A
raise without an explicit code carries its class's ``code`` (``network``, ``auth``...).
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, Iterable, List, Optional
from urllib.parse import quote

from ..errors import PluginError


class EpochError(PluginError):
    """Base class: ``str(error)`` is the readable message; ``status`` the HTTP code if any; ``code`` and
    ``params`` say the same for translation (``code`` defaults to the class's)."""

    code = "error"

    def __init__(self, message: str, status: Optional[int] = None, detail: str = "", *,
                 code: Optional[str] = None, params: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.detail = detail
        if code is not None:
            self.code = code
        self.params: Dict[str, Any] = dict(params or {})

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"


class AuthenticationError(EpochError):
    """Credentials missing, refused or expired beyond recovery (401/403)."""

    code = "auth"


class NotFoundError(EpochError):
    """The endpoint or the collection does not exist (404)."""

    code = "not_found"


class BadRequestError(EpochError):
    """The server refused the request's content (400/413/422); ``detail`` says why."""

    code = "bad_request"


class RateLimitedError(EpochError):
    """Too many requests (429) even after waiting; ``retry_after`` is the server's hint in seconds."""

    code = "rate_limited"

    def __init__(self, message: str, retry_after: Optional[float] = None, **kwargs) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(EpochError):
    """The server failed (5xx) even after retries."""

    code = "server"


class NetworkError(EpochError):
    """No answer: DNS, refused connection, reset, TLS or proxy failure, timeout."""

    code = "network"


class SubmissionUncertainError(NetworkError):
    """A non-idempotent request (a batch submission) may have reached the server: never sent twice."""

    code = "submission_uncertain"


class IncompleteStreamError(NetworkError):
    """A streamed response broke off before its end: what arrived is not the whole result."""

    code = "incomplete_stream"


class CancelledError(EpochError):
    """The user cancelled the operation."""

    code = "cancelled"

    def __init__(self, message: str = "Cancelled by the user.") -> None:
        super().__init__(message)


class DownloadError(EpochError):
    """A downloaded file was unusable or could not be written; the destination was left untouched."""

    code = "download"


class ConfigurationError(EpochError):
    """The client settings are unusable (bad URL, missing credentials)."""

    code = "configuration"


_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")


def _forms(secret: str) -> List[str]:
    """The ways a secret can come back in text: as is, JSON-escaped, URL-encoded, split at CR/LF or dots."""
    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1], quote(secret, safe=""),
             secret.encode("unicode_escape").decode("ascii")}
    for piece in re.split(r"[\r\n\t .]+", secret):
        if len(piece) >= 8:  # a JWT's parts, or a token cut at a line break
            forms.add(piece)
    return sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)


def redact(text: str, secrets: Iterable[Optional[str]]) -> str:
    """``text`` with every secret (in every form it may come back in) and URL credentials replaced by ``***``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            for form in _forms(secret):
                text = text.replace(form, "***")
    return _URL_USERINFO.sub(r"\1***@", text)


#: Credentials recognisable by their shape, whoever's they are: a header or field that carries one (as
#: text, as JSON, or as JSON inside a JSON string: quotes and dashes escaped), a bearer token, a JWT (RFC 7519).
_DASH = r"(?:[-_]|\\u002[dD])"
_CREDENTIAL_NAMES = "|".join(name.replace("-", _DASH) for name in (
    "authorization", "proxy-authorization", "x-internal-api-key", "x-api-key", "api-key", "apikey", "cookie",
    "set-cookie", "access-token", "refresh-token", "id-token", "password"))
_Q = r'(?:\\*["\'])?'  # an optional quote, escaped any number of times
_VALUE = r"(?:\\u[0-9a-fA-F]{4}|\\/|[^\s\\\"',;&}\]])+"
_CREDENTIAL_FIELD = re.compile(
    rf"(?i)((?<![\w-])(?:{_CREDENTIAL_NAMES}){_Q}\s*[:=]\s*{_Q}(?:(?:bearer|basic|token)\s+)?)(?!\*\*\*){_VALUE}")
_BEARER = re.compile(r"(\b(?:Bearer|BEARER)\s+)(?!\*\*\*)(?:\\u[0-9a-fA-F]{4}|[A-Za-z0-9._~+/=-]){8,}")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?")


def redact_credentials(text: str, secrets: Iterable[Optional[str]] = ()) -> str:
    """:func:`redact`, and every credential recognisable by its shape: for what is *stored* from an answer
    (a job record, a project entry), where the secrets in use may not be at hand and a server may echo
    old ones."""
    text = redact(text, secrets)
    text = _CREDENTIAL_FIELD.sub(r"\1***", text)
    text = _BEARER.sub(r"\1***", text)
    return _JWT.sub("***", text)


class AnswerTooLargeError(ServerError):
    """An answer, or one line of a stream, went past a size limit (decompressed); reading stopped there."""

    code = "answer_too_large"


class DeadlineExceededError(NetworkError):
    """A request (sending, waiting and reading the whole answer) took longer than its overall deadline."""

    code = "deadline"
