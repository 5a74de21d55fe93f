"""epoch_eudr:eu_amend_dds: a recorded statement's content replaced (amendDds), its reference number kept.

The same statement parameters as epoch_eudr:eu_submit_dds, and the UUID of the statement to amend. The service
takes an amendment of an AVAILABLE statement within 72 hours of its submission, and keeps its activity ("EUDR
Information System - Operator API Reference" v1.0, section 10.3): each is refused here before any request when
the profile's record already says so, with the rest of the service's refusals (the schema, the business rules,
the geolocation rules on what is sent).
"""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import QgsProcessingException, QgsProcessingOutputString, QgsProcessingParameterString

from ..core.eu_is.checks import StatementRefused
from ..core.eu_is.records import AVAILABLE, SENDING, SUBMITTED, UNCERTAIN
from ..layers.operations.eu_statements import (
    adopt_overview,
    amend,
    check_statements,
    plots_geopackage,
    refuse_amendment,
)
from ..layers.words.eu_messages import eu_error_text
from .alg_eu_status import known_or_new
from .alg_eu_submit import EuSubmitDds
from .algorithm_base import cancel_of


class EuAmendDds(EuSubmitDds):
    def name(self):
        return "eu_amend_dds"

    def displayName(self):  # noqa: N802
        return self.tr("Amend a due diligence statement (EU Information System)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Replaces the content of a statement submitted earlier (UUID) with a new one built from the same "
            "parameters as epoch_eudr:eu_submit_dds: the production places, the commodity line, the operator. The "
            "statement keeps its reference number, verification number and internal reference. Only an AVAILABLE "
            "statement, within 72 hours of its submission, and with the same activity: otherwise it is refused "
            "before anything is sent. Everything the service would refuse in the new content is refused first too. "
            "What was sent is kept in the profile and, for a GeoPackage layer, beside the plots.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("UUID", self.tr("UUID of the statement to amend")))
        self.add_statement_parameters()
        self.add_eu_connection_parameters()
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("Status")))
        self.addOutput(QgsProcessingOutputString("MESSAGES", self.tr("Messages")))

    def run_eu(self, parameters, context, feedback) -> Dict[str, Any]:
        uuid = (self.parameterAsString(parameters, "UUID", context) or "").strip()
        if not uuid:
            raise QgsProcessingException(self.tr("Give the UUID of the statement to amend."))
        client = self.eu_client(parameters, context)  # no request yet
        record = known_or_new(client, uuid)
        if record.local_id and record.status not in (SENDING, UNCERTAIN, SUBMITTED):
            refuse_amendment(record)  # too late, withdrawn, rejected: said before reading the layer
        layer, built, seen = self.read_statement(parameters, context, feedback)
        if seen.problems:
            raise QgsProcessingException(eu_error_text(StatementRefused(seen.problems)))
        if record.local_id and record.status != AVAILABLE:  # not settled when last seen: where does it stand?
            [record] = check_statements(client, [record], cancel_of(feedback))
        elif not record.local_id:  # sent from elsewhere: the service says its status and date
            [overview] = client.get_dds(uuid)
            adopt_overview(record, overview)
            record.internal_reference = overview.internal_reference
            record.submitted_at = record.submitted_at or overview.date
        gpkg, table = plots_geopackage(layer)
        record = amend(client, record, built, plots_gpkg=gpkg if record.local_id else "", plots_table=table)
        message = self.tr("{name}: amended; reference number {reference}, status {status}.").format(
            name=record.internal_reference or record.uuid, reference=record.reference_number or "-",
            status=record.status)
        feedback.pushInfo(message)
        return {"STATUS": record.status, "MESSAGES": message}
