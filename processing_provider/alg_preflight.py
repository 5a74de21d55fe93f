"""epoch_eudr:preflight and epoch_eudr:export_traces_geojson: offline EU geolocation checks, fixes, export."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..layers.preflight import export_layer_traces, preflight_to_gpkg, report_json
from .alg_screen_locations import (
    commodity_parameter,
    commodity_value,
    location_type_of,
    location_type_parameter,
    snapshot_for,
)
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination
from .outputs import publish


def tr(text: str) -> str:
    return QCoreApplication.translate("OfflineAlgorithms", text)


class OfflineAlgorithm(EpochAlgorithm):
    """No server, no login: these run offline."""

    def group(self):
        return tr("Offline checks")

    def groupId(self):  # noqa: N802
        return "offline"


class Preflight(OfflineAlgorithm):
    def name(self):
        return "preflight"

    def displayName(self):  # noqa: N802
        return self.tr("Preflight: EU geolocation rules (offline)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Checks every feature against the EU Information System's geolocation rules and the seed "
                       "001 facility tables, without any network: issues (codes), severity (error blocks an EU "
                       "upload, warning does not), messages, geodesic area and country. Plots are polygons or "
                       "points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given "
                       "with its Area in hectares. FIX writes repaired copies "
                       "(make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric "
                       "Area) and lists what changed. The input layer is never modified.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Plots or facilities")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected features only"), False))
        self.addParameter(commodity_parameter(self))
        self.addParameter(location_type_parameter(self))
        self.addParameter(QgsProcessingParameterBoolean("FIX", self.tr("Write fixed features"), False))
        self.addParameter(QgsProcessingParameterNumber("POINT_AREA", self.tr("Area for points without one (ha)"),
                                                       QgsProcessingParameterNumber.Type.Double, optional=True,
                                                       minValue=0.0001, maxValue=4))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Preflight results")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Counts")))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        location_type = location_type_of(self, parameters, context, layer)
        point_area = (self.parameterAsDouble(parameters, "POINT_AREA", context)
                      if parameters.get("POINT_AREA") not in (None, "") else None)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "preflight")
        snapshot = snapshot_for(layer, self.parameterAsBoolean(parameters, "SELECTED_ONLY", context), feedback)
        outcome = preflight_to_gpkg(snapshot, location_type, commodity_value(self, parameters, context), gpkg,
                                    layer_name, fix=self.parameterAsBoolean(parameters, "FIX", context),
                                    point_area=point_area, cancel=cancel_of(feedback))
        feedback.pushInfo(outcome.summary())
        return {"OUTPUT": publish(outcome.layer, requested, final, context), "SUMMARY": outcome.summary()}


class ExportTracesGeojson(OfflineAlgorithm):
    def name(self):
        return "export_traces_geojson"

    def displayName(self):  # noqa: N802
        return self.tr("Export EU-ready GeoJSON (TRACES)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, "
                       "ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores "
                       "them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due "
                       "Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most "
                       "1,000 producers of the commodity); the summary says which limit closed each file. "
                       "Features with preflight errors are refused unless INCLUDE_ERRORS.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Plots")))
        self.addParameter(commodity_parameter(self))
        self.addParameter(location_type_parameter(self))
        for name, label in (("PRODUCER_NAME_FIELD", self.tr("ProducerName from")),
                            ("COUNTRY_FIELD", self.tr("ProducerCountry from")),
                            ("PLACE_FIELD", self.tr("ProductionPlace from")), ("AREA_FIELD", self.tr("Area from"))):
            self.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName="INPUT",
                                                          optional=True))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_ERRORS", self.tr("Include features with errors"),
                                                        False))
        self.addParameter(QgsProcessingParameterString("BASE_NAME", self.tr("File name prefix"), "eudr_plots"))
        self.addParameter(QgsProcessingParameterFolderDestination("FOLDER", self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))
        self.addOutput(QgsProcessingOutputString("REPORT", self.tr("What went where (JSON)")))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        mapping = {eu: self.parameterAsString(parameters, name, context) for eu, name in (
            ("ProducerName", "PRODUCER_NAME_FIELD"), ("ProducerCountry", "COUNTRY_FIELD"),
            ("ProductionPlace", "PLACE_FIELD"), ("Area", "AREA_FIELD"))}
        folder = Path(self.parameterAsString(parameters, "FOLDER", context))
        report = export_layer_traces(snapshot_for(layer, False, feedback), folder,
                                     self.parameterAsString(parameters, "BASE_NAME", context) or "eudr_plots",
                                     {k: v for k, v in mapping.items() if v},
                                     location_type=location_type_of(self, parameters, context, layer),
                                     commodity=commodity_value(self, parameters, context),
                                     include_errors=self.parameterAsBoolean(parameters, "INCLUDE_ERRORS", context),
                                     cancel=cancel_of(feedback))
        feedback.pushInfo(report.summary())
        if report.refused:
            feedback.reportError(tr("{n} feature(s) refused: run the preflight with FIX first, or set "
                                    "INCLUDE_ERRORS.").format(n=len(report.refused)))
        return {"FOLDER": str(folder), "FILES": ", ".join(str(f.path) for f in report.files),
                "REPORT": report_json(report)}
