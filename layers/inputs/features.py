"""A layer read whole, as the operations that take one need it: each feature's attributes as JSON values (the
source feature's id in ``epoch_source_fid``) and its geometry in EPSG:4326, for the check sample and the field
report. A user's layer is read by QGIS (:func:`wgs84_rows`, in the thread it belongs to); a layer of the project's
own results GeoPackage, in a task's worker, by GDAL (:class:`StoredLayer`); :func:`feature_rows` takes either. The
screening's upload has its own, streamed reader (``source.UploadChunks``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QTime, QVariant

from ...core.api.errors import CancelledError, ConfigurationError
from ...core.gpkg.sql import quote_identifier
from ...core.result_rows import SOURCE_KEY

#: Row ids that GeoPackages and shapefiles add: never part of a row's data.
ROW_ID_FIELDS = frozenset({"fid", "ogc_fid"})


def tr(text: str) -> str:
    return QCoreApplication.translate("LayerFeatures", text)


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


# --- a layer of our own GeoPackage, read by GDAL -------------------------------------------------------------

@dataclass(frozen=True)
class StoredLayer:
    """A layer of a GeoPackage the project shows, as a task's worker reads it: with GDAL, not through a
    ``QgsVectorLayer`` of its own.

    Why: QGIS's OGR provider shares one GDAL dataset between the layers it opens on a file; a worker opening a
    second provider on the file while the main thread changes the project layer's filter (the dock's filters do,
    ``setSubsetString``) can leave both threads waiting on each other (qgis/QGIS#63583). GDAL's own handle shares
    nothing with them. ``subset``: the layer's filter (SQLite SQL, as QGIS passes it to GDAL for a GeoPackage);
    ``fids``: its selection, read when asked for the selected features only.
    """

    path: str
    name: str
    subset: str = ""
    fids: Tuple[int, ...] = ()

    @classmethod
    def of_source(cls, source: str, fids: Iterable[int] = (), subset: Optional[str] = None) -> StoredLayer:
        """The layer at a QGIS OGR source (``path|layername=...|subset=...``); ``subset`` replaces its filter."""
        from qgis.core import QgsProviderRegistry

        parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
        return cls(str(parts.get("path") or ""), str(parts.get("layerName") or ""),
                   str(parts.get("subset") or "") if subset is None else subset, tuple(sorted(int(f) for f in fids)))


def _open_stored(stored: StoredLayer):
    """(dataset, layer) of ``stored``, its filter set; ``ConfigurationError`` naming the file when it cannot."""
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(stored.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        dataset = None
    layer = None
    if dataset is not None:
        layer = dataset.GetLayerByName(stored.name) if stored.name else dataset.GetLayer(0)
    if layer is None:
        raise ConfigurationError(tr("Cannot open the layer {layer} of {path}: load it again.").format(
            layer=stored.name or Path(stored.path).stem, path=stored.path))
    if stored.subset.strip():
        gdal.ErrorReset()
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # said once, below, in the user's words
        try:  # GDAL takes any filter and finds nothing where SQLite cannot read it: asked first
            trial = dataset.ExecuteSQL(f"SELECT 1 FROM {quote_identifier(layer.GetName())} "  # nosec B608
                                       f"WHERE {stored.subset} LIMIT 1")
            refused, error = trial is None, gdal.GetLastErrorMsg()
            if trial is not None:
                dataset.ReleaseResultSet(trial)
        except RuntimeError as raised:
            refused, error = True, str(raised)
        finally:
            gdal.PopErrorHandler()
        refused = refused or layer.SetAttributeFilter(stored.subset) != 0
        if refused:
            raise ConfigurationError(tr("The filter of {layer} cannot be read ({error}): clear it and try again.")
                                     .format(layer=stored.name, error=error.strip()))
    return dataset, layer


def ogr_to_wgs84(layer):
    """The transformation of an OGR layer's coordinates to EPSG:4326 (lon, lat), ``None`` when they are."""
    from osgeo import osr

    srs = layer.GetSpatialRef()
    if srs is None:
        return None
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    for ref in (srs, wgs84):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return None if srs.IsSame(wgs84) else osr.CoordinateTransformation(srs, wgs84)


def stored_count(stored: StoredLayer) -> int:
    """How many features ``stored`` holds (those its filter keeps)."""
    dataset, layer = _open_stored(stored)
    try:
        return int(layer.GetFeatureCount())
    finally:
        del layer, dataset


def _gdal_value(feature, index: int, kind: int, subtype: int) -> Any:
    """A field as :func:`json_value` gives what QGIS's OGR provider reads from it."""
    from osgeo import ogr

    if not feature.IsFieldSetAndNotNull(index):
        return None
    if kind in (ogr.OFTDate, ogr.OFTDateTime, ogr.OFTTime):
        year, month, day, hour, minute, second, _zone = feature.GetFieldAsDateTime(index)
        day_text, time_text = f"{year:04d}-{month:02d}-{day:02d}", f"{hour:02d}:{minute:02d}:{int(second):02d}"
        return {ogr.OFTDate: day_text, ogr.OFTTime: time_text}.get(kind, f"{day_text}T{time_text}")
    if kind == ogr.OFTInteger and subtype == ogr.OFSTBoolean:
        return bool(feature.GetFieldAsInteger(index))
    if kind in (ogr.OFTInteger, ogr.OFTInteger64):
        return int(feature.GetFieldAsInteger64(index))
    if kind == ogr.OFTReal:
        return float(feature.GetFieldAsDouble(index))
    if kind == ogr.OFTString:
        return feature.GetFieldAsString(index)
    return json_value(feature.GetField(index))


def stored_rows(stored: StoredLayer, selected_only: bool = False, cancel: Callable[[], bool] = lambda: False
                ) -> Iterator[Tuple[Dict[str, Any], Optional[QgsGeometry]]]:
    """What :func:`wgs84_rows` gives of the same layer, read by GDAL (see :class:`StoredLayer`): every feature its
    filter keeps, or with ``selected_only`` its selection (filtered or not), in the order of their ids."""
    dataset, layer = _open_stored(stored)
    definition = layer.GetLayerDefn()
    fields = [(i, definition.GetFieldDefn(i)) for i in range(definition.GetFieldCount())]
    fields = [(i, d.GetName(), d.GetType(), d.GetSubType()) for i, d in fields
              if d.GetName().lower() not in ROW_ID_FIELDS]
    transform = ogr_to_wgs84(layer)
    if selected_only:  # what was selected, as QGIS gives a layer's selection: whatever its filter
        features = (layer.GetFeature(fid) for fid in stored.fids)
    else:
        features = iter(layer)
    for feature in features:
        if feature is None:
            continue  # a selected id no longer in the file
        if cancel():
            raise CancelledError()
        row = {name: _gdal_value(feature, index, kind, subtype) for index, name, kind, subtype in fields}
        row[SOURCE_KEY] = int(feature.GetFID())
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            yield row, None
            continue
        if transform is not None:
            geometry = geometry.Clone()
            geometry.Transform(transform)
        shape = QgsGeometry()
        shape.fromWkb(bytes(geometry.ExportToIsoWkb()))
        yield row, shape
    del layer, dataset


def feature_rows(source, selected_only: bool = False, cancel: Callable[[], bool] = lambda: False
                 ) -> Iterator[Tuple[Dict[str, Any], Optional[QgsGeometry]]]:
    """(row, geometry in EPSG:4326) of each feature of ``source``: a :class:`StoredLayer` (read by GDAL) or a
    QGIS vector layer (read by QGIS, in the thread it belongs to); its selection only with ``selected_only``."""
    if isinstance(source, StoredLayer):
        return stored_rows(source, selected_only, cancel)
    request = QgsFeatureRequest()
    if selected_only:
        request.setFilterFids(source.selectedFeatureIds())
    return wgs84_rows(source, request, cancel)
