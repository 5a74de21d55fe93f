"""epoch_eudr:submit_batch: facilities to ``/batch_supply_shed``, plots to ``/batch_process``, one collection per
producer (the dashboard's assessments: one row per producer's plots) unless GROUP_BY=one."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.api.errors import SubmissionUncertainError, redact_credentials
from ..core.commodities import commodity_field_guess
from ..core.grouping import GROUPINGS, PER_PRODUCER
from ..core.jobs import READY, new_job, record_check, uncertain_job
from ..core.naming import producer_field_guess
from ..layers.operations.epoch_api import submit_layer, wait_for_collection
from ..layers.operations.jobs import remember
from ..layers.operations.submissions import (
    SubmissionChoice,
    collection_snapshot,
    find_collection,
    plan_details,
    plan_refusal,
    plan_snapshot,
    plan_summary,
)
from ..layers.words.language import error_text, number_form
from .alg_screen_locations import (
    commodity_parameter,
    commodity_value,
    location_type_of,
    location_type_parameter,
    named_enum,
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
                       "assessment, as Epoch's dashboard holds them: one collection per producer (GROUP_BY=producer, "
                       "the producer read from PRODUCER_FIELD), or all in one collection (GROUP_BY=one). Each "
                       "feature's commodity is read from COMMODITY_FIELD (Café, kopi, sawit... are understood), "
                       "COMMODITY filling features without one; COMMODITY alone is every feature's. Empty fields are "
                       "guessed from the column names (the commodity field only when COMMODITY is not given). "
                       "Features without any commodity are refused, named, and nothing is sent. "
                       "The counts (plots, producers, countries, collections) are printed first. Collections are "
                       "named {commodity}_{producer}_{date} (one collection: COLLECTION_NAME, or "
                       "{commodity}_{country}_{date}). WAIT_SECONDS > 0 polls until each assessment appears. A "
                       "collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns "
                       "that collection). The jobs are recorded in the QGIS profile: the panel keeps checking them, "
                       "also after a restart, and says when they are ready.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Screened locations")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected features only"), False))
        self.addParameter(location_type_parameter(self))
        self.addParameter(named_enum("GROUP_BY", self.tr("Collections (producer: one per producer; one: a single "
                                                         "collection)"), GROUPINGS, PER_PRODUCER))
        self.addParameter(QgsProcessingParameterField("PRODUCER_FIELD", self.tr("Producer field (empty: guessed)"),
                                                      parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterField("COMMODITY_FIELD", self.tr("Commodity field (empty: guessed)"),
                                                      parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterString("COLLECTION_NAME", self.tr("Collection name, for one collection "
                                                                                  "(empty: suggested)"),
                                                       defaultValue="", optional=True))
        commodity = commodity_parameter(self)
        commodity.setDescription(self.tr("Commodity (with a commodity field: of features without one)"))
        self.addParameter(commodity)
        self.addParameter(QgsProcessingParameterBoolean("FORCE_REPROCESS", self.tr("Reprocess an existing collection"),
                                                        False))
        self.addParameter(QgsProcessingParameterNumber("WAIT_SECONDS", self.tr("Wait for the results (seconds)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.add_connection_parameters()
        for name, label in (("COLLECTION_ID", self.tr("Collection id (several: comma-separated)")),
                            ("STATUS", self.tr("Status (several: comma-separated)")),
                            ("COLLECTION_NAME", self.tr("Collection name (several: comma-separated)")),
                            ("COLLECTIONS", self.tr("Collections sent (JSON)")), ("SUMMARY", self.tr("Summary"))):
            self.addOutput(QgsProcessingOutputString(name, label))

    def _field(self, parameters, context, name: str, layer, guess) -> str:
        """The field given, else the one guessed from the layer's column names (``""``: none)."""
        given = (self.parameterAsString(parameters, name, context) or "").strip()
        if given and layer.fields().indexFromName(given) < 0:
            raise QgsProcessingException(self.tr("{parameter}: '{field}' is not a field of '{layer}' (its fields: "
                                                 "{fields}).").format(parameter=name, field=given, layer=layer.name(),
                                                                      fields=", ".join(layer.fields().names())))
        return given or guess(layer.fields().names()) or ""

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        selected = self.parameterAsBoolean(parameters, "SELECTED_ONLY", context)
        location_type = location_type_of(self, parameters, context, layer)
        commodity = commodity_value(self, parameters, context)
        choice = SubmissionChoice(
            grouping=self.parameterAsEnumString(parameters, "GROUP_BY", context) or PER_PRODUCER,
            producer_field=self._field(parameters, context, "PRODUCER_FIELD", layer, producer_field_guess),
            # a COMMODITY given is every feature's, unless a COMMODITY_FIELD is given too: explicit beats guessed
            commodity_field=self._field(parameters, context, "COMMODITY_FIELD", layer,
                                        commodity_field_guess if commodity is None else lambda names: ""),
            commodity=commodity, name=(self.parameterAsString(parameters, "COLLECTION_NAME", context) or "").strip())
        feedback.pushInfo(self.tr("Producer field: {producer}; commodity field: {commodity}").format(
            producer=choice.producer_field or self.tr("none"), commodity=choice.commodity_field or self.tr("none")))
        snapshot = snapshot_for(layer, selected, feedback)
        plan, prepared = plan_snapshot(snapshot, location_type, choice, cancel_of(feedback))
        summary = plan_summary(plan, location_type, choice.producer_field)
        feedback.pushInfo(summary)
        for line in plan_details(plan, location_type):
            feedback.pushInfo(line)
        if prepared.skipped:
            feedback.reportError(prepared.skipped_summary())
        refusal = plan_refusal(plan, choice, how_commodity=self.tr(
            "set COMMODITY_FIELD to the field that holds it, or COMMODITY for features without one."),
            how_name=self.tr("leave COLLECTION_NAME empty (each is named after its producer), or set GROUP_BY=one."))
        if refusal:
            raise QgsProcessingException(refusal)
        client = self.client(parameters, context)
        force = self.parameterAsBoolean(parameters, "FORCE_REPROCESS", context)
        wait = self.parameterAsInt(parameters, "WAIT_SECONDS", context)
        sent = []
        for planned in plan.collections:
            name = planned.name
            if not force:
                existing = find_collection(client, name, cancel_of(feedback))
                if existing:
                    feedback.pushWarning(self.tr("'{name}' is already assessed on Epoch (collection {id}): without "
                                                 "FORCE_REPROCESS Epoch returns that collection, not a new "
                                                 "assessment.").format(name=name, id=existing))
            try:
                job, done = submit_layer(client, collection_snapshot(snapshot, planned), location_type, name,
                                         planned.commodity, force_reprocess=force, cancel=cancel_of(feedback))
            except SubmissionUncertainError as exc:  # recorded: the panel looks it up by name until it turns up
                remember(uncertain_job(name, commodity=planned.commodity, location_type=location_type,
                                       features=len(planned.source_ids), server_url=client.base_url,
                                       source="processing", note=error_text(exc)))
                raise
            # what the server answered is shown and kept only redacted: a server may echo the request's headers
            secrets = client.transport.secrets()
            record = new_job(name, job.collection_id, commodity=planned.commodity, location_type=location_type,
                             features=done.sent, server_url=client.base_url, source="processing",
                             status=redact_credentials(job.status, secrets), secrets=secrets)
            collection_id, answered = record.collection_id, redact_credentials(job.status, secrets)
            said = number_form(done.sent, self.tr("{n} facility sent"), self.tr("{n} facilities sent")) \
                if location_type == "facility" else number_form(done.sent, self.tr("{n} plot sent"),
                                                                self.tr("{n} plots sent"))
            feedback.pushInfo(self.tr("{name}: {sent}; collection {id}: {status}").format(
                name=name, sent=said, id=collection_id or "?", status=answered))
            status = answered
            if wait > 0 and collection_id:  # an id not kept (see new_job) is looked up by name by the job watcher
                feedback.pushInfo(self.tr("Waiting up to {seconds} s for the assessment ...").format(seconds=wait))
                ready = wait_for_collection(client, collection_id, wait, cancel=cancel_of(feedback))
                status = "ready" if ready else f"{answered}; not ready after {wait} s"
                feedback.pushInfo(self.tr("Collection {id}: {status}").format(id=collection_id, status=status))
                record_check(record, collection_id if ready else "")
                record.announced = record.state == READY  # the run itself said so
            remember(record)
            feedback.pushDebugInfo(redact_credentials(json.dumps(job.raw), secrets)[:500])
            sent.append({"collection_name": name, "collection_id": collection_id, "status": status,
                         "producer": planned.producer, "commodity": planned.commodity, "features": done.sent,
                         "countries": [c for c in planned.countries if c]})
        return {"COLLECTION_ID": ",".join(s["collection_id"] for s in sent),
                "STATUS": ",".join(s["status"] for s in sent),
                "COLLECTION_NAME": ",".join(s["collection_name"] for s in sent),
                "COLLECTIONS": json.dumps(sent, ensure_ascii=False), "SUMMARY": summary}
