"""epoch_eudr:check_sample: a risk-based sample of producers to check, from an assessments layer (offline)."""

from __future__ import annotations

import json
from html import escape
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.check_sample import draw_check_sample
from ..core.derive import SOURCE_KEY
from ..layers.gpkg_writer import write_layer
from ..layers.operations import LayerOutput
from ..layers.source import json_value
from .alg_preflight import OfflineAlgorithm
from .algorithm_base import cancel_of, gpkg_destination
from .outputs import publish

_SKIPPED_FIELDS = frozenset({"fid", "ogc_fid"})


def read_rows(layer, selected_only: bool, feedback) -> Tuple[List[Dict[str, Any]], List[Optional[dict]],
                                                                List[Optional[Tuple[float, float]]]]:
    """Rows (attributes as JSON values, the source id in ``epoch_source_fid``), GeoJSON geometries in
    EPSG:4326 and a (lon, lat) point per feature for the country lookup of rows without a country."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = None
    if layer.crs().isValid() and layer.crs() != wgs84:
        transform = QgsCoordinateTransform(layer.crs(), wgs84, layer.transformContext())
    provider = layer.dataProvider()
    key_names = {layer.fields().at(i).name() for i in provider.pkAttributeIndexes()} if provider else set()
    names = [f.name() for f in layer.fields() if f.name() not in key_names and f.name().lower() not in _SKIPPED_FIELDS]
    request = QgsFeatureRequest()
    if selected_only:
        request.setFilterFids(layer.selectedFeatureIds())
    rows, geometries, points = [], [], []
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        row = {name: json_value(feature[name]) for name in names}
        row[SOURCE_KEY] = int(feature.id())
        geometry = feature.geometry()
        geojson, point = None, None
        if geometry is not None and not geometry.isEmpty():
            if transform is not None:
                geometry.transform(transform)
            geojson = json.loads(geometry.asJson(7))
            centre = geometry.centroid().asPoint()
            point = (centre.x(), centre.y())
        rows.append(row)
        geometries.append(geojson)
        points.append(point)
    return rows, geometries, points


def with_reason_in_tip(row: Dict[str, Any]) -> Dict[str, Any]:
    """The row's map tip (if any) followed by why it was picked."""
    tip = row.get("maptip_html") or ""
    row["maptip_html"] = f"{tip}<br><b>Check sample #{row['sample_order']}</b>: {escape(row['sample_reason'])}"
    return row


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
        rows, geometries, points = read_rows(layer, self.parameterAsBoolean(parameters, "SELECTED_ONLY", context),
                                             feedback)
        if feedback.isCanceled():
            return {}
        sample = draw_check_sample(rows, seed, points=points,
                                   random_share=self.parameterAsDouble(parameters, "RANDOM_SHARE", context))
        by_source = {row[SOURCE_KEY]: geometry for row, geometry in zip(rows, geometries)}
        features = [{"type": "Feature", "geometry": by_source.get(row[SOURCE_KEY]),
                     "properties": with_reason_in_tip(row)} for row in sample.rows]
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "check_sample")
        written = write_layer(features, "assessments", gpkg, layer_name, cancel=cancel_of(feedback), derive=False)
        feedback.pushInfo(sample.summary())
        if written.summary():
            feedback.pushWarning(written.summary())
        output = LayerOutput(gpkg, layer_name, "assessments", "Check sample", written.count)
        classes = [{"risk": c.risk, "share": c.share, "population": c.population, "required": c.required}
                   for c in sample.classes.values() if c.population]
        return {"OUTPUT": publish(output, requested, final, context), "SUMMARY": sample.summary(),
                "COUNT": written.count, "CLASSES": json.dumps(classes)}
