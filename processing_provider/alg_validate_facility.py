"""epoch_eudr:validate_facility: ``GET /validate_facility`` for one point, kept as a row of "Checked facilities"."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterPoint,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.result_kinds import SCREENING_OPTIONS
from ..layers.operations.facility_checks import CHECKS_LAYER, check_facility_to_gpkg, refusal_text
from ..layers.writer.results import layer_uri, store_style
from .alg_screen_locations import (
    add_facility_validation_parameters,
    commodity_parameter,
    commodity_value,
    facility_validation_values,
    flag_label,
)
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination, progress_of, refuse
from .outputs import publish

#: The facility switches of the catalogue (CHECK_ROAD_ACCESS...) and the deforestation check of the endpoint.
CHECKS = [o for o in SCREENING_OPTIONS if o.applies("facility") and o.key.startswith("check_")]


def tr(text: str) -> str:
    return QCoreApplication.translate("ValidateFacility", text)


class ValidateFacility(EpochAlgorithm):
    def name(self):
        return "validate_facility"

    def displayName(self):  # noqa: N802
        return self.tr("Validate a facility at a point (validate_facility)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Asks Epoch's /validate_facility whether a location is likely a first-mile aggregation "
                       "facility for the commodity, and keeps the answer as one more row of the output's "
                       "'Checked facilities' layer (a GeoPackage given twice gets two rows): the confidence score "
                       "and level, the penalty breakdown and, with INCLUDE_LEGALITY_CHECK, the Article 10 "
                       "legality sources in a related table (<layer>_sources, joined by check_id). The point may "
                       "be in any CRS; a point at sea or outside the world is refused.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterPoint("POINT", self.tr("Facility location")))
        self.addParameter(commodity_parameter(self))
        for option in CHECKS:
            self.addParameter(QgsProcessingParameterBoolean(
                option.parameter, flag_label(option.key, option.label, option.applies_to), option.default))
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_DEFORESTATION", self.tr("Include deforestation within 50 km"), False))
        add_facility_validation_parameters(self)
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Checked facilities")))
        self.addOutput(QgsProcessingOutputString("SOURCES", self.tr("Legality sources table")))
        self.addOutput(QgsProcessingOutputNumber("SCORE", self.tr("Confidence score")))
        self.addOutput(QgsProcessingOutputString("LEVEL", self.tr("Confidence level")))

    def execute(self, parameters, context, feedback):
        if parameters.get("POINT") in (None, ""):
            refuse(tr("POINT: give the facility's location as 'x,y [EPSG:code]', e.g. '100.5018,13.7563 "
                      "[EPSG:4326]'."))
        point = self.parameterAsPoint(parameters, "POINT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
        lon, lat = point.x(), point.y()
        refusal = refusal_text(lon, lat)
        if refusal:
            refuse(tr("POINT: {reason}").format(reason=refusal))
        options = {o.key: self.parameterAsBoolean(parameters, o.parameter, context) for o in CHECKS}
        options["include_deforestation"] = self.parameterAsBoolean(parameters, "INCLUDE_DEFORESTATION", context) \
            or None
        options["commodity_type"] = commodity_value(self, parameters, context)
        options.update(facility_validation_values(self, parameters, context))
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, CHECKS_LAYER)
        if Path(final.split("|")[0]).suffix.lower() not in ("", ".gpkg"):
            refuse(tr("OUTPUT: checks are kept in a GeoPackage (each run adds a row): give a .gpkg file."))
        client = self.client(parameters, context)
        feedback.pushInfo(tr("Checking the facility at {lon:.6f}, {lat:.6f} on {url}").format(
            lon=lon, lat=lat, url=client.base_url))
        outcome = check_facility_to_gpkg(client, lon, lat, options, gpkg, layer_name,
                                         progress=progress_of(feedback), cancel=cancel_of(feedback))
        feedback.pushInfo(outcome.summary())
        store_style(outcome.sources.gpkg, outcome.sources.layer_name, outcome.sources.kind)
        destination = publish(outcome.layer, requested, final, context)
        score = outcome.row.get("confidence_score")
        return {"OUTPUT": destination, "SOURCES": layer_uri(outcome.sources.gpkg, outcome.sources.layer_name),
                "SCORE": score, "LEVEL": outcome.row.get("confidence_level") or ""}
