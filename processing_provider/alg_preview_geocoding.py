"""epoch_eudr:preview_geocoding: ``POST /normalize_locations`` on a CSV/XLSX of addresses, as a point layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import ConfigurationError
from ..layers.operations.geocoding import check_file, preview_geocoding_to_gpkg
from ..layers.words.language import error_text
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination, progress_of
from .outputs import publish


def tr(text: str) -> str:
    return QCoreApplication.translate("PreviewGeocoding", text)


class PreviewGeocoding(EpochAlgorithm):
    def name(self):
        return "preview_geocoding"

    def displayName(self):  # noqa: N802
        return self.tr("Preview geocoding of addresses (normalize_locations)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Sends a CSV or XLSX of facility addresses to Epoch's /normalize_locations and writes where "
                       "Epoch places each row as a point layer, with the file's own columns, before any "
                       "screening: a wrong geocode is a wrong facility. Check the points, move any that is wrong, "
                       "then screen the layer. Rows Epoch could not place are kept without a point "
                       "(preview_status = not_geocoded, with the server's reason in preview_note) and named one "
                       "by one in the log. The file is not modified; a rerun into the same output replaces the "
                       "layer.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", self.tr("Addresses (CSV or XLSX)"), fileFilter=self.tr("Addresses") + " (*.csv *.xlsx)"))
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Geocoded addresses")))
        self.addOutput(QgsProcessingOutputNumber("GEOCODED", self.tr("Rows geocoded")))
        self.addOutput(QgsProcessingOutputNumber("NOT_GEOCODED", self.tr("Rows not geocoded")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Summary")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A file that is not a CSV/XLSX of addresses is refused with the reason (Processing says only
        "Incorrect parameter value")."""
        value = parameters.get("INPUT")
        if isinstance(value, str) and value.strip():
            try:
                check_file(value)
            except ConfigurationError as exc:
                return False, tr("INPUT: {reason}").format(reason=error_text(exc))
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        path = check_file(self.parameterAsFile(parameters, "INPUT", context))
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "geocoded_addresses")
        client = self.client(parameters, context)
        feedback.pushInfo(tr("Geocoding '{file}' on {url}").format(file=path.name, url=client.base_url))
        outcome = preview_geocoding_to_gpkg(client, path, gpkg, layer_name, progress=progress_of(feedback),
                                            cancel=cancel_of(feedback))
        problems = outcome.problems()
        if problems:
            feedback.pushWarning(problems)
        feedback.pushInfo(outcome.summary())
        destination = publish(outcome.layer, requested, final, context)
        return {"OUTPUT": destination, "GEOCODED": outcome.placed, "NOT_GEOCODED": len(outcome.not_placed),
                "SUMMARY": outcome.summary()}
