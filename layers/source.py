"""A QGIS vector layer as the upload ``/validate_locations`` expects.

``snapshot_layer`` runs on the main thread and copies what a worker needs (a
feature source, the selection, the CRS); ``build_upload`` runs in the worker
and never touches the layer or the project. The layer itself is never modified.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.api.client import Upload
from ..core.derive import SOURCE_KEY

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
COORDINATE_DECIMALS = 8  # the EU asks for at least 6


@dataclass
class LayerSnapshot:
    source: QgsVectorLayerFeatureSource
    name: str
    crs: QgsCoordinateReferenceSystem
    transform_context: Any
    geometry_type: int
    has_geometry: bool
    selected_ids: Optional[List[int]]
    field_names: List[str]


@dataclass
class PreparedUpload:
    upload: Upload
    location_type: Optional[str]
    sent: int
    skipped: List[Tuple[int, str]] = field(default_factory=list)
    source_ids: List[int] = field(default_factory=list)  # the feature id of each sent feature, in order

    def skipped_summary(self, limit: int = 5) -> str:
        if not self.skipped:
            return ""
        shown = "; ".join(f"feature {fid}: {why}" for fid, why in self.skipped[:limit])
        more = f" and {len(self.skipped) - limit} more" if len(self.skipped) > limit else ""
        return f"{len(self.skipped)} feature(s) not sent ({shown}{more})"


class SourceError(Exception):
    """The layer cannot be sent as it is; the message says what to change."""


def guess_location_type(layer: QgsVectorLayer) -> Optional[str]:
    """``facility`` for points, ``plot`` for polygons, ``None`` for anything else (ask the user)."""
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.PointGeometry:
        return "facility"
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        return "plot"
    return None


PLURAL = {"plot": "plots", "facility": "facilities"}


def check_location_type(layer: QgsVectorLayer, location_type: str) -> None:
    """Refuse a layer whose geometry cannot be ``location_type`` (lines, or points sent as plots)."""
    if not layer.isSpatial():
        return  # a table: the API geocodes its addresses
    guessed = guess_location_type(layer)
    kind = QgsWkbTypes.geometryDisplayString(layer.geometryType()).lower()
    if guessed is None and layer.geometryType() != QgsWkbTypes.GeometryType.UnknownGeometry:
        raise SourceError(f"'{layer.name()}' holds {kind}s: only points (facilities) or polygons (plots) can be "
                          "screened. Convert the layer first, e.g. polygons from closed lines.")
    if guessed is not None and guessed != location_type:
        raise SourceError(f"'{layer.name()}' holds {kind}s, which are {PLURAL[guessed]}, but the location type is "
                          f"{location_type}: change one of them.")


def snapshot_layer(layer: QgsVectorLayer, selected_only: bool = False,
                   fids: Optional[List[int]] = None) -> LayerSnapshot:
    """Main thread only: copy what a background task needs to read ``layer`` (all, selected, or ``fids``)."""
    if layer is None or not layer.isValid():
        raise SourceError("Pick a valid vector layer to screen.")
    selected = None
    if fids is not None:
        if not fids:
            raise SourceError("No feature chosen: tick rows in the results table or select features on the map.")
        selected = list(fids)
    elif selected_only:
        selected = list(layer.selectedFeatureIds())
        if not selected:
            raise SourceError(f"'{layer.name()}' has no selected features: select some, or untick "
                              "'Selected features only'.")
    return LayerSnapshot(QgsVectorLayerFeatureSource(layer), layer.name(), layer.crs(),
                         QgsProject.instance().transformContext(), layer.geometryType(),
                         layer.isSpatial(), selected, [f.name() for f in layer.fields()])


def json_value(value: Any) -> Any:
    """A QGIS attribute as JSON (NULL -> None, dates -> ISO text)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    if isinstance(value, (QDate, QTime)):
        return value.toString("yyyy-MM-dd" if isinstance(value, QDate) else "HH:mm:ss") if value.isValid() else None
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _request(snapshot: LayerSnapshot) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    if snapshot.selected_ids is not None:
        request.setFilterFids(snapshot.selected_ids)
    return request


def build_upload(snapshot: LayerSnapshot, location_type: Optional[str],
                 cancel: Callable[[], bool] = lambda: False) -> PreparedUpload:
    """Worker thread: the features as GeoJSON in EPSG:4326 (or CSV without geometry), with source keys."""
    if not snapshot.has_geometry:
        return _as_csv(snapshot, cancel)
    transform = QgsCoordinateTransform(snapshot.crs, WGS84, snapshot.transform_context)
    features, skipped, ids = [], [], []
    for feature in snapshot.source.getFeatures(_request(snapshot)):
        if cancel():
            break
        fid = feature.id()
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            skipped.append((fid, "no geometry"))
            continue
        if geometry.isEmpty():
            skipped.append((fid, "empty geometry"))
            continue
        if geometry.type() not in (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.PolygonGeometry):
            skipped.append((fid, "a line: only points and polygons can be screened"))
            continue
        geometry = QgsGeometry(geometry)  # a copy: the source feature stays as it was
        geometry.get().dropZValue()
        geometry.get().dropMValue()
        try:
            geometry.transform(transform)
        except Exception as exc:  # QgsCsException: coordinates outside the CRS
            skipped.append((fid, f"cannot be reprojected to EPSG:4326 ({exc})"))
            continue
        props = {name: json_value(value) for name, value in zip(snapshot.field_names, feature.attributes())}
        props[SOURCE_KEY] = fid
        ids.append(fid)
        features.append({"type": "Feature", "properties": props,
                         "geometry": json.loads(geometry.asJson(COORDINATE_DECIMALS))})
    if not features:
        raise SourceError(f"'{snapshot.name}' has no feature with a usable geometry"
                          + (f": {len(skipped)} skipped" if skipped else "") + ".")
    collection = {"type": "FeatureCollection", "features": features}
    return PreparedUpload(Upload.from_collection(collection, f"{snapshot.name}.geojson"), location_type,
                          len(features), skipped, ids)


def _as_csv(snapshot: LayerSnapshot, cancel: Callable[[], bool]) -> PreparedUpload:
    """A table without geometry goes as CSV; the API geocodes its address columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*snapshot.field_names, SOURCE_KEY])
    ids: List[int] = []
    for feature in snapshot.source.getFeatures(_request(snapshot)):
        if cancel():
            break
        ids.append(feature.id())
        writer.writerow([*["" if json_value(v) is None else json_value(v) for v in feature.attributes()],
                         feature.id()])
    if not ids:
        raise SourceError(f"'{snapshot.name}' has no rows to send.")
    return PreparedUpload(Upload(out.getvalue().encode("utf-8"), f"{snapshot.name}.csv", "csv"), "facility",
                          len(ids), source_ids=ids)
