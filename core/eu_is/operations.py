"""The V3 operations: their SOAP bodies (schema element order) and the typed results read from their answers.

Operation names are the WSDLs' (release 8.2.1): DDS service ``submitDds``, ``amendDds``, ``withdrawDds``,
``getDds``, ``getDdsByInternalReference``, ``getDdsByIdentifiers``; Verify service ``verifyDeclaration``; Echo
``testEcho``. ``SOAPAction`` values are copied from the WSDL bindings (the Verify one does not follow the
"namespace/operation" pattern of the others).

Answers are read tolerantly: a status the schema does not list yet is kept as it came (see
:data:`KNOWN_STATUSES`), a missing optional element is an empty string or ``None``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # nosec B405: builds elements; parsing is soap.parse_xml's
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from .soap import COMMON_NS, DDS_NS, ECHO_NS, VERIFY_NS, child, children, q, sub, text
from .statement import Statement, statement_element

#: ``EudrStatusType`` of eudr/common/v3 (release 8.2.1); others may appear and are kept as they come.
KNOWN_STATUSES = ("SUBMITTED", "AVAILABLE", "REJECTED", "WITHDRAWN", "ARCHIVED", "SUSPENDED", "UPDATED",
                  "GROUPED", "OBSOLETE")
#: ``VerifyResultType``.
VERIFY_RESULTS = ("EXISTING_USABLE", "EXISTING_NON_USABLE", "NON_EXISTENT")
#: ``getDds`` takes at most 100 UUIDs per call (``GetDdsRequestType``).
MAX_UUIDS_PER_CALL = 100

SOAP_ACTIONS: Dict[str, str] = {
    **{op: f"{DDS_NS}/{op}" for op in ("submitDds", "amendDds", "withdrawDds", "getDds", "getDdsByInternalReference",
                                       "getDdsByIdentifiers")},
    "verifyDeclaration": "http://ec.europa.eu/tracesnt/certificate/eudr/verification/v3/verify-declaration",
    "testEcho": ECHO_NS,
}
#: Operations that change something: never sent twice by the client.
CHANGING_OPERATIONS = frozenset({"submitDds", "amendDds", "withdrawDds"})


# -- results ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SubmitResult:
    """``submitDds``: the UUID the Information System gave the statement (status SUBMITTED until checked)."""

    uuid: str
    internal_reference: str = ""


@dataclass(frozen=True)
class Communication:
    """A competent authority's ``communicationToOperator``."""

    date: str
    content: str


@dataclass(frozen=True)
class DdsOverview:
    """One ``ddsOverviewList`` entry (``OverviewType``): where a statement stands.

    ``status`` is the service's text (``SUBMITTED``, ``AVAILABLE``, ``REJECTED``, ``WITHDRAWN``...; an unknown
    value is kept); ``reference_number`` and ``verification_number`` come with AVAILABLE; ``rejection_reason``
    with REJECTED.
    """

    uuid: str
    internal_reference: str
    status: str
    reference_number: str = ""
    verification_number: str = ""
    rejection_reason: str = ""
    communication: Optional[Communication] = None
    date: str = ""
    updated_by: str = ""
    version: Optional[int] = None

    @property
    def known_status(self) -> bool:
        return self.status in KNOWN_STATUSES

    @property
    def settled(self) -> bool:
        """No longer waiting for the Information System (anything but SUBMITTED)."""
        return self.status != "SUBMITTED"


@dataclass(frozen=True)
class DdsModification:
    """``amendDds`` / ``withdrawDds``: the statement's status afterwards."""

    uuid: str
    status: str


@dataclass(frozen=True)
class VerifyResult:
    """``verifyDeclaration``: ``result`` EXISTING_USABLE / EXISTING_NON_USABLE / NON_EXISTENT (or a newer value,
    kept), the statement's ``status`` when it exists, the service's ``date_time`` of the answer."""

    reference_number: str
    verification_number: str
    result: str
    status: str = ""
    date_time: str = ""

    @property
    def usable(self) -> bool:
        return self.result == "EXISTING_USABLE"


@dataclass(frozen=True)
class EchoResult:
    """``testEcho``: the service's ``status`` (``OK`` on success)."""

    status: str


# -- request bodies ----------------------------------------------------------------------------------------------
def submit_dds_body(statement: Statement) -> ET.Element:
    body = ET.Element(q(DDS_NS, "SubmitDdsRequest"))
    sub(body, DDS_NS, "operatorRole", statement.operator_role)
    body.append(statement_element(statement))
    return body


def amend_dds_body(uuid: str, statement: Statement) -> ET.Element:
    body = ET.Element(q(DDS_NS, "AmendDdsRequest"))
    sub(body, DDS_NS, "uuid", uuid)
    body.append(statement_element(statement))
    return body


def withdraw_dds_body(uuid: str) -> ET.Element:
    body = ET.Element(q(DDS_NS, "WithdrawDdsRequest"))
    sub(body, DDS_NS, "uuid", uuid)
    return body


def get_dds_body(uuids: Sequence[str]) -> ET.Element:
    body = ET.Element(q(DDS_NS, "GetDdsRequest"))
    for uuid in uuids:
        sub(body, DDS_NS, "uuidList", uuid)
    return body


def get_dds_by_internal_reference_body(internal_reference: str) -> ET.Element:
    body = ET.Element(q(DDS_NS, "GetDdsByInternalReferenceRequest"))
    sub(body, DDS_NS, "internalReference", internal_reference)
    return body


def get_dds_by_identifiers_body(reference_number: str, verification_number: str) -> ET.Element:
    body = ET.Element(q(DDS_NS, "GetDdsByIdentifiersRequest"))
    pair = sub(body, DDS_NS, "referenceAndVerificationNumber")
    sub(pair, COMMON_NS, "referenceNumber", reference_number)
    sub(pair, COMMON_NS, "verificationNumber", verification_number)
    return body


def verify_declaration_body(reference_number: str, verification_number: str) -> ET.Element:
    body = ET.Element(q(VERIFY_NS, "VerifyDeclarationRequest"))
    sub(body, VERIFY_NS, "referenceNumber", reference_number)
    sub(body, VERIFY_NS, "verificationNumber", verification_number)
    return body


def echo_body(query: str) -> ET.Element:
    body = ET.Element(q(ECHO_NS, "EudrEchoRequest"))
    sub(body, ECHO_NS, "query", query)
    return body


# -- answers -----------------------------------------------------------------------------------------------------
def _int_or_none(value: str) -> Optional[int]:
    try:
        return int(value)
    except ValueError:
        return None


def overview_from(element: ET.Element) -> DdsOverview:
    comm = child(element, "communicationToOperator")
    return DdsOverview(
        uuid=text(element, "uuid"), internal_reference=text(element, "internalReferenceNumber"),
        status=text(element, "status"), reference_number=text(element, "referenceNumber"),
        verification_number=text(element, "verificationNumber"), rejection_reason=text(element, "rejectionReason"),
        communication=Communication(text(comm, "date"), text(comm, "content")) if comm is not None else None,
        date=text(element, "date"), updated_by=text(element, "updatedBy"),
        version=_int_or_none(text(element, "version")))


def overviews_from(answer: ET.Element) -> List[DdsOverview]:
    return [overview_from(item) for item in children(answer, "ddsOverviewList")]


def modification_from(answer: ET.Element) -> DdsModification:
    return DdsModification(text(answer, "uuid"), text(answer, "status"))


#: The answer element each operation expects, and how to read it ("" when the answer has no payload to read).
ANSWERS: Dict[str, str] = {
    "submitDds": "SubmitDdsResponse", "amendDds": "AmendDdsResponse", "withdrawDds": "WithdrawDdsResponse",
    "getDds": "GetDdsResponse", "getDdsByInternalReference": "GetDdsByInternalReferenceResponse",
    "getDdsByIdentifiers": "GetDdsByIdentifiersResponse", "verifyDeclaration": "VerifyDeclarationResponse",
    "testEcho": "EudrEchoResponse",
}
