"""Append a part of rows to a GeoPackage layer GDAL created, in one SQLite transaction, without GeoJSON text.

GDAL's GeoJSON reader spends most of a conversion reading the text back (a pass for the schema, a pass for the
rows, with a date test on every string): for 100,000 plots that is more than deriving them. So the first part of
a layer still goes through GDAL, which creates the layer and types each property as it always did; a later part
whose values all fit the columns as GDAL made them (a text in a text column, a finite number in a real column,
a ``YYYY-MM-DD`` day in a date column, no new property) and whose geometries GEOS reads as the layer's type is
inserted here, as GDAL would have stored it: the geometry blob of the GeoPackage standard (OGC 12-128r18, 2.1.3:
a ``GP`` header with the SRS id and the envelope, then the ISO WKB; a point without an envelope, as GDAL writes
it), a polygon promoted to a one-part multipolygon. Any other part returns ``False`` and goes through GDAL as
before, so what is stored never depends on the path taken.
"""

from __future__ import annotations

import re
import sqlite3
import struct
from math import isfinite
from operator import itemgetter
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .gpkg_install import quote_identifier

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: A UTC time GDAL stores as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (other forms, offsets and odd values: GDAL's own way)
_UTC = re.compile(r"(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T((?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)"
                  r"(?:\.(\d{1,3}))?(?:Z|\+00:00)")
_INT_RANGES = {"INTEGER": (-(2 ** 63), 2 ** 63 - 1), "MEDIUMINT": (-(2 ** 31), 2 ** 31 - 1),
               "SMALLINT": (-(2 ** 15), 2 ** 15 - 1)}
_EXACT_FLOAT = 2 ** 53  # an integer stored in a real column: only where a double holds it exactly
#: (GEOS type id of a geometry the layer takes as it is or promoted, the WKB prefix of the promotion)
_TAKES = {"MULTIPOLYGON": {6: b"", 3: struct.pack("<BII", 1, 6, 1)},
          "MULTIPOINT": {4: b"", 0: struct.pack("<BII", 1, 4, 1)},
          "POINT": {0: b""}, "POLYGON": {3: b""}}
_NONE = type(None)
_SLICE = 1000  # geometries read by GEOS at once (about 15 ms)


class Layer:
    """A layer's columns (name -> declared type), its geometry type and SRS id, read from the GeoPackage."""

    def __init__(self, path: Path, table: str) -> None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            info = conn.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall()
            geometry = conn.execute("SELECT column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns "
                                    "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
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
        if types != {str} or "\x00" in "".join(v for v in values if v is not None):  # GDAL cuts at a NUL
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
        return [None if t is None else f"{t[1]}T{t[2]}.{(t[3] or '').ljust(3, '0')}Z" for t in times]
    return None  # a date-time, a time, a sized text ...: GDAL's own conversion


Extent = Optional[Tuple[float, float, float, float]]


def _geometry_blobs(layer: Layer, texts: Sequence[str]) -> Optional[Tuple[List[Optional[bytes]], Extent]]:
    """The GeoPackage blobs of GeoJSON geometry texts (``"null"``: none) and their extent (min x, min y, max x,
    max y), or ``None`` when GDAL should decide."""
    import numpy as np
    import shapely

    takes = _TAKES.get(layer.geometry_type)
    if takes is None:
        return None
    present = [i for i, text in enumerate(texts) if text != "null"]
    blobs: List[Optional[bytes]] = [None] * len(texts)
    if not present:
        return blobs, None
    try:  # in slices: GEOS holds Python's lock while it reads, and the main thread waits for that lock
        geometries = np.concatenate([shapely.from_geojson([texts[i] for i in present[at:at + _SLICE]],
                                                          on_invalid="raise") for at in range(0, len(present), _SLICE)])
    except Exception:  # noqa: BLE001 - whatever GEOS cannot read, GDAL reads (or refuses, with its reason)
        return None
    type_ids = shapely.get_type_id(geometries)
    if not set(np.unique(type_ids).tolist()) <= takes.keys() or shapely.has_z(geometries).any() \
            or shapely.is_empty(geometries).any():
        return None
    wkbs = shapely.to_wkb(geometries, output_dimension=2, byte_order=1, include_srid=False)
    point = layer.geometry_type == "POINT"
    srs = layer.srs_id
    head_point = struct.pack("<2sBBi", b"GP", 0, 1, srs)
    header = struct.Struct("<2sBBi4d")
    array = shapely.bounds(geometries)
    for i, wkb, type_id, (minx, miny, maxx, maxy) in zip(present, wkbs.tolist(), type_ids.tolist(), array.tolist()):
        head = head_point if point else header.pack(b"GP", 0, 3, srs, minx, maxx, miny, maxy)
        blobs[i] = head + takes[type_id] + wkb
    extent = (float(array[:, 0].min()), float(array[:, 1].min()), float(array[:, 2].max()), float(array[:, 3].max()))
    return blobs, extent


def append_part(path: Path, layer: Layer, shapes: Sequence[Tuple[str, ...]], values: Sequence[Tuple[Any, ...]],
                geometries: Sequence[str]) -> bool:
    """Insert the rows (``shapes[i]``: the keys of row *i*, ``values[i]`` its values, ``geometries[i]`` its
    GeoJSON geometry text) into ``layer`` of ``path``; ``False`` (nothing written) when GDAL should write them.

    A failure of SQLite itself (a full disk, a lock) is raised as a ``RuntimeError`` with SQLite's words.
    """
    if not layer.geometry_column or not values:
        return False
    distinct = {id(shape): shape for shape in shapes}
    names: Dict[str, None] = {}
    for shape in distinct.values():
        names.update(dict.fromkeys(shape))
    if not names.keys() <= layer.columns.keys():
        return False  # a new property: GDAL adds its column, typed from its values
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
        return False
    geometry = _geometry_blobs(layer, geometries)
    if geometry is None:
        return False
    blobs, extent = geometry
    quoted = [quote_identifier(layer.geometry_column)] + [quote_identifier(name) for name in order]
    return _insert(path, layer.table, quoted, list(zip(blobs, *typed)), extent)


def _insert(path: Path, table: str, quoted: List[str], rows: List[Tuple[Any, ...]], extent: Extent) -> bool:
    """Many rows per INSERT statement: SQLite runs each without Python's lock, which a statement per row would
    take back (and wait for, behind the thread deriving rows) 10,000 times a part."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a staged file: only its install needs to be durable
        per_statement = max(1, min(500, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(quoted)))
        one = f"({', '.join('?' * len(quoted))})"
        into = f"INSERT INTO {quote_identifier(table)} ({', '.join(quoted)}) VALUES "  # nosec B608
        conn.execute("BEGIN IMMEDIATE")
        try:
            for at in range(0, len(rows), per_statement):
                chunk = rows[at:at + per_statement]
                conn.execute(into + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])
        except sqlite3.Error:
            raise
        except Exception:  # noqa: BLE001 - a value SQLite cannot bind (a lone surrogate): GDAL's path decides
            conn.execute("ROLLBACK")
            return False
        if extent is not None:
            conn.execute("UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?), ?), min_y = min(coalesce(min_y, ?), "
                         "?), max_x = max(coalesce(max_x, ?), ?), max_y = max(coalesce(max_y, ?), ?), last_change = "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
                         (extent[0], extent[0], extent[1], extent[1], extent[2], extent[2], extent[3], extent[3],
                          table))
        conn.execute("COMMIT")
        return True
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
        self.geometries: List[str] = []
        self.lines: List[int] = []
        self.keys: Dict[str, None] = {}
        self._shape: Tuple[str, ...] = ()
        self._shapes: Dict[Tuple[str, ...], Tuple[str, ...]] = {}  # one tuple per distinct set of keys

    def __len__(self) -> int:
        return len(self.values)

    def add(self, row: Dict[str, Any], geometry: str, line_no: int) -> None:
        shape = tuple(row)
        if shape != self._shape:
            self._shape = self._shapes.setdefault(shape, shape)
            self.keys.update(dict.fromkeys(shape))
        self.shapes.append(self._shape)
        self.values.append(tuple(row.values()))
        self.geometries.append(geometry)
        self.lines.append(line_no)

    def rows(self):
        """(row dict, geometry text) of each row, in order."""
        for shape, values, geometry in zip(self.shapes, self.values, self.geometries):
            yield dict(zip(shape, values)), geometry
