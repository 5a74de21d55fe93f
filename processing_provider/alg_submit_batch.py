"""epoch_eudr:submit_batch: facilities to ``/batch_supply_shed``, plots to ``/batch_process``."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.api.errors import SubmissionUncertainError
from ..core.jobs import READY, new_job, record_check, uncertain_job
from ..layers.i18n import error_text
from ..layers.jobs import remember
from ..layers.layer_rows import suggested_collection_name
from ..layers.operations import submit_layer, wait_for_collection
from ..layers.submissions import find_collection
from .alg_screen_locations import (
    commodity_parameter,
    commodity_value,
    location_type_of,
    location_type_parameter,
    snapshot_for,
)
from .algorithm_base import EpochAlgorithm, cancel_of


class SubmitBatch(EpochAlgorithm):
    def name(self):
        return "submit_batch"

    def displayName(self):  # noqa: N802
        return self.tr("Submit for assessment (batch)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Submits facilities (points) for supply-shed assessment or plots (polygons) for direct "
                       "assessment. An empty collection name is suggested as {commodity}_{country}_{date} from "
                       "the first feature. WAIT_SECONDS > 0 polls until the assessment appears. A collection name "
                       "already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). "
                       "The job is recorded in the QGIS profile: the panel keeps checking it, also after a "
                       "restart, and says when it is ready.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Screened locations")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected features only"), False))
        self.addParameter(location_type_parameter(self))
        self.addParameter(QgsProcessingParameterString("COLLECTION_NAME", self.tr("Collection name (empty: suggested)"),
                                                       defaultValue="", optional=True))
        self.addParameter(commodity_parameter(self))
        self.addParameter(QgsProcessingParameterBoolean("FORCE_REPROCESS", self.tr("Reprocess an existing collection"),
                                                        False))
        self.addParameter(QgsProcessingParameterNumber("WAIT_SECONDS", self.tr("Wait for the results (seconds)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.add_connection_parameters()
        for name, label in (("COLLECTION_ID", self.tr("Collection id")), ("STATUS", self.tr("Status")),
                            ("COLLECTION_NAME", self.tr("Collection name"))):
            self.addOutput(QgsProcessingOutputString(name, label))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        selected = self.parameterAsBoolean(parameters, "SELECTED_ONLY", context)
        location_type = location_type_of(self, parameters, context, layer)
        commodity = commodity_value(self, parameters, context)
        snapshot = snapshot_for(layer, selected, feedback)
        name = (self.parameterAsString(parameters, "COLLECTION_NAME", context) or "").strip()
        if not name:
            name = suggested_collection_name(layer, commodity)  # the dock's suggestion, written once
            feedback.pushInfo(self.tr("Collection name: {name}").format(name=name))
        client = self.client(parameters, context)
        force = self.parameterAsBoolean(parameters, "FORCE_REPROCESS", context)
        if not force:
            existing = find_collection(client, name, cancel_of(feedback))
            if existing:
                feedback.pushWarning(self.tr("'{name}' is already assessed on Epoch (collection {id}): without "
                                             "FORCE_REPROCESS Epoch returns that collection, not a new "
                                             "assessment.").format(name=name, id=existing))
        try:
            job, prepared = submit_layer(client, snapshot, location_type, name, commodity, force_reprocess=force,
                                         cancel=cancel_of(feedback))
        except SubmissionUncertainError as exc:  # recorded: the panel looks it up by name until it turns up
            remember(uncertain_job(name, commodity=commodity, location_type=location_type,
                                   features=max(0, snapshot.feature_count), server_url=client.base_url,
                                   source="processing", note=error_text(exc)))
            raise
        record = new_job(name, job.collection_id, commodity=commodity, location_type=location_type,
                         features=prepared.sent, server_url=client.base_url, source="processing", status=job.status)
        sent = self.tr("{n} facility(s) sent") if location_type == "facility" else self.tr("{n} plot(s) sent")
        feedback.pushInfo(self.tr("{sent}; collection {id}: {status}").format(
            sent=sent.format(n=prepared.sent), id=job.collection_id, status=job.status))
        if prepared.skipped:
            feedback.reportError(prepared.skipped_summary())
        status = job.status
        wait = self.parameterAsInt(parameters, "WAIT_SECONDS", context)
        if wait > 0:
            feedback.pushInfo(self.tr("Waiting up to {seconds} s for the assessment ...").format(seconds=wait))
            ready = wait_for_collection(client, job.collection_id, wait, cancel=cancel_of(feedback))
            status = "ready" if ready else f"{job.status}; not ready after {wait} s"
            feedback.pushInfo(self.tr("Collection {id}: {status}").format(id=job.collection_id, status=status))
            record_check(record, job.collection_id if ready else "")
            record.announced = record.state == READY  # the run itself said so
        remember(record)
        feedback.pushDebugInfo(json.dumps(job.raw)[:500])
        return {"COLLECTION_ID": job.collection_id, "STATUS": status, "COLLECTION_NAME": name}
