"""Turning submitted locations into stored assessments (``/fetch_supply_shed`` rows) and plots."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any, Dict, List, Optional, Tuple

from ..core.coercion import clean_text, first_present
from ..core.commodities import ISOCHRONE_MINUTES, normalize_commodity
from ..core.geodesy import geojson_area_ha
from ..core.naming import extract_producer_name
from .screening import POINT_TYPES, POLYGON_TYPES, place_of, plot_area, screen_facilities
from .synthetic import circle, plot_deforestation, plots_around, rng_for

TRAVEL_KMH = 30.0  # the sandbox's isochrone: a disc of travel time x speed
LEGALITY = ("Low", "Low", "Medium", "High")

Assessment = Tuple[Dict[str, Any], Optional[dict], List[Dict[str, Any]]]  # row props, row geometry, plots


def collection_id_for(name: str, user: str) -> str:
    return "0x" + hashlib.sha256(f"{user}/{name}".encode()).hexdigest()[:40]


def plot_feature(collection_id: str, seq: int, geometry: dict, defor: Dict[str, Any],
                 props: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    out = dict(props or {})
    digest = hashlib.sha256(f"{collection_id}/{seq}".encode()).hexdigest()
    out.update(defor, uuid=str(uuid.UUID(hex=digest[:32])),
               plotid=f"{collection_id[:10]}-{seq + 1:05d}", collection_id=collection_id, sandbox=True)
    return {"type": "Feature", "properties": out, "geometry": geometry}


def aggregate_row(collection_id: str, plots: List[Dict[str, Any]], base: Dict[str, Any],
                  confidence: str) -> Dict[str, Any]:
    """The supply-shed row's metrics, computed from its plots (critical = more than 0.5 ha lost)."""
    areas = [float(p["properties"].get("area") or 0) for p in plots]
    losses = [float(p["properties"].get("noncompliance_area") or 0) for p in plots]
    total = sum(areas)
    nc_area = sum(losses)
    row = dict(base)
    row.update(collection_id=collection_id, locations_confidence=confidence,
               noncompliance_plot_count=sum(1 for x in losses if x > 0.5),
               noncompliance_area_ha=round(nc_area, 4),
               noncompliance_area_perc=round(nc_area / total, 6) if total else 0.0,
               noncompliance_area_rate=round(nc_area / total / 4.0, 6) if total else 0.0,
               plot_count=len(plots), sandbox=True)
    return row


def _metadata(supplier_id: str, point: Optional[Tuple[float, float]], email: str = "") -> str:
    meta = {"supplier_id": supplier_id, "sandbox": True}
    if point:
        meta["facility_geo"] = f"POINT({point[0]:.6f} {point[1]:.6f})"
    if email:
        meta["contact_email"] = email
    return json.dumps(meta)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def supply_shed_assessment(collection_id: str, name: str, crop_type: Optional[str],
                           features: List[Dict[str, Any]]) -> Assessment:
    """Facilities -> one supply-shed row (isochrone disc around the first facility) and its plots."""
    commodity = normalize_commodity(crop_type) or "timber"
    screened = screen_facilities(features, {"commodity_type": commodity})["features"]
    located = [f for f in screened if f.get("geometry")]
    first_props = dict((features[0].get("properties") or {}) if features else {})
    producer = extract_producer_name(first_props) or clean_text(first_props.get("producer_name")) or name
    base = {"company_name": producer, "commodity": commodity, "stat_type": "supply_shed_eudr",
            "ingestion_date": _now(), "collection_name": name,
            "legality_risk": LEGALITY[rng_for(located[0]["geometry"] if located else None, name).randrange(4)]}
    if not located:
        base.update(locations_confidence="not processed: no address or geolocation provided",
                    collection_id=collection_id, metadata=_metadata(str(first_present(first_props, "facility_id", "id")
                                                                        or "1"), None), sandbox=True)
        return base, None, []
    levels = [f["properties"]["confidence_level"] for f in located]
    confidence = "low" if "low" in levels else max(set(levels), key=levels.count)
    lon, lat = located[0]["geometry"]["coordinates"][:2]
    radius = ISOCHRONE_MINUTES.get(commodity, 120) / 60.0 * TRAVEL_KMH
    shed = circle(lon, lat, radius)
    rng = rng_for(located[0]["geometry"], "shed")
    count, share = rng.randint(20, 45), rng.choice([0.0, 0.05, 0.12, 0.3])
    plots = [plot_feature(collection_id, i, g, d)
             for i, (g, d) in enumerate(plots_around(lon, lat, count, radius * 0.5, collection_id, share))]
    place = located[0]["properties"]
    base.update(country=place.get("country", ""), country_code=place.get("country_code", ""),
                admin1=place.get("admin1", ""), area_ha_supply_shed=round(geojson_area_ha(shed), 2),
                facility_id=place.get("facility_id"), facility_geo=f"POINT({lon:.6f} {lat:.6f})",
                metadata=_metadata(str(place.get("facility_id")), (lon, lat)))
    return aggregate_row(collection_id, plots, base, confidence), shed, plots


def direct_plots_assessment(collection_id: str, name: str, crop_type: Optional[str],
                            features: List[Dict[str, Any]]) -> Assessment:
    """Plots (polygons, or points with their Area) -> one "Direct Plots" row (convex hull of the plots) and the
    plots with deforestation."""
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    commodity = normalize_commodity(crop_type) or "unknown"
    plots, shapes = [], []
    for i, feature in enumerate(features):
        geometry = feature.get("geometry")
        if not geometry or geometry.get("type") not in POLYGON_TYPES + POINT_TYPES:
            continue
        area, _, _ = plot_area(geometry, feature.get("properties") or {}, commodity)  # a point plot: its Area
        plots.append(plot_feature(collection_id, i, geometry, plot_deforestation(geometry, area),
                                  feature.get("properties")))
        shapes.append(shape(geometry))
    first_props = dict((features[0].get("properties") or {}) if features else {})
    producer = extract_producer_name(first_props) or name
    base = {"company_name": producer, "commodity": commodity, "stat_type": "eudr_deforestation",
            "area_ha_supply_shed": 0, "ingestion_date": _now(), "collection_name": name,
            "legality_risk": LEGALITY[rng_for(features[0].get("geometry") if features else None, name).randrange(4)],
            "metadata": _metadata(str(first_present(first_props, "supplier_id", "id") or name), None)}
    if not plots:
        base.update(locations_confidence="not processed: invalid file", collection_id=collection_id, sandbox=True)
        return base, None, []
    hull = unary_union(shapes).convex_hull
    base.update(place_of(mapping(hull.representative_point())))
    return aggregate_row(collection_id, plots, base, "high"), mapping(hull), plots
