"""Geometry measures the checks need, for many geometries at once.

Under shapely 2 every measure is one vectorised call over the batch; under
shapely 1.8 (still shipped with some QGIS installs) a loop computes the same
values. Both paths must agree: the core tests run under both versions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..geodesy import shapely_areas_ha

try:  # shapely 2
    import shapely

    VECTORISED = hasattr(shapely, "get_coordinates")
except ImportError:  # pragma: no cover
    VECTORISED = False

GRID = 1e-6  # the EU keeps 6 decimals


def truncate_6(values):
    """Coordinates as the EU system stores them: truncated toward zero to 6 decimals (rule 3, 2026 text).

    The product by 10^6 is first rounded to 3 decimals so that a float such as 12.1
    (12.0999999999999996...) truncates like its decimal text, to 12.100000.
    """
    return np.trunc(np.round(np.asarray(values, dtype=float) * 1e6, 3)) / 1e6
POLYGONAL = ("Polygon", "MultiPolygon")
#: Geometry type names by GEOS type id (``shapely.get_type_id``), as ``geom_type`` gives them
_KIND_NAMES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon",
               "GeometryCollection")
ACCEPTED = ("Point", "MultiPoint", "Polygon", "MultiPolygon", "GeometryCollection")  # 2026 text, rule 2
COLLECTION = "GeometryCollection"


@dataclass(frozen=True)
class BadGeometry:
    """A geometry that could not even be built (e.g. a WKB ring of 3 points); the reason is reported."""

    kind: str
    reason: str


def parse_geometry(geojson: Optional[dict]):
    """A shapely geometry from a GeoJSON geometry dict; ``None`` if absent; :class:`BadGeometry` if unbuildable."""
    from shapely.geometry import shape

    if not geojson:
        return None
    try:
        return shape(geojson)
    except Exception as exc:  # shapely raises ValueError, TypeError, GEOSException ... for broken input
        return BadGeometry(str(geojson.get("type") or "Unknown"), f"Too few points or broken coordinates ({exc})")


@dataclass
class Measure:
    kind: Optional[str]  # geometry type, None when there is no geometry
    empty: bool = False
    has_z: bool = False
    valid: bool = True
    reason: str = ""
    parts: int = 0
    holes: int = 0
    area_ha: float = 0.0
    out_of_range: bool = False
    low_share: float = 0.0  # share of coordinate values with fewer than 6 decimals
    collapsed: int = 0  # vertices that become a repeat of their neighbour at 6 decimals
    valid_rounded: bool = True
    rounded_reason: str = ""
    point: Optional[Tuple[float, float]] = None  # a point inside the geometry (country lookup)
    key: bytes = b""  # the coordinates at 6 decimals, hashed (duplicate detection)
    broken: bool = False  # could not be built at all: nothing else can be measured
    members: Tuple[str, ...] = ()  # a GeometryCollection's member types (each checked by its own rules)

    @property
    def polygonal(self) -> bool:
        """A polygon, or a collection with a polygon: measured by its area, not by ``Area``."""
        return self.kind in POLYGONAL or any(k in POLYGONAL for k in self.members)


def _collection_measures(measures: List[Measure], geoms: Sequence) -> None:
    """Member types and polygon area of every GeometryCollection (the rest is measured like any geometry)."""
    for m, geom in zip(measures, geoms):
        if m.kind == COLLECTION and not m.empty:
            members = list(geom.geoms)
            m.members = tuple(g.geom_type for g in members)
            polygons = [g for g in members if g.geom_type in POLYGONAL]
            m.area_ha = float(sum(shapely_areas_ha(polygons))) if polygons else 0.0
            m.parts = sum(len(getattr(g, "geoms", [g])) for g in polygons) or len(members)


def _coordinate_stats(coords: np.ndarray, index: np.ndarray, n: int):
    """Per geometry: share of low-precision values, collapsed vertices, hash of the rounded coordinates."""
    if len(coords) == 0:
        return np.zeros(n), np.zeros(n, dtype=int), [b""] * n
    scaled = coords * 1e5
    low = (np.abs(scaled - np.round(scaled)) < 1e-6).sum(axis=1)
    counts = np.bincount(index, minlength=n)
    low_share = np.bincount(index, weights=low, minlength=n) / np.maximum(2 * counts, 1)
    rounded = truncate_6(coords)  # what the EU system will store
    same_feature = np.r_[False, index[1:] == index[:-1]]
    was_repeat = np.r_[False, np.all(coords[1:] == coords[:-1], axis=1)]
    now_repeat = np.r_[False, np.all(rounded[1:] == rounded[:-1], axis=1)]
    collapsed = np.bincount(index, weights=same_feature & now_repeat & ~was_repeat, minlength=n).astype(int)
    bounds = np.r_[0, np.cumsum(counts)]
    keys = [hashlib.blake2b(rounded[bounds[i]:bounds[i + 1]].tobytes(), digest_size=16).digest() if counts[i]
            else b"" for i in range(n)]
    return low_share, collapsed, keys


def measure(geometries: Sequence) -> List[Measure]:
    """One :class:`Measure` per geometry (``None`` and :class:`BadGeometry` allowed), in order."""
    geometries = list(geometries)
    bad = {i: g for i, g in enumerate(geometries) if isinstance(g, BadGeometry)}
    if bad:
        geometries = [None if i in bad else g for i, g in enumerate(geometries)]
    result = _measure_vectorised(geometries) if VECTORISED else [_measure_one(g) for g in geometries]
    _collection_measures(result, geometries)
    for i, broken in bad.items():
        result[i] = Measure(broken.kind, valid=False, reason=broken.reason, broken=True)
    return result


def _measure_vectorised(geoms: list) -> List[Measure]:
    n = len(geoms)
    arr = np.empty(n, dtype=object)
    arr[:] = geoms
    missing = shapely.is_missing(arr)
    empty = shapely.is_empty(arr)
    present = ~missing & ~empty
    # by GEOS type id, for the whole batch at once (a geometry's own geom_type asks GEOS once per geometry)
    kinds = [None if i < 0 else _KIND_NAMES[i] for i in shapely.get_type_id(arr).tolist()]
    has_z = shapely.has_z(arr)
    valid = shapely.is_valid(arr) | ~present
    bounds = shapely.bounds(arr)
    out_of_range = present & ((bounds[:, 0] < -180) | (bounds[:, 2] > 180) | (bounds[:, 1] < -90) | (bounds[:, 3] > 90))
    parts = shapely.get_num_geometries(arr)
    polygon_parts, owner = shapely.get_parts(arr, return_index=True)
    rings = shapely.get_num_interior_rings(polygon_parts)
    holes = np.bincount(owner, weights=np.where(rings > 0, rings, 0), minlength=n).astype(int)
    polygonal = np.array([k in POLYGONAL for k in kinds])
    areas = np.zeros(n)
    if (present & polygonal).any():
        areas[present & polygonal] = shapely_areas_ha(arr[present & polygonal])
    coords, index = shapely.get_coordinates(arr, return_index=True)
    low_share, collapsed, keys = _coordinate_stats(coords, index, n)
    valid_rounded = np.ones(n, dtype=bool)
    rounded_reason = [""] * n
    changed = np.flatnonzero(collapsed > 0)
    if len(changed):
        rounded = shapely.transform(arr[changed], truncate_6)
        ok = shapely.is_valid(rounded)
        valid_rounded[changed] = ok
        for i, geom, good in zip(changed, rounded, ok):
            if not good:
                rounded_reason[i] = shapely.is_valid_reason(geom)
    reasons = [""] * n
    for i in np.flatnonzero(~valid):
        reasons[i] = shapely.is_valid_reason(arr[i])
    points: List[Optional[Tuple[float, float]]] = [None] * n
    inside = shapely.point_on_surface(arr[present & ~out_of_range])
    xs, ys = shapely.get_x(inside).tolist(), shapely.get_y(inside).tolist()
    for i, x, y in zip(np.flatnonzero(present & ~out_of_range).tolist(), xs, ys):
        points[i] = (x, y)
    return [Measure(kinds[i], bool(empty[i]), bool(has_z[i]), bool(valid[i]), reasons[i], int(parts[i]),
                    int(holes[i]), float(areas[i]), bool(out_of_range[i]), float(low_share[i]), int(collapsed[i]),
                    bool(valid_rounded[i]), rounded_reason[i], points[i], keys[i]) for i in range(n)]


def _coords_of(geom) -> np.ndarray:
    """All coordinates (x, y) in shapely 2's order: exterior, then interiors, part by part."""
    if geom.geom_type == "Point":
        return np.asarray([geom.coords[0][:2]])
    if geom.geom_type == "Polygon":
        rings = [geom.exterior, *geom.interiors]
        return np.concatenate([np.asarray(r.coords)[:, :2] for r in rings]) if rings else np.empty((0, 2))
    if geom.geom_type.startswith("Multi") or geom.geom_type == "GeometryCollection":
        arrays = [_coords_of(g) for g in geom.geoms if not g.is_empty]
        return np.concatenate(arrays) if arrays else np.empty((0, 2))
    return np.asarray(geom.coords)[:, :2]


def _measure_one(geom) -> Measure:
    """shapely 1.8: the same measures, one geometry at a time."""
    from shapely.validation import explain_validity

    if geom is None:
        return Measure(None)
    kind = geom.geom_type
    if geom.is_empty:
        return Measure(kind, empty=True)
    minx, miny, maxx, maxy = geom.bounds
    result = Measure(kind, has_z=geom.has_z, valid=geom.is_valid,
                     out_of_range=minx < -180 or maxx > 180 or miny < -90 or maxy > 90)
    if not result.valid:
        result.reason = explain_validity(geom)
    members = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
    result.parts = len(members)
    result.holes = sum(len(m.interiors) for m in members if m.geom_type == "Polygon")
    if kind in POLYGONAL:
        result.area_ha = shapely_areas_ha([geom])[0]
    coords = _coords_of(geom)
    low_share, collapsed, keys = _coordinate_stats(coords, np.zeros(len(coords), dtype=int), 1)
    result.low_share, result.collapsed, result.key = float(low_share[0]), int(collapsed[0]), keys[0]
    if result.collapsed:
        rounded = _rounded(geom)
        result.valid_rounded = rounded.is_valid
        result.rounded_reason = "" if result.valid_rounded else explain_validity(rounded)
    if not result.out_of_range:
        point = geom.representative_point()
        result.point = (point.x, point.y)
    return result


def map_xy(geom, func):
    """``geom`` in 2D with ``func`` applied to its (N, 2) coordinate array.

    ``shapely.transform`` on shapely 2 (``shapely.ops.transform`` is deprecated from 2.1);
    ``shapely.ops.transform`` on 1.8, which has nothing else.
    """
    import shapely

    if hasattr(shapely, "transform"):
        return shapely.transform(geom, func, include_z=False)
    from shapely.ops import transform

    def per_point(x, y, z=None):
        out = func(np.column_stack([np.asarray(x, dtype=float), np.asarray(y, dtype=float)]))
        return out[:, 0], out[:, 1]

    return transform(per_point, geom)


def _rounded(geom):
    """The geometry as stored by the EU system (truncated to 6 decimals)."""
    return map_xy(geom, truncate_6)
