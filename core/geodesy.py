"""Areas on the WGS 84 ellipsoid, in hectares, without pyproj.

Coordinates are mapped to the Lambert cylindrical equal-area projection on the
authalic sphere (x = R·λ, y = R·sin β, β the authalic latitude), where planar
area equals ellipsoidal area. Edges are straight in that projection rather than
geodesics; for plots (well under 100 km across) the difference is far below
the EU's precision. Works on plain coordinate lists, or on shapely geometries
(vectorised with shapely 2 when available).
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence, Tuple

A = 6378137.0
F = 1 / 298.257223563
E2 = F * (2 - F)
E = math.sqrt(E2)


def _q(sin_phi: float) -> float:
    esin = E * sin_phi
    return (1 - E2) * (sin_phi / (1 - E2 * sin_phi * sin_phi) - (1 / (2 * E)) * math.log((1 - esin) / (1 + esin)))


QP = _q(1.0)
AUTHALIC_RADIUS = A * math.sqrt(QP / 2)


def equal_area_xy(lon: float, lat: float) -> Tuple[float, float]:
    """Metres on the equal-area cylinder for a lon/lat in degrees."""
    sin_beta = _q(math.sin(math.radians(lat))) / QP
    return AUTHALIC_RADIUS * math.radians(lon), AUTHALIC_RADIUS * sin_beta


def ring_area_m2(ring: Sequence[Sequence[float]]) -> float:
    """Unsigned area of a closed or open lon/lat ring in square metres."""
    if len(ring) < 3:
        return 0.0
    lon0 = ring[0][0]
    pts = []
    for position in ring:
        lon = position[0]
        # unwrap across the antimeridian relative to the first vertex
        while lon - lon0 > 180:
            lon -= 360
        while lon - lon0 < -180:
            lon += 360
        pts.append(equal_area_xy(lon, position[1]))
    total = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2.0


def polygon_area_ha(rings: Sequence[Sequence[Sequence[float]]]) -> float:
    """Hectares of a GeoJSON Polygon's coordinates (outer ring minus holes)."""
    if not rings:
        return 0.0
    area = ring_area_m2(rings[0]) - sum(ring_area_m2(r) for r in rings[1:])
    return max(area, 0.0) / 10_000.0


def geojson_area_ha(geometry: dict) -> float:
    """Hectares of a GeoJSON geometry; points and lines have none."""
    if not geometry:
        return 0.0
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    if kind == "Polygon":
        return polygon_area_ha(coords)
    if kind == "MultiPolygon":
        return sum(polygon_area_ha(p) for p in coords)
    if kind == "GeometryCollection":
        return sum(geojson_area_ha(g) for g in geometry.get("geometries") or [])
    return 0.0


def _project_array(coords):  # numpy (n, 2) lon/lat -> equal-area metres
    import numpy as np

    lon = np.radians(coords[:, 0])
    sin_phi = np.sin(np.radians(coords[:, 1]))
    esin = E * sin_phi
    q = (1 - E2) * (sin_phi / (1 - E2 * sin_phi * sin_phi) - (1 / (2 * E)) * np.log((1 - esin) / (1 + esin)))
    return np.column_stack([AUTHALIC_RADIUS * lon, AUTHALIC_RADIUS * q / QP])


def shapely_areas_ha(geometries: Iterable) -> list:
    """Hectares of many shapely geometries (vectorised under shapely 2, a loop under 1.8)."""
    geometries = list(geometries)
    try:
        import shapely

        if hasattr(shapely, "transform"):  # shapely 2
            projected = shapely.transform(geometries, _project_array)
            return [float(a) / 10_000.0 for a in shapely.area(projected)]
    except ImportError:  # pragma: no cover - shapely is a dependency of the sandbox and preflight
        pass
    from shapely.geometry import mapping

    return [geojson_area_ha(mapping(g)) if g is not None and not g.is_empty else 0.0 for g in geometries]
