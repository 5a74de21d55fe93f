"""A fake EU Information System (EUDR API V3) on a loopback port, for tests, demos and training.

SYNTHETIC: it follows the official V3 schemas (``schemas/``) and the Operator API Reference, but nothing here
reaches the EU and no statement it accepts exists anywhere else. Every request is validated against the schemas
when lxml is installed (:attr:`EuIsFakeServer.validating`), its WS-Security header is checked (digest, nonce
replay, clock within 5 minutes), and it answers in the service's shapes, SOAP faults with ``error:Error``
entries included.

    server = temporary_server(ready_delay=0.2)      # started on a free port
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=server.url)
    server.stop()
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import xml.etree.ElementTree as ET  # nosec B405: requests are parsed by core.eu_is.soap.parse_xml (no DTDs)
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any, List, Optional, Set, Tuple
from urllib.parse import urlsplit
from xml.sax.saxutils import escape  # nosec B406: only escapes text for the answers written here

from ...core.eu_is.errors import EuIsError
from ...core.eu_is.operations import SOAP_ACTIONS
from ...core.eu_is.soap import BASE_NS, DDS_NS, ECHO_NS, ERROR_NS, SOAP_ENV, VERIFY_NS, body_of, local, parse_xml, q
from ...core.eu_is.wssecurity import WSSE_NS
from ..loopback import LoopbackServer
from . import schemas
from .security import Account, SecurityChecker, SecurityFault, utcnow
from .service import FakeService, ServiceFault, operation_of

LOG = logging.getLogger("epoch_eudr.sandbox.eu_is")

#: The synthetic web service user every fake server knows (not a secret: it opens nothing real).
DEMO_USERNAME = "demo-eudr-operator"
DEMO_AUTH_KEY = "demo-authentication-key-synthetic"  # pragma: allowlist secret
DEMO_EORI = "FR1234567890123"
MAX_REQUEST_BYTES = 64 * 1024 * 1024
SERVICES = {
    "/tracesnt/ws/EUDRDueDiligenceStatementServiceV3": schemas.DDS_SERVICE,
    "/tracesnt/ws/EUDRVerifyDeclarationServiceV3": schemas.VERIFY_SERVICE,
    "/tracesnt/ws/eudr/echo": "echo", "/ws/eudr/echo": "echo", "/tracesnt/ws/EudrEchoService": "echo",
}
NAMESPACES = {schemas.DDS_SERVICE: DDS_NS, schemas.VERIFY_SERVICE: VERIFY_NS, "echo": ECHO_NS}


@dataclass
class Faults:
    """What to break on the next requests (tests and training): counts go down as they are used."""

    unavailable: int = 0  #: answer HTTP 503 (no SOAP) without processing
    lose_answers: int = 0  #: process the request, then close the connection without an answer
    refuse_credentials: int = 0  #: refuse the security token as if the key were wrong
    clock_offset_s: float = 0.0  #: the server's clock runs this much ahead (negative: behind)
    slow_seconds: float = 0.0  #: wait before answering

    def take(self, name: str, lock: threading.Lock) -> bool:
        with lock:
            left = getattr(self, name)
            if left > 0:
                setattr(self, name, left - 1)
                return True
            return False


def fault_envelope(code: str, string: str, detail: Optional[ServiceFault] = None) -> bytes:
    """A SOAP 1.1 fault as the service sends it (``error:Error`` entries per ``xsd5-error-v01``)."""
    inner = ""
    if detail is not None:
        if detail.namespace == ECHO_NS:
            message = detail.entries[0][1] if detail.entries else detail.string
            inner = (f'<detail><echo:{detail.detail} xmlns:echo="{ECHO_NS}"><echo:errorMessage>{escape(message)}'
                     f'</echo:errorMessage></echo:{detail.detail}></detail>')
        else:
            errors = "".join(
                f'<ns4:Error><ns4:ID>{escape(i)}</ns4:ID><ns4:Message languageID="en">{escape(m)}</ns4:Message>'
                f'<ns4:Field languageID="en">{escape(f)}</ns4:Field></ns4:Error>' for i, m, f in detail.entries)
            inner = (f'<detail><ns5:{detail.detail} xmlns:ns5="{detail.namespace}" xmlns:ns4="{ERROR_NS}">{errors}'
                     f'</ns5:{detail.detail}></detail>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><S:Envelope xmlns:S="{SOAP_ENV}" xmlns:wsse="{WSSE_NS}">'
            f'<S:Body><S:Fault><faultcode>{escape(code)}</faultcode><faultstring>{escape(string)}</faultstring>'
            f'{inner}</S:Fault></S:Body></S:Envelope>').encode()


def answer_envelope(body: ET.Element) -> bytes:
    envelope = ET.Element(q(SOAP_ENV, "Envelope"))
    ET.SubElement(envelope, q(SOAP_ENV, "Body")).append(body)
    return ET.tostring(envelope, encoding="utf-8", xml_declaration=True)


class _Refusal(Exception):
    def __init__(self, code: str, string: str, detail: Optional[ServiceFault] = None) -> None:
        super().__init__(string)
        self.code, self.string, self.detail = code, string, detail


class EuIsFakeServer(LoopbackServer):
    """One fake service: its accounts, statements, injected faults and what it received."""

    url_path = "/tracesnt"
    thread_name = "eu-is-fake"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, ready_delay: float = 2.0,
                 client_ids: Tuple[str, ...] = ("eudr-test",)) -> None:
        super().__init__((host, port), _Handler)
        self.faults = Faults()
        self.fault_lock = threading.Lock()
        self.security = SecurityChecker()
        self.service = FakeService(self.now, ready_delay)
        self.client_ids: Set[str] = set(client_ids)
        self.validating = schemas.lxml_available()
        self.received: List[Tuple[str, bytes]] = []  # (operation or path, request bytes)
        self.arrivals: List[float] = []  # time.monotonic() of each request
        self.schema_errors: List[str] = []
        self.add_account(DEMO_USERNAME, DEMO_AUTH_KEY, DEMO_EORI)

    def add_account(self, username: str, key: str, eori: str = "") -> Account:
        account = Account(username, key, eori)
        self.security.accounts[username] = account
        return account

    def now(self) -> datetime:
        return utcnow() + timedelta(seconds=self.faults.clock_offset_s)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: EuIsFakeServer

    def date_time_string(self, timestamp: Any = None) -> str:
        """The ``Date`` header by the fake's own clock (a clock fault moves it, as a real server's would)."""
        return format_datetime(self.server.now(), usegmt=True)

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet; never logs headers or bodies
        LOG.debug("%s %s", self.address_string(), fmt % args)

    def _send(self, status: int, data: bytes, content_type: str = "text/xml; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - the WSDLs and schemas, for a look with a SOAP tool
        url = urlsplit(self.path)
        name = url.path.rsplit("/", 1)[-1] + ("?" + url.query if url.query else "")
        relative = schemas.WSDL_FILES.get(name)
        if relative is None:
            self._send(404, b"Not found", "text/plain")
            return
        self._send(200, (schemas.FOLDER / relative).read_bytes())

    def do_POST(self) -> None:  # noqa: N802
        server = self.server
        server.arrivals.append(time.monotonic())
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._send(413, b"Request too large", "text/plain")
            self.close_connection = True
            return
        data = self.rfile.read(length) if length else b""
        if server.faults.slow_seconds:
            time.sleep(server.faults.slow_seconds)
        if server.faults.take("unavailable", server.fault_lock):
            self._send(503, b"<html><body>Service Unavailable</body></html>", "text/html")
            return
        service = SERVICES.get(urlsplit(self.path).path.rstrip("/"))
        if service is None:
            self._send(404, b"Not found", "text/plain")
            return
        try:
            answer = self._answer(service, data)
        except _Refusal as refusal:
            self._send(500, fault_envelope(refusal.code, refusal.string, refusal.detail))
            return
        if server.faults.take("lose_answers", server.fault_lock):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)  # processed, but the answer never arrives
            return
        self._send(200, answer_envelope(answer))

    def _answer(self, service: str, data: bytes) -> ET.Element:
        server = self.server
        try:
            root = parse_xml(data, "request")
        except EuIsError as exc:
            raise _Refusal("S:Client", f"Unreadable request: {exc}") from None
        body = body_of(root)
        header = root.find(q(SOAP_ENV, "Header"))
        if body is None:
            raise _Refusal("S:Client", "The request is not a SOAP 1.1 envelope with a Body")
        found = operation_of(service, body)
        server.received.append((found[0] if found else local(body.tag), data))
        self._validate(service, body, header)
        try:
            account = server.security.check(header, server.now())
            if server.faults.take("refuse_credentials", server.fault_lock):
                raise SecurityFault("wsse:FailedAuthentication", "UnauthenticatedException: The security token "
                                    "could not be authenticated or authorized")
        except SecurityFault as fault:
            raise _Refusal(fault.code, fault.message) from None
        client_id = next((e.text or "" for e in (header if header is not None else [])
                          if e.tag == q(BASE_NS, "WebServiceClientId")), None)
        if client_id is None or client_id.strip() not in server.client_ids:
            raise _Refusal("S:Client", f"Missing or unknown WebServiceClientId header ({client_id!r}): this service "
                           f"expects {', '.join(sorted(server.client_ids))}")
        if found is None or body.tag.split("}")[0][1:] != NAMESPACES[service]:
            raise _Refusal("S:Client", f"Cannot find dispatch method for {{{body.tag}}}")
        operation, method = found
        action = (self.headers.get("SOAPAction") or "").strip().strip('"')
        if action and action != SOAP_ACTIONS[operation]:
            raise _Refusal("S:Client", f"The SOAPAction {action!r} does not match the operation {operation}")
        try:
            return getattr(server.service, method)(account, body)
        except ServiceFault as fault:
            raise _Refusal(fault.code, fault.string, fault) from None

    def _validate(self, service: str, body: ET.Element, header: Optional[ET.Element]) -> None:
        """The body (and the WebServiceClientId header) against the service's official schemas."""
        server = self.server
        if not server.validating or service == "echo":  # no schema for Echo in release 8.2.1
            return
        checker = schemas.validator(service)
        problems = checker.errors(ET.tostring(body))
        for element in header if header is not None else []:
            if element.tag == q(BASE_NS, "WebServiceClientId"):
                problems += checker.errors(ET.tostring(element))
        if problems:
            server.schema_errors.extend(problems)
            raise _Refusal("S:Client", "cvc-validation: " + problems[0])


def temporary_server(**kwargs: Any) -> EuIsFakeServer:
    """A started fake service on a free loopback port (tests and demos)."""
    return EuIsFakeServer(**kwargs).start()
