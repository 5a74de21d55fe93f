"""epoch_eudr:fetch_assessments: ``/fetch_supply_shed`` as a styled layer with the derived verdicts."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..layers.operations.epoch_api import assessments_to_gpkg, describe_counts
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination, progress_of
from .monitoring_windows import add_window_parameters, window_of
from .outputs import publish

FILTERS = (("COMMODITY", "commodity", "Commodity filter"), ("COUNTRY", "country", "Country filter"),
           ("COMPANY", "company_name", "Producer (company) filter"))


class FetchAssessments(EpochAlgorithm):
    def name(self):
        return "fetch_assessments"

    def displayName(self):  # noqa: N802
        return self.tr("Fetch producer assessments")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) "
                       "with the dashboard's verdicts: status, status_key, assessment_type, nc_percent, risk_rank. "
                       "MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start "
                       "defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a "
                       "snapshot in the output GeoPackage, for compare_assessments.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterNumber("LIMIT", self.tr("Maximum rows"),
                                                       QgsProcessingParameterNumber.Type.Integer, 100000, minValue=1))
        labels = {"COMMODITY": self.tr("Commodity filter"), "COUNTRY": self.tr("Country filter"),
                  "COMPANY": self.tr("Producer (company) filter")}
        for name, _, label in FILTERS:
            self.addParameter(QgsProcessingParameterString(name, labels.get(name, label), defaultValue="",
                                                           optional=True))
        add_window_parameters(self)
        self.addParameter(QgsProcessingParameterBoolean(
            "KEEP_SNAPSHOT", self.tr("Keep this load as a snapshot (for compare_assessments)"), True))
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Assessments")))
        self.addOutput(QgsProcessingOutputString("COUNTS", self.tr("Producers per status")))

    def execute(self, parameters, context, feedback):
        filters = {key: self.parameterAsString(parameters, name, context) for name, key, _ in FILTERS}
        window = window_of(self, parameters, context)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "assessments")
        outcome = assessments_to_gpkg(self.client(parameters, context), gpkg, layer_name,
                                      filters={k: v for k, v in filters.items() if v},
                                      limit=self.parameterAsInt(parameters, "LIMIT", context), **window,
                                      snapshot=self.parameterAsBoolean(parameters, "KEEP_SNAPSHOT", context),
                                      progress=progress_of(feedback), cancel=cancel_of(feedback))
        feedback.pushInfo(outcome.summary())
        if outcome.layer.notes:  # lines not written, numbers that are not numbers, rows beyond LIMIT: said twice
            feedback.pushWarning(outcome.layer.notes)
        return {"OUTPUT": publish(outcome.layer, requested, final, context), "COUNTS": describe_counts(outcome.counts)}
