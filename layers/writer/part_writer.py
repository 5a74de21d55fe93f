"""The writer's parts into the staged GeoPackage: the first (and any GDAL must type) through GDAL, the others
prepared (``core/gpkg/append.py``) and inserted by SQLite in a thread of their own, in order.

A row goes to GDAL as a GeoJSONSeq line (:func:`feature_line`): what GDAL could not take is refused first,
with the reason (:class:`Refused`), and the rows GDAL still leaves out are found and reported one by one.
"""

from __future__ import annotations

import json
import os
import queue
import re
import sys
import threading
from math import isfinite
from pathlib import Path
from typing import Any, Dict, List, Optional

from osgeo import gdal, ogr

from ...core.api.errors import CancelledError
from ...core.api.feature_line import RawJson
from ...core.api.ndjson import MalformedLine
from ...core.gpkg.append import Layer, Part, Prepared, insert_prepared, prepare_part
from ...core.gpkg.sql import quote_identifier, quote_literal
from ...core.result_kinds import RESULT_KINDS, ResultKind

gdal.UseExceptions()

_CASTS = {"integer": "integer", "real": "float", "datetime": "timestamp"}  # strings: inferred, unbounded


def kind_spec(kind: str) -> ResultKind:
    """The catalogue's entry for ``kind`` (an unknown kind: no schema, its geometry promoted to multi)."""
    return RESULT_KINDS.get(kind) or ResultKind(kind, (), "PROMOTE_TO_MULTI")


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
#: Ends every part: GDAL writes it, then it is deleted (see PartConverter._convert).
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


class PartConverter:
    """A thread that appends finished parts to the staged GeoPackage, in order, and a thread beside it for
    SQLite's own work.

    The first part (and any part GDAL must type) goes through GDAL; a later part is prepared here (its columns
    typed, its geometries made into blobs: ``core/gpkg/append.py``) and inserted by the second thread, which
    needs no Python lock, while this one prepares the next part and the caller derives the one after.
    """

    def __init__(self, staged: Path, kind: str, layer_name: str, index: bool = True) -> None:
        self.staged, self.kind, self.layer_name = staged, kind, layer_name
        self.index = index  # build the R-tree here (a file moved into place); a replace builds it in the target
        self.indexed = False  # the R-tree made with the first part, filled with each later one
        self.error: Optional[BaseException] = None
        self.messages: List[str] = []  # GDAL's words before a conversion error (its exception is often generic)
        self.parts = 0
        self.count = 0  # rows in the staged layer
        self.refused: List[MalformedLine] = []  # rows GDAL did not write, with why
        self.refused_count = 0
        self.geometry_type = ""  # set from the first feature when a kind allows more than one
        self.appended = 0  # parts inserted without GDAL (gpkg_append)
        self._layer: Optional[Layer] = None
        self._queue: queue.Queue[Optional[Part]] = queue.Queue(maxsize=1)
        # SQLite's own work on a prepared part (its rows, its R-tree entries) needs no Python lock: a thread of its
        # own inserts part n while this one prepares part n+1 and the caller derives part n+2
        self._inserts: queue.Queue[Optional[Prepared]] = queue.Queue(maxsize=1)
        self._inserter = threading.Thread(target=self._insert_run, name="epoch-gpkg-insert", daemon=True)
        self._inserter.start()
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

    def _insert_run(self) -> None:
        while True:
            prepared = self._inserts.get()
            try:
                if prepared is None:
                    return
                if self.error is None:  # else drained: nothing more is written after a failure
                    insert_prepared(self.staged, prepared)
            except BaseException as exc:  # noqa: BLE001 - a full disk, a lock: reported by the writer
                self.error = exc
            finally:
                self._inserts.task_done()

    def _run(self) -> None:
        try:
            self._parts()
        finally:
            self._inserts.put(None)
            self._inserter.join()
        self._index_at_end()

    def _parts(self) -> None:
        # Only these threads write the staged file: fsync per transaction buys nothing for a temporary file.
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

    def _index_at_end(self) -> None:
        if self.error is None and self.parts and self.index and not self.indexed:
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
        prepared = prepare_part(self._layer, part.shapes, part.values, part.geometries)
        if prepared is None:
            self._inserts.join()  # GDAL writes this part after the parts before it, and may add columns:
            wider = widened_columns(self._layer.columns, part, {name for name, _kind, _ in kind_spec(self.kind).fields})
            self._layer = None  # read them again
            if wider:
                self._widen(wider)
            return False
        self._inserts.put(prepared)
        self.parts += 1
        self.appended += 1
        self.count += len(part)
        return True

    def _widen(self, columns: Dict[str, int]) -> None:
        """Give ``columns`` the OGR types :func:`widened_columns` chose (GDAL rebuilds the table, values kept)."""
        dataset = gdal.OpenEx(str(self.staged), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            layer = dataset.GetLayerByName(self.layer_name)
            for name, ogr_type in columns.items():
                layer.AlterFieldDefn(layer.GetLayerDefn().GetFieldIndex(name), ogr.FieldDefn(name, ogr_type),
                                     ogr.ALTER_TYPE_FLAG)
                if ogr_type == ogr.OFTString:  # GDAL changes the declared type only: the numbers stored become text
                    column, table = quote_identifier(name), quote_identifier(self.layer_name)
                    dataset.ExecuteSQL(f"UPDATE {table} SET {column} = CAST({column} AS TEXT) "  # nosec B608
                                       f"WHERE typeof({column}) IN ('integer', 'real')", dialect="SQLITE")
        finally:
            layer = dataset = None  # noqa: F841 (closes the file)

    @staticmethod
    def _write_part(part: Part, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as out:
            for row, geometry in part.rows():
                out.write(feature_line(row, geometry_text(geometry)))

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
        _as_text(dataset, self.layer_name)
        if first and self.index:  # the R-tree, small now: later parts fill it as they are written (gpkg_append)
            dataset.ExecuteSQL(f"SELECT CreateSpatialIndex({quote_literal(self.layer_name)}, 'geom')")
            self.indexed = True
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


_INTEGERS = frozenset({"INTEGER", "MEDIUMINT", "SMALLINT", "TINYINT", "INT", "BIGINT"})
_REALS = frozenset({"REAL", "FLOAT", "DOUBLE"})
_DATES = frozenset({"DATE", "DATETIME"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def widened_columns(declared: Dict[str, str], part: Part, schema: set) -> Dict[str, int]:
    """The columns of the layer written so far (``declared``: name -> SQL type) that a later part's values do not
    fit without loss, and the OGR type each must become: GDAL, appending, turns the text "5,84" into 5 in a
    column typed from earlier parts' numbers, 2.5 into 2 in an integer one, and "01/02/2024" into NULL in a date
    one. Only the user's own properties: the ``schema`` fields are cast to their type."""
    wider: Dict[str, int] = {}
    for shape, values in zip(part.shapes, part.values):
        for name, value in zip(shape, values):
            column = declared.get(name)
            if column is None or value is None or isinstance(value, bool) or name in schema or \
                    wider.get(name) == ogr.OFTString:
                continue
            if column in _INTEGERS or column in _REALS:
                if isinstance(value, str):
                    wider[name] = ogr.OFTString
                elif column in _INTEGERS and isinstance(value, float):
                    wider[name] = ogr.OFTReal
            elif column in _DATES and not (isinstance(value, str) and _ISO_DATE.match(value)):
                wider[name] = ogr.OFTString
    return wider


def _as_text(dataset, layer_name: str) -> None:
    """A property of numbers and text (the sample's ``Area``: 2.54 and "5,84") is the text GDAL stored, not JSON:
    GDAL marks such a column JSON (``application/json`` in ``gpkg_data_columns``), which QGIS 3.22 reads as a map
    field showing every value as NULL and QGIS 3.44 as parsed values ("5,84" not JSON at all). Nested values
    arrive as JSON text already (``core.result_rows``), so no column needs the mark."""
    listed = dataset.ExecuteSQL("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_data_columns'", dialect="SQLITE")
    try:
        present = listed is not None and listed.GetNextFeature() is not None
    finally:
        if listed is not None:
            dataset.ReleaseResultSet(listed)
    if present:
        dataset.ExecuteSQL("DELETE FROM gpkg_data_columns WHERE mime_type = 'application/json' AND table_name = "  # nosec B608
                           f"{quote_literal(layer_name)}", dialect="SQLITE")


_TOO_DEEP = re.compile(r"\[\s*\[\s*\[\s*\[\s*\[")  # five arrays deep: no GeoJSON geometry goes past four


class Refused(Exception):
    """Internal: this feature cannot be written; the message says why."""


def row_text(row: Dict[str, Any]) -> str:
    """A row as compact JSON; a NaN or infinite value (which GDAL cannot read) becomes null."""
    try:
        return json.dumps(row, separators=(",", ":"), allow_nan=False)
    except ValueError:
        row = {k: None if isinstance(v, float) and not isfinite(v) else v for k, v in row.items()}
        return json.dumps(row, separators=(",", ":"), allow_nan=False)


def geometry_text(geometry: Any) -> str:
    """A geometry's JSON text (a raw one as it came), or :class:`Refused` if GDAL could not take it."""
    if geometry is None:
        return "null"
    if isinstance(geometry, RawJson):
        text = str(geometry)
    elif isinstance(geometry, dict) and isinstance(geometry.get("type"), str):
        try:
            text = json.dumps(geometry, separators=(",", ":"), allow_nan=False)
        except ValueError:
            raise Refused("its geometry holds a coordinate that is not a finite number") from None
    else:
        raise Refused("its geometry is not a GeoJSON geometry object")
    if ("[[[[" in text or not text.isprintable() or " " in text) and _TOO_DEEP.search(text):  # isprintable: \n\t\r
        raise Refused("its geometry is nested deeper than any GeoJSON geometry")
    return text


def feature_line(row: Dict[str, Any], geometry: str) -> str:
    """One GeoJSONSeq line of a row and its geometry's text (:func:`geometry_text`)."""
    return '{"type":"Feature","properties":' + row_text(row) + ',"geometry":' + geometry + "}\n"
