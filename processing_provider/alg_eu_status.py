"""epoch_eudr:eu_dds_status and epoch_eudr:eu_withdraw_dds: where a statement stands, and its withdrawal."""

from __future__ import annotations

from typing import Any, Dict, List

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterNumber, QgsProcessingParameterString

from ..core.eu_is import EuIsClient
from ..core.eu_is.records import StatementRecord, due_checks, next_check_at, server_key
from ..layers.operations.eu_statements import (
    adopt_overview,
    check_statements,
    read_statements,
    reasons,
    save_statements,
    wait_until_settled,
    withdraw,
)
from .alg_eu_common import EuAlgorithm, status_message, status_results
from .algorithm_base import cancel_of


def _mine(records: List[StatementRecord], client: EuIsClient) -> List[StatementRecord]:
    server = server_key(client.environment.base_url)
    return [r for r in records if r.server == server and r.environment == client.environment.name]


def known_or_new(client: EuIsClient, uuid: str) -> StatementRecord:
    """The profile's record of ``uuid`` on this server, or a record of a statement sent elsewhere (not kept)."""
    found = [r for r in _mine(read_statements(), client) if r.uuid == uuid]
    if found:
        return found[0]
    return StatementRecord("", uuid=uuid, environment=client.environment.name,
                           server=server_key(client.environment.base_url), status="SUBMITTED")


class EuDdsStatus(EuAlgorithm):
    def name(self):
        return "eu_dds_status"

    def displayName(self):  # noqa: N802
        return self.tr("Status of due diligence statements (EU Information System)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Asks the EU Information System where statements stand: the one with this UUID, those with this "
            "INTERNAL_REFERENCE, or (both empty) every statement submitted from this QGIS profile that is not "
            "settled yet and due a check (the Commission asks for 30 minutes before the first). AVAILABLE gives the "
            "reference and verification numbers, REJECTED the service's reasons (REASONS); both are kept in the "
            "profile and beside the plots.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("UUID", self.tr("Statement UUID"), optional=True))
        self.addParameter(QgsProcessingParameterString("INTERNAL_REFERENCE", self.tr("Internal reference"),
                                                       optional=True))
        self.add_eu_connection_parameters()
        self.addParameter(QgsProcessingParameterNumber("WAIT_SECONDS", self.tr("Wait for the result (seconds)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 0, minValue=0,
                                                       maxValue=7200))
        self.add_status_outputs()
        self.addOutput(QgsProcessingOutputString("REASONS", self.tr("Reasons (REJECTED)")))

    def run_eu(self, parameters, context, feedback) -> Dict[str, Any]:
        uuid = (self.parameterAsString(parameters, "UUID", context) or "").strip()
        reference = (self.parameterAsString(parameters, "INTERNAL_REFERENCE", context) or "").strip()
        client = self.eu_client(parameters, context)
        cancel = cancel_of(feedback)
        later: List[StatementRecord] = []
        if uuid:
            record = known_or_new(client, uuid)
            if record.local_id:  # submitted from this profile: checked, kept, written beside its plots
                records = check_statements(client, [record], cancel)
            else:
                [overview] = client.get_dds(uuid)
                records = [adopt_overview(record, overview)]
                record.internal_reference = overview.internal_reference
        elif reference:
            overviews = client.get_dds_by_internal_reference(reference)
            profile = {r.uuid: r for r in _mine(read_statements(), client) if r.uuid}
            records = []
            for overview in overviews:
                record = profile.get(overview.uuid) or StatementRecord(
                    reference, uuid=overview.uuid, environment=client.environment.name,
                    server=server_key(client.environment.base_url))
                records.append(adopt_overview(record, overview))
            save_statements([r for r in records if r.local_id])
            if not records:
                feedback.pushInfo(self.tr("No statement with the internal reference '{reference}'.").format(
                    reference=reference))
        else:
            waiting = [r for r in _mine(read_statements(), client) if not r.settled]
            due = due_checks(waiting)
            later = [r for r in waiting if r not in due]
            records = check_statements(client, due, cancel) if due else []
        wait = self.parameterAsInt(parameters, "WAIT_SECONDS", context)
        if wait > 0 and any(r.local_id and not r.settled for r in records):
            records = wait_until_settled(client, records, wait, cancel)
        messages = [status_message(r) for r in records]
        for record in later:
            due_at = next_check_at(record)
            messages.append(self.tr("{name}: SUBMITTED; its next check is due at {time} (UTC).").format(
                name=record.internal_reference, time=due_at.strftime("%Y-%m-%d %H:%M") if due_at else "-"))
        if not records and not later and not uuid and not reference:
            messages.append(self.tr("No statement of this profile is waiting for the EU Information System."))
        for message in messages:
            feedback.pushInfo(message)
        result = status_results(records, messages)
        result["REASONS"] = "\n".join(reason for r in records for reason in reasons(r))
        return result


class EuWithdrawDds(EuAlgorithm):
    def name(self):
        return "eu_withdraw_dds"

    def displayName(self):  # noqa: N802
        return self.tr("Withdraw a due diligence statement (EU Information System)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Withdraws an AVAILABLE statement within 72 hours of its submission (the service refuses it "
                       "once it is referenced by another statement or used: its reasons are shown). The new status "
                       "is kept in the profile and beside the plots.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("UUID", self.tr("Statement UUID")))
        self.add_eu_connection_parameters()
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("Status")))
        self.addOutput(QgsProcessingOutputString("MESSAGES", self.tr("Messages")))

    def run_eu(self, parameters, context, feedback) -> Dict[str, Any]:
        uuid = (self.parameterAsString(parameters, "UUID", context) or "").strip()
        client = self.eu_client(parameters, context)
        record = known_or_new(client, uuid)
        [overview] = client.get_dds(uuid)  # the status now (and a statement of another account: not found)
        adopt_overview(record, overview)
        if not record.local_id:
            record.submitted_at = record.submitted_at or overview.date
        record = withdraw(client, record)
        message = status_message(record)
        feedback.pushInfo(message)
        return {"STATUS": record.status, "MESSAGES": message}
