"""Offline country (and admin-1) lookup from plain polygons.

The polygons come from QGIS's bundled Natural Earth ``world_map.gpkg``. Its
geometry encoding differs between releases (QGIS >= 3.40 stores some rows as
SpatiaLite blobs), so it is read through GDAL/OGR (``osgeo``, part of every QGIS
install), never decoded by hand; no Qt or QGIS here. Lookups use an STR-tree and
work on shapely 1.8 and 2.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple, Union

WORLD_MAP_PATHS = (
    os.environ.get("EPOCH_WORLD_MAP", ""),
    "/usr/share/qgis/resources/data/world_map.gpkg",
    "/usr/local/share/qgis/resources/data/world_map.gpkg",
)


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-1 alpha-2 for countries (may be "-99" in Natural Earth)
    name: str
    country_code: str = ""


#: Side of the grid cells :meth:`RegionIndex.lookup` remembers (degrees): a quarter degree is about 28 km,
#: so the plots of one producer share a handful of cells, and a cell that lies wholly inside one country
#: answers every later point without a geometry test.
CELL_DEGREES = 0.25
_MIXED, _NOWHERE = "mixed", "nowhere"  # a cell crossed by a border or a coast; a cell touching no region
CellAnswer = Union[Region, str]


def find_world_map() -> Optional[str]:
    """The first readable ``world_map.gpkg`` (``EPOCH_WORLD_MAP`` overrides), or ``None``."""
    for path in WORLD_MAP_PATHS:
        if path and os.path.isfile(path):
            return path
    return None


class RegionIndex:
    """Point-in-polygon lookup over a list of (region, shapely geometry)."""

    def __init__(self, items: Sequence[Tuple[Region, object]]) -> None:
        from shapely.prepared import prep
        from shapely.strtree import STRtree

        self._regions = [region for region, _ in items]
        self._geoms = [geom for _, geom in items]
        self._prepared = [prep(g) for g in self._geoms]
        with warnings.catch_warnings():  # shapely 1.8 warns that 2.0 changes STRtree; both are handled
            warnings.simplefilter("ignore")
            self._tree = STRtree(self._geoms)
        self._by_id = {id(g): i for i, g in enumerate(self._geoms)}
        # GEOS builds a prepared polygon's index on first use, and two threads doing that at once abort the
        # process (the sandbox answers requests in threads; screening sends chunks in parallel): one at a time
        self._lock = threading.Lock()
        self._cells: Dict[Tuple[int, int], CellAnswer] = {}

    def __len__(self) -> int:
        return len(self._regions)

    def _candidates(self, geom) -> List[int]:
        hits = self._tree.query(geom)
        indices = []
        for hit in hits:
            if isinstance(hit, (int,)) or type(hit).__name__.startswith(("int", "uint")):
                indices.append(int(hit))  # shapely 2: indices
            else:
                indices.append(self._by_id[id(hit)])  # shapely 1.8: geometries
        return sorted(indices)

    def lookup(self, lon: float, lat: float) -> Optional[Region]:
        """The region covering the point, or ``None`` (at sea, or outside every polygon).

        A point in a grid cell that lies wholly inside one region (or touches none) is answered from the
        cell, remembered after the first point in it: 1,000,000 plots of a few producers cost a few
        hundred geometry tests. Points in cells crossed by a border or a coast are tested exactly.
        """
        from shapely.geometry import Point

        if not (math.isfinite(lon) and math.isfinite(lat)):
            return None
        cell = (math.floor(lon / CELL_DEGREES), math.floor(lat / CELL_DEGREES))
        with self._lock:
            answer = self._cells.get(cell)
            if answer is None:
                answer = self._cells[cell] = self._cell_answer(cell)
            if isinstance(answer, Region):
                return answer
            if answer == _NOWHERE:
                return None
            point = Point(lon, lat)
            for index in self._candidates(point):
                if self._prepared[index].covers(point):
                    return self._regions[index]
        return None

    def _cell_answer(self, cell: Tuple[int, int]) -> CellAnswer:
        """The one region covering the whole cell and touching no other, ``_NOWHERE``, or ``_MIXED``."""
        from shapely.geometry import box

        west, south = cell[0] * CELL_DEGREES, cell[1] * CELL_DEGREES
        square = box(west, south, west + CELL_DEGREES, south + CELL_DEGREES)
        touching = [i for i in self._candidates(square) if self._prepared[i].intersects(square)]
        if not touching:
            return _NOWHERE
        if len(touching) == 1 and self._prepared[touching[0]].covers(square):
            return self._regions[touching[0]]
        return _MIXED

    def lookup_points(self, points) -> List[Optional[Region]]:
        """The region of each (lon, lat) point (``None`` entries stay ``None``), as :meth:`lookup` answers it:
        from the grid cells first, then the points in cells crossed by a border or a coast in one vectorised
        query under shapely 2 (a query per point costs more than the cells for 100,000 plots of a few producers)."""
        result: List[Optional[Region]] = [None] * len(points)
        exact = []
        floor, isfinite, side = math.floor, math.isfinite, CELL_DEGREES
        with self._lock:
            cells = self._cells
            for i, point in enumerate(points):
                if point is None or not (isfinite(point[0]) and isfinite(point[1])):
                    continue
                cell = (floor(point[0] / side), floor(point[1] / side))
                answer = cells.get(cell)
                if answer is None:
                    answer = cells[cell] = self._cell_answer(cell)
                if type(answer) is Region:
                    result[i] = answer
                elif answer == _MIXED:
                    exact.append(i)
        if not exact:
            return result
        try:
            import shapely

            vectorised = hasattr(shapely, "points") and hasattr(self._tree, "query") and hasattr(shapely, "covers")
        except ImportError:  # pragma: no cover
            vectorised = False
        if not vectorised:
            for i in exact:
                result[i] = self.lookup(*points[i])
            return result
        geoms = shapely.points([points[i] for i in exact])
        with self._lock:
            point_index, region_index = self._tree.query(geoms, predicate="intersects")
        for p, r in sorted(zip(point_index.tolist(), region_index.tolist()), key=lambda pr: (pr[0], pr[1])):
            slot = exact[p]
            if result[slot] is None:
                result[slot] = self._regions[r]
        return result

    def lookup_geometry(self, geom) -> Optional[Region]:
        """The region of a geometry's representative point."""
        if geom is None or geom.is_empty:
            return None
        point = geom.representative_point()
        return self.lookup(point.x, point.y)

    def _index_named(self, text: str) -> Optional[int]:
        key = text.strip().lower()
        return next((i for i, region in enumerate(self._regions)
                     if key in (region.code.lower(), region.name.lower())), None)

    def bounds_named(self, text: str) -> Optional[Tuple[float, float, float, float]]:
        """(west, south, east, north) of a country given by ISO-2 code or name (any case), or ``None``."""
        index = self._index_named(text)
        if index is None:
            return None
        with self._lock:  # the geometries are shared between threads: see __init__
            return tuple(self._geoms[index].bounds)

    def point_inside_named(self, text: str, fractions: Sequence[Tuple[float, float]]
                           ) -> Optional[Tuple[float, float]]:
        """A point inside a country (ISO-2 code or name): the first of ``fractions`` (x, y in 0..1 of its bounds)
        that the country covers, else a point GEOS says is inside; ``None`` for an unknown country.

        The work is done here, under the index's lock, and no geometry is handed out: shapely 2 prepares a
        geometry in place, a prepared geometry builds its index on first use, and two threads doing that at
        once corrupt the heap (seen as aborts at a later thread's exit). The sandbox geocodes in threads."""
        from shapely.geometry import Point

        index = self._index_named(text)
        if index is None:
            return None
        with self._lock:
            geom, prepared = self._geoms[index], self._prepared[index]
            west, south, east, north = geom.bounds
            for fx, fy in fractions:
                point = Point(west + fx * (east - west), south + fy * (north - south))
                if prepared.covers(point):
                    return point.x, point.y
            point = geom.representative_point()
            return point.x, point.y


def load_regions(path: str, table: str = "countries") -> List[Tuple[Region, object]]:
    """(Region, geometry) pairs from ``countries`` or ``states_provinces`` of a world map GeoPackage.

    GDAL decodes every geometry encoding the file may hold (GeoPackage or SpatiaLite blobs).
    """
    from osgeo import gdal, ogr
    from shapely import wkb

    name_col = "NAME" if table == "countries" else "name"
    ogr.UseExceptions()  # explicit, as GDAL 4 will be (GDAL >= 3.9 warns otherwise)
    # QGIS's own file has a date GDAL calls "non-conformant" (a warning on every read, printed by make demo and
    # qgis_process): not the user's concern, so warnings are quiet while it opens; an error still raises
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        source = ogr.Open(path, 0)
    except RuntimeError as exc:
        raise OSError(f"cannot open the world map {path}: {exc}") from None
    finally:
        gdal.PopErrorHandler()
    if source is None:
        raise OSError(f"cannot open the world map {path}")
    layer = source.GetLayerByName(table)
    if layer is None:
        raise OSError(f"the world map {path} has no layer {table!r}")
    items = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        geom = wkb.loads(bytes(geometry.ExportToIsoWkb()))
        if not geom.is_valid:
            geom = geom.buffer(0)
        code = (feature.GetField("iso_a2") or "").strip()
        region = Region(code=code, name=(feature.GetField(name_col) or "").strip(), country_code=code)
        items.append((region, geom))
    return items


_CACHE: dict = {}
_CACHE_LOCK = threading.Lock()


def world_index(table: str = "countries") -> Optional[RegionIndex]:
    """The shared index over QGIS's world map (read once per process, by the first thread that asks), or ``None``
    if absent."""
    with _CACHE_LOCK:
        if table not in _CACHE:
            path = find_world_map()
            _CACHE[table] = RegionIndex(load_regions(path, table)) if path else None
        return _CACHE[table]
