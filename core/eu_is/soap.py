"""SOAP 1.1 envelopes for the EU Information System, built and read with the standard library only.

Requests are built with ElementTree in the order the V3 schemas give (``elementFormDefault="qualified"``: every
element in its schema's namespace). Answers are parsed with ElementTree after refusing any DTD (no entity
expansion of any kind), and read tolerantly: by local name within the expected namespace, unknown elements and
values kept rather than fatal. lxml and zeep are not used at run time: they are not on every QGIS build.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # nosec B405: answers are parsed only after refusing DTDs (see parse_xml)
from dataclasses import dataclass
from typing import Iterable, List, Optional, Tuple

from .errors import ANSWER, EuIsError, ServiceError
from .wssecurity import BASE64_BINARY, PASSWORD_DIGEST, WSSE_NS, WSU_NS, UsernameToken

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
BASE_NS = "http://ec.europa.eu/sanco/tracesnt/base/v4"
COMMON_NS = "http://ec.europa.eu/tracesnt/certificate/eudr/common/v3"
DDS_NS = "http://ec.europa.eu/tracesnt/certificate/eudr/due-diligence-statement/v3"
VERIFY_NS = "http://ec.europa.eu/tracesnt/certificate/eudr/verify-declaration/v3"
ECHO_NS = "http://ec.europa.eu/tracesnt/eudr/echo"
ERROR_NS = "http://ec.europa.eu/sanco/tracesnt/error/v01"

#: Prefixes as in the Commission's samples (cosmetic: any prefix is valid).
PREFIXES = {"soapenv": SOAP_ENV, "wsse": WSSE_NS, "wsu": WSU_NS, "v4": BASE_NS, "dds": DDS_NS,
            "eudrCommon": COMMON_NS, "verify": VERIFY_NS, "echo": ECHO_NS, "error": ERROR_NS}
for _prefix, _uri in PREFIXES.items():
    ET.register_namespace(_prefix, _uri)

#: Largest answer read (a getDdsByIdentifiers answer carries up to 25 MB of geolocation, Base64: about 34 MB).
MAX_ANSWER_BYTES = 48 * 1024 * 1024
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def q(namespace: str, name: str) -> str:
    """ElementTree's ``{namespace}name``."""
    return f"{{{namespace}}}{name}"


def sub(parent: ET.Element, namespace: str, name: str, text: Optional[str] = None) -> ET.Element:
    """Append ``<ns:name>text</ns:name>`` to ``parent`` and return it."""
    element = ET.SubElement(parent, q(namespace, name))
    if text is not None:
        element.text = text
    return element


def envelope(body: ET.Element, token: UsernameToken, client_id: str) -> bytes:
    """The whole request: ``wsse:Security`` (Timestamp, UsernameToken), ``v4:WebServiceClientId``, the body."""
    env = ET.Element(q(SOAP_ENV, "Envelope"))
    header = sub(env, SOAP_ENV, "Header")
    security = sub(header, WSSE_NS, "Security")
    stamp = sub(security, WSU_NS, "Timestamp")
    stamp.set(q(WSU_NS, "Id"), "TS-1")
    sub(stamp, WSU_NS, "Created", token.created)
    sub(stamp, WSU_NS, "Expires", token.expires)
    user = sub(security, WSSE_NS, "UsernameToken")
    user.set(q(WSU_NS, "Id"), "UT-1")
    sub(user, WSSE_NS, "Username", token.username)
    sub(user, WSSE_NS, "Password", token.digest).set("Type", PASSWORD_DIGEST)
    sub(user, WSSE_NS, "Nonce", token.nonce_text).set("EncodingType", BASE64_BINARY)
    sub(user, WSU_NS, "Created", token.created)
    sub(header, BASE_NS, "WebServiceClientId", client_id)
    sub(env, SOAP_ENV, "Body").append(body)
    return ET.tostring(env, encoding="utf-8", xml_declaration=True)


def parse_xml(data: bytes, what: str = "answer") -> ET.Element:
    """Parse XML that came over the network: a DTD or entity declaration is refused, not expanded."""
    if len(data) > MAX_ANSWER_BYTES:
        raise EuIsError(f"The {what} is larger than {MAX_ANSWER_BYTES // (1024 * 1024)} MB; it was not read.",
                        kind=ANSWER, code="eu_is_answer_too_large", params={"what": what})
    if _DTD.search(data):
        raise EuIsError(f"The {what} contains a DTD or entity declaration, which a SOAP message may not have; it "
                        "was not read.", kind=ANSWER, code="eu_is_answer_dtd", params={"what": what})
    parser = ET.XMLParser()  # nosec B314: no DTD can reach expat here (refused above), so no entity expansion
    try:
        parser.feed(data)
        return parser.close()
    except ET.ParseError as exc:
        raise EuIsError(f"The {what} is not well-formed XML ({exc}).", kind=ANSWER, code="eu_is_answer_not_xml",
                        params={"what": what, "error": str(exc)}) from None


def local(tag: object) -> str:
    """An element's name without its namespace (``""`` for a comment or processing instruction)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def namespace_of(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def child(element: Optional[ET.Element], name: str) -> Optional[ET.Element]:
    """The first child called ``name`` whatever its namespace (answers are read tolerantly)."""
    if element is None:
        return None
    for item in element:
        if local(item.tag) == name:
            return item
    return None


def children(element: Optional[ET.Element], name: str) -> List[ET.Element]:
    return [] if element is None else [item for item in element if local(item.tag) == name]


def text(element: Optional[ET.Element], name: str, default: str = "") -> str:
    found = child(element, name)
    return (found.text or "").strip() if found is not None and found.text is not None else default


def body_of(root: ET.Element) -> Optional[ET.Element]:
    """The SOAP Body's first element, or ``None`` when the answer is no SOAP 1.1 envelope."""
    if root.tag != q(SOAP_ENV, "Envelope"):
        return None
    body = root.find(q(SOAP_ENV, "Body"))
    if body is None or len(body) == 0:
        return None
    return body[0]


@dataclass(frozen=True)
class Fault:
    """A SOAP fault: ``code`` (``S:Client``...), ``string`` (faultstring), ``detail`` (the detail element's local
    name, ``BusinessRulesValidationException``...) and its ``errors``."""

    code: str
    string: str
    detail: str
    errors: Tuple[ServiceError, ...]


def _errors_in(detail: ET.Element) -> Iterable[ServiceError]:
    for element in detail.iter():
        if local(element.tag) == "Error" and child(element, "ID") is not None:
            yield ServiceError(text(element, "ID"), text(element, "Message"), text(element, "Field"))


def fault_of(element: Optional[ET.Element]) -> Optional[Fault]:
    """The fault in a SOAP body element, or ``None`` when it is an ordinary answer."""
    if element is None or element.tag != q(SOAP_ENV, "Fault"):
        return None
    detail = child(element, "detail")
    name, errors = "", ()
    if detail is not None and len(detail):
        name = local(detail[0].tag)
        errors = tuple(_errors_in(detail))
        if not errors:  # the Echo service's fault: echo:EudrEchoServiceFault/echo:errorMessage
            message = text(detail[0], "errorMessage")
            errors = (ServiceError(name, message, ""),) if message else ()
    return Fault(text(element, "faultcode"), text(element, "faultstring"), name, errors)
