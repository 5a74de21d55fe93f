"""Stream result features into a GeoPackage layer without holding them in memory.

Rows are collected in parts; GDAL builds the layer from the first part (written as a
GeoJSONSeq file, every schema field cast to its type) in a temporary GeoPackage, and
each later part whose values fit the columns as they are is inserted in one SQLite
transaction (``gpkg_append``; any other part goes through GDAL the same way). The file is
only then moved into place or swapped in, in one transaction (``gpkg_install``).
A cancelled, failed or killed run leaves the destination as it was.

Nothing vanishes silently: a feature that cannot be written (properties that are
not an object, a geometry nested deeper than GeoJSON allows, one GDAL refuses) is
counted with its line number and reason, like the stream's malformed lines, and
the count reported is the number of rows in the written layer. Property names
GDAL cannot take as they are (a double quote, ``fid``, ``geom``, a name differing
only in case from another) are renamed, never fatal.
"""

from __future__ import annotations

import gc
import json
import os
import queue
import re
import sys
import threading
from dataclasses import dataclass, field
from math import isfinite
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.api.feature_line import RawJson, first_position, load_geometry
from ...core.api.ndjson import MalformedLine, describe_skipped
from ...core.gpkg.append import Layer, Part, append_part
from ...core.gpkg.sql import quote_identifier
from ...core.result_kinds import RESULT_KINDS, ResultKind
from ...core.result_rows import countries_of, derive_row, facility_point
from .gpkg_install import LayerWriteError, explain, install, release, staging_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("GpkgWriter", text)


__all__ = ["LayerWriteError", "WriteResult", "staging_dir", "write_layer"]

gdal.UseExceptions()

_CASTS = {"integer": "integer", "real": "float", "datetime": "timestamp"}  # strings: inferred, unbounded


def kind_spec(kind: str) -> ResultKind:
    """The catalogue's entry for ``kind`` (an unknown kind: no schema, its geometry promoted to multi)."""
    return RESULT_KINDS.get(kind) or ResultKind(kind, (), "PROMOTE_TO_MULTI")


@dataclass
class WriteResult:
    """``count``: rows in the written layer. ``skipped``: what was not written (up to 100 kept),
    ``skipped_count`` all of them; ``notes``: renamed or dropped property names, a stream cut at its limit."""

    path: Path
    layer_name: str
    count: int
    skipped: List[MalformedLine] = field(default_factory=list)
    skipped_count: int = 0
    notes: List[str] = field(default_factory=list)

    def summary(self) -> str:
        """What was not written, and why, in one sentence (``""`` when everything was)."""
        parts = [describe_skipped(self.skipped, self.skipped_count)] if self.skipped_count else []
        return "; ".join(parts + self.notes)


MAX_COLUMNS = 1000  # SQLite allows 2,000; a server inventing a new property name per row stops here
_RESERVED = frozenset({"fid", "geom", "ogc_fid", "ogr_fid", "ogr_geometry", "ogr_style", "ogr_geom_wkt",
                       "ogr_geom_area"})
_ODD_CHARACTERS = re.compile(r'["\x00-\x1f\x7f]')


class _Columns:
    """Property names to column names: most are kept as they are; the odd ones are renamed, once."""

    def __init__(self, kind: str, limit: int = MAX_COLUMNS) -> None:
        self.names: Dict[str, str] = {}  # property -> column
        self._taken: set = set()  # lower-case column names (GeoPackage columns ignore case)
        self.renamed: Dict[str, str] = {}
        self.dropped = 0
        self._dropped_names: set = set()
        self._limit = limit
        for name, _, _ in kind_spec(kind).fields:
            self.add(name)

    def add(self, key: str) -> Optional[str]:
        if key in self.names:
            return self.names[key]
        if len(self.names) >= self._limit:
            if key not in self._dropped_names and len(self._dropped_names) < 100_000:
                self._dropped_names.add(key)
                self.dropped += 1
            return None
        column = _ODD_CHARACTERS.sub("_", str(key)).strip()[:128] or "unnamed"
        if column.lower() in _RESERVED:
            column += "_"
        base, n = column, 2
        while column.lower() in self._taken:
            column, n = f"{base}_{n}", n + 1
        self._taken.add(column.lower())
        self.names[key] = column
        if column != key:
            self.renamed[key] = column
        return column

    def row(self, row: Dict[str, Any]) -> Dict[str, Any]:
        """``row`` with its keys as column names (the same dict when nothing changes, the usual case)."""
        if row.keys() <= self.names.keys() and (not self.renamed or self.renamed.keys().isdisjoint(row)):
            return row
        out = {}
        for key, value in row.items():
            column = self.add(key)
            if column is not None:
                out[column] = value
        return out

    def notes(self) -> List[str]:
        """What was changed in the property names, in the user's language (one sentence per plural form)."""
        from ..words.language import integer_text, takes_singular

        notes = []
        if self.renamed:
            pairs = tr(", ").join(tr("'{name}' as '{column}'").format(name=k, column=v)
                                  for k, v in list(self.renamed.items())[:3])
            count = len(self.renamed)
            if count > 3:
                pairs = tr("{names} and {n} more").format(names=pairs, n=integer_text(count - 3))
            one = takes_singular(count)
            notes.append((tr("{n} property name renamed for the GeoPackage: {names}") if one else
                          tr("{n} property names renamed for the GeoPackage: {names}")).format(
                n=integer_text(count), names=pairs))
        if self.dropped:
            notes.append((tr("{n} more property name not kept (a layer holds at most {limit} columns)")
                          if takes_singular(self.dropped) else
                          tr("{n} more property names not kept (a layer holds at most {limit} columns)")).format(
                n=integer_text(self.dropped), limit=integer_text(self._limit)))
        return notes


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


def _select_sql(kind: str, source_layer: str, keys: List[str]) -> str:
    typed = {name: kind_ for name, kind_, _ in kind_spec(kind).fields}
    columns = []
    for key in keys:
        quoted = quote_identifier(key)
        cast = _CASTS.get(typed.get(key, ""))
        columns.append(f"CAST({quoted} AS {cast}) AS {quoted}" if cast else quoted)
    # Only identifiers go in, each through quote_identifier; CAST types come from the fixed _CASTS table.
    return f'SELECT {", ".join(columns)} FROM {quote_identifier(source_layer)}'  # nosec B608


#: Fields every written row of their kind fills (``core.result_rows``'s verdicts, a preflight's severity): the part's
#: end marker is the row without them.
_VERDICT_FIELDS = ("status_key", "level", "severity")
#: Ends every part: GDAL writes it, then it is deleted (see _PartConverter._convert).
PART_END = '{"type":"Feature","properties":{},"geometry":null}\n'
PART_FEATURES = 10_000  # rows per part; the GDAL thread writes one part while Python derives the next


#: The nice value of the writer thread (Linux; ``EPOCH_WRITER_NICE``). 0: its priority is left as it is. It
#: was 10 while the thread only ran GDAL, which never needs Python's lock; appending a part now holds that lock
#: (the part's columns, its geometries), and a thread held back while it holds the lock holds back the main
#: thread and the thread deriving rows with it.
BACKGROUND_NICE = int(os.environ.get("EPOCH_WRITER_NICE", "0"))


def background_priority(nice: int = BACKGROUND_NICE) -> None:
    """Lower this thread's CPU priority by ``nice`` (Linux only, where a thread id is a scheduling unit)."""
    if nice <= 0 or not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except OSError:
        pass


class _PartConverter:
    """A thread that appends finished GeoJSONSeq parts to the staged GeoPackage, in order.

    GDAL releases the GIL, so converting part *n* overlaps with deriving part *n+1*.
    """

    def __init__(self, staged: Path, kind: str, layer_name: str, index: bool = True) -> None:
        self.staged, self.kind, self.layer_name = staged, kind, layer_name
        self.index = index  # build the R-tree here (a file moved into place); a replace builds it in the target
        self.error: Optional[BaseException] = None
        self.messages: List[str] = []  # GDAL's words before a conversion error (its exception is often generic)
        self.parts = 0
        self.count = 0  # rows in the staged layer
        self.refused: List[MalformedLine] = []  # rows GDAL did not write, with why
        self.refused_count = 0
        self.geometry_type = ""  # set from the first feature when a kind allows more than one
        self.appended = 0  # parts inserted without GDAL (gpkg_append)
        self._layer: Optional[Layer] = None
        self._queue: queue.Queue[Optional[Part]] = queue.Queue(maxsize=2)
        self._thread = threading.Thread(target=self._run, name="epoch-gpkg", daemon=True)
        self._thread.start()

    def submit(self, part: Part) -> None:
        """Queue a finished part."""
        if self.error is not None:
            raise self.error
        self._queue.put(part)

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
        background_priority()
        while True:
            item = self._queue.get()
            if item is None:
                break
            if self.error is not None:
                continue  # drain: nothing more is written after a failure
            gdal.PushErrorHandler(lambda _level, _number, message: self.messages.append(str(message)))
            path = self.staged.parent / f"part{item.number}.geojsonl"
            try:
                if not self._append(item):
                    self._write_part(item, path)
                    self._convert(path, list(item.keys), item.lines, item.unit)
                self.messages.clear()
            except BaseException as exc:  # handed to the writer thread, which reports it
                self.error = exc
            finally:
                gdal.PopErrorHandler()
                path.unlink(missing_ok=True)
        if self.error is None and self.parts and self.index:
            dataset = None
            try:
                dataset = gdal.OpenEx(str(self.staged), gdal.OF_VECTOR | gdal.OF_UPDATE)
                name = self.layer_name.replace("'", "''")
                dataset.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', 'geom')")
            except BaseException as exc:
                self.error = exc
            finally:  # closed here, also on a failure: the error kept (its frames) must not hold the file open
                dataset = None  # noqa: F841 (closes the file)

    def _append(self, part: Part) -> bool:
        """Insert a part into the layer GDAL made, without GDAL reading it back (``False``: GDAL must)."""
        if not self.parts:
            return False
        if self._layer is None:
            self._layer = Layer(self.staged, self.layer_name)
        if not append_part(self.staged, self._layer, part.shapes, part.values, part.geometries):
            self._layer = None  # GDAL may add columns: read them again
            return False
        self.parts += 1
        self.appended += 1
        self.count += len(part)
        return True

    @staticmethod
    def _write_part(part: Part, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as out:
            for row, geometry in part.rows():
                out.write(_feature_line(row, _geometry_text(geometry)))

    def _convert(self, part: Path, keys: List[str], lines: List[int], unit: str) -> None:
        first = self.parts == 0
        options = gdal.VectorTranslateOptions(
            format="GPKG", layerName=self.layer_name, SQLStatement=_select_sql(self.kind, part.stem, keys),
            SQLDialect="OGRSQL", geometryType=self.geometry_type or kind_spec(self.kind).geometry,
            dstSRS="EPSG:4326", accessMode=None if first else "append", addFields=not first,
            layerCreationOptions=["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom"] if first else None)
        with open(part, "a", encoding="utf-8") as out:
            out.write(PART_END)  # GDAL fails a whole part whose last line it cannot read: never let it be last
        dataset = gdal.VectorTranslate(str(self.staged), str(part), options=options)
        table = quote_identifier(self.layer_name)
        # The marker row is the last one written, without geometry and without a verdict (every derived row has
        # one: a status key, a facility's level, a preflight's severity).
        verdict = next((name for name in _VERDICT_FIELDS if name in keys), None)
        marker = "" if verdict is None else f" AND {quote_identifier(verdict)} IS NULL"
        sql = f"DELETE FROM {table} WHERE fid = (SELECT MAX(fid) FROM {table}) AND geom IS NULL{marker}"  # nosec B608
        dataset.ExecuteSQL(sql, dialect="SQLITE")
        layer = dataset.GetLayerByName(self.layer_name)
        total = layer.GetFeatureCount() if layer is not None else self.count
        dataset = layer = None  # noqa: F841 (closes the file)
        self.parts += 1
        written, self.count = total - self.count, total
        if written < len(lines):
            self._find_refused(part, lines, unit, len(lines) - written)

    def _find_refused(self, part: Path, lines: List[int], unit: str, missing: int) -> None:
        """Which rows of ``part`` GDAL left out, and GDAL's reason: each line is offered to GDAL alone."""
        found = 0
        messages: List[str] = []
        gdal.PushErrorHandler(lambda _level, _number, message: messages.append(str(message)))
        try:
            with open(part, encoding="utf-8") as rows:
                for line_no, text in zip(lines, rows):
                    if found >= missing:
                        break
                    messages.clear()
                    try:
                        single = gdal.OpenEx(text.strip(), gdal.OF_VECTOR)
                        layer = single.GetLayer(0) if single is not None else None
                        readable = layer is not None and layer.GetFeatureCount() == 1 and \
                            layer.GetNextFeature() is not None
                        single = layer = None  # noqa: F841
                    except RuntimeError as exc:
                        messages.append(str(exc))
                        readable = False
                    if not readable:
                        found += 1
                        reason = " ".join((messages[0] if messages else "unreadable").split())[:120]
                        self._refuse(MalformedLine(line_no, f"GDAL could not read the feature ({reason})", "", unit))
        finally:
            gdal.PopErrorHandler()
        if found < missing:  # not one line GDAL refuses alone: say so rather than guess
            self.refused_count += missing - found
            self.refused.append(MalformedLine(lines[0], f"{missing - found} of the rows from here to {unit} "
                                              f"{lines[-1]} were not written by GDAL (no reason given)", "", unit))

    def _refuse(self, item: MalformedLine) -> None:
        self.refused_count += 1
        if len(self.refused) < 100:
            self.refused.append(item)


_POINT_TYPE = re.compile(r'"type"\s*:\s*"(Multi)?Point"')


def _is_point(geometry: Any) -> bool:
    """Whether a geometry (a dict, or the raw JSON text it arrived as) is a Point or MultiPoint."""
    if isinstance(geometry, RawJson):
        return bool(_POINT_TYPE.search(str(geometry)))
    return isinstance(geometry, dict) and geometry.get("type") in ("Point", "MultiPoint")


_TOO_DEEP = re.compile(r"\[\s*\[\s*\[\s*\[\s*\[")  # five arrays deep: no GeoJSON geometry goes past four


class _Refused(Exception):
    """Internal: this feature cannot be written; the message says why."""


def _row_text(row: Dict[str, Any]) -> str:
    """A row as compact JSON; a NaN or infinite value (which GDAL cannot read) becomes null."""
    try:
        return json.dumps(row, separators=(",", ":"), allow_nan=False)
    except ValueError:
        row = {k: None if isinstance(v, float) and not isfinite(v) else v for k, v in row.items()}
        return json.dumps(row, separators=(",", ":"), allow_nan=False)


def _geometry_text(geometry: Any) -> str:
    """A geometry's JSON text (a raw one as it came), or :class:`_Refused` if GDAL could not take it."""
    if geometry is None:
        return "null"
    if isinstance(geometry, RawJson):
        text = str(geometry)
    elif isinstance(geometry, dict) and isinstance(geometry.get("type"), str):
        try:
            text = json.dumps(geometry, separators=(",", ":"), allow_nan=False)
        except ValueError:
            raise _Refused("its geometry holds a coordinate that is not a finite number") from None
    else:
        raise _Refused("its geometry is not a GeoJSON geometry object")
    if _TOO_DEEP.search(text):
        raise _Refused("its geometry is nested deeper than any GeoJSON geometry")
    return text


def _feature_line(row: Dict[str, Any], geometry: str) -> str:
    """One GeoJSONSeq line of a row and its geometry's text (:func:`_geometry_text`)."""
    return '{"type":"Feature","properties":' + _row_text(row) + ',"geometry":' + geometry + "}\n"


class _Rows:
    """Turns API features into GeoJSONSeq lines, refusing (with the reason) those that cannot be written."""

    def __init__(self, kind: str, derive: bool, converter: _PartConverter, producer_country: Any = None) -> None:
        self.kind, self.derive, self.converter = kind, derive, converter
        self.producer_country = producer_country
        self.point_geometry = kind_spec(kind).point_geometry
        self.columns = _Columns(kind)
        self.refused: List[MalformedLine] = []
        self.refused_count = 0
        self.first = True

    def refuse(self, line_no: int, reason: str, unit: str) -> None:
        self.refused_count += 1
        if len(self.refused) < 100:
            self.refused.append(MalformedLine(line_no, reason, "", unit))

    def countries(self, features: List[Any]) -> Any:
        """The country index of a batch of drill-down plots, their points looked up at once (else ``None``)."""
        if not self.derive or self.kind != "plots":
            return None
        return countries_of([first_position(f.get("geometry") or None) if isinstance(f, dict) else None
                             for f in features])

    def line(self, feature: Any, countries: Any = None) -> Tuple[Dict[str, Any], Any]:
        """The row of ``feature`` and its geometry (as it came, or made: a point), checked as GDAL will take it
        (:func:`_geometry_text`); :class:`_Refused` if it cannot be written.
        ``countries``: :meth:`countries` of the batch holding ``feature``."""
        if not isinstance(feature, dict):
            raise _Refused("not a GeoJSON Feature")
        props = feature.get("properties")
        props = {} if props is None else props
        if not isinstance(props, dict):
            raise _Refused("its properties are not a JSON object")
        geometry = feature.get("geometry") or None
        if geometry is not None and not isinstance(geometry, (dict, RawJson)):
            raise _Refused("its geometry is not a GeoJSON geometry object")
        if self.first and self.point_geometry and _is_point(geometry):
            self.converter.geometry_type = self.point_geometry  # plots given as points (EU: plots of 4 ha or less)
        self.first = False
        kind = self.kind
        if self.derive:
            point = first_position(geometry) if kind == "plots" else None  # where the plot lies: its country
            row = derive_row(kind, props, bool(geometry), point=point, producer_country=self.producer_country,
                             countries=countries)
        else:
            row = dict(props)
        if kind == "assessments":
            geometry = _geometry_for(kind, {"geometry": load_geometry(geometry)}, row)
        _geometry_text(geometry)  # refuses here, with the feature's line, what GDAL could not take
        return self.columns.row(row), geometry


BATCH = 1000  # features derived together (their countries found in one query); progress and cancel between


def _batches(features: Iterable[Any], from_stream: bool) -> Iterator[List[Tuple[int, Any]]]:
    """(source line or feature number, feature) in lists of :data:`BATCH`."""
    batch: List[Tuple[int, Any]] = []
    for number, feature in enumerate(features, 1):
        batch.append((features.line_no if from_stream else number, feature))  # type: ignore[attr-defined]
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_layer(features: Iterable[Dict[str, Any]], kind: str, gpkg_path: Path, layer_name: str, *,
                progress: Optional[Callable[[int], None]] = None, cancel: Optional[Callable[[], bool]] = None,
                derive: bool = True, part_features: int = PART_FEATURES,
                producer_country: Any = None, finish: Optional[Callable[[Path, str], None]] = None) -> WriteResult:
    """Write ``features`` (API GeoJSON features) as layer ``layer_name`` of ``gpkg_path``.

    ``finish(staged_gpkg, layer_name)``: called once the rows are in the staged file, before it is installed;
    what it stores there for the layer (its style, in ``layer_styles``) arrives with the layer in one step, so
    a full disk or a kill never leaves a new layer without it.

    ``producer_country``: the country of the producer whose plots these are (drill-down plots do not
    carry it), the second opinion's last resort after each plot's own field and location.

    ``features`` may be a :class:`~..core.api.streams.FeatureStream` (rows are then numbered by
    their line in the answer, and its skipped lines are reported with the writer's) or any iterable
    (numbered ``feature 1``, ``feature 2``...).
    """
    gpkg_path = Path(gpkg_path)
    workdir = staging_dir(gpkg_path, ".epoch-")
    keep_raw = getattr(features, "keep_geometry_raw", None)
    if callable(keep_raw) and kind != "assessments":
        keep_raw()  # geometry goes to GDAL untouched: no Python floats for 100,000 polygons
    from_stream = hasattr(features, "line_no")
    unit = "line" if from_stream else "feature"
    staged = workdir / "staged.gpkg"
    converter = _PartConverter(staged, kind, layer_name, index=not gpkg_path.exists())
    rows = _Rows(kind, derive, converter, producer_country)
    # Python's cycle collector scans every object QGIS holds each time the rows' short-lived objects add up:
    # with those set aside (frozen) until the layer is written, its pauses (up to 80 ms, holding the main
    # thread) and about a tenth of the time go
    gc.freeze()
    try:
        seen = 0
        part = Part(1, unit)
        for batch in _batches(features, from_stream):
            countries = rows.countries([feature for _, feature in batch])
            for line_no, feature in batch:
                seen += 1
                try:
                    row, geometry = rows.line(feature, countries)
                except _Refused as refusal:
                    rows.refuse(line_no, str(refusal), unit)
                    continue
                except (ArithmeticError, LookupError, ValueError, TypeError, AttributeError, RecursionError) as exc:
                    rows.refuse(line_no, f"could not be read ({type(exc).__name__})", unit)
                    continue
                part.add(row, geometry, line_no)
                # a small first part, so that GDAL starts early
                if len(part) >= (part_features // 4 if part.number == 1 else part_features):
                    converter.submit(part)
                    part = Part(part.number + 1, unit)
            if cancel is not None and cancel():
                raise CancelledError()
            if progress:
                progress(seen)
        if len(part):
            converter.submit(part)
        if cancel is not None and cancel():
            raise CancelledError()
        converter.close()
        if not converter.count:
            staged.unlink(missing_ok=True)
            _empty_layer(staged, kind, layer_name)
        if finish is not None:
            finish(staged, layer_name)
        install(staged, gpkg_path, layer_name)
        return _result(gpkg_path, layer_name, converter, rows, features)
    except (CancelledError, LayerWriteError):
        raise
    except (RuntimeError, OSError) as exc:  # a full disk, a lock: said in words, the destination as it was
        raise LayerWriteError(explain(exc, gpkg_path, layer_name, converter.messages)) from None
    finally:
        gc.unfreeze()
        converter.abort()
        release(workdir)


def _result(gpkg_path: Path, layer_name: str, converter: _PartConverter, rows: _Rows, features: Any) -> WriteResult:
    """The rows in the layer, and everything that was not written: the stream's lines, ours, GDAL's."""
    skipped = list(getattr(features, "skipped", None) or []) + rows.refused + converter.refused
    skipped.sort(key=lambda item: item.line_no)
    count = int(getattr(features, "skipped_count", 0) or 0) + rows.refused_count + converter.refused_count
    notes = rows.columns.notes()
    stream_notes = getattr(features, "notes", None)  # a FeatureStream: lines read with U+FFFD, a truncation
    notes.extend(stream_notes() if callable(stream_notes) else [])
    return WriteResult(gpkg_path, layer_name, converter.count, skipped[:100], count, notes)


def _empty_layer(staged: Path, kind: str, layer_name: str) -> None:
    from osgeo import ogr, osr

    types = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "real": ogr.OFTReal, "datetime": ogr.OFTDateTime}
    spec = kind_spec(kind)
    geom = {"POINT": ogr.wkbPoint, "MULTIPOINT": ogr.wkbMultiPoint}.get(spec.geometry, ogr.wkbMultiPolygon)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(staged))
    layer = dataset.CreateLayer(layer_name, srs, geom)
    for name, kind_, _ in spec.fields:
        layer.CreateField(ogr.FieldDefn(name, types[kind_]))
    dataset = None  # noqa: F841 (closes the file)
