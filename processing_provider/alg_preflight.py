"""epoch_eudr:preflight and epoch_eudr:export_traces_geojson: offline EU geolocation checks, fixes, export."""

from __future__ import annotations

from pathlib import Path
from typing import Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..layers.inputs.source import area_field
from ..layers.operations.epoch_api import LayerOutput
from ..layers.operations.preflight import preflight_to_gpkg, report_json, use_coordinate_columns
from ..layers.operations.traces_export import export_traces
from ..layers.writer.results import layer_uri, store_style
from .alg_screen_locations import (
    commodity_parameter,
    commodity_value,
    input_problem,
    location_type_of,
    location_type_parameter,
    snapshot_for,
)
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination
from .outputs import StylePostProcessor, publish

_KEEP: Dict[int, StylePostProcessor] = {}  # Processing holds post-processors by raw pointer


def tr(text: str) -> str:
    return QCoreApplication.translate("OfflineAlgorithms", text)


class OfflineAlgorithm(EpochAlgorithm):
    """No server, no login: these run offline. An INPUT that cannot be read is refused saying what is wrong
    with the file (qgis_process would say only "Incorrect parameter value for INPUT")."""

    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = input_problem(parameters, context)
        return (False, problem) if problem else super().checkParameterValues(parameters, context)

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
                       "with its Area in hectares; a polygon's Area that clearly differs from the polygon drawn is "
                       "a warning. A table (CSV, XLSX) is read as points from its latitude and longitude columns, "
                       "recognised by their names or given as LATITUDE_FIELD and LONGITUDE_FIELD. Points and "
                       "polygons (a GeometryCollection of both included) are written to two layers (OUTPUT and "
                       "OTHER_OUTPUT). FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one "
                       "polygon per feature, ProducerCountry, numeric Area), lists what changed, and checks and "
                       "draws them again. The input layer is never modified.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Plots or facilities")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected features only"), False))
        self.addParameter(commodity_parameter(self))
        self.addParameter(location_type_parameter(self))
        self.addParameter(QgsProcessingParameterBoolean("FIX", self.tr("Write fixed features"), False))
        self.addParameter(QgsProcessingParameterNumber("POINT_AREA", self.tr("Area for points without one (ha)"),
                                                       QgsProcessingParameterNumber.Type.Double, optional=True,
                                                       minValue=0.0001, maxValue=4))
        for name, label in (("LATITUDE_FIELD", self.tr("Latitude column (a table without geometry)")),
                            ("LONGITUDE_FIELD", self.tr("Longitude column (a table without geometry)"))):
            self.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName="INPUT",
                                                          optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Preflight results")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Counts")))
        self.addOutput(QgsProcessingOutputVectorLayer("OTHER_OUTPUT", self.tr(
            "Points beside the polygons (or polygons beside the points)")))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        location_type = location_type_of(self, parameters, context, layer)
        point_area = (self.parameterAsDouble(parameters, "POINT_AREA", context)
                      if parameters.get("POINT_AREA") not in (None, "") else None)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "preflight")
        snapshot = snapshot_for(layer, self.parameterAsBoolean(parameters, "SELECTED_ONLY", context), feedback)
        use_coordinate_columns(snapshot, self.parameterAsString(parameters, "LATITUDE_FIELD", context) or "",
                               self.parameterAsString(parameters, "LONGITUDE_FIELD", context) or "")
        for note in snapshot.notes[-1:] if snapshot.coordinate_fields else []:
            feedback.pushInfo(note)
        if snapshot.coordinate_fields and area_field(snapshot.field_names) and \
                self.parameterAsEnumString(parameters, "LOCATION_TYPE", context) in ("", "auto"):
            location_type = "plot"  # rows with their Area: plots given as points, as for a point layer
        fix = self.parameterAsBoolean(parameters, "FIX", context)
        outcome = preflight_to_gpkg(snapshot, location_type, commodity_value(self, parameters, context), gpkg,
                                    layer_name, fix=fix, point_area=point_area, cancel=cancel_of(feedback))
        feedback.pushInfo(outcome.summary())
        result = {"OUTPUT": publish(outcome.layer, requested, final, context), "SUMMARY": outcome.summary()}
        if outcome.second is not None:
            result["OTHER_OUTPUT"] = publish_beside(outcome.second, requested, context)
            feedback.pushInfo(self.tr("Points and polygons are in two layers: {first} and {second}.").format(
                first=outcome.layer.layer_name, second=outcome.second.layer_name))
        return result


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
                       "A feature with preflight errors refuses the export (nothing is written; the message names "
                       "it) unless INCLUDE_ERRORS. Features written without ProducerCountry are warned about: map "
                       "it with COUNTRY_FIELD.")

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
        exported = export_traces(layer, folder, self.parameterAsString(parameters, "BASE_NAME", context),
                                 mapping, location_type=location_type_of(self, parameters, context, layer),
                                 commodity=commodity_value(self, parameters, context),
                                 include_errors=self.parameterAsBoolean(parameters, "INCLUDE_ERRORS", context),
                                 cancel=cancel_of(feedback), tell=feedback.pushInfo)
        for warning in exported.warnings:
            feedback.pushWarning(warning)
        report = exported.report
        return {"FOLDER": str(folder), "FILES": ", ".join(str(f.path) for f in report.files),
                "REPORT": report_json(report)}


def publish_beside(output: LayerOutput, requested: str, context) -> str:
    """The second layer of a preflight (points beside polygons) in the same GeoPackage, styled, and loaded
    with the first when Processing loads it."""
    store_style(output.gpkg, output.layer_name, output.kind)
    destination = layer_uri(output.gpkg, output.layer_name)
    if context.willLoadLayerOnCompletion(requested):
        details = QgsProcessingContext.LayerDetails(output.display_name, context.project(), "OTHER_OUTPUT")
        processor = StylePostProcessor(output.kind)
        _KEEP[id(processor)] = processor
        details.setPostProcessor(processor)
        context.addLayerToLoadOnCompletion(destination, details)
    return destination

