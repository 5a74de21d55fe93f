"""epoch_eudr:check_sample: a risk-based sample of producers to check, from an assessments layer (offline)."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.api.errors import CancelledError
from ..layers.operations.check_sample import write_check_sample
from ..layers.operations.epoch_api import LayerOutput
from ..layers.words.check_sample import sample_summary
from .alg_preflight import OfflineAlgorithm
from .algorithm_base import cancel_of, gpkg_destination
from .outputs import publish


class CheckSample(OfflineAlgorithm):
    def name(self):
        return "check_sample"

    def displayName(self):  # noqa: N802
        return self.tr("Risk-based check sample (EU country benchmarking)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Picks the producers a competent authority checks, from an assessments layer (e.g. the output of "
            "fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the "
            "share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one "
            "per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). "
            "Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the "
            "RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the "
            "picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Producer assessments")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected features only"), False))
        self.addParameter(QgsProcessingParameterNumber("SEED", self.tr("Seed (ties and random picks)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 1))
        self.addParameter(QgsProcessingParameterNumber("RANDOM_SHARE", self.tr("Share of each class drawn at random "
                                                                               "(0 to 1)"),
                                                       QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0,
                                                       maxValue=1.0))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Check sample")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Producers picked per class")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", self.tr("Rows picked")))
        self.addOutput(QgsProcessingOutputString("CLASSES", self.tr("Per class: risk, share, population, picked "
                                                                    "(JSON)")))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException(self.tr("No input layer."))
        seed = self.parameterAsInt(parameters, "SEED", context)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "check_sample")
        try:
            drawn = write_check_sample(
                layer, gpkg, layer_name, seed=seed, cancel=cancel_of(feedback),
                random_share=self.parameterAsDouble(parameters, "RANDOM_SHARE", context),
                selected_only=self.parameterAsBoolean(parameters, "SELECTED_ONLY", context))
        except CancelledError:
            return {}
        written = drawn.written
        summary = sample_summary(seed, drawn.classes(), written.count)  # in the user's language, as in the dock
        feedback.pushInfo(summary)
        if written.summary():
            feedback.pushWarning(written.summary())
        output = LayerOutput(gpkg, layer_name, "assessments", "Check sample", written.count)
        return {"OUTPUT": publish(output, requested, final, context), "SUMMARY": summary,
                "COUNT": written.count, "CLASSES": json.dumps(drawn.classes())}
