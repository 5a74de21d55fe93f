"""HTTP with the manners the Epoch API needs: auth, bounded retries, timeouts, cancel.

Retries cover 429, 502/503/504 and connections that fail or reset, with capped
exponential backoff and full jitter, honouring ``Retry-After``; a run never makes
more than ``max_attempts`` tries nor waits longer than ``max_total_wait`` in all.
Other 4xx are final. A bearer 401 gets one new token and one more try.
Every request also has an overall deadline and every answer a decompressed-size
cap (:class:`~.streams.Limits`): bodies are read by :mod:`.streams`, never whole by ``requests``.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional, Tuple
from urllib.parse import urljoin, urlsplit

import requests

from ..backoff import backoff_delay
from .auth import Credentials
from .errors import (
    AuthenticationError,
    BadRequestError,
    CancelledError,
    DeadlineExceededError,
    EpochError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    SubmissionUncertainError,
    redact,
)
from .servers import normalize_base_url
from .streams import ACCEPT_ENCODING, Budget, Limits, preload_error_body, read_answer

LOG = logging.getLogger("epoch_eudr.api")

CancelCheck = Optional[Callable[[], bool]]
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Answers after which the body of a request was certainly not processed (safe to resend a submission).
NOT_PROCESSED_STATUSES = frozenset({429})
MAX_REDIRECTS = 5
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_total_wait: float = 60.0

    def backoff(self, attempt: int, rand: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(max_delay, base * 2**attempt)] (the plugin's one backoff rule)."""
        return backoff_delay(attempt, self.base_delay, self.max_delay, jitter=rand)


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def error_detail(response: requests.Response) -> str:
    """The server's explanation: FastAPI's ``detail`` (string or list), else a short body."""
    try:
        body = response.json()
    except ValueError:
        return " ".join(response.text.split())[:300]
    detail = body.get("detail", body) if isinstance(body, dict) else body
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict):
                where = ".".join(str(p) for p in item.get("loc", []) if p not in ("body", "query"))
                parts.append(f"{where}: {item.get('msg', '')}".strip(": "))
            else:
                parts.append(str(item))
        return "; ".join(parts)[:500]
    return (detail if isinstance(detail, str) else json.dumps(detail))[:500]


def check_cancel(cancel: CancelCheck) -> None:
    if cancel is not None and cancel():
        raise CancelledError()


class Transport:
    """Sends requests to one Epoch server with one set of credentials."""

    def __init__(
        self,
        base_url: str,
        credentials: Optional[Credentials],
        *,
        ca_bundle: Optional[str] = None,
        proxies: Optional[Dict[str, str]] = None,
        timeout: Tuple[float, float] = (10.0, 180.0),
        retry: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        session: Optional[requests.Session] = None,
        limits: Optional[Limits] = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.host = urlsplit(self.base_url).netloc
        self.credentials = credentials
        self.timeout = timeout
        self.limits = limits or Limits.from_environment()
        self.retry = retry
        self._sleep = sleep
        self._rand = rand
        self.session = session or requests.Session()
        self.session.verify = ca_bundle or True  # TLS verification is never switched off
        if urlsplit(self.base_url).hostname in LOOPBACK_HOSTS or (
                urlsplit(self.base_url).hostname or "").startswith("127."):
            self.session.trust_env = False  # loopback (the sandbox) never goes through HTTP_PROXY
        elif proxies:
            self.session.proxies.update(proxies)
        self.session.headers["User-Agent"] = "epoch-eudr-qgis"
        self.session.headers["Accept-Encoding"] = ACCEPT_ENCODING  # only what can be inflated within bounds

    def __repr__(self) -> str:
        return f"Transport({self.base_url!r}, {self.credentials!r})"

    def close(self) -> None:
        """Close the session's pooled connections (Python warns of every socket left to the garbage collector)."""
        self.session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------
    def secrets(self) -> tuple:
        return self.credentials.secrets() if self.credentials else ()

    def _redact(self, text: str) -> str:
        return redact(text, self.secrets())

    def _fetch_token(self, email_address: str, password: str, cancel: CancelCheck = None) -> str:
        response = self.request(
            "POST", "/refresh_token", json={"email": email_address, "password": password}, cancel=cancel,
            authenticated=False, auth_failure=f"Epoch refused the email or password for {email_address}",
        )
        try:
            token = response.json()["access_token"]
        except (ValueError, KeyError, TypeError):
            raise AuthenticationError(f"{self.host} answered /refresh_token without an access_token") from None
        if not isinstance(token, str) or not token:
            raise AuthenticationError(f"{self.host} answered /refresh_token with an empty access_token")
        if not token.isprintable() or " " in token:  # CR/LF would split the Authorization header
            raise AuthenticationError(f"{self.host} answered /refresh_token with a malformed access_token "
                                      "(control characters); it was not used.")
        return token

    def _wait(self, seconds: float, cancel: CancelCheck) -> None:
        """Sleep in short steps so that a cancel is seen within 0.2 s."""
        left = seconds
        while left > 0:
            check_cancel(cancel)
            step = min(left, 0.2)
            self._sleep(step)
            left -= step
        check_cancel(cancel)

    def _send(self, method: str, url: str, cancel: CancelCheck, deadline_at: Optional[float] = None,
              **kwargs: Any) -> requests.Response:
        """One HTTP exchange up to the answer's headers (the body is left to read within bounds).

        With a cancel check or a deadline, the caller stops waiting as soon as either says so.
        """
        kwargs.setdefault("allow_redirects", False)  # redirects are followed by _follow_redirects, same origin only
        kwargs["stream"] = True  # never read whole by requests: see streams.read_answer
        if cancel is None and deadline_at is None:
            return self.session.request(method, url, timeout=self.timeout, **kwargs)
        outcome: Dict[str, Any] = {}
        abandoned = threading.Event()

        def run() -> None:
            try:
                outcome["response"] = self.session.request(method, url, timeout=self.timeout, **kwargs)
            except BaseException as exc:  # handed to the waiting thread
                outcome["error"] = exc
            if abandoned.is_set() and "response" in outcome:
                outcome["response"].close()

        def give_up() -> None:
            abandoned.set()
            if "response" in outcome:
                outcome["response"].close()

        worker = threading.Thread(target=run, name="epoch-http", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.1)
            if cancel is not None and cancel():
                LOG.info("%s %s cancelled while waiting for the server", method, url)
                give_up()
                raise CancelledError()
            if deadline_at is not None and time.monotonic() > deadline_at and worker.is_alive():
                give_up()
                raise DeadlineExceededError(
                    f"{self.host} did not answer {urlsplit(url).path} within {self.limits.deadline_s:g} s (the overall "
                    "limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.",
                    code="deadline", params={"host": self.host, "path": urlsplit(url).path,
                                             "seconds": f"{self.limits.deadline_s:g}"})
        if "error" in outcome:
            raise outcome["error"]
        return outcome["response"]

    def request(
        self,
        method: str,
        path: str,
        *,
        cancel: CancelCheck = None,
        authenticated: bool = True,
        auth_failure: str = "",
        idempotent: bool = True,
        **kwargs: Any,
    ) -> requests.Response:
        """Send with retries; return a 2xx response or raise a typed :class:`EpochError`.

        ``idempotent=False`` (batch submissions) is never resent once its body may have
        reached the server: a reset, a timeout or a 5xx after sending raises
        :class:`SubmissionUncertainError` instead of submitting the batch twice.
        """
        url = self.base_url + path
        extra_headers = dict(kwargs.pop("headers", None) or {})
        streamed = bool(kwargs.pop("stream", False))
        budget = Budget(self.host, path.split("?")[0], time.monotonic() + self.limits.deadline_s, self.limits,
                        kwargs.get("params"))
        kwargs["deadline_at"] = budget.deadline_at  # the whole request, retries and redirects included
        attempt = 0
        waited = 0.0
        renewed = False
        while True:
            check_cancel(cancel)
            headers = dict(extra_headers)
            if authenticated:
                if self.credentials is None:
                    raise AuthenticationError("Not signed in: add Epoch credentials first.", code="not_signed_in")
                headers.update(self.credentials.headers(lambda e, p: self._fetch_token(e, p, cancel)))
            started = time.monotonic()
            try:
                response = self._send(method, url, cancel, headers=headers, **kwargs)
            except CancelledError:
                raise
            except DeadlineExceededError:
                if not idempotent:  # the body may have arrived: never let it look safe to send again
                    raise self._uncertain(path, "no answer before the deadline") from None
                raise
            except requests.exceptions.SSLError:
                raise NetworkError(
                    f"The secure connection to {self.host} failed (certificate not trusted?). "
                    "Check the server address, or set the CA bundle your organisation uses.",
                    code="tls_failed", params={"host": self.host}) from None
            except requests.exceptions.ProxyError:
                raise NetworkError(
                    f"The proxy refused the connection to {self.host}: check QGIS's proxy settings.",
                    code="proxy_refused", params={"host": self.host}) from None
            except requests.exceptions.ReadTimeout:
                if not idempotent:  # the body was sent: it may be processing now
                    raise self._uncertain(path, f"no answer within {self.timeout[1]:.0f} s") from None
                raise NetworkError(
                    f"{self.host} did not answer {path} within {self.timeout[1]:.0f} s. Try again later, "
                    "or send fewer locations at once.",
                    code="timeout",
                    params={"host": self.host, "path": path, "seconds": f"{self.timeout[1]:.0f}"}) from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                never_sent = isinstance(exc, requests.exceptions.ConnectTimeout) or "NewConnectionError" in repr(exc)
                if not idempotent and not never_sent:
                    raise self._uncertain(path, type(exc).__name__) from None
                delay = self.retry.backoff(attempt, self._rand)
                if attempt + 1 >= self.retry.max_attempts or waited + delay > self.retry.max_total_wait:
                    raise NetworkError(
                        f"Could not reach {self.host} ({type(exc).__name__}) after {attempt + 1} tries. "
                        "Check your internet connection and the server address.", code="unreachable",
                        params={"host": self.host, "error": type(exc).__name__, "tries": attempt + 1}) from None
                LOG.info("%s %s: %s, retry %d in %.1f s", method, path, type(exc).__name__, attempt + 1, delay)
                self._wait(delay, cancel)
                waited += delay
                attempt += 1
                continue
            except requests.exceptions.RequestException as exc:  # any other: a readable failure, never an OSError
                raise NetworkError(f"The request to {self.host} for {path.split('?')[0]} failed "
                                   f"({type(exc).__name__}). Check the server address and try again.",
                                   code="request_failed", params={"host": self.host, "path": path.split("?")[0],
                                                                  "error": type(exc).__name__}) from None
            status = response.status_code
            LOG.debug("%s %s -> %d in %.2f s", method, path, status, time.monotonic() - started)
            if 300 <= status < 400:
                response = self._follow_redirects(response, method, path, cancel, headers, kwargs)
                status = response.status_code
            response.epoch_budget = budget  # type: ignore[attr-defined]  # read within it (streams)
            if status == 401 and authenticated and self.credentials.renewable and not renewed:
                response.close()
                self.credentials.invalidate()
                renewed = True
                continue
            if status in RETRY_STATUSES and not idempotent and status not in NOT_PROCESSED_STATUSES:
                response.close()
                raise self._uncertain(path, f"HTTP {status}")
            if status in RETRY_STATUSES:
                hint = parse_retry_after(response.headers.get("Retry-After"))
                delay = hint if hint is not None else self.retry.backoff(attempt, self._rand)
                if attempt + 1 < self.retry.max_attempts and waited + delay <= self.retry.max_total_wait:
                    response.close()
                    LOG.info("%s %s -> %d, retry %d in %.1f s", method, path, status, attempt + 1, delay)
                    self._wait(delay, cancel)
                    waited += delay
                    attempt += 1
                    continue
            if status >= 400:
                raise self._error_for(response, path, auth_failure)
            if not streamed:
                try:
                    read_answer(response, budget, cancel=cancel)
                except (NetworkError, ServerError) as exc:
                    if not idempotent:  # accepted (2xx), then the answer failed: it may well have been received
                        raise self._uncertain(path, type(exc).__name__) from None
                    raise
            return response

    def _uncertain(self, path: str, what: str) -> SubmissionUncertainError:
        return SubmissionUncertainError(
            f"{self.host} broke off while receiving {path} ({what}): the submission may have been received. "
            "It was not sent again; look the collection up (Assessments, or fetch by its name) before submitting "
            "it again.")

    def _same_origin(self, url: str) -> bool:
        mine, theirs = urlsplit(self.base_url), urlsplit(url)
        return (mine.scheme, mine.hostname, mine.port) == (theirs.scheme, theirs.hostname, theirs.port)

    def _follow_redirects(self, response: requests.Response, method: str, path: str, cancel: CancelCheck,
                          headers: Dict[str, str], kwargs: Dict[str, Any]) -> requests.Response:
        """Follow redirects only within the API's own scheme, host and port: credentials go nowhere else."""
        for _ in range(MAX_REDIRECTS):
            location = response.headers.get("Location", "")
            target = urljoin(response.url or (self.base_url + path), location)
            response.close()
            if not location:
                raise ServerError(f"{self.host} answered {path} with a redirect to nowhere")
            if urlsplit(target).scheme == "http" and urlsplit(self.base_url).scheme == "https":
                raise NetworkError(f"{self.host} redirected {path} from https to http; the plugin refuses to "
                                   "downgrade the connection. Check the server address.")
            if not self._same_origin(target):
                raise NetworkError(f"{self.host} redirected {path} to another server "
                                   f"({urlsplit(target).hostname}); it was not followed, so no credential left "
                                   f"{self.host}. Check the server address.")
            next_method = method if response.status_code in (307, 308) else "GET"
            extra = kwargs if next_method == method else {k: v for k, v in kwargs.items()
                                                         if k not in ("data", "json", "files")}
            response = self._send(next_method, target, cancel, headers=headers, **extra)
            if not 300 <= response.status_code < 400:
                return response
        raise ServerError(f"{self.host} redirected {path} more than {MAX_REDIRECTS} times")

    def _error_for(self, response: requests.Response, path: str, auth_failure: str) -> EpochError:
        status = response.status_code
        preload_error_body(response)  # at most 64 KiB, within the request's deadline
        detail = self._redact(error_detail(response))
        response.close()
        suffix = f": {detail}" if detail else ""
        params = {"host": self.host, "path": path.split("?")[0], "status": status, "suffix": suffix}
        if status in (401, 403):
            if auth_failure:
                return AuthenticationError(auth_failure + suffix, status=status, detail=detail)
            if status == 401:
                return AuthenticationError("Epoch refused the credentials (expired or wrong). Sign in again in the "
                                           "Connection tab" + suffix, status=status, detail=detail,
                                           code="auth_refused", params=params)
            return AuthenticationError("This account is not allowed to use " + path + suffix, status=status,
                                       detail=detail, code="auth_forbidden", params={**params, "path": path})
        if status == 404:
            return NotFoundError(f"{self.host} has no {path.split('?')[0]}{suffix}", status=status, detail=detail,
                                 code="not_found", params=params)
        if status == 429:
            hint = parse_retry_after(response.headers.get("Retry-After"))
            when = f"in {hint:.0f} s" if hint is not None else "in a few minutes"
            return RateLimitedError(
                f"Epoch is limiting requests from this account; try again {when}{suffix}",
                retry_after=hint, status=status, detail=detail,
                code="rate_limited_wait" if hint is not None else "rate_limited",
                params={**params, "seconds": f"{hint:.0f}" if hint is not None else ""},
            )
        if status >= 500:
            return ServerError(
                f"The Epoch server failed on {path.split('?')[0]} (HTTP {status}); try again later{suffix}",
                status=status, detail=detail, code="server_failed", params=params,
            )
        if status in (400, 409, 413, 415, 422):
            return BadRequestError(f"Epoch refused the request to {path.split('?')[0]}{suffix or ' (no reason given)'}",
                                   status=status, detail=detail, code="request_refused" if suffix else
                                   "request_refused_no_reason", params=params)
        return EpochError(f"Unexpected answer HTTP {status} from {path.split('?')[0]}{suffix}", status=status,
                          detail=detail, code="unexpected_status", params=params)
