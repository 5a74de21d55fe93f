"""Append a part of rows to a GeoPackage layer GDAL created, in one SQLite transaction, without GeoJSON text.

GDAL's GeoJSON reader spends most of a conversion reading the text back (a pass for the schema, a pass for the
rows, with a date test on every string): for 100,000 plots that is more than deriving them. So the first part of
a layer still goes through GDAL, which creates the layer and types each property as it always did; a later part
whose values all fit the columns as GDAL made them (a text in a text column, a finite number in a real column,
a ``YYYY-MM-DD`` day in a date column, no new property) and whose geometries are plain 2D ones of the layer's
type is inserted here, as GDAL would have stored it: the geometry blob of the GeoPackage standard (OGC 12-128r18,
2.1.3: a ``GP`` header with the SRS id and the envelope, then the WKB of OGC 06-103r4; a point without an
envelope, as GDAL writes it), a polygon promoted to a one-part multipolygon. Python's own JSON reader and
``struct`` do it, so it works with whatever shapely QGIS ships (1.8 on Debian 12) or none. Any other part
returns ``False`` and goes through GDAL as before, so what is stored never depends on the path taken.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import struct
import sys
import tempfile
from array import array
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from itertools import chain
from math import isfinite
from operator import itemgetter
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .polygon_text import polygon_blobs
from .sql import quote_identifier

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: A UTC time GDAL stores as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (other forms, offsets and odd values: GDAL's own way)
_UTC = re.compile(r"(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T((?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)"
                  r"(?:\.(\d{1,3}))?(?:Z|\+00:00)")
_INT_RANGES = {"INTEGER": (-(2 ** 63), 2 ** 63 - 1), "MEDIUMINT": (-(2 ** 31), 2 ** 31 - 1),
               "SMALLINT": (-(2 ** 15), 2 ** 15 - 1)}
_EXACT_FLOAT = 2 ** 53  # an integer stored in a real column: only where a double holds it exactly
#: (GeoJSON type of a geometry the layer takes as it is or promoted, the WKB prefix of the promotion)
_TAKES = {"MULTIPOLYGON": {"MultiPolygon": b"", "Polygon": struct.pack("<BII", 1, 6, 1)},
          "MULTIPOINT": {"MultiPoint": b"", "Point": struct.pack("<BII", 1, 4, 1)},
          "POINT": {"Point": b""}, "POLYGON": {"Polygon": b""}}
_NONE = type(None)


class Layer:
    """A layer's columns (name -> declared type), its geometry type and SRS id, read from the GeoPackage."""

    def __init__(self, path: Path, table: str) -> None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            info = conn.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall()
            geometry = conn.execute(
                "SELECT column_name, geometry_type_name, srs_id, z, m, table_name FROM gpkg_geometry_columns "
                "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
            # the R-tree of the GeoPackage standard (OGC 12-128r18, F.3), when GDAL made it, and its triggers
            rtree = f"rtree_{geometry[5]}_{geometry[0]}" if geometry else ""
            found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)",
                                 (rtree,)).fetchone() if rtree else None
            self.rtree = found[0] if found else ""
            triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            prefix = self.rtree.lower() + "_"
            self.rtree_triggers: List[Tuple[str, str]] = [
                (name, sql) for name, sql in triggers if self.rtree and name.lower().startswith(prefix)]
        finally:
            conn.close()
        self.table = table
        self.geometry_column, self.geometry_type, self.srs_id = (geometry[0], geometry[1].upper(), geometry[2]) \
            if geometry and not geometry[3] and not geometry[4] else ("", "", 0)
        skip = {"fid", self.geometry_column.lower()}
        self.columns: Dict[str, str] = {row[1]: str(row[2]).upper() for row in info if row[1].lower() not in skip}


def _column(declared: str, values: List[Any]) -> Optional[List[Any]]:
    """``values`` as GDAL stores them in a column of ``declared`` type, or ``None`` when GDAL would change one."""
    types = set(map(type, values))
    types.discard(_NONE)
    if not types:
        return values
    if declared == "TEXT":
        if types != {str}:
            return None
        text = "".join(filter(None, values))
        if "\x00" in text or not _encodable(text):  # GDAL cuts a text at a NUL; a lone surrogate: GDAL decides
            return None
        return values
    if declared in ("REAL", "FLOAT", "DOUBLE"):
        if not types <= {float, int}:
            return None
        if int in types:
            if any(type(v) is int and not -_EXACT_FLOAT <= v <= _EXACT_FLOAT for v in values):
                return None
            values = [float(v) if type(v) is int else v for v in values]
        if not all(map(isfinite, (v for v in values if v is not None))):
            return None  # written as null before GDAL sees it (see _row_text): the GDAL path says so
        return values
    if declared in _INT_RANGES:
        low, high = _INT_RANGES[declared]
        present = [v for v in values if v is not None]
        return values if types == {int} and low <= min(present) and max(present) <= high else None
    if declared == "BOOLEAN":
        return [None if v is None else int(v) for v in values] if types == {bool} else None
    if declared == "DATE":
        ok = types == {str} and all(_DAY.fullmatch(v) for v in values if v is not None)
        return values if ok else None
    if declared == "DATETIME" and types == {str}:
        times = [None if v is None else _UTC.fullmatch(v) for v in values]
        if any(t is None for t, v in zip(times, values) if v is not None):
            return None
        whole = _gdal_time_forms()
        if whole is None:
            return None  # this GDAL writes times in a way not learnt here: its own conversion
        return [None if t is None else
                f"{t[1]}T{t[2]}{'.' + t[3].ljust(3, '0') if t[3] and t[3].strip('0') else whole}Z" for t in times]
    return None  # a date-time, a time, a sized text ...: GDAL's own conversion


def _encodable(text: str) -> bool:
    """Whether SQLite can take ``text`` (UTF-8: a lone surrogate cannot be written)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _gdal_time_forms() -> Optional[str]:
    """How this GDAL stores a UTC time in a GeoPackage: what it writes after a whole second (``".000"`` in GDAL
    3.6, ``""`` in later versions), or ``None`` when its forms are not the two this module writes. Learnt once per
    process by letting GDAL write two times into a scratch GeoPackage (a few milliseconds)."""
    from osgeo import ogr

    with tempfile.TemporaryDirectory(prefix="epoch_eudr_probe_") as folder:
        path = os.path.join(folder, "probe.gpkg")
        source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = source.CreateLayer("t", geom_type=ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("t", ogr.OFTDateTime))
        for value in ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00.5Z"):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("t", value)
            layer.CreateFeature(feature)
        source = None  # closed: written
        with closing(sqlite3.connect(path)) as db:
            whole, part = [row[0] for row in db.execute('SELECT "t" FROM "t" ORDER BY fid')]
    if part != "2026-01-01T10:00:00.500Z":
        return None
    return {"2026-01-01T10:00:00.000Z": ".000", "2026-01-01T10:00:00Z": ""}.get(whole)


Extent = Optional[Tuple[float, float, float, float]]


def _geometry_blobs(layer: Layer, geometries: Sequence[Any]) -> Optional[Tuple[List[Optional[bytes]], List[Any]]]:
    """The GeoPackage blobs of GeoJSON geometries (a dict, or its JSON text; ``None``: none) and each one's box
    (min x, min y, max x, max y; ``None`` without a geometry), or ``None`` when GDAL should decide (any geometry
    that is not a plain 2D one of the layer's type)."""
    takes = _TAKES.get(layer.geometry_type)
    if takes is None or sys.byteorder != "little":
        return None
    header = struct.Struct("<2sBBi4d")
    head_point = struct.pack("<2sBBi", b"GP", 0, 1, layer.srs_id)  # GDAL writes a point without an envelope
    blobs: List[Optional[bytes]] = []
    boxes: List[Any] = []
    texts = [(at, geometry) for at, geometry in enumerate(geometries) if isinstance(geometry, str)]
    read = polygon_blobs([text for _, text in texts], layer.geometry_type, layer.srs_id) if texts else {}
    from_text = {texts[at][0]: blob for at, blob in read.items()}
    for at, geometry in enumerate(geometries):
        if geometry is None:
            blobs.append(None)
            boxes.append(None)
            continue
        known = from_text.get(at)
        if known is not None:  # a plain polygon read from its text (polygon_text)
            blobs.append(known[0])
            boxes.append(known[1])
            continue
        if isinstance(geometry, str):
            try:
                geometry = json.loads(geometry)
            except (ValueError, RecursionError):
                return None
        if type(geometry) is not dict or not geometry.keys() <= _GEOMETRY_KEYS:
            return None
        kind = geometry.get("type")
        prefix = takes.get(kind) if type(kind) is str else None
        wkb = None if prefix is None else _WKB[kind](geometry.get("coordinates"))
        if wkb is None:
            return None
        body, box = wkb
        if layer.geometry_type == "POINT":
            blobs.append(head_point + body)
        else:
            blobs.append(header.pack(b"GP", 0, 3, layer.srs_id, box[0], box[2], box[1], box[3]) + prefix + body)
        boxes.append(box)
    return blobs, boxes


def _extent(boxes: List[Any]) -> Extent:
    present = [box for box in boxes if box is not None]
    return _union(present) if present else None


Box = Tuple[float, float, float, float]
_U32 = struct.Struct("<I")
_POINT = struct.Struct("<BIdd")
_GEOMETRY_KEYS = frozenset({"type", "coordinates", "bbox"})  # a bbox member GDAL ignores; anything else: GDAL
_NUMBERS = frozenset({float, int})


def _positions(positions: Any, least: int) -> Optional[Tuple[bytes, Box]]:
    """``least`` or more 2D positions as doubles (count first) and their box; ``None`` for anything else."""
    if type(positions) is not list or len(positions) < least or set(map(type, positions)) != {list} \
            or set(map(len, positions)) != {2}:
        return None
    flat = list(chain.from_iterable(positions))
    if not set(map(type, flat)) <= _NUMBERS:
        return None
    try:
        values = array("d", flat)
    except OverflowError:  # an integer beyond a double
        return None
    if not all(map(isfinite, values)):
        return None
    xs, ys = values[0::2], values[1::2]
    return _U32.pack(len(positions)) + values.tobytes(), (min(xs), min(ys), max(xs), max(ys))


def _union(boxes: List[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _polygon(rings: Any) -> Optional[Tuple[bytes, Box]]:
    """A polygon's WKB: closed rings of 4 positions or more (any other GDAL writes its own way)."""
    if type(rings) is not list or not rings:
        return None
    parts, boxes = [struct.pack("<BII", 1, 3, len(rings))], []
    for ring in rings:
        read = _positions(ring, 4)
        if read is None or ring[0] != ring[-1]:
            return None
        parts.append(read[0])
        boxes.append(read[1])
    return b"".join(parts), _union(boxes)


def _multipolygon(polygons: Any) -> Optional[Tuple[bytes, Box]]:
    if type(polygons) is not list or not polygons:
        return None
    parts, boxes = [struct.pack("<BII", 1, 6, len(polygons))], []
    for rings in polygons:
        read = _polygon(rings)
        if read is None:
            return None
        parts.append(read[0])
        boxes.append(read[1])
    return b"".join(parts), _union(boxes)


def _point(position: Any) -> Optional[Tuple[bytes, Box]]:
    if type(position) is not list or len(position) != 2:
        return None
    x, y = position
    if type(x) not in _NUMBERS or type(y) not in _NUMBERS:
        return None
    try:
        x, y = float(x), float(y)
    except OverflowError:  # an integer beyond a double
        return None
    return (_POINT.pack(1, 1, x, y), (x, y, x, y)) if isfinite(x) and isfinite(y) else None


def _multipoint(positions: Any) -> Optional[Tuple[bytes, Box]]:
    if type(positions) is not list or not positions:
        return None
    points = [_point(position) for position in positions]
    if any(point is None for point in points):
        return None
    return (struct.pack("<BII", 1, 4, len(points)) + b"".join(p[0] for p in points),  # type: ignore[index]
            _union([p[1] for p in points]))  # type: ignore[index]


_WKB = {"Polygon": _polygon, "MultiPolygon": _multipolygon, "Point": _point, "MultiPoint": _multipoint}


@dataclass
class Prepared:
    """A part's rows as SQLite will take them (see :func:`prepare_part`), for :func:`insert_prepared`."""

    layer: Layer
    quoted: List[str]  # the geometry column, then the others, quoted
    rows: List[Tuple[Any, ...]]  # the geometry blob, then the values, in the order of ``quoted``
    boxes: List[Any]  # each row's box (min x, min y, max x, max y), or None without a geometry

    def __len__(self) -> int:
        return len(self.rows)


def prepare_part(layer: Layer, shapes: Sequence[Tuple[str, ...]], values: Sequence[Tuple[Any, ...]],
                 geometries: Sequence[Any]) -> Optional[Prepared]:
    """The rows (``shapes[i]``: the keys of row *i*, ``values[i]`` its values, ``geometries[i]`` its GeoJSON
    geometry, a dict or its text, or ``None``) as they go into ``layer``, or ``None`` when GDAL should write them.
    Everything that could refuse them is decided here; what is left (SQLite's own work) can run in another
    thread, beside the next part's preparation: :func:`insert_prepared`."""
    if not layer.geometry_column or not values:
        return None
    distinct = {id(shape): shape for shape in shapes}
    names: Dict[str, None] = {}
    for shape in distinct.values():
        names.update(dict.fromkeys(shape))
    if not names.keys() <= layer.columns.keys():
        return None  # a new property: GDAL adds its column, typed from its values
    order = list(names)
    if len(distinct) == 1:
        shape = next(iter(distinct.values()))
        by_name = dict(zip(shape, map(list, zip(*values))))
        columns = [by_name[name] for name in order]
    else:  # rows with different keys: each put in the columns' order (a missing key: None), by C-level getters
        getters = {}
        for key, shape in distinct.items():
            where = {name: i for i, name in enumerate(shape)}
            getters[key] = itemgetter(*[where.get(name, len(shape)) for name in order])
        full = [getters[id(shape)](row + (None,)) for shape, row in zip(shapes, values)]
        columns = list(map(list, zip(*full))) if len(order) > 1 else [full]  # one name: a getter gives values
    typed = [_column(layer.columns[name], column) for name, column in zip(order, columns)]
    if any(column is None for column in typed):
        return None
    geometry = _geometry_blobs(layer, geometries)
    if geometry is None:
        return None
    blobs, boxes = geometry
    quoted = [quote_identifier(layer.geometry_column)] + [quote_identifier(name) for name in order]
    return Prepared(layer, quoted, list(zip(blobs, *typed)), boxes)


def append_part(path: Path, layer: Layer, shapes: Sequence[Tuple[str, ...]], values: Sequence[Tuple[Any, ...]],
                geometries: Sequence[Any]) -> bool:
    """Insert the rows (see :func:`prepare_part`) into ``layer`` of ``path``; ``False`` (nothing written) when
    GDAL should write them.

    A failure of SQLite itself (a full disk, a lock) is raised as a ``RuntimeError`` with SQLite's words.
    """
    prepared = prepare_part(layer, shapes, values, geometries)
    if prepared is None:
        return False
    insert_prepared(path, prepared)
    return True


def insert_prepared(path: Path, prepared: Prepared) -> None:
    """Insert a prepared part, its R-tree entries and its extent in one transaction (``RuntimeError`` with
    SQLite's words if SQLite fails: a full disk, a lock)."""
    _insert(path, prepared.layer, prepared.quoted, prepared.rows, prepared.boxes)


def _insert(path: Path, layer: Layer, quoted: List[str], rows: List[Tuple[Any, ...]], boxes: List[Any]) -> None:
    """Many rows per INSERT statement: SQLite runs each without Python's lock, which a statement per row would
    take back (and wait for, behind the thread deriving rows) 10,000 times a part.

    When the layer has its R-tree, each row's box goes into it in the same transaction, from the boxes known here:
    GDAL's triggers would call its own SQL functions, which this connection does not have, so they are set
    aside for the transaction and put back as they were. The index then grows with the rows, beside the thread
    deriving the next part, rather than being built from every row once the last is written."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    table = layer.table
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a staged file: only its install needs to be durable
        limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        per_statement = max(1, min(500, limit // len(quoted)))
        one = f"({', '.join('?' * len(quoted))})"
        into = f"INSERT INTO {quote_identifier(table)} ({', '.join(quoted)}) VALUES "  # nosec B608
        conn.execute("BEGIN IMMEDIATE")
        entries: List[Tuple[int, float, float, float, float]] = []
        for name, _ in layer.rtree_triggers:
            conn.execute(f"DROP TRIGGER {quote_identifier(name)}")
        for at in range(0, len(rows), per_statement):
            chunk = rows[at:at + per_statement]
            conn.execute(into + ", ".join([one] * len(chunk)), list(chain.from_iterable(chunk)))
            if layer.rtree:  # the rows of one statement take consecutive ids, the last one's known
                first = conn.execute("SELECT last_insert_rowid()").fetchone()[0] - len(chunk) + 1
                entries.extend((fid, box[0], box[2], box[1], box[3])
                               for fid, box in zip(range(first, first + len(chunk)), boxes[at:at + len(chunk)])
                               if box is not None)
        if entries:
            step = max(1, min(500, limit // 5))
            into_rtree = f"INSERT INTO {quote_identifier(layer.rtree)} VALUES "  # nosec B608
            for at in range(0, len(entries), step):
                chunk = entries[at:at + step]
                conn.execute(into_rtree + ", ".join(["(?, ?, ?, ?, ?)"] * len(chunk)), list(chain.from_iterable(chunk)))
        for _, sql in layer.rtree_triggers:
            conn.execute(sql)
        extent = _extent(boxes)
        if extent is not None:
            conn.execute("UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?), ?), min_y = min(coalesce(min_y, ?), "
                         "?), max_x = max(coalesce(max_x, ?), ?), max_y = max(coalesce(max_y, ?), ?), last_change = "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
                         (extent[0], extent[0], extent[1], extent[1], extent[2], extent[2], extent[3], extent[3],
                          table))
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise RuntimeError(f"SQLite: {exc}") from None
    finally:
        conn.close()


class Part:
    """A part's rows as they wait for the GDAL thread: each row's keys (one tuple shared by the rows that have
    the same keys), its values, its geometry text and its source line (or feature) number."""

    def __init__(self, number: int, unit: str) -> None:
        self.number, self.unit = number, unit
        self.shapes: List[Tuple[str, ...]] = []
        self.values: List[Tuple[Any, ...]] = []
        self.geometries: List[Any] = []  # GeoJSON geometries: a dict, the raw JSON text it came as, or None
        self.lines: List[int] = []
        self.keys: Dict[str, None] = {}
        self._shape: Tuple[str, ...] = ()
        self._shapes: Dict[Tuple[str, ...], Tuple[str, ...]] = {}  # one tuple per distinct set of keys

    def __len__(self) -> int:
        return len(self.values)

    def add(self, row: Dict[str, Any], geometry: Any, line_no: int) -> None:
        shape = tuple(row)
        if shape != self._shape:
            self._shape = self._shapes.setdefault(shape, shape)
            self.keys.update(dict.fromkeys(shape))
        self.shapes.append(self._shape)
        self.values.append(tuple(row.values()))
        self.geometries.append(geometry)
        self.lines.append(line_no)

    def rows(self):
        """(row dict, geometry) of each row, in order."""
        for shape, values, geometry in zip(self.shapes, self.values, self.geometries):
            yield dict(zip(shape, values)), geometry
