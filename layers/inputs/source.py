"""A QGIS vector layer as the upload ``/validate_locations`` expects.

``snapshot_layer`` runs on the main thread and copies what a worker needs (a
feature source, the selection, the CRS); ``UploadChunks`` (a screening, chunk by
chunk) and ``build_upload`` (one upload, for a submission) run in the worker and
never touch the layer or the project. The layer itself is never modified.
"""

from __future__ import annotations

import csv
import io
import json
import locale
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery

from ...core.api.client import DEFAULT_LIMIT, Upload
from ...core.api.errors import CancelledError
from ...core.api.uploads import SAVE_AS, UTF16, EncodingRefused, describe, detect_encoding, qgis_name
from ...core.coercion import to_float
from ...core.errors import PluginError
from ...core.operation import LOG_TAG
from ...core.result_rows import SOURCE_KEY
from ..words import not_sent
from ..words.language import number_form
from .features import json_value
from .mixed_fields import declared_value, gdal_reader, json_fields

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
    notes: List[str] = field(default_factory=list)  # what was done to read the layer right (e.g. its encoding)
    geojson_path: str = ""  # the file, when the layer is a whole GeoJSON file (its raw text is checked too)
    feature_count: int = -1  # features to read (the selection's, else the layer's; -1: unknown), for progress
    json_fields: List[str] = field(default_factory=list)  # fields QGIS reads as NULL (numbers and text mixed)
    coordinate_fields: Optional[Tuple[str, str]] = None  # a table's (latitude, longitude) columns, read as points
    field_indices: Optional[List[int]] = None  # where ``field_names`` are in a feature's attributes (None: all)
    json_values: Any = None  # where GDAL reads ``json_fields`` (mixed_fields.gdal_reader), loaded at first use
    _json_loaded: bool = field(default=False, repr=False)

    def values(self, feature: Any) -> List[Any]:
        """The feature's values of ``field_names`` (not those of the plugin's own results join)."""
        values = feature.attributes()
        return values if self.field_indices is None else [values[i] for i in self.field_indices]

    def properties(self, feature: Any) -> Dict[str, Any]:
        """The feature's ``field_names`` and values, as JSON values; a field QGIS reads as NULL (numbers and text
        mixed, :func:`json_fields`) with the value the file holds, read by GDAL."""
        props = {name: json_value(value) for name, value in zip(self.field_names, self.values(feature))}
        if self.json_values is not None:
            if not self._json_loaded:
                self.json_values.load(lambda: False)  # one pass over the file's attributes, no geometry
                self._json_loaded = True
            for name in self.json_values.fields:
                if name in props:
                    props[name] = declared_value(self.json_values.value(feature.id(), name))
        return props


@dataclass
class PreparedUpload:
    """What was sent of a layer: ``upload`` (``None`` when it went in chunks, see :class:`UploadChunks`), the
    number ``sent``, what was ``skipped`` and why, and (for one upload) the source id of each sent feature."""

    upload: Optional[Upload]
    location_type: Optional[str]
    sent: int
    skipped: List[Tuple[int, str]] = field(default_factory=list)
    source_ids: List[int] = field(default_factory=list)  # the feature id of each sent feature, in order
    read: int = 0  # features read from the layer, sent or skipped

    def skipped_summary(self, limit: int = 5) -> str:
        return skipped_text(self.skipped, limit)


def skipped_text(skipped: List[Tuple[int, str]], limit: int = 5) -> str:
    """``3 features not sent (feature 1: no geometry; ...)`` in the user's language (each reason worded by
    :func:`..words.not_sent.reason_text`, the count in the form its number takes), or "" when none was skipped."""
    if not skipped:
        return ""
    shown = "; ".join(tr("feature {fid}: {why}").format(fid=fid, why=not_sent.reason_text(why))
                      for fid, why in skipped[:limit])
    more = tr(" and {n} more").format(n=len(skipped) - limit) if len(skipped) > limit else ""
    said = number_form(len(skipped), tr("{n} feature not sent ({shown}{more})"),
                       tr("{n} features not sent ({shown}{more})"))
    return said.format(shown=shown, more=more)




def tr(text: str) -> str:
    return QCoreApplication.translate("LayerSource", text)


class SourceError(PluginError):
    """The layer cannot be sent as it is; the message (in the user's language) says what to change."""


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
    if not has_geometry_column(layer):
        return "facility", tr("facilities (addresses)")
    if layer.wkbType() == QgsWkbTypes.Type.NoGeometry:
        return None, tr("no geometries (choose plots or facilities)")
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        return "plot", tr("plots (polygons)")
    if kind == QgsWkbTypes.GeometryType.PointGeometry:
        if area_field(layer.fields().names()):
            return "plot", tr("plots (points)")
        return "facility", tr("facilities (points)")
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        return None, tr("lines (cannot be screened)")
    return None, tr("mixed geometries (choose plots or facilities)")


def guess_location_type(layer: QgsVectorLayer) -> Optional[str]:
    """``plot`` for polygons and for points with an ``Area`` field, ``facility`` for other points, ``None`` for
    anything else, tables included (ask the user). :func:`describe_location_guess` also says why."""
    return describe_location_guess(layer)[0] if has_geometry_column(layer) else None


def check_location_type(layer: QgsVectorLayer, location_type: str) -> None:
    """Refuse a layer whose geometry cannot be ``location_type``: lines, or polygons sent as facilities.

    Plots are polygons or points (a point stands for a plot of up to 4 ha, given with its ``Area``);
    facilities are points. Mixed layers are checked feature by feature when they are sent.
    """
    if not has_geometry_column(layer):
        return  # a table: the API geocodes its addresses
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        raise SourceError(tr("'{layer}' holds lines: only points (facilities) or polygons (plots) can be "
                             "screened, and points with their Area in hectares as plots of up to 4 ha. Convert the "
                             "layer first, e.g. polygons from closed lines.").format(layer=layer.name()))
    if location_type == "facility" and kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        raise SourceError(tr("'{layer}' holds polygons, which are plots, but the location type is facility: "
                             "change one of them.").format(layer=layer.name()))


GEOJSON_STORAGE = ("GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON")  # formats of located features, never tables


def has_geometry_column(layer: QgsVectorLayer) -> bool:
    """Whether ``layer`` holds (or should hold) geometries: any geometry type, GeometryCollection and unknown
    included; a GeoJSON file whose geometries are all null too (OGR reports it without one). Only a real
    table (CSV, XLSX, a database table) is sent as rows to geocode."""
    if layer.wkbType() != QgsWkbTypes.Type.NoGeometry:
        return True
    return layer.providerType() == "ogr" and layer.storageType() in GEOJSON_STORAGE


def layer_crs(layer: QgsVectorLayer) -> QgsCoordinateReferenceSystem:
    """The layer's CRS; for a layer QGIS does not see as spatial (a GeometryCollection layer) it has none,
    and its provider's is the one its coordinates are in."""
    crs = layer.crs()
    if crs.isValid() or layer.dataProvider() is None:
        return crs
    return layer.dataProvider().crs()


def crs_problem(name: str, crs: QgsCoordinateReferenceSystem, transform_context: Any) -> Optional[str]:
    """Why the coordinates of layer ``name`` cannot be put on Earth (longitude/latitude), or ``None``."""
    where = tr("Set it in Layer Properties > Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when "
               "the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in")
    if not crs.isValid():
        return tr("'{layer}' has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth "
                  "and would be sent as if they were degrees. {where}.").format(layer=name, where=where)
    if crs.isGeographic():
        return None
    transform = QgsCoordinateTransform(crs, WGS84, transform_context)
    if not transform.isValid() or transform.isShortCircuited():
        label = crs.description() or crs.authid() or tr("a local CRS")
        return tr("'{layer}' uses '{crs}', a local (engineering) CRS that is not tied to the Earth: its coordinates "
                  "cannot be converted to longitude/latitude. {where}.").format(layer=name, crs=label, where=where)
    return None


def _csv_path(layer: QgsVectorLayer) -> Optional[Path]:
    """The CSV file behind an OGR or delimited-text layer, else ``None``."""
    provider = layer.providerType()
    if provider == "ogr" and layer.storageType() != "CSV":
        return None
    if provider not in ("ogr", "delimitedtext"):
        return None
    path = QgsProviderRegistry.instance().decodeUri(provider, layer.source()).get("path")
    return Path(path) if path and Path(path).is_file() else None


def _layer_encoding(layer: QgsVectorLayer) -> str:
    """The encoding the layer decodes its text with (QGIS reads CSV as UTF-8 unless told otherwise)."""
    if layer.providerType() == "delimitedtext":
        query = QUrlQuery(QUrl(layer.source()))
        return query.queryItemValue("encoding") if query.hasQueryItem("encoding") else "UTF-8"
    return layer.dataProvider().encoding() or "UTF-8"


def _is_utf8(name: str) -> bool:
    """Whether QGIS decodes with UTF-8 under this encoding name (``System``: the locale's)."""
    if name.lower() == "system":
        name = locale.getpreferredencoding(False)
    return name.replace("-", "").replace("_", "").lower() in ("utf8", "")


def _reread_with(layer: QgsVectorLayer, encoding: str) -> Optional[QgsVectorLayer]:
    """A private copy of ``layer`` reading its file in ``encoding`` (the user's layer is left as it is)."""
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    if layer.providerType() == "delimitedtext":
        url = QUrl(layer.source())
        query = QUrlQuery(url)
        query.removeAllQueryItems("encoding")
        query.addQueryItem("encoding", encoding)
        url.setQuery(query)
        copy = QgsVectorLayer(url.toString(), layer.name(), "delimitedtext", options)
    else:
        copy = QgsVectorLayer(layer.source(), layer.name(), "ogr", options)
        if copy.isValid():
            copy.setProviderEncoding(encoding)
    return copy if copy.isValid() else None


def _readable(layer: QgsVectorLayer, notes: List[str]) -> QgsVectorLayer:
    """``layer``, or a copy that reads its CSV file in the encoding the file is really in (see ``core.api.uploads``).

    QGIS reads a CSV as UTF-8 unless told otherwise, so a Latin-1 file arrives as ``Coop?rative``. The
    file's bytes decide: valid UTF-8 is read as UTF-8; other bytes as Windows-1252 unless the user chose an
    encoding for the layer; bytes that are neither are refused with how to save the file.
    """
    path = _csv_path(layer)
    if path is None:
        return layer
    try:
        with open(path, "rb") as stream:
            codec = detect_encoding(stream, f"'{layer.name()}' ({path.name})")
    except OSError:
        return layer
    except EncodingRefused as exc:
        if _is_utf8(_layer_encoding(layer)):
            raise SourceError(str(exc)) from None
        return layer  # the user chose an encoding for this layer: theirs
    if codec == UTF16:
        raise SourceError(tr("'{layer}' ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and "
                             "open it again.").format(layer=layer.name(), file=path.name, save_as=SAVE_AS))
    current, wanted = _layer_encoding(layer), qgis_name(codec)
    if wanted is None or _is_utf8(current) == _is_utf8(wanted):
        return layer  # ASCII, the right reading already, or another single-byte encoding the user chose
    copy = _reread_with(layer, wanted)
    if copy is None:
        return layer
    note = tr("'{layer}' ({file}) is {encoding} text: read as {encoding}, not as {current}").format(
        layer=layer.name(), file=path.name, encoding=describe(codec), current=current)
    notes.append(note)
    QgsMessageLog.logMessage(note, LOG_TAG, Qgis.MessageLevel.Info)
    return copy


def snapshot_layer(layer: QgsVectorLayer, selected_only: bool = False,
                   fids: Optional[List[int]] = None) -> LayerSnapshot:
    """Main thread only: copy what a background task needs to read ``layer`` (all, selected, or ``fids``).

    Refuses a layer whose coordinates cannot be put on Earth (no CRS, a local CRS), and reads a CSV in the
    encoding its file is in; the layer itself is never changed.
    """
    if layer is None or not layer.isValid():
        raise SourceError(tr("Pick a valid vector layer to screen."))
    selected = None
    if fids is not None:
        if not fids:
            raise SourceError(tr("No feature chosen: tick rows in the results table or select features on the map."))
        selected = list(fids)
    elif selected_only:
        selected = list(layer.selectedFeatureIds())
        if not selected:
            raise SourceError(tr("'{layer}' has no selected features: select some, or untick "
                                 "'Selected features only'.").format(layer=layer.name()))
    context = QgsProject.instance().transformContext()
    geometry_column = has_geometry_column(layer)
    crs = layer_crs(layer) if geometry_column else layer.crs()
    if geometry_column and layer.wkbType() != QgsWkbTypes.Type.NoGeometry:
        problem = crs_problem(layer.name(), crs, context)
        if problem:
            raise SourceError(problem)
    notes: List[str] = []
    readable = _readable(layer, notes)
    from ..writer.join import added_fields, gpkg_fid_names  # join reads this module's errors

    added = added_fields(readable) | gpkg_fid_names(readable)  # results joined back earlier, the file's row id
    own = [i for i, f in enumerate(readable.fields()) if f.name() not in added]
    mixed = [name for name in json_fields(readable) if name not in added]
    return LayerSnapshot(QgsVectorLayerFeatureSource(readable), layer.name(), crs, context,
                         layer.geometryType(), geometry_column, selected, [readable.fields().at(i).name() for i in own],
                         notes, geojson_file(layer), len(selected) if selected is not None else readable.featureCount(),
                         mixed, field_indices=None if len(own) == readable.fields().count() else own,
                         json_values=gdal_reader(readable, mixed))


def unreadable_file_reason(path: str) -> str:
    """Why GDAL cannot open ``path`` as vector data, in its own words (e.g. where a cut-short KML ends)."""
    from osgeo import gdal

    messages: List[str] = []
    gdal.PushErrorHandler(lambda _level, _number, message: messages.append(str(message)))
    try:
        try:
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        except RuntimeError as exc:  # GDAL raises when exceptions are on (the plugin's writer turns them on)
            messages.append(str(exc))
            dataset = None
    finally:
        gdal.PopErrorHandler()
    if messages:
        return " ".join(messages[-1].split())
    if dataset is None:
        return tr("GDAL recognises no vector format in it")
    return tr("GDAL opens it, but QGIS finds no layer in it")


def no_geometry_at_all(layer: QgsVectorLayer) -> Optional[str]:
    """Why a layer that should hold locations (a GeoJSON file) holds none: every feature's geometry is null."""
    if layer.wkbType() != QgsWkbTypes.Type.NoGeometry or not has_geometry_column(layer):
        return None
    said = number_form(layer.featureCount(), tr(
        "'{layer}' has {n} feature and it has no geometry (its \"geometry\" is null): the file holds no location "
        "to check or screen. Give the feature its point or polygon (the plot drawn, or the facility's "
        "coordinates); a table of addresses to geocode goes as a CSV or XLSX file."), tr(
        "'{layer}' has {n} features and not one has a geometry (every \"geometry\" is null): the file holds "
        "no location to check or screen. Give the features their points or polygons (the plots drawn, or the "
        "facilities' coordinates); a table of addresses to geocode goes as a CSV or XLSX file."))
    return said.format(layer=layer.name())


def geojson_file(layer: QgsVectorLayer) -> str:
    """The GeoJSON file a layer shows whole (OGR, no subset filter), else ``""``."""
    if layer.providerType() != "ogr" or layer.subsetString():
        return ""
    path = layer.source().split("|")[0]
    return path if path.lower().endswith((".geojson", ".json")) and os.path.isfile(path) else ""


def _request(snapshot: LayerSnapshot) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    if snapshot.selected_ids is not None:
        request.setFilterFids(snapshot.selected_ids)
    return request




def _single_parts(geometry: QgsGeometry) -> List[QgsGeometry]:
    """Every single part of ``geometry``, nested collections included."""
    if not geometry.isMultipart():
        return [geometry]
    return [single for part in geometry.asGeometryCollection() for single in _single_parts(part)]


def simple_geometry(geometry: QgsGeometry) -> Tuple[Optional[QgsGeometry], str]:
    """(a Point, MultiPoint, Polygon or MultiPolygon, "") for what can be screened, else (None, why not).

    A GeometryCollection is exploded into its parts and sent as the MultiPolygon (or MultiPoint) of
    them: one plot, as drawn. Collections holding lines, or points and polygons together, are refused.
    """
    if geometry is None or geometry.isNull():
        return None, not_sent.NO_GEOMETRY
    if geometry.isEmpty():
        return None, not_sent.EMPTY_GEOMETRY
    kind = geometry.type()
    if QgsWkbTypes.flatType(geometry.wkbType()) != QgsWkbTypes.Type.GeometryCollection:
        if kind in (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.PolygonGeometry):
            return geometry, ""
        return None, not_sent.A_LINE
    parts = [part for part in _single_parts(geometry) if not part.isEmpty()]
    kinds = {part.type() for part in parts}
    if not parts:
        return None, not_sent.EMPTY_COLLECTION
    if QgsWkbTypes.GeometryType.LineGeometry in kinds:
        return None, not_sent.LINES_IN_COLLECTION
    if len(kinds) > 1:
        return None, not_sent.MIXED_COLLECTION
    return QgsGeometry.collectGeometry(parts), ""


def _nothing_usable(snapshot: LayerSnapshot, skipped: List[Tuple[int, str]]) -> SourceError:
    summary = skipped_text(skipped)
    hint = ""
    if skipped and all(why == not_sent.NO_GEOMETRY for _, why in skipped):
        hint = " " + tr("Give the features their points or polygons; a table of addresses to geocode goes as a CSV "
                        "or XLSX file without a geometry column.")
    text = (tr("'{layer}' has no feature with a usable geometry: {why}.").format(layer=snapshot.name, why=summary)
            if summary else tr("'{layer}' has no feature with a usable geometry.").format(layer=snapshot.name))
    return SourceError(text + hint)


def _located_features(snapshot: LayerSnapshot, location_type: Optional[str], cancel: Callable[[], bool],
                      prepared: PreparedUpload) -> Iterator[Tuple[int, str]]:
    """(source feature id, the GeoJSON Feature's text) of each feature that can be screened, in layer order.

    Features that cannot be screened are added to ``prepared.skipped`` with the reason; every feature
    read (sent or not) counts in ``prepared.read``. Reads one feature at a time: nothing is held.
    """
    transform = QgsCoordinateTransform(snapshot.crs, WGS84, snapshot.transform_context)
    area_name = area_field(snapshot.field_names) if location_type == "plot" else None
    skipped = prepared.skipped
    for feature in snapshot.source.getFeatures(_request(snapshot)):
        if cancel():
            raise CancelledError()
        prepared.read += 1
        fid = feature.id()
        geometry, why = simple_geometry(feature.geometry())
        if geometry is None:
            skipped.append((fid, why))
            continue
        if location_type == "facility" and geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
            skipped.append((fid, not_sent.POLYGON_FACILITY))
            continue
        geometry = QgsGeometry(geometry)  # a copy: the source feature stays as it was
        geometry.get().dropZValue()
        geometry.get().dropMValue()
        try:
            geometry.transform(transform)
        except Exception as exc:  # QgsCsException: coordinates outside the CRS
            skipped.append((fid, f"{not_sent.REPROJECT_REFUSED} ({exc})"))
            continue
        props = snapshot.properties(feature)
        if area_name and geometry.type() == QgsWkbTypes.GeometryType.PointGeometry:
            _point_area(props, area_name)
        props[SOURCE_KEY] = fid
        yield fid, ('{"type":"Feature","properties":' + json.dumps(props, separators=(",", ":"))
                    + ',"geometry":' + geometry.asJson(COORDINATE_DECIMALS) + "}")


def _table_rows(snapshot: LayerSnapshot, cancel: Callable[[], bool],
                prepared: PreparedUpload) -> Iterator[Tuple[int, List[Any]]]:
    """(source feature id, CSV row) of each row of a table without geometry, the id in the last column."""
    for feature in snapshot.source.getFeatures(_request(snapshot)):
        if cancel():
            raise CancelledError()
        prepared.read += 1
        yield feature.id(), [*["" if json_value(v) is None else json_value(v) for v in snapshot.values(feature)],
                             feature.id()]


def _geojson_bytes(texts: List[str]) -> bytes:
    return ('{"type":"FeatureCollection","features":[' + ",".join(texts) + "]}").encode("utf-8")


def _csv_bytes(header: List[str], rows: List[List[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _no_rows(snapshot: LayerSnapshot, skipped: List[Tuple[int, str]]) -> SourceError:
    if not snapshot.has_geometry:
        return SourceError(tr("'{layer}' has no rows to send.").format(layer=snapshot.name))
    return _nothing_usable(snapshot, skipped)


@dataclass
class Chunk:
    """What one upload of :class:`UploadChunks` holds: the source feature ids of its features, in order, and how
    many features of the layer had been read (sent or skipped) when it was complete."""

    source_ids: List[int]
    read: int


class UploadChunks:
    """A snapshot's features as uploads of at most ``limit`` features each, built one at a time as they are asked
    for (worker thread): never the whole layer in memory, whatever its size.

    Iterate to get the uploads (GeoJSON in EPSG:4326, or CSV for a table without a geometry column, each with
    its header). ``chunks`` holds, for each upload built and not yet claimed, its source ids (:class:`Chunk`):
    the caller takes them with :meth:`claim` in the same order as the answers come back. ``prepared`` counts
    what was sent and lists what was skipped and why; it is complete once the iteration ends. A layer without
    any feature to send raises :class:`SourceError` at the end of the iteration, before anything is sent.
    """

    def __init__(self, snapshot: LayerSnapshot, location_type: Optional[str], limit: int = DEFAULT_LIMIT,
                 cancel: Callable[[], bool] = lambda: False) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.snapshot, self.limit, self.cancel = snapshot, limit, cancel
        kind = location_type if snapshot.has_geometry else "facility"
        self.prepared = PreparedUpload(None, kind, 0)
        self.chunks: Deque[Chunk] = deque()
        self.total = snapshot.feature_count  # features to read, sent or not (-1: unknown)

    def claim(self) -> Chunk:
        """The oldest chunk built and not yet claimed (its answer is the next to come back)."""
        return self.chunks.popleft()

    def __iter__(self) -> Iterator[Upload]:
        snapshot, prepared = self.snapshot, self.prepared
        if snapshot.has_geometry:
            rows: Iterator[Tuple[int, Any]] = _located_features(snapshot, prepared.location_type, self.cancel,
                                                                prepared)
            suffix, kind = "geojson", "geojson"
        else:
            rows = _table_rows(snapshot, self.cancel, prepared)
            suffix, kind = "csv", "csv"
        header = [*snapshot.field_names, SOURCE_KEY]
        batch: List[Any] = []
        ids: List[int] = []
        number = 0
        upcoming = next(rows, None)
        while upcoming is not None:
            fid, row = upcoming
            batch.append(row)
            ids.append(fid)
            read = prepared.read
            upcoming = next(rows, None)  # one ahead: the last chunk is known as the last
            if len(batch) >= self.limit or upcoming is None:
                number += 1
                name = snapshot.name if number == 1 and upcoming is None else f"{snapshot.name}_part{number}"
                content = _geojson_bytes(batch) if kind == "geojson" else _csv_bytes(header, batch)
                batch = []
                prepared.sent += len(ids)
                self.chunks.append(Chunk(ids, read))
                ids = []
                yield Upload(content, f"{name}.{suffix}", kind)
                del content
        if not prepared.sent:
            raise _no_rows(snapshot, prepared.skipped)


def build_upload(snapshot: LayerSnapshot, location_type: Optional[str],
                 cancel: Callable[[], bool] = lambda: False) -> PreparedUpload:
    """Worker thread: the features as one upload, GeoJSON in EPSG:4326 (or CSV for a table without a geometry
    column), with the source id of each sent feature. For a batch submission; a screening streams
    the layer in chunks instead (:class:`UploadChunks`).

    A layer with a geometry column is never sent as a table, whatever its geometries: collections go as
    their parts, and features that cannot be screened are listed in ``skipped`` with the reason.
    """
    chunks = UploadChunks(snapshot, location_type, limit=sys.maxsize, cancel=cancel)
    (upload,) = list(chunks)
    prepared = chunks.prepared
    prepared.upload = upload
    prepared.source_ids = chunks.claim().source_ids
    return prepared


def _point_area(props: dict, area_name: str) -> None:
    """A point plot goes with ``Area`` as a number of hectares, from the layer's area field in any case or
    as numeric text; the layer's own field stays as it was. Nothing is invented when there is no number."""
    value = to_float(props.get(area_name))
    if value is not None:
        props[AREA_PROPERTY] = value
