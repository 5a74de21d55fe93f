"""One-click fixes, always on a copy: make valid, 2D, 6 decimals, holes split, one polygon per feature,
ProducerCountry from the geometry, numeric Area. Each fixed feature says what changed and by how much area."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

import numpy as np

from ..coercion import to_float
from ..geodesy import shapely_areas_ha
from .check import ISO2, FeatureReport
from .measures import map_xy, truncate_6


@dataclass
class FixedFeature:
    source_fid: Any
    part: int
    geometry: Any
    properties: Dict[str, Any]
    changes: List[str] = field(default_factory=list)
    area_change_ha: float = 0.0


def _polygons(geom) -> list:
    """The polygons in any geometry (lines and points from a repair are dropped)."""
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def make_valid(geom):
    """Seed 002's repair: GEOS make_valid, keeping the polygonal result."""
    try:
        from shapely.validation import make_valid as repair
    except ImportError:  # pragma: no cover - shapely < 1.8
        return geom.buffer(0)
    return repair(geom)


def drop_z(geom):
    return map_xy(geom, lambda xy: xy)


def split_holes(polygon) -> list:
    """Hole-free polygons whose union is ``polygon``: cut vertically through a point inside each hole."""
    from shapely.geometry import Polygon, box

    if not polygon.interiors:
        return [polygon]
    x = Polygon(polygon.interiors[0]).representative_point().x
    minx, miny, maxx, maxy = polygon.bounds
    pieces = []
    for half in (box(minx - 1, miny - 1, x, maxy + 1), box(x, miny - 1, maxx + 1, maxy + 1)):
        for piece in _polygons(polygon.intersection(half)):
            pieces.extend(split_holes(piece))
    return pieces


def _dedupe(coords: list) -> list:
    out = [coords[0]] if coords else []
    for c in coords[1:]:
        if c != out[-1]:
            out.append(c)
    return out


def round_polygon(polygon, decimals: int = 6):
    """Coordinates rounded, vertices that collapse removed, then made valid again if needed; ``None`` if gone."""
    from shapely.geometry import Polygon

    def ring(r):  # truncated, as the EU system stores them (2026 text, rule 3)
        cut = truncate_6(np.asarray([c[:2] for c in r.coords], dtype=float)) if decimals == 6 else None
        if cut is None:
            return _dedupe([(round(x, decimals), round(y, decimals)) for x, y, *_ in r.coords])
        return _dedupe([(float(x), float(y)) for x, y in cut])

    shell = ring(polygon.exterior)
    if len(shell) < 4:
        return None
    holes = [h for h in (ring(i) for i in polygon.interiors) if len(h) >= 4]
    result = Polygon(shell, holes)
    if not result.is_valid:
        repaired = _polygons(make_valid(result))
        return repaired
    return result


def fix_feature(geom, props: Mapping[str, Any], report: FeatureReport, *,
                point_area: Optional[float] = None) -> List[FixedFeature]:
    """The fixed feature(s) of one input; several when a multipart plot or a plot with holes is split."""
    properties = dict(props)
    common: List[str] = []
    if report.country_iso2 and not ISO2.match(str(properties.get("ProducerCountry") or "").strip()):
        properties["ProducerCountry"] = report.country_iso2
        common.append(f"ProducerCountry set to {report.country_iso2} from the geometry")
    area = properties.get("Area")
    if isinstance(area, str) and area.strip() and to_float(area) is not None:
        properties["Area"] = to_float(area)
        common.append(f"Area {area!r} made a number")
    if geom is None or getattr(geom, "is_empty", True) or not hasattr(geom, "geom_type"):
        return [FixedFeature(report.source_fid, 0, geom, properties, common)]
    if geom.geom_type in ("Point", "MultiPoint"):
        if geom.has_z:
            geom = drop_z(geom)
            common.append("Z values dropped")
        if properties.get("Area") in (None, "") and point_area is not None:
            properties["Area"] = point_area
            common.append(f"Area set to {point_area} ha (given by the user)")
        return [FixedFeature(report.source_fid, 0, geom, properties, common)]
    singles = _singles(geom)
    if any(g.geom_type not in ("Point", "Polygon") for g in singles):  # a line: nothing to repair, refused
        return [FixedFeature(report.source_fid, 0, geom, properties, common)]
    points = [g for g in singles if g.geom_type == "Point"]
    if points:  # a GeometryCollection of points and polygons (EU GeoJSON File Description v1.3, rule 2)
        from shapely.geometry import GeometryCollection, MultiPolygon

        if any(p.has_z for p in points):
            points = [drop_z(p) for p in points]
        fixed = _fixed_polygons(MultiPolygon([g for g in singles if g.geom_type == "Polygon"]), report,
                                properties, common)
        if fixed:  # the points stay in the collection with the first polygon
            fixed[0].geometry = GeometryCollection([*points, fixed[0].geometry])
        return fixed
    return _fixed_polygons(geom, report, properties, common)


def _singles(geom) -> list:
    """The single points, lines and polygons of any geometry."""
    if hasattr(geom, "geoms"):
        return [single for part in geom.geoms for single in _singles(part)]
    return [geom]


def _fixed_polygons(geom, report: FeatureReport, properties: Dict[str, Any], common: List[str]) -> List[FixedFeature]:
    """Made valid, 2D, holes split, truncated to 6 decimals, one polygon per feature."""
    before = shapely_areas_ha([geom])[0]
    if geom.has_z:
        geom = drop_z(geom)
        common.append("Z values dropped")
    if not geom.is_valid:
        geom = make_valid(geom)
        common.append("made valid")
    parts = _polygons(geom)
    if any(p.interiors for p in parts):
        holes = sum(len(p.interiors) for p in parts)
        parts = [piece for p in parts for piece in split_holes(p)]
        common.append(f"{holes} {'hole' if holes == 1 else 'holes'} split out ({len(parts)} hole-free parts)")
    rounded = []
    for part in parts:
        result = round_polygon(part)
        rounded.extend(result if isinstance(result, list) else ([result] if result is not None else []))
    if len(rounded) != len(parts) or any(a.wkb != b.wkb for a, b in zip(rounded, parts)):
        common.append("truncated to 6 decimals")
    if len(rounded) > 1:
        common.append(f"exploded into {len(rounded)} features (one polygon each)")
    after = shapely_areas_ha(rounded) if rounded else []
    change = sum(after) - before
    # the area change of the whole source feature is reported once, on its first part
    return [FixedFeature(report.source_fid, i, part, dict(properties), list(common), change if i == 0 else 0.0)
            for i, part in enumerate(rounded)]
