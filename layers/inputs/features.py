"""A user's layer read whole, as the operations that take one need it: each feature's attributes as JSON values
(the source feature's id in ``epoch_source_fid``) and its geometry in EPSG:4326. One reader for the check sample
and the field report; the screening's upload has its own, streamed reader (``source.UploadChunks``)."""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ...core.api.errors import CancelledError
from ...core.result_rows import SOURCE_KEY

#: Row ids that GeoPackages and shapefiles add: never part of a row's data.
ROW_ID_FIELDS = frozenset({"fid", "ogc_fid"})


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


def wgs84_rows(layer, request: Optional[QgsFeatureRequest] = None, cancel: Callable[[], bool] = lambda: False
               ) -> Iterator[Tuple[Dict[str, Any], Optional[QgsGeometry]]]:
    """(row, geometry in EPSG:4326 or ``None``) for each feature ``request`` picks (all without one). The
    layer's own key and row-id fields are left out of the row; ``cancel`` is asked before each feature."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = None
    if layer.crs().isValid() and layer.crs() != wgs84:
        transform = QgsCoordinateTransform(layer.crs(), wgs84, layer.transformContext())
    provider = layer.dataProvider()
    keys = {layer.fields().at(i).name() for i in provider.pkAttributeIndexes()} if provider else set()
    names = [f.name() for f in layer.fields() if f.name() not in keys and f.name().lower() not in ROW_ID_FIELDS]
    for feature in layer.getFeatures(request or QgsFeatureRequest()):
        if cancel():
            raise CancelledError()
        row = {name: json_value(feature[name]) for name in names}
        row[SOURCE_KEY] = int(feature.id())
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            yield row, None
            continue
        if transform is not None:
            geometry.transform(transform)
        yield row, geometry
