"""The fake service's statements and operations (synthetic: nothing here reaches the EU).

A submitted statement is SUBMITTED; after ``ready_delay`` seconds (the real service takes minutes, and asks
clients to wait 30 before the first check) it becomes AVAILABLE with a 14-character reference number and a
verification number, or REJECTED with the reasons when its geolocation breaks the rules. Amend and withdraw
work on an AVAILABLE statement within 72 hours of its submission and not once GROUPED. Each operation returns
the answer's body element or raises :class:`ServiceFault` (the fault the real service would send).
"""

from __future__ import annotations

import copy
import secrets
import string
import threading
import uuid as uuidlib
import xml.etree.ElementTree as ET  # nosec B405: builds answers; requests are parsed by core.eu_is.soap.parse_xml
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ...core.eu_is.soap import COMMON_NS, DDS_NS, ECHO_NS, VERIFY_NS, child, children, local, q, sub, text
from ...core.eu_is.statement import Statement, statement_from_element
from ...core.eu_is.wssecurity import utc_text
from .rules import Entry, business_errors, geolocation_reasons
from .security import Account

AMEND_WINDOW = timedelta(hours=72)
_ALPHABET = string.ascii_uppercase + string.digits


class ServiceFault(Exception):
    """A fault answer: ``detail`` (``BusinessRulesValidationException``...), ``entries`` (ID, message, field),
    ``string`` (faultstring), ``code`` (faultcode) and the namespace of the detail element."""

    def __init__(self, detail: str, entries: Sequence[Entry], string_: str, namespace: str = DDS_NS,
                 code: str = "S:Client") -> None:
        super().__init__(string_)
        self.detail, self.entries, self.string = detail, list(entries), string_
        self.namespace, self.code = namespace, code


def _rules_fault(entries: Sequence[Entry], namespace: str = DDS_NS) -> ServiceFault:
    return ServiceFault("BusinessRulesValidationException", entries, "Some business rules are not met", namespace)


def _not_found(what: str) -> ServiceFault:
    return ServiceFault("NotFoundException", [("EUDR-DDS-NOT-FOUND", f"No statement found for {what}", "")],
                        "Not found")


@dataclass
class Record:
    """One statement as the fake keeps it."""

    uuid: str
    owner: str
    role: str
    statement: Statement
    element: ET.Element  # the dds:statement as received (answers getDdsByIdentifiers)
    submitted_at: datetime
    settle_at: datetime
    reasons: List[str] = field(default_factory=list)
    status: str = "SUBMITTED"
    reference_number: str = ""
    verification_number: str = ""
    rejection_reason: str = ""
    version: int = 1
    updated_at: Optional[datetime] = None

    @property
    def internal_reference(self) -> str:
        return self.statement.internal_reference


class FakeService:
    """The statements of every synthetic account, and the operations on them. Thread-safe."""

    def __init__(self, now: Callable[[], datetime], ready_delay: float = 2.0) -> None:
        self.now = now
        self.ready_delay = ready_delay
        self.records: Dict[str, Record] = {}
        self.reject_next = 0  #: tests and training: REJECT the next statements whatever their content
        self._lock = threading.RLock()

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def _settle(self, record: Record) -> None:
        if record.status != "SUBMITTED" or self.now() < record.settle_at:
            return
        record.updated_at = record.settle_at
        if record.reasons:
            record.status = "REJECTED"
            record.rejection_reason = "; ".join(record.reasons)[:1000]
            return
        country = (record.statement.country_of_activity or "FR").upper()
        year = f"{record.submitted_at.year % 100:02d}"
        record.reference_number = year + country + "".join(secrets.choice(_ALPHABET) for _ in range(10))
        record.verification_number = "".join(secrets.choice(_ALPHABET) for _ in range(8))
        record.status = "AVAILABLE"

    def mine(self, account: Account) -> List[Record]:
        with self._lock:
            found = [r for r in self.records.values() if r.owner == account.username]
            for record in found:
                self._settle(record)
            return found

    def count(self) -> int:
        return len(self.records)

    def age(self, uuid: str, hours: float) -> None:
        """Tests: make a statement ``hours`` older (its amend/withdraw window then closes after 72)."""
        with self._lock:
            record = self.records[uuid]
            record.submitted_at -= timedelta(hours=hours)
            record.settle_at -= timedelta(hours=hours)

    def _settle_all(self) -> None:
        with self._lock:
            for record in self.records.values():
                self._settle(record)

    def _by_reference(self) -> Dict[str, str]:
        return {r.reference_number: r.status for r in self.records.values() if r.reference_number}

    # -- operations ----------------------------------------------------------------------------------------------
    def _read_statement(self, element: Optional[ET.Element], role: str) -> Statement:
        if element is None:
            raise _rules_fault([("EUDR-API-STATEMENT-MISSING", "The statement is missing", "statement")])
        return statement_from_element(element, role)

    def submit(self, account: Account, body: ET.Element) -> ET.Element:
        role = text(body, "operatorRole")
        element = child(body, "statement")
        statement = self._read_statement(element, role)
        with self._lock:
            self._settle_all()  # grouping looks at current statuses
            errors = business_errors(statement, account.eori, self._by_reference())
            if errors:
                raise _rules_fault(errors)
            now = self.now()
            if not statement.internal_reference:  # "If not provided, generated by the Information System"
                statement.internal_reference = "".join(secrets.choice(_ALPHABET) for _ in range(14))
            reasons = geolocation_reasons(statement)
            if self.reject_next > 0:
                self.reject_next -= 1
                reasons += [f"EUDR-COMMODITIES-PRODUCER-GEO-INVALID: commodity 1, producer {n} ({p.name or '-'}): the "
                            "plot overlaps land the competent authority disputes (synthetic, for training)"
                            for n, p in enumerate(statement.commodities[0].producers[:2], start=1)]
            record = Record(str(uuidlib.uuid4()), account.username, role, statement, copy.deepcopy(element), now,
                            now + timedelta(seconds=self.ready_delay), reasons)
            self.records[record.uuid] = record
            for reference in statement.associated_statements:
                for other in self.records.values():
                    if other.reference_number == reference:
                        other.status = "GROUPED"
        answer = ET.Element(q(DDS_NS, "SubmitDdsResponse"))
        sub(answer, DDS_NS, "uuid", record.uuid)
        return answer

    def _own(self, account: Account, uuid: str) -> Record:
        record = next((r for r in self.mine(account) if r.uuid == uuid), None)
        if record is None:
            raise _not_found(f"UUID {uuid}")
        return record

    def _changeable(self, record: Record, action: str) -> None:
        entries: List[Entry] = []
        if record.status != "AVAILABLE":
            entries.append((f"EUDR-API-{action}-NOT-ALLOWED-FOR-STATUS", f"{action.title()} is not allowed for a "
                            f"statement in status {record.status}", "status"))
        elif self.now() - record.submitted_at > AMEND_WINDOW:
            entries.append((f"EUDR-API-{action}-PERIOD-EXPIRED", f"{action.title()} is only possible within 72 "
                            "hours of the submission", "uuid"))
        if entries:
            raise _rules_fault(entries)

    def _modified(self, tag: str, record: Record) -> ET.Element:
        answer = ET.Element(q(DDS_NS, tag))
        sub(answer, DDS_NS, "uuid", record.uuid)
        sub(answer, DDS_NS, "status", record.status)
        return answer

    def amend(self, account: Account, body: ET.Element) -> ET.Element:
        with self._lock:
            record = self._own(account, text(body, "uuid"))
            self._changeable(record, "AMEND")
            element = child(body, "statement")
            statement = self._read_statement(element, record.role)
            errors = business_errors(statement, account.eori, self._by_reference())
            if statement.activity != record.statement.activity:
                errors.append(("EUDR-ACTIVITY-TYPE-CHANGE-NOT-ALLOWED", "The activity type of a statement cannot "
                               "be changed by an amendment", "activityType"))
            if geolocation_reasons(statement):
                errors.extend(("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", reason, "geometryGeojson")
                              for reason in geolocation_reasons(statement))
            if errors:
                raise _rules_fault(errors)
            if not statement.internal_reference:
                statement.internal_reference = record.internal_reference
            record.statement, record.element = statement, copy.deepcopy(element)
            record.version += 1
            record.updated_at = self.now()
            return self._modified("AmendDdsResponse", record)

    def withdraw(self, account: Account, body: ET.Element) -> ET.Element:
        with self._lock:
            record = self._own(account, text(body, "uuid"))
            self._changeable(record, "WITHDRAW")
            record.status = "WITHDRAWN"
            record.updated_at = self.now()
            return self._modified("WithdrawDdsResponse", record)

    def _overviews(self, tag: str, records: Sequence[Record]) -> ET.Element:
        answer = ET.Element(q(DDS_NS, tag))
        for record in records:
            item = sub(answer, DDS_NS, "ddsOverviewList")
            sub(item, COMMON_NS, "uuid", record.uuid)
            sub(item, COMMON_NS, "internalReferenceNumber", record.internal_reference)
            if record.reference_number:
                sub(item, COMMON_NS, "referenceNumber", record.reference_number)
                sub(item, COMMON_NS, "verificationNumber", record.verification_number)
            sub(item, COMMON_NS, "status", record.status)
            if record.rejection_reason:
                sub(item, COMMON_NS, "rejectionReason", record.rejection_reason)
            sub(item, COMMON_NS, "date", utc_text(record.updated_at or record.submitted_at))
            sub(item, COMMON_NS, "updatedBy", record.owner)
            sub(item, COMMON_NS, "version", str(record.version))
        return answer

    def get(self, account: Account, body: ET.Element) -> ET.Element:
        wanted = [(item.text or "").strip() for item in children(body, "uuidList")]
        found = [r for r in self.mine(account) if r.uuid in wanted]
        if not found:
            raise _not_found("UUID " + ", ".join(wanted))
        return self._overviews("GetDdsResponse", sorted(found, key=lambda r: wanted.index(r.uuid)))

    def get_by_internal_reference(self, account: Account, body: ET.Element) -> ET.Element:
        reference = text(body, "internalReference")
        found = [r for r in self.mine(account) if r.internal_reference == reference]
        if not found:
            raise _not_found(f"internal reference {reference}")
        return self._overviews("GetDdsByInternalReferenceResponse", found[:100])

    def _by_numbers(self, reference: str, verification: str) -> Optional[Record]:
        with self._lock:
            self._settle_all()
            return next((r for r in self.records.values() if r.reference_number == reference
                         and r.verification_number == verification), None)

    def get_by_identifiers(self, account: Account, body: ET.Element) -> ET.Element:
        pair = child(body, "referenceAndVerificationNumber")
        reference, verification = text(pair, "referenceNumber"), text(pair, "verificationNumber")
        record = self._by_numbers(reference, verification)
        if record is None:
            raise _not_found(f"reference number {reference} with that verification number")
        answer = ET.Element(q(DDS_NS, "GetDdsByIdentifiersResponse"))
        answer.append(copy.deepcopy(record.element))
        return answer

    def verify(self, account: Account, body: ET.Element) -> ET.Element:
        record = self._by_numbers(text(body, "referenceNumber"), text(body, "verificationNumber"))
        answer = ET.Element(q(VERIFY_NS, "VerifyDeclarationResponse"))
        if record is None:
            sub(answer, VERIFY_NS, "result", "NON_EXISTENT")
        else:
            usable = record.status in ("AVAILABLE", "GROUPED")
            sub(answer, VERIFY_NS, "result", "EXISTING_USABLE" if usable else "EXISTING_NON_USABLE")
            sub(answer, VERIFY_NS, "status", record.status)
        sub(answer, VERIFY_NS, "dateTime", utc_text(self.now()))
        return answer

    def echo(self, account: Account, body: ET.Element) -> ET.Element:
        if child(body, "query") is None:
            raise ServiceFault("EudrEchoServiceFault", [("EUDR-ECHO-QUERY-MISSING", "query is missing", "query")],
                               "EudrEchoServiceFault", ECHO_NS)
        answer = ET.Element(q(ECHO_NS, "EudrEchoResponse"))
        sub(answer, ECHO_NS, "status", "OK")
        return answer


#: (service, request element) -> (WSDL operation, FakeService method)
OPERATIONS: Dict[Tuple[str, str], Tuple[str, str]] = {
    ("EUDRDueDiligenceStatementServiceV3", "SubmitDdsRequest"): ("submitDds", "submit"),
    ("EUDRDueDiligenceStatementServiceV3", "AmendDdsRequest"): ("amendDds", "amend"),
    ("EUDRDueDiligenceStatementServiceV3", "WithdrawDdsRequest"): ("withdrawDds", "withdraw"),
    ("EUDRDueDiligenceStatementServiceV3", "GetDdsRequest"): ("getDds", "get"),
    ("EUDRDueDiligenceStatementServiceV3", "GetDdsByInternalReferenceRequest"):
        ("getDdsByInternalReference", "get_by_internal_reference"),
    ("EUDRDueDiligenceStatementServiceV3", "GetDdsByIdentifiersRequest"): ("getDdsByIdentifiers", "get_by_identifiers"),
    ("EUDRVerifyDeclarationServiceV3", "VerifyDeclarationRequest"): ("verifyDeclaration", "verify"),
    ("echo", "EudrEchoRequest"): ("testEcho", "echo"),
}


def operation_of(service: str, body: ET.Element) -> Optional[Tuple[str, str]]:
    return OPERATIONS.get((service, local(body.tag)))
