"""epoch_eudr:compare_assessments: what changed since an earlier load (a snapshot, or another layer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Iterator, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import CancelledError
from ..core.compare import COMPARED_FIELDS, Producer
from ..layers.operations.changes import CHANGES_LAYER, ChangesOutcome, asked_differently, compare_producers
from ..layers.styles.changes import apply_change_style, store_change_style
from ..layers.tables.snapshots import PREVIOUS, gpkg_blob, list_snapshots, read_layer, read_snapshot, resolve_snapshot
from .algorithm_base import EpochAlgorithm, cancel_of, finish_destination, gpkg_destination, progress_of
from .outputs import replace_older_copies

_KEEP: Dict[int, ChangeStylePostProcessor] = {}  # Processing holds post-processors by raw pointer
COUNT_OUTPUTS = (("WORSE", "worse", "Producers worse"), ("BETTER", "better", "Producers better"),
                 ("NEW", "new", "New producers"), ("GONE", "gone", "Producers gone"),
                 ("CHANGED", "changed", "Same status, figures changed"))


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareAssessments", text)


def count_output_labels():
    """COUNT_OUTPUTS' descriptions in the user's language."""
    return {"WORSE": tr("Producers worse"), "BETTER": tr("Producers better"), "NEW": tr("New producers"),
            "GONE": tr("Producers gone"), "CHANGED": tr("Same status, figures changed")}


class ChangeStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles the changes layer when Processing loads it (red worse, green better...)."""

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        if isinstance(layer, QgsVectorLayer):
            apply_change_style(layer)
            replace_older_copies(layer)
            layer.triggerRepaint()


def gpkg_source(layer: QgsVectorLayer) -> Optional[Tuple[Path, str]]:
    """(GeoPackage, layer name) when ``layer`` is a whole GeoPackage table read by OGR (no subset filter)."""
    if layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = Path(parts.get("path") or "")
    if path.suffix.lower() != ".gpkg" or not path.exists():
        return None
    name = parts.get("layerName") or ""
    if not name:
        import sqlite3

        with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as conn:
            tables = [row[0] for row in conn.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid")]
        if len(tables) != 1:
            return None
        name = tables[0]
    return path, name


def _plain(value):
    """A QGIS 3 NULL (a null QVariant) as None; other values as they are."""
    is_null = getattr(value, "isNull", None)
    return None if value is None or (callable(is_null) and is_null()) else value


def layer_producers(layer: QgsVectorLayer, context, cancel) -> Iterator[Producer]:
    """The rows of any vector layer (its subset filter honoured), as points in EPSG:4326."""
    source = gpkg_source(layer)
    if source is not None:
        yield from read_layer(source[0], source[1], cancel)
        return
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = None
    if layer.crs().isValid() and layer.crs() != wgs84:
        transform = QgsCoordinateTransform(layer.crs(), wgs84, context.transformContext())
    names = layer.fields().names()
    present = [name for name in COMPARED_FIELDS if name in names]
    for n, feature in enumerate(layer.getFeatures(), 1):
        if n % 5000 == 0 and cancel():
            raise CancelledError()
        row = {name: _plain(feature[name]) for name in present}
        geometry = feature.geometry()
        blob = None
        if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
            if geometry.type() != QgsWkbTypes.GeometryType.PointGeometry:
                geometry = geometry.pointOnSurface()
            elif geometry.isMultipart():
                geometry = geometry.centroid()
            if transform is not None:
                geometry.transform(transform)
            blob = gpkg_blob(bytes(geometry.asWkb()))
        yield Producer.from_row(row, blob)


class CompareAssessments(EpochAlgorithm):
    def name(self):
        return "compare_assessments"

    def displayName(self):  # noqa: N802
        return self.tr("Compare assessments (changes since an earlier load)")

    def group(self):
        return self.tr("Monitoring")

    def groupId(self):  # noqa: N802
        return "monitoring"

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT "
            "kept in CURRENT's GeoPackage (every load of assessments keeps one). SNAPSHOT: 'previous' (the load "
            "before the current one), 'latest', 'oldest', a snapshot id such as 20261102T101500, or a day "
            "(YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, "
            "else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or "
            "better (by risk_rank), or 'changed' (same status; NC plots, NC % or Article 10 risk moved), with "
            "the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, "
            "NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("CURRENT", self.tr("Current assessments")))
        self.addParameter(QgsProcessingParameterVectorLayer("EARLIER", self.tr("Earlier assessments (layer)"),
                                                            optional=True))
        snapshot = QgsProcessingParameterString("SNAPSHOT", self.tr("Earlier snapshot, when no EARLIER layer "
                                                                    "(previous, latest, oldest, an id or a day)"),
                                                defaultValue=PREVIOUS, optional=True)
        self.addParameter(snapshot)
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_UNCHANGED", self.tr("Include unchanged producers"),
                                                        False))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Changes")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Summary")))
        self.addOutput(QgsProcessingOutputString("HEADLINE", self.tr("Headline (producers worse since ...)")))
        self.addOutput(QgsProcessingOutputString("SINCE", self.tr("Compared with")))
        self.addOutput(QgsProcessingOutputString("COUNTS", self.tr("Every count (JSON)")))
        labels = count_output_labels()
        for name, _, label in COUNT_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, labels.get(name, label)))

    def execute(self, parameters, context, feedback):
        current = self.parameterAsVectorLayer(parameters, "CURRENT", context)
        if current is None:
            raise QgsProcessingException(tr("CURRENT: choose the assessments layer to compare"))
        earlier = self.parameterAsVectorLayer(parameters, "EARLIER", context)
        spec = (self.parameterAsString(parameters, "SNAPSHOT", context) or "").strip() or PREVIOUS
        include = self.parameterAsBoolean(parameters, "INCLUDE_UNCHANGED", context)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, CHANGES_LAYER)
        cancel, progress = cancel_of(feedback), progress_of(feedback)
        notes = []
        if earlier is not None:
            before = layer_producers(earlier, context, cancel)
            since, compared_with, snapshot = earlier.name(), f"layer {earlier.name()}", None
        else:
            source = gpkg_source(current)
            if source is None:
                raise QgsProcessingException(tr(
                    "SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not "
                    "a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer."))
            snapshot = resolve_snapshot(source[0], spec, source[1])
            before = read_snapshot(source[0], snapshot.snapshot_id, cancel)
            since, compared_with = snapshot.day, f"snapshot {snapshot.snapshot_id}"
            feedback.pushInfo(tr("Comparing {layer} with the snapshot of {snapshot}").format(
                layer=current.name(), snapshot=snapshot.label()))
            own = list_snapshots(source[0], source[1])
            notes = asked_differently(snapshot, own[0] if own else None)
        tally, count = compare_producers(before, layer_producers(current, context, cancel), gpkg, layer_name,
                                         since=since, compared_with=compared_with, include_unchanged=include,
                                         progress=progress, cancel=cancel)
        outcome = ChangesOutcome(gpkg, layer_name, tally, since, snapshot, count, notes)
        feedback.pushInfo(outcome.summary())
        for note in notes:
            feedback.pushWarning(note)
        destination = self._publish(gpkg, layer_name, requested, final, context)
        counts = tally.as_dict()
        result = {"OUTPUT": destination, "SUMMARY": outcome.summary(), "HEADLINE": outcome.headline(),
                  "SINCE": snapshot.time_text if snapshot else since, "COUNTS": json.dumps(counts, sort_keys=True)}
        result.update({name: counts[key] for name, key, _ in COUNT_OUTPUTS})
        return result

    @staticmethod
    def _publish(gpkg: Path, layer_name: str, requested: str, final: str, context) -> str:
        store_change_style(gpkg, layer_name)
        destination = finish_destination(gpkg, layer_name, final)
        if context.willLoadLayerOnCompletion(requested):
            layers = context.layersToLoadOnCompletion()
            details = layers.pop(requested)
            processor = ChangeStylePostProcessor()
            _KEEP[id(processor)] = processor
            details.setPostProcessor(processor)
            layers[destination] = details
            context.setLayersToLoadOnCompletion(layers)
        return destination
