"""Snapshots of the assessments in the results GeoPackage, and which one a comparison reads.

Every load of assessments (dock or Processing) keeps what a comparison needs of it (:mod:`.snapshot_store`:
each producer's identity and point once, then a narrow row per producer per load: about 24 bytes) and one
row in ``assessment_snapshot_runs`` (the load's id ``YYYYMMDDTHHMMSS`` UTC, time, layer, row count,
filters, monitoring window, and its rows). The ``assessments`` layer stays the latest load. Loads kept by
earlier versions (full rows with a point in ``assessment_snapshots``, about 214 bytes a producer with its index) are
still listed, read and compared. Each load deletes the loads beyond the retention
(:class:`.snapshot_store.Retention`, the user's settings).

The comparison itself is in :mod:`..operations.changes` (rules in :mod:`...core.compare`). Nothing here touches a QGIS
layer or project (only the retention's settings are read): it runs in a worker thread (a ``QgsTask`` or a
Processing algorithm).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from osgeo import gdal, ogr, osr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError, ConfigurationError
from ...core.compare import COMPARED_FIELDS, Producer
from ...core.gpkg.sql import quote_identifier
from ...core.operation import Cancel, never_cancelled
from ..styles.store import FileBusyError, open_for_update, quote_literal
from ..words.language import integer_text
from ..writer.gpkg_writer import LayerWriteError
from . import snapshot_store as store


def tr(text: str) -> str:
    return QCoreApplication.translate("Snapshots", text)

gdal.UseExceptions()

#: Full rows with a point, one per producer per load, as earlier versions kept them (read, never written).
SNAPSHOTS_TABLE = "assessment_snapshots"
RUNS_TABLE = "assessment_snapshot_runs"
SNAPSHOT_FORMAT = "%Y%m%dT%H%M%S"
_RUN_COLUMNS = (("snapshot", ogr.OFTString), ("taken_at", ogr.OFTString), ("layer_name", ogr.OFTString),
                ("rows", ogr.OFTInteger64), ("filters", ogr.OFTString), ("monitoring_start", ogr.OFTString),
                ("monitoring_end", ogr.OFTString))
#: The load's rows in :data:`.snapshot_store.ROWS_TABLE` (none in a run of an earlier version's).
_RANGE_COLUMNS = (("first_row", ogr.OFTInteger64), ("last_row", ogr.OFTInteger64))
#: What SNAPSHOT / ``since`` accept besides an id, a date or a date and time.
PREVIOUS, LATEST, OLDEST = "previous", "latest", "oldest"



@dataclass(frozen=True)
class SnapshotInfo:
    """One kept load: its id, when (UTC), from which layer, how many rows, and what it was asked with."""

    snapshot_id: str
    taken_at: dt.datetime
    layer_name: str
    rows: int
    filters: Dict[str, str] = field(default_factory=dict)
    monitoring_start: Optional[str] = None
    monitoring_end: Optional[str] = None
    rows_range: Optional[Tuple[int, int]] = None  # its rows in the compact table; None: full rows (older files)

    @property
    def day(self) -> str:
        """``2026-11-02``: what the cards say (``3 producers worse since 2026-11-02``)."""
        return self.taken_at.date().isoformat()

    @property
    def time_text(self) -> str:
        return self.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")  # two loads a minute apart stay apart

    def asked_with(self) -> str:
        """``commodity=palm; window 2021-01-01 to 2022-12-31`` (``""``: everything, default window)."""
        parts = [f"{k}={v}" for k, v in sorted(self.filters.items())]
        if self.monitoring_start or self.monitoring_end:
            parts.append(window_text(self.monitoring_start, self.monitoring_end))
        return "; ".join(parts)

    def label(self) -> str:
        """``2026-11-02 10:15 UTC: 1,234 producers (commodity=palm)``: a line of the snapshot list."""
        asked = self.asked_with()
        if asked:
            text = tr("{time}: 1 producer ({asked})") if self.rows == 1 else tr("{time}: {n} producers ({asked})")
        else:
            text = tr("{time}: 1 producer") if self.rows == 1 else tr("{time}: {n} producers")
        return text.format(time=self.time_text, n=integer_text(self.rows), asked=asked)


def window_text(start: Optional[str], end: Optional[str]) -> str:
    """A monitoring window in one sentence of the user's language, open-ended or not (a translator sees
    each case whole: "to today" assembled from pieces reads wrongly in French or German)."""
    if start and end:
        return tr("window {start} to {end}").format(start=start, end=end)
    if start:
        return tr("window from {start} to today").format(start=start)
    return tr("window up to {end}").format(end=end)


# -- keeping snapshots --------------------------------------------------------------------------------------------
def srs_4326() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _ensure_tables(dataset) -> None:
    store.ensure_tables(dataset, srs_4326())
    runs = dataset.GetLayerByName(RUNS_TABLE)
    if runs is None:
        runs = dataset.CreateLayer(RUNS_TABLE, geom_type=ogr.wkbNone)
        for name, kind in _RUN_COLUMNS:
            runs.CreateField(ogr.FieldDefn(name, kind))
    definition = runs.GetLayerDefn()
    for name, kind in _RANGE_COLUMNS:  # a file of an earlier version: its runs table gains the two columns
        if definition.GetFieldIndex(name) < 0:
            runs.CreateField(ogr.FieldDefn(name, kind))


def _columns_of(dataset, layer_name: str) -> List[str]:
    layer = dataset.GetLayerByName(layer_name)
    if layer is None:
        raise LayerWriteError(tr("No layer '{layer}' to keep a snapshot of").format(layer=layer_name))
    definition = layer.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def _geometry_column(dataset, layer_name: str) -> Optional[str]:
    layer = dataset.GetLayerByName(layer_name)
    name = layer.GetGeometryColumn() if layer is not None else ""
    return name or None


def _free_id(dataset, wanted: dt.datetime) -> Tuple[str, dt.datetime]:
    """The id of ``wanted``, one second later while that id is taken (two loads in the same second)."""
    taken = {info.snapshot_id for info in _runs(dataset)}
    moment = wanted.replace(microsecond=0)
    while moment.strftime(SNAPSHOT_FORMAT) in taken:
        moment += dt.timedelta(seconds=1)
    return moment.strftime(SNAPSHOT_FORMAT), moment


def keep_snapshot(gpkg: Path, layer_name: str = "assessments", *, filters: Optional[Mapping[str, Any]] = None,
                  monitoring_start: Optional[str] = None, monitoring_end: Optional[str] = None,
                  taken_at: Optional[dt.datetime] = None,
                  retention: Optional[store.Retention] = None) -> SnapshotInfo:
    """Append the rows of ``layer_name`` (just written) to the snapshots of ``gpkg``; return the new snapshot.

    ``filters`` and the monitoring window are recorded so that a comparison can say when two loads were
    asked differently. Then the loads beyond ``retention`` (default: the user's settings) are deleted.
    Waits at most 10 s for a lock held by another program (then :class:`FileBusyError`).
    """
    moment = (taken_at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    try:
        with open_for_update(Path(gpkg)) as dataset:
            present = set(_columns_of(dataset, layer_name))
            geometry = _geometry_column(dataset, layer_name)
            _ensure_tables(dataset)
            snapshot_id, moment = _free_id(dataset, moment)
            dataset.StartTransaction()
            first, last = store.append(dataset, layer_name, sorted(present), geometry)
            count = max(0, last - first + 1)
            runs = dataset.GetLayerByName(RUNS_TABLE)
            row = ogr.Feature(runs.GetLayerDefn())
            clean_filters = {str(k): str(v) for k, v in (filters or {}).items() if v not in (None, "")}
            values = {"snapshot": snapshot_id, "taken_at": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "layer_name": layer_name, "rows": count, "filters": json.dumps(clean_filters, sort_keys=True),
                      "monitoring_start": monitoring_start, "monitoring_end": monitoring_end,
                      "first_row": first, "last_row": first + count - 1}  # an empty load: an empty range
            for name, value in values.items():
                if value is not None:
                    row.SetField(name, value)
            runs.CreateFeature(row)
            dataset.CommitTransaction()
            _forget(dataset, (retention or store.Retention.from_settings()).stale(_runs(dataset)), count)
    except RuntimeError as exc:
        if "locked" in str(exc) or "busy" in str(exc).lower():
            raise FileBusyError(tr("{file} is locked by another program; close it there and load again.").format(
                file=gpkg)) from None
        raise LayerWriteError(tr("Could not keep a snapshot of '{layer}' in {file}: {error}").format(
            layer=layer_name, file=gpkg, error=exc)) from None
    return SnapshotInfo(snapshot_id, moment, layer_name, count, clean_filters, monitoring_start, monitoring_end,
                        (first, first + count - 1))


def _forget(dataset, snapshot_ids: Sequence[str], newest_rows: int = 0) -> int:
    """Delete these loads (their rows and run records, in one transaction); return how many rows went."""
    wanted = set(snapshot_ids)
    infos = [info for info in _runs(dataset) if info.snapshot_id in wanted]
    if not infos:
        return 0
    listed = ", ".join(quote_literal(info.snapshot_id) for info in infos)
    legacy = [info.snapshot_id for info in infos if info.rows_range is None]
    gone = sum(info.rows for info in infos if info.rows_range is not None)
    if legacy and dataset.GetLayerByName(SNAPSHOTS_TABLE) is not None:
        gone += sum(_count(dataset, i) for i in legacy)
    dataset.StartTransaction()
    store.delete_rows(dataset, [info.rows_range for info in infos if info.rows_range is not None])
    if legacy and dataset.GetLayerByName(SNAPSHOTS_TABLE) is not None:
        ids = ", ".join(quote_literal(i) for i in legacy)
        dataset.ExecuteSQL(f"DELETE FROM {quote_identifier(SNAPSHOTS_TABLE)} WHERE snapshot IN ({ids})")  # nosec B608
    dataset.ExecuteSQL(f"DELETE FROM {quote_identifier(RUNS_TABLE)} WHERE snapshot IN ({listed})")  # nosec B608
    if store.worth_forgetting(dataset, newest_rows):
        store.forget_producers(dataset)
    dataset.CommitTransaction()
    return gone


def _count(dataset, snapshot_id: str) -> int:
    table = quote_identifier(SNAPSHOTS_TABLE)
    result = dataset.ExecuteSQL(f"SELECT COUNT(*) AS n FROM {table} WHERE snapshot = {quote_literal(snapshot_id)}")  # nosec B608
    try:
        return int(result.GetNextFeature().GetField(0))
    finally:
        dataset.ReleaseResultSet(result)


def _run_info(feature) -> SnapshotInfo:
    try:
        filters = json.loads(feature.GetField("filters") or "{}")
    except ValueError:
        filters = {}
    text = feature.GetField("taken_at") or ""
    snapshot_id = feature.GetField("snapshot")
    try:
        moment = dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        moment = dt.datetime.strptime(snapshot_id, SNAPSHOT_FORMAT).replace(tzinfo=dt.timezone.utc)
    has_range = feature.GetFieldIndex("first_row") >= 0 and feature.IsFieldSetAndNotNull("first_row")
    rows_range = (int(feature.GetField("first_row")), int(feature.GetField("last_row"))) if has_range else None
    return SnapshotInfo(snapshot_id, moment, feature.GetField("layer_name") or "", int(feature.GetField("rows") or 0),
                        filters if isinstance(filters, dict) else {}, feature.GetField("monitoring_start") or None,
                        feature.GetField("monitoring_end") or None, rows_range)


def _runs(dataset) -> List[SnapshotInfo]:
    runs = dataset.GetLayerByName(RUNS_TABLE)
    if runs is None:
        return []
    runs.ResetReading()
    infos = [_run_info(feature) for feature in runs]
    return sorted(infos, key=lambda info: (info.taken_at, info.snapshot_id), reverse=True)


def list_snapshots(gpkg: Path, layer_name: Optional[str] = None) -> List[SnapshotInfo]:
    """The snapshots kept in ``gpkg``, newest first (only those of ``layer_name`` when given)."""
    if not Path(gpkg).exists():
        return []
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR)
    try:
        infos = _runs(dataset)
    finally:
        dataset = None  # noqa: F841 (closes the file)
    return [info for info in infos if layer_name is None or info.layer_name == layer_name]


def delete_snapshots(gpkg: Path, snapshot_ids: Sequence[str]) -> int:
    """Remove these snapshots (rows and run records); return how many rows went."""
    ids = [i for i in snapshot_ids if i]
    if not ids:
        return 0
    with open_for_update(Path(gpkg)) as dataset:
        if dataset.GetLayerByName(RUNS_TABLE) is None:
            return 0
        return _forget(dataset, ids)


def keep_only_latest(gpkg: Path, keep: int) -> int:
    """Delete all but the ``keep`` newest snapshots; return how many rows went (the file is not vacuumed)."""
    stale = [info.snapshot_id for info in list_snapshots(gpkg)[max(0, keep):]]
    return delete_snapshots(gpkg, stale)


# -- which snapshot -----------------------------------------------------------------------------------------------
def _parse_moment(text: str) -> Tuple[Optional[dt.datetime], bool]:
    """(moment, whole day?) of ``2026-11-02``, ``2026-11-02 10:15``, ``2026-11-02T10:15:00Z``; (None, False)."""
    cleaned = text.strip().replace("T", " ").rstrip("Z").strip()
    for pattern, whole_day in (("%Y-%m-%d", True), ("%Y-%m-%d %H:%M", False), ("%Y-%m-%d %H:%M:%S", False)):
        try:
            moment = dt.datetime.strptime(cleaned, pattern).replace(tzinfo=dt.timezone.utc)
        except ValueError:
            continue
        return moment, whole_day
    return None, False


def resolve_snapshot(gpkg: Path, spec: str = PREVIOUS, current_layer: Optional[str] = "assessments") -> SnapshotInfo:
    """The snapshot ``spec`` names in ``gpkg``.

    ``previous`` (or empty): the load before the current one, i.e. the second newest snapshot of
    ``current_layer`` when that layer of this file holds the newest load, else the newest snapshot;
    ``latest``, ``oldest``; an id (``20261102T101500``, also as ``assessments_snapshot_20261102T101500``);
    a day (``2026-11-02``: the last snapshot taken that day or before) or a time (``2026-11-02 10:15``,
    UTC: the last one taken then or before). A clear :class:`ConfigurationError` lists what there is.
    """
    infos = list_snapshots(gpkg)
    text = (spec or "").strip()
    word = text.lower() or PREVIOUS
    if not infos:
        raise ConfigurationError(tr("No snapshot in {file}: each load of assessments keeps one; load them again "
                                    "later and compare then, or compare with an earlier layer.").format(file=gpkg))
    shown = ", ".join(info.snapshot_id for info in infos[:5]) + (" ..." if len(infos) > 5 else "")
    if word == PREVIOUS:
        own = [info for info in infos if current_layer and info.layer_name == current_layer]
        pool = own if own else infos
        if own:  # the newest snapshot of the layer is the layer itself: the one before it is "previous"
            if len(pool) < 2:
                raise ConfigurationError(tr("Only one load of '{layer}' is kept in {file} ({time}): nothing earlier "
                                            "to compare with yet.").format(layer=current_layer, file=gpkg,
                                                                           time=pool[0].time_text))
            return pool[1]
        return pool[0]
    if word in (LATEST, "newest"):
        return infos[0]
    if word in (OLDEST, "first"):
        return infos[-1]
    bare = text.rsplit("_", 1)[-1] if text.lower().startswith("assessments_snapshot_") else text
    for info in infos:
        if info.snapshot_id.lower() == bare.lower():
            return info
    moment, whole_day = _parse_moment(text)
    if moment is not None:
        limit = moment + dt.timedelta(days=1) if whole_day else moment + dt.timedelta(seconds=59)
        found = [info for info in infos if info.taken_at < limit]
        if found:
            return found[0]
        raise ConfigurationError(tr("No snapshot taken on or before {moment} in {file}; the oldest is "
                                    "{oldest}.").format(moment=text, file=gpkg, oldest=infos[-1].time_text))
    raise ConfigurationError(tr("Snapshot {name} is not in {file}: give 'previous', 'latest', 'oldest', a day "
                                "(YYYY-MM-DD) or one of: {shown}").format(name=repr(text), file=gpkg, shown=shown))


# -- reading rows ---------------------------------------------------------------------------------------------------
def _connect(gpkg: Path) -> sqlite3.Connection:
    uri = Path(gpkg).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    return conn


def _fast_source(conn: sqlite3.Connection, table: str) -> Optional[Tuple[str, List[str]]]:
    """(geometry column, columns) of a GeoPackage point layer in EPSG:4326, or ``None`` (read through OGR)."""
    found = conn.execute(
        "SELECT g.column_name, g.geometry_type_name, s.organization, s.organization_coordsys_id "
        "FROM gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
        "WHERE lower(g.table_name) = lower(?)", (table,)).fetchone()
    if found is None or str(found[1]).upper() != "POINT" or str(found[2]).upper() != "EPSG" or found[3] != 4326:
        return None
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({quote_identifier(table)})")]
    return found[0], columns


def _producers(rows: Iterable[Tuple], cancel: Cancel) -> Iterator[Producer]:
    names = ("geom",) + COMPARED_FIELDS
    for n, values in enumerate(rows, 1):
        if n % 5000 == 0 and cancel():
            raise CancelledError()
        row = dict(zip(names, values))
        yield Producer.from_row(row, row["geom"])


def _select(columns: Sequence[str], geometry: str) -> str:
    present = set(columns)
    picked = [quote_identifier(geometry)] + [quote_identifier(n) if n in present else "NULL" for n in COMPARED_FIELDS]
    return ", ".join(picked)


def read_snapshot(gpkg: Path, snapshot_id: str, cancel: Cancel = never_cancelled) -> Iterator[Producer]:
    """The rows of one snapshot, in load order, geometry as GeoPackage blobs (a snapshot of an earlier
    version, full rows, as well as a compact one)."""
    found = [info for info in list_snapshots(gpkg) if info.snapshot_id == snapshot_id]
    conn = _connect(gpkg)
    try:
        if found and found[0].rows_range is not None:
            yield from _producers(store.iter_rows(conn, *found[0].rows_range), cancel)
            return
        # Identifiers through quote_identifier; the id is a bound parameter.
        sql = (f"SELECT {_select(COMPARED_FIELDS, 'geom')} FROM {quote_identifier(SNAPSHOTS_TABLE)} "  # nosec B608
               "WHERE snapshot = ? ORDER BY fid")
        yield from _producers(conn.execute(sql, (snapshot_id,)), cancel)
    finally:
        conn.close()


def read_layer(source: Path, layer_name: str, cancel: Cancel = never_cancelled) -> Iterator[Producer]:
    """The rows of a layer (a GeoPackage point layer in EPSG:4326 read directly, anything else through OGR)."""
    source = Path(source)
    if source.suffix.lower() == ".gpkg" and source.exists():
        conn = _connect(source)
        try:
            fast = _fast_source(conn, layer_name)
            if fast is not None:
                geometry, columns = fast
                sql = f"SELECT {_select(columns, geometry)} FROM {quote_identifier(layer_name)} ORDER BY fid"  # nosec B608
                yield from _producers(conn.execute(sql), cancel)
                return
        finally:
            conn.close()
    yield from read_ogr_layer(str(source), layer_name, cancel)


def gpkg_blob(wkb: Optional[bytes], srs_id: int = 4326) -> Optional[bytes]:
    """A GeoPackage geometry blob (no envelope, little-endian header) around ISO ``wkb``."""
    if not wkb:
        return None
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + bytes(wkb)


def point_wkb(geometry) -> Optional[bytes]:
    """An OGR geometry as the WKB of a point in EPSG:4326 (a point on the surface of lines and polygons)."""
    if geometry is None or geometry.IsEmpty():
        return None
    if ogr.GT_Flatten(geometry.GetGeometryType()) != ogr.wkbPoint:
        geometry = geometry.PointOnSurface() if geometry.GetDimension() == 2 else geometry.Centroid()
        if geometry is None or geometry.IsEmpty():
            return None
    geometry.FlattenTo2D()
    return bytes(geometry.ExportToIsoWkb())


def read_ogr_layer(source: str, layer_name: Optional[str], cancel: Cancel = never_cancelled) -> Iterator[Producer]:
    """Rows of any OGR layer (shapefile, GeoJSON, another CRS): points in EPSG:4326."""
    dataset = gdal.OpenEx(source, gdal.OF_VECTOR)
    if dataset is None:
        raise ConfigurationError(tr("Cannot open {file}").format(file=source))
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if layer is None:
        raise ConfigurationError(tr("No layer '{layer}' in {file}").format(layer=layer_name, file=source))
    source_srs = layer.GetSpatialRef()
    transform = None
    if source_srs is not None:
        source_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        target = srs_4326()
        if not source_srs.IsSame(target):
            transform = osr.CoordinateTransformation(source_srs, target)
    definition = layer.GetLayerDefn()
    present = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    for n, feature in enumerate(layer, 1):
        if n % 5000 == 0 and cancel():
            raise CancelledError()
        row = {name: feature.GetField(name) if name in present else None for name in COMPARED_FIELDS}
        geometry = feature.GetGeometryRef()
        if geometry is not None and transform is not None:
            geometry = geometry.Clone()
            geometry.Transform(transform)
        yield Producer.from_row(row, gpkg_blob(point_wkb(geometry)))
