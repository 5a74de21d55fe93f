"""The EU Information System client (V3 DDS, Verify and Echo services), Qt-free: requests + the standard library.

    client = EuIsClient(EuIsCredentials(username, key))            # acceptance unless told otherwise
    receipt = client.submit_dds(statement)                          # SubmitResult(uuid=...)
    [overview] = client.get_dds(receipt.uuid)                       # status SUBMITTED -> AVAILABLE / REJECTED

Each call carries a fresh WS-Security UsernameToken (new nonce and timestamp) and the environment's
``WebServiceClientId``, waits for the shared rate limiter (5 calls a second), and ends in a typed result or one
:class:`EuIsError`. Reading operations are retried a few times when the service is unavailable or unreachable;
``submitDds``, ``amendDds`` and ``withdrawDds`` are never sent twice: when their answer may have been lost the
error's kind is ``uncertain`` and the statement is to be looked up (``get_dds_by_internal_reference``) before
anything is sent again. The authentication key is in no message, log line, URL or repr.
"""

from __future__ import annotations

import logging
import time
import xml.etree.ElementTree as ET  # nosec B405: parsing goes through soap.parse_xml (DTDs refused)
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

import requests

from ..api.errors import redact
from ..api.servers import is_loopback_host
from ..backoff import backoff_delay
from .environments import ACCEPTANCE, Environment, environment
from .errors import (
    ANSWER,
    AUTHENTICATION,
    CLOCK,
    NETWORK,
    NOT_FOUND,
    PERMISSION,
    REFUSED,
    UNAVAILABLE,
    UNCERTAIN,
    EuIsError,
    ServiceError,
)
from .operations import (
    ANSWERS,
    CHANGING_OPERATIONS,
    MAX_UUIDS_PER_CALL,
    SOAP_ACTIONS,
    DdsModification,
    DdsOverview,
    EchoResult,
    SubmitResult,
    VerifyResult,
    amend_dds_body,
    echo_body,
    get_dds_body,
    get_dds_by_identifiers_body,
    get_dds_by_internal_reference_body,
    modification_from,
    overviews_from,
    submit_dds_body,
    verify_declaration_body,
    withdraw_dds_body,
)
from .ratelimit import SHARED_LIMITER, RateLimiter
from .soap import MAX_ANSWER_BYTES, Fault, body_of, child, envelope, fault_of, local, parse_xml, text
from .statement import Statement, statement_from_element
from .wssecurity import EuIsCredentials

LOG = logging.getLogger("epoch_eudr.eu_is")
UNAVAILABLE_STATUSES = frozenset({429, 502, 503, 504})
#: The service's tolerance for the ``wsu:Created`` time ("Operator API Reference" v1.0, 3.9).
CLOCK_TOLERANCE_S = 300
#: A reading call the service could not answer is tried again after 1 second, then 2, 4... (the plugin's one
#: backoff rule, core/backoff.py), or after the service's Retry-After when it gives one; never longer than 30 s.
FIRST_RETRY_WAIT_S, MAX_RETRY_WAIT_S = 1.0, 30.0


class EuIsClient:
    """One web service user on one environment (acceptance by default; production only by name)."""

    def __init__(self, credentials: EuIsCredentials, env: Union[str, Environment] = ACCEPTANCE, *,
                 server: Optional[str] = None, timeout: Tuple[float, float] = (10.0, 120.0), retries: int = 2,
                 rate_limiter: Optional[RateLimiter] = None, session: Optional[requests.Session] = None,
                 ca_bundle: Optional[str] = None, proxies: Optional[Dict[str, str]] = None,
                 clock: Optional[Callable[[], datetime]] = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.credentials = credentials
        self.environment = env if isinstance(env, Environment) else environment(env, server)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.rate_limiter = rate_limiter or SHARED_LIMITER
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._sleep = sleep
        self.session = session or requests.Session()
        self.session.verify = ca_bundle or True  # TLS verification is never switched off
        if is_loopback_host(self.host.rsplit(":", 1)[0].strip("[]")):
            self.session.trust_env = False  # a local fake service never goes through a proxy
        elif proxies:
            self.session.proxies.update(proxies)

    @property
    def host(self) -> str:
        return self.environment.host

    def __repr__(self) -> str:
        return f"EuIsClient({self.environment.name!r}, {self.host!r}, user={self.credentials.username!r})"

    def close(self) -> None:
        """Close the session's pooled connections (Python warns of every socket left to the garbage collector)."""
        self.session.close()

    def __enter__(self) -> EuIsClient:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    # -- operations ----------------------------------------------------------------------------------------------
    def echo(self, query: str = "EUDR connection test") -> EchoResult:
        """``testEcho``: checks the address, the credentials and the clock (acceptance)."""
        answer = self._call("testEcho", self.environment.echo_url, echo_body(query))
        return EchoResult(text(answer, "status"))

    def submit_dds(self, statement: Statement) -> SubmitResult:
        """``submitDds``: the statement's UUID (status SUBMITTED). Never resent; see :class:`EuIsError`
        ``uncertain``."""
        body = submit_dds_body(statement)
        answer = self._call("submitDds", self.environment.dds_url, body, reference=statement.internal_reference)
        uuid = text(answer, "uuid")
        if not uuid:
            raise self._uncertain("submitDds", "the answer has no UUID", statement.internal_reference)
        LOG.info("statement %s submitted as %s", statement.internal_reference or "(no internal reference)", uuid)
        return SubmitResult(uuid, statement.internal_reference)

    def amend_dds(self, uuid: str, statement: Statement) -> DdsModification:
        """``amendDds``: replace an AVAILABLE statement's content within 72 hours (same reference number)."""
        answer = self._call("amendDds", self.environment.dds_url, amend_dds_body(uuid, statement),
                            reference=statement.internal_reference)
        return modification_from(answer)

    def withdraw_dds(self, uuid: str) -> DdsModification:
        """``withdrawDds``: withdraw a statement within 72 hours (refused once GROUPED or used)."""
        return modification_from(self._call("withdrawDds", self.environment.dds_url, withdraw_dds_body(uuid)))

    def get_dds(self, uuids: Union[str, Sequence[str]]) -> List[DdsOverview]:
        """``getDds``: where each statement stands (sent 100 UUIDs per call)."""
        wanted = [uuids] if isinstance(uuids, str) else list(uuids)
        found: List[DdsOverview] = []
        for start in range(0, len(wanted), MAX_UUIDS_PER_CALL):
            answer = self._call("getDds", self.environment.dds_url,
                                get_dds_body(wanted[start:start + MAX_UUIDS_PER_CALL]))
            found.extend(overviews_from(answer))
        return found

    def get_dds_by_internal_reference(self, internal_reference: str) -> List[DdsOverview]:
        """``getDdsByInternalReference``: every statement with this internal reference; ``[]`` when none (the
        service's NotFoundException). The way to find a submission whose answer was lost."""
        try:
            answer = self._call("getDdsByInternalReference", self.environment.dds_url,
                                get_dds_by_internal_reference_body(internal_reference))
        except EuIsError as exc:
            if exc.kind == NOT_FOUND:
                return []
            raise
        return overviews_from(answer)

    def get_dds_by_identifiers(self, reference_number: str, verification_number: str) -> Statement:
        """``getDdsByIdentifiers``: the full statement behind a reference + verification number."""
        answer = self._call("getDdsByIdentifiers", self.environment.dds_url,
                            get_dds_by_identifiers_body(reference_number, verification_number))
        element = child(answer, "statement")
        if element is None:
            raise EuIsError(f"{self.host} answered getDdsByIdentifiers without a statement.", kind=ANSWER,
                            operation="getDdsByIdentifiers", code="eu_is_answer_incomplete",
                            params={"host": self.host, "operation": "getDdsByIdentifiers"})
        return statement_from_element(element)

    def verify_declaration(self, reference_number: str, verification_number: str) -> VerifyResult:
        """``verifyDeclaration`` (Verify service): does a statement a supplier gave exist, and is it usable?"""
        answer = self._call("verifyDeclaration", self.environment.verify_url,
                            verify_declaration_body(reference_number, verification_number))
        return VerifyResult(reference_number, verification_number, text(answer, "result"), text(answer, "status"),
                            text(answer, "dateTime"))

    # -- plumbing ------------------------------------------------------------------------------------------------
    def _redact(self, value: str) -> str:
        return redact(value, self.credentials.secrets())

    def _call(self, operation: str, url: str, body: ET.Element, reference: str = "") -> ET.Element:
        attempt = 0
        while True:
            try:
                return self._exchange(operation, url, body, reference)
            except EuIsError as exc:
                retriable = operation not in CHANGING_OPERATIONS and exc.kind in (UNAVAILABLE, NETWORK)
                if not retriable or attempt >= self.retries:
                    raise
                delay = min(float(exc.params.get("retry_after") or backoff_delay(attempt, FIRST_RETRY_WAIT_S,
                                                                                  MAX_RETRY_WAIT_S)),
                            MAX_RETRY_WAIT_S)
                LOG.info("%s: %s; trying again in %.0f s", operation, exc.code, delay)
                self._sleep(delay)
                attempt += 1

    def _exchange(self, operation: str, url: str, body: ET.Element, reference: str) -> ET.Element:
        changing = operation in CHANGING_OPERATIONS
        self.rate_limiter.acquire()
        data = envelope(body, self.credentials.token(now=self._clock()), self.environment.client_id)
        headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{SOAP_ACTIONS[operation]}"',
                   "User-Agent": "epoch-eudr-qgis", "Accept": "text/xml"}
        started = time.monotonic()
        try:
            response = self.session.post(url, data=data, headers=headers, timeout=self.timeout, stream=True,
                                         allow_redirects=False)
            raw = self._read(response)
        except EuIsError:
            raise
        except requests.exceptions.SSLError:
            raise self._network(operation, "tls", "the secure connection failed (certificate not trusted?)") from None
        except requests.exceptions.ProxyError:
            raise self._network(operation, "proxy", "the proxy refused the connection") from None
        except requests.exceptions.RequestException as exc:
            never_sent = isinstance(exc, requests.exceptions.ConnectTimeout) or "NewConnectionError" in repr(exc)
            if changing and not never_sent:
                raise self._uncertain(operation, type(exc).__name__, reference) from None
            raise self._network(operation, "unreachable", f"no answer ({type(exc).__name__})") from None
        status = response.status_code
        LOG.debug("%s -> HTTP %d in %.2f s", operation, status, time.monotonic() - started)
        skew = self._skew(response.headers.get("Date"))
        try:
            element = body_of(parse_xml(raw, f"answer to {operation}"))
        except EuIsError:
            element = None
        fault = fault_of(element)
        if fault is not None:
            raise self._fault_error(operation, status, fault, skew, reference)
        if status in UNAVAILABLE_STATUSES:
            raise self._unavailable(operation, status, response.headers.get("Retry-After"), reference)
        if status >= 300 or element is None or local(element.tag) != ANSWERS[operation]:
            if changing:
                raise self._uncertain(operation, f"HTTP {status}, no readable answer", reference)
            raise EuIsError(f"{self.host} answered {operation} with something that is not its SOAP answer "
                            f"(HTTP {status}).", kind=ANSWER, status=status, operation=operation,
                            code="eu_is_answer_unexpected",
                            params={"host": self.host, "operation": operation, "status": status})
        return element

    def _read(self, response: requests.Response) -> bytes:
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(65536):
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise EuIsError(f"{self.host} sent an answer larger than {MAX_ANSWER_BYTES // 2**20} MB; "
                                    "reading stopped.", kind=ANSWER, code="eu_is_answer_too_large",
                                    params={"what": "answer"})
                chunks.append(chunk)
        finally:
            response.close()
        return b"".join(chunks)

    def _skew(self, date_header: Optional[str]) -> Optional[float]:
        """Seconds this computer's clock is ahead of the server's (its ``Date`` header), if it says."""
        try:
            server = parsedate_to_datetime(date_header) if date_header else None
        except (TypeError, ValueError):
            return None
        if server is None or server.tzinfo is None:
            return None
        return (self._clock() - server).total_seconds()

    def _network(self, operation: str, cause: str, what: str) -> EuIsError:
        """``cause``: ``tls``, ``proxy`` or ``unreachable`` (each its own code, for the QGIS side's wording)."""
        text = (f"Could not reach the EU Information System at {self.host}: {what}. Check the internet connection, "
                "the proxy and the environment.")
        params = {"host": self.host, "operation": operation}
        if cause == "tls":
            return EuIsError(text, kind=NETWORK, operation=operation, code="eu_is_network_tls", params=params)
        if cause == "proxy":
            return EuIsError(text, kind=NETWORK, operation=operation, code="eu_is_network_proxy", params=params)
        return EuIsError(text, kind=NETWORK, operation=operation, code="eu_is_network_unreachable", params=params)

    def _uncertain(self, operation: str, what: str, reference: str) -> EuIsError:
        look = (f"look it up by its internal reference '{reference}'" if reference else
                "look for it in the EU Information System")
        return EuIsError(
            f"{self.host} did not confirm {operation} ({what}): it may have been recorded. It was not sent again; "
            f"{look} before sending it again.", kind=UNCERTAIN, operation=operation, code="eu_is_uncertain",
            params={"host": self.host, "operation": operation, "what": what, "internal_reference": reference})

    def _unavailable(self, operation: str, status: int, retry_after: Optional[str], reference: str) -> EuIsError:
        seconds = None
        if retry_after and retry_after.strip().isdigit():
            seconds = int(retry_after.strip())
        changing = operation in CHANGING_OPERATIONS
        after = (f" Nothing was sent again; before sending it again, look it up by its internal reference "
                 f"'{reference}'." if changing and reference else "")
        return EuIsError(
            f"The EU Information System is unavailable (HTTP {status} from {self.host}); try again later.{after}",
            kind=UNAVAILABLE, status=status, operation=operation, code="eu_is_unavailable",
            params={"host": self.host, "operation": operation, "status": status, "retry_after": seconds,
                    "internal_reference": reference if changing else ""})

    def _fault_error(self, operation: str, status: int, fault: Fault, skew: Optional[float],
                     reference: str) -> EuIsError:
        errors = tuple(ServiceError(self._redact(e.id), self._redact(e.message), self._redact(e.field))
                       for e in fault.errors)
        said = self._redact(fault.string)
        listed = "; ".join(str(e) for e in errors) or said
        blob = f"{fault.code} {fault.string} {fault.detail} {' '.join(e.id + ' ' + e.message for e in errors)}"
        blob = blob.lower()
        code_name = fault.code.rsplit(":", 1)[-1]
        params = {"host": self.host, "operation": operation, "status": status, "errors": listed}
        common = {"errors": errors, "fault": fault.detail, "operation": operation, "status": status}
        detail = fault.detail.lower()
        if "notfound" in detail:
            return EuIsError(f"{self.host} has no such statement ({listed}).", kind=NOT_FOUND, code="eu_is_not_found",
                             params=params, **common)
        if "permissiondenied" in detail:
            return EuIsError(f"The EU Information System does not allow {operation} here ({listed}).",
                             kind=PERMISSION, code="eu_is_permission", params=params, **common)
        if "businessrules" in detail or "invalidparameters" in detail or "cvc-" in blob:
            return EuIsError(f"The EU Information System refused {operation}: {listed}", kind=REFUSED,
                             code="eu_is_refused", params=params, **common)
        if "nonce" in blob:
            return EuIsError(f"{self.host} refused the request's security token as already used ({listed}). "
                             "Try again.", kind=AUTHENTICATION, code="eu_is_nonce_refused", params=params, **common)
        if code_name == "MessageExpired" or any(w in blob for w in ("expired", "timestamp", "clock")):
            ahead = ""
            if skew is not None and abs(skew) > 60:
                minutes = round(abs(skew) / 60)
                ahead = (f" This computer's clock is {minutes} {'minute' if minutes == 1 else 'minutes'} "
                         f"{'ahead of' if skew > 0 else 'behind'} the server's.")
            return EuIsError(f"{self.host} refused the request's time ({listed}): the computer's clock must be within "
                             f"{CLOCK_TOLERANCE_S // 60} minutes of the EU Information System's.{ahead} Set the "
                             "clock (automatic time, NTP) and try again.", kind=CLOCK, code="eu_is_clock",
                             params={**params, "skew_minutes": round(skew / 60) if skew is not None else None},
                             **common)
        if (status == 401 or "unauthenticated" in blob or "authentication failed" in blob
                or code_name in ("FailedAuthentication", "InvalidSecurityToken", "InvalidSecurity")):
            return EuIsError(f"The EU Information System ({self.host}) refused the username or authentication key "
                             f"of '{self.credentials.username}' ({listed}). Check both in the EU Login profile, Web "
                             f"Services Access, and that they belong to the {self.environment.name} environment.",
                             kind=AUTHENTICATION, code="eu_is_authentication",
                             params={**params, "username": self.credentials.username,
                                     "environment": self.environment.name}, **common)
        if status in UNAVAILABLE_STATUSES:
            return self._unavailable(operation, status, None, reference)
        if code_name == "Client":
            return EuIsError(f"The EU Information System refused {operation}: {listed}", kind=REFUSED,
                             code="eu_is_refused", params=params, **common)
        if operation in CHANGING_OPERATIONS:
            return self._uncertain(operation, f"server fault: {said}", reference)
        return EuIsError(f"The EU Information System failed on {operation} ({listed}); try again later.",
                         kind=UNAVAILABLE, code="eu_is_server_fault", params=params, **common)
