"""epoch_eudr:screen_locations: ``/validate_locations`` on a layer."""

from __future__ import annotations

import json
import os
from typing import Optional

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.client import DEFAULT_LIMIT
from ..core.api.facility import MAX_COMMODITY_RADIUS_M
from ..core.commodities import COMMODITIES
from ..core.result_kinds import SCREENING_OPTIONS
from ..layers.inputs.open_file import missing_layer
from ..layers.inputs.source import (
    check_location_type,
    describe_location_guess,
    no_geometry_at_all,
    snapshot_layer,
    unreadable_file_reason,
)
from ..layers.operations.epoch_api import screen_to_gpkg
from ..layers.tables.screened_sources import split_sources
from ..layers.words.language import integer_text, option_label
from ..layers.writer.results import layer_uri, store_style
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination, progress_of, refuse
from .outputs import publish

LOCATION_TYPES = ["auto", "plot", "facility"]  # auto: points are facilities, polygons plots
COMMODITY_CHOICES = ["auto-detect", *COMMODITIES]
#: (parameter, API key, label, default) of every screening switch, from the catalogue
FLAGS = [(o.parameter, o.key, o.label + ("" if len(o.applies_to) > 1 else f" ({o.applies_to[0]}s)".replace(
    "facilitys", "facilities")), o.default) for o in SCREENING_OPTIONS]


def tr(text: str) -> str:
    return QCoreApplication.translate("ScreenLocations", text)


def flag_label(key: str, label: str, applies_to) -> str:
    """A screening switch's description: the option, and which locations it applies to when not all."""
    text = option_label(key, label)
    if len(applies_to) > 1:
        return text
    return (tr("{option} (plots)") if applies_to[0] == "plot" else tr("{option} (facilities)")).format(option=text)


def named_enum(name: str, label: str, options, default: str) -> QgsProcessingParameterEnum:
    """An enum parameter whose values are its option names (``--COMMODITY=coffee`` in qgis_process)."""
    return QgsProcessingParameterEnum(name, label, options=list(options), defaultValue=default, usesStaticStrings=True)


def location_type_parameter(algorithm) -> QgsProcessingParameterEnum:
    return named_enum("LOCATION_TYPE", tr("Location type (auto: points are facilities, polygons plots)"),
                      LOCATION_TYPES, "auto")


def commodity_parameter(algorithm, name: str = "COMMODITY") -> QgsProcessingParameterEnum:
    return named_enum(name, tr("Commodity"), COMMODITY_CHOICES, "auto-detect")


def commodity_value(algorithm, parameters, context, name: str = "COMMODITY"):
    value = algorithm.parameterAsEnumString(parameters, name, context)
    return None if value in ("", "auto-detect") else value


def location_type_of(algorithm, parameters, context, layer) -> str:
    """LOCATION_TYPE, checked against the layer; ``auto`` guesses as the dock does: polygons and points with an
    ``Area`` field are plots, other points facilities, tables facility addresses; lines are refused."""
    from qgis.core import QgsProcessingException

    chosen = algorithm.parameterAsEnumString(parameters, "LOCATION_TYPE", context)
    if chosen in ("plot", "facility"):
        check_location_type(layer, chosen)
        return chosen
    check_location_type(layer, "plot")  # lines: the same clear message as when plot is chosen
    empty = no_geometry_at_all(layer)
    if empty:  # no LOCATION_TYPE would help: the file has nothing to locate
        raise QgsProcessingException(empty)
    guessed, label = describe_location_guess(layer)
    if guessed is None:
        raise QgsProcessingException(tr("'{layer}' holds {what}: set LOCATION_TYPE to plot (polygons or "
                                        "points with their Area) or facility (points).").format(
                                            layer=layer.name(), what=label))
    return guessed


def input_problem(parameters, context, name: str = "INPUT") -> Optional[str]:
    """Why the layer parameter ``name`` cannot be read, said about the file (qgis_process otherwise says only
    "Incorrect parameter value"); ``None`` when it can, or when Processing's own check should speak."""
    from qgis.core import QgsProcessingUtils

    value = parameters.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    if QgsProcessingUtils.mapLayerFromString(value, context) is not None:
        return None
    path = value.split("|")[0]
    if not os.path.exists(path):
        return tr("{name}: '{value}' is neither a layer of the project nor a file that exists.").format(
            name=name, value=value)
    missing = missing_layer(value)
    if missing:
        return tr("{name}: {problem}").format(name=name, problem=missing)
    return tr("{name}: '{file}' cannot be read as a vector layer ({reason}). The file may be cut short or "
              "damaged: export it again from where it came from, or open it in QGIS to see what is wrong.").format(
                  name=name, file=os.path.basename(path), reason=unreadable_file_reason(path))


def add_facility_validation_parameters(algorithm, legality_default: bool = False) -> None:
    """COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK: options only Epoch's facility validation takes."""
    radius = QgsProcessingParameterNumber(
        "COMMODITY_RADIUS", tr("Commodity radius, metres (facilities; empty: Epoch's default, 5,000)"),
        QgsProcessingParameterNumber.Type.Double, optional=True, minValue=1, maxValue=MAX_COMMODITY_RADIUS_M)
    radius.setHelp(tr("How far around each facility Epoch looks for the commodity. Set, facilities are sent to "
                      "/validate_facilities instead of /validate_locations."))
    algorithm.addParameter(radius)
    legality = QgsProcessingParameterBoolean(
        "INCLUDE_LEGALITY_CHECK", tr("Legality sources, Article 10 (facilities)"), legality_default)
    legality.setHelp(tr("Epoch's web search for Article 10 legality risks: sources, summary and risk score."))
    algorithm.addParameter(legality)


def facility_validation_values(algorithm, parameters, context) -> dict:
    """The facility validation options set (``{}`` when none is: the screening stays on /validate_locations)."""
    chosen = {}
    if parameters.get("COMMODITY_RADIUS") not in (None, ""):
        chosen["commodity_radius"] = algorithm.parameterAsDouble(parameters, "COMMODITY_RADIUS", context)
    if algorithm.parameterAsBoolean(parameters, "INCLUDE_LEGALITY_CHECK", context):
        chosen["include_legality_check"] = True
    return chosen


def snapshot_for(layer, selected: bool, feedback):
    """The layer's snapshot (refused with the reason: no CRS, a local CRS, an unreadable CSV); notes go to the log."""
    snapshot = snapshot_layer(layer, selected)
    for note in snapshot.notes:
        feedback.pushInfo(note)
    return snapshot


class ScreenLocations(EpochAlgorithm):
    def name(self):
        return "screen_locations"

    def displayName(self):  # noqa: N802
        return self.tr("Screen locations (validate_locations)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Screens plots (polygons) or facilities (points) with Epoch's /validate_locations and writes "
                       "the results as a styled layer: confidence scores for facilities, risk for plots. Tables "
                       "without geometry are sent as CSV for the API to geocode. The layer is read, sent and "
                       "written 10,000 features at a time (the API's limit per request), so memory stays flat "
                       "at any size. The input layer is not modified.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", self.tr("Locations layer")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected features only"), False))
        self.addParameter(location_type_parameter(self))
        self.addParameter(commodity_parameter(self))
        for option in SCREENING_OPTIONS:
            self.addParameter(QgsProcessingParameterBoolean(
                option.parameter, flag_label(option.key, option.label, option.applies_to), option.default))
        self.addParameter(QgsProcessingParameterNumber(
            "PRODUCTION_VOLUME", self.tr("Production volume, tonnes/year (plots; optional)"),
            QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0))
        add_facility_validation_parameters(self)
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Screening results")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Collection summary (JSON)")))
        self.addOutput(QgsProcessingOutputString("SOURCES", self.tr("Legality sources table (facilities)")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = input_problem(parameters, context)
        return (False, problem) if problem else super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        selected = self.parameterAsBoolean(parameters, "SELECTED_ONLY", context)
        location_type = location_type_of(self, parameters, context, layer)
        options = {key: self.parameterAsBoolean(parameters, name, context) for name, key, _, _ in FLAGS}
        options["commodity_type"] = commodity_value(self, parameters, context)
        if parameters.get("PRODUCTION_VOLUME") not in (None, ""):
            options["production_volume"] = self.parameterAsDouble(parameters, "PRODUCTION_VOLUME", context)
        extra = facility_validation_values(self, parameters, context)
        if extra and location_type != "facility":
            refuse(tr("COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK apply to facilities (points) only: leave them "
                      "unset to screen plots."))
        options.update(extra)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "screening")
        client = self.client(parameters, context)
        snapshot = snapshot_for(layer, selected, feedback)
        count = (tr("{n} features").format(n=integer_text(snapshot.feature_count)) if snapshot.feature_count >= 0
                 else tr("its features"))
        what = tr("plots") if location_type == "plot" else tr("facilities")
        feedback.pushInfo(tr("Screening '{layer}' ({count}, sent {limit} at a time) as {what} on {url}").format(
            layer=layer.name(), count=count, limit=integer_text(DEFAULT_LIMIT), what=what, url=client.base_url))
        outcome = screen_to_gpkg(client, snapshot, location_type, options, gpkg, layer_name,
                                 progress=progress_of(feedback), cancel=cancel_of(feedback))
        if location_type == "facility":  # the Article 10 sources in a related table, not a JSON column
            outcome = split_sources(outcome, cancel=cancel_of(feedback))
            if outcome.sources is not None:
                store_style(outcome.sources.gpkg, outcome.sources.layer_name, outcome.sources.kind)
        feedback.pushInfo(outcome.summary())
        destination = publish(outcome.layer, requested, final, context)
        sources = getattr(outcome, "sources", None)
        return {"OUTPUT": destination, "SUMMARY": json.dumps(outcome.collection, sort_keys=True),
                "SOURCES": layer_uri(sources.gpkg, sources.layer_name) if sources is not None else ""}
