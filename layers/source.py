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
from typing import Any, Callable, Iterable, List, Optional, Tuple

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
from ..core.values import to_float

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


AREA_PROPERTY = "Area"  # the EU's property: hectares of the plot a point stands for


def area_field(field_names: Iterable[str]) -> Optional[str]:
    """The field that holds a point plot's ``Area``: that exact name, else any case (``area``, ``AREA``)."""
    names = list(field_names)
    if AREA_PROPERTY in names:
        return AREA_PROPERTY
    return next((name for name in names if name.lower() == AREA_PROPERTY.lower()), None)


def describe_location_guess(layer: QgsVectorLayer) -> Tuple[Optional[str], str]:
    """(location type, label for the user): what ``layer`` most likely holds.

    Polygons are plots; points with an ``Area`` field (any case) are plots a point stands for (the
    EU's rule for plots of 4 ha or less, common in smallholder cocoa and coffee files); other
    points are facilities; a table holds facility addresses. Lines and mixed layers give ``None``:
    ask the user (lines cannot be screened at all).
    """
    if not layer.isSpatial():
        return "facility", "facilities (addresses)"
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        return "plot", "plots (polygons)"
    if kind == QgsWkbTypes.GeometryType.PointGeometry:
        if area_field(layer.fields().names()):
            return "plot", "plots (points)"
        return "facility", "facilities (points)"
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        return None, "lines (cannot be screened)"
    return None, "mixed geometries (choose plots or facilities)"


def guess_location_type(layer: QgsVectorLayer) -> Optional[str]:
    """``plot`` for polygons and for points with an ``Area`` field, ``facility`` for other points, ``None`` for
    anything else, tables included (ask the user). :func:`describe_location_guess` also says why."""
    return describe_location_guess(layer)[0] if layer.isSpatial() else None


def check_location_type(layer: QgsVectorLayer, location_type: str) -> None:
    """Refuse a layer whose geometry cannot be ``location_type``: lines, or polygons sent as facilities.

    Plots are polygons or points (a point stands for a plot of up to 4 ha, given with its ``Area``);
    facilities are points. Mixed layers are checked feature by feature when they are sent.
    """
    if not layer.isSpatial():
        return  # a table: the API geocodes its addresses
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        raise SourceError(f"'{layer.name()}' holds lines: only points (facilities) or polygons (plots) can be "
                          "screened, and points with their Area in hectares as plots of up to 4 ha. Convert the "
                          "layer first, e.g. polygons from closed lines.")
    if location_type == "facility" and kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        raise SourceError(f"'{layer.name()}' holds polygons, which are plots, but the location type is facility: "
                          "change one of them.")


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
    area_name = area_field(snapshot.field_names) if location_type == "plot" else None
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
        if area_name and geometry.type() == QgsWkbTypes.GeometryType.PointGeometry:
            _point_area(props, area_name)
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


def _point_area(props: dict, area_name: str) -> None:
    """A point plot goes with ``Area`` as a number of hectares, from the layer's area field in any case or
    as numeric text; the layer's own field stays as it was. Nothing is invented when there is no number."""
    value = to_float(props.get(area_name))
    if value is not None:
        props[AREA_PROPERTY] = value


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
