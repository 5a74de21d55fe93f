"""Stream result features into a GeoPackage layer without holding them in memory.

Rows are written one per line to a GeoJSONSeq file; GDAL then builds the layer
(casting every schema field to its type) in a temporary GeoPackage, which is
only then moved or copied into the destination. A cancelled or failed run
leaves the destination as it was.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from osgeo import gdal

from ..core.api.errors import CancelledError
from ..core.api.feature_line import RawJson, load_geometry
from ..core.derive import SCHEMAS, derive_row, facility_point, with_maptip

gdal.UseExceptions()

GEOMETRY_TYPES = {"assessments": "POINT", "facilities": "POINT", "plots": "MULTIPOLYGON",
                  "screened_plots": "MULTIPOLYGON", "outline": "MULTIPOLYGON", "facility_point": "POINT"}
_CASTS = {"integer": "integer", "real": "float", "datetime": "timestamp"}  # strings: inferred, unbounded


class LayerWriteError(Exception):
    """The GeoPackage layer could not be written; the message says why and what to do."""


@dataclass
class WriteResult:
    path: Path
    layer_name: str
    count: int


def _bbox_center(geometry: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    xs, ys = [], []

    def walk(coords):
        if coords and isinstance(coords[0], (int, float)):
            xs.append(coords[0])
            ys.append(coords[1])
        else:
            for c in coords or []:
                walk(c)

    walk(geometry.get("coordinates"))
    if not xs:
        return None
    return {"type": "Point", "coordinates": [(min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2]}


def _geometry_for(kind: str, feature: Dict[str, Any], props: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    geometry = feature.get("geometry") or None
    if kind == "assessments":  # facility points (seed 000): geometry, else facility_geo, else the shed centre
        point = facility_point(props)
        if point:
            return {"type": "Point", "coordinates": list(point)}
        if geometry and geometry.get("type") != "Point":
            return _bbox_center(geometry)
    return geometry


def quote_identifier(name: str) -> str:
    """An SQL identifier (table or column name) double-quoted, embedded double quotes doubled (SQLite rules)."""
    return '"' + str(name).replace('"', '""') + '"'


def _select_sql(kind: str, source_layer: str, keys: List[str]) -> str:
    typed = {name: kind_ for name, kind_, _ in SCHEMAS.get(kind, [])}
    columns = []
    for key in keys:
        quoted = quote_identifier(key)
        cast = _CASTS.get(typed.get(key, ""))
        columns.append(f"CAST({quoted} AS {cast}) AS {quoted}" if cast else quoted)
    # Only identifiers go in, each through quote_identifier; CAST types come from the fixed _CASTS table.
    return f'SELECT {", ".join(columns)} FROM {quote_identifier(source_layer)}'  # nosec B608


PART_FEATURES = 20_000  # rows per GeoJSONSeq part; GDAL converts one part while Python writes the next


class _PartConverter:
    """A thread that appends finished GeoJSONSeq parts to the staged GeoPackage, in order.

    GDAL releases the GIL, so converting part *n* overlaps with deriving part *n+1*.
    """

    def __init__(self, staged: Path, kind: str, layer_name: str) -> None:
        self.staged, self.kind, self.layer_name = staged, kind, layer_name
        self.error: Optional[BaseException] = None
        self.parts = 0
        self.geometry_type = ""  # set from the first feature when a kind allows more than one
        self._queue: queue.Queue[Optional[Tuple[Path, List[str]]]] = queue.Queue(maxsize=2)
        self._thread = threading.Thread(target=self._run, name="epoch-gpkg", daemon=True)
        self._thread.start()

    def submit(self, part: Path, keys: List[str]) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put((part, keys))

    def close(self) -> None:
        """Wait for every submitted part; raise the first conversion error."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self.error is not None:
            raise self.error

    def abort(self) -> None:
        """Drop whatever is still queued and stop the thread (after a failure or a cancel)."""
        if self._thread.is_alive():
            if self.error is None:
                self.error = CancelledError()
            self._queue.put(None)
            self._thread.join()

    def _run(self) -> None:
        # Only this thread writes the staged file: fsync per transaction buys nothing for a temporary file.
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
        while True:
            item = self._queue.get()
            if item is None:
                break
            if self.error is not None:
                continue  # drain: nothing more is written after a failure
            part, keys = item
            try:
                self._convert(part, keys)
            except BaseException as exc:  # handed to the writer thread, which reports it
                self.error = exc
            finally:
                part.unlink(missing_ok=True)
        if self.error is None and self.parts:
            try:
                dataset = gdal.OpenEx(str(self.staged), gdal.OF_VECTOR | gdal.OF_UPDATE)
                name = self.layer_name.replace("'", "''")
                dataset.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', 'geom')")
                dataset = None  # noqa: F841 (closes the file)
            except BaseException as exc:
                self.error = exc

    def _convert(self, part: Path, keys: List[str]) -> None:
        first = self.parts == 0
        options = gdal.VectorTranslateOptions(
            format="GPKG", layerName=self.layer_name, SQLStatement=_select_sql(self.kind, part.stem, keys),
            SQLDialect="OGRSQL", geometryType=self.geometry_type or GEOMETRY_TYPES.get(self.kind, "PROMOTE_TO_MULTI"),
            dstSRS="EPSG:4326", accessMode=None if first else "append", addFields=not first,
            layerCreationOptions=["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom"] if first else None)
        gdal.VectorTranslate(str(self.staged), str(part), options=options)
        self.parts += 1


_POINT_TYPE = re.compile(r'"type"\s*:\s*"(Multi)?Point"')


def _is_point(geometry: Any) -> bool:
    """Whether a geometry (a dict, or the raw JSON text it arrived as) is a Point or MultiPoint."""
    if isinstance(geometry, RawJson):
        return bool(_POINT_TYPE.search(str(geometry)))
    return isinstance(geometry, dict) and geometry.get("type") in ("Point", "MultiPoint")


def _feature_line(row: Dict[str, Any], geometry: Any) -> str:
    """One GeoJSONSeq line; a geometry kept as raw JSON text is written as it came."""
    if isinstance(geometry, RawJson):
        geometry_text = str(geometry)
    else:
        geometry_text = json.dumps(geometry, separators=(",", ":"))
    return '{"type":"Feature","properties":' + json.dumps(row, separators=(",", ":")) + \
        ',"geometry":' + geometry_text + "}\n"


def write_layer(features: Iterable[Dict[str, Any]], kind: str, gpkg_path: Path, layer_name: str, *,
                progress: Optional[Callable[[int], None]] = None, cancel: Optional[Callable[[], bool]] = None,
                derive: bool = True, part_features: int = PART_FEATURES) -> WriteResult:
    """Write ``features`` (API GeoJSON features) as layer ``layer_name`` of ``gpkg_path``."""
    gpkg_path = Path(gpkg_path)
    try:
        gpkg_path.parent.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix=".epoch-", dir=gpkg_path.parent))
    except OSError as exc:
        raise LayerWriteError(f"Cannot write in {gpkg_path.parent}: {exc.strerror}. Choose another folder.") from None
    keep_raw = getattr(features, "keep_geometry_raw", None)
    if callable(keep_raw) and kind != "assessments":
        keep_raw()  # geometry goes to GDAL untouched: no Python floats for 100,000 polygons
    staged = workdir / "staged.gpkg"
    converter = _PartConverter(staged, kind, layer_name)
    try:
        count = 0
        out, keys, part, parts, written_in_part = None, {}, None, 0, 0
        for feature in features:
            if out is None:
                parts += 1
                part = workdir / f"part{parts}.geojsonl"
                out = open(part, "w", encoding="utf-8")
                keys = {name: None for name, _, _ in SCHEMAS.get(kind, [])}
            props = feature.get("properties") or {}
            geometry = feature.get("geometry") or None
            if count == 0 and kind in ("plots", "screened_plots") and _is_point(geometry):
                converter.geometry_type = "MULTIPOINT"  # plots given as points (EU: plots of 4 ha or less)
            row = with_maptip(kind, derive_row(kind, props, bool(geometry)), bool(geometry)) if derive else dict(props)
            if kind == "assessments":
                geometry = _geometry_for(kind, {"geometry": load_geometry(geometry)}, row)
            for key in row:
                if key not in keys:
                    keys[key] = None
            out.write(_feature_line(row, geometry))
            count += 1
            written_in_part += 1
            # a small first part, so that GDAL starts early
            if written_in_part >= (part_features // 4 if parts == 1 else part_features):
                written_in_part = 0
                out.close()
                out = None
                converter.submit(part, list(keys))
            if count % 2000 == 0:
                if cancel is not None and cancel():
                    raise CancelledError()
                if progress:
                    progress(count)
        if out is not None:
            out.close()
            converter.submit(part, list(keys))
        if cancel is not None and cancel():
            raise CancelledError()
        converter.close()
        if not count:
            _empty_layer(staged, kind, layer_name)
        _install(staged, gpkg_path, layer_name)
        return WriteResult(gpkg_path, layer_name, count)
    except CancelledError:
        raise
    except (RuntimeError, OSError) as exc:
        if "locked" in str(exc):  # GDAL waits SQLITE_BUSY_TIMEOUT (5 s) for another writer, then gives up
            raise LayerWriteError(f"{gpkg_path} is locked by another program: close it there and run again.") from None
        raise LayerWriteError(f"Could not write layer '{layer_name}' to {gpkg_path}: {exc}") from None
    finally:
        converter.abort()
        shutil.rmtree(workdir, ignore_errors=True)


def _empty_layer(staged: Path, kind: str, layer_name: str) -> None:
    from osgeo import ogr, osr

    types = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "real": ogr.OFTReal, "datetime": ogr.OFTDateTime}
    geom = {"POINT": ogr.wkbPoint, "MULTIPOLYGON": ogr.wkbMultiPolygon}[GEOMETRY_TYPES.get(kind, "MULTIPOLYGON")]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(staged))
    layer = dataset.CreateLayer(layer_name, srs, geom)
    for name, kind_, _ in SCHEMAS.get(kind, []):
        layer.CreateField(ogr.FieldDefn(name, types[kind_]))
    layer.CreateField(ogr.FieldDefn("maptip_html", ogr.OFTString))
    dataset = None  # noqa: F841 (closes the file)


def _install(staged: Path, target: Path, layer_name: str) -> None:
    """Move the staged file into place, or copy its layer into an existing GeoPackage."""
    if not target.exists():
        os.replace(staged, target)
        return
    options = gdal.VectorTranslateOptions(format="GPKG", accessMode="overwrite", layerName=layer_name)
    gdal.VectorTranslate(str(target), str(staged), options=options)
