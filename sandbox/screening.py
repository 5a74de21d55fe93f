"""What the sandbox answers on ``/validate_locations``: computed from the input, deterministically.

Real: geodesic areas, GEOS validity, country and admin-1 from the world map,
latitude and producing-country plausibility, the scoring of Epoch's Facility Validation guide. Synthetic
(seeded by the geometry): deforestation, commodity, POI, building, road,
water and port signals. Every feature and the collection carry ``sandbox: true``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ..core.coercion import first_present, to_float
from ..core.commodities import is_producing_country, latitude_class, normalize_commodity
from ..core.confidence import score_facility
from ..core.countries import world_index
from ..core.geodesy import geojson_area_ha
from ..core.naming import extract_producer_name
from .legality import legality_answer
from .synthetic import plot_deforestation, rng_for

SYNTHETIC_NOTE = "Synthetic result from the Epoch EUDR sandbox, for training and tests only."
DEFAULT_RADIUS_M = 5000.0  # Epoch's default commodity radius (facility validation)


def _risk(count: int, total: int) -> str:
    if not total or count == 0:
        return "low"
    return "high" if count / total > 0.1 else "medium"


def place_of(geometry: Optional[dict]) -> Dict[str, str]:
    """Country name, ISO-2 code and admin-1 of a geometry (empty strings when unknown or at sea)."""
    from shapely.geometry import shape

    countries, provinces = world_index(), world_index("states_provinces")
    if not geometry or countries is None:
        return {"country": "", "country_code": "", "admin1": ""}
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError):
        return {"country": "", "country_code": "", "admin1": ""}
    country = countries.lookup_geometry(geom)
    province = provinces.lookup_geometry(geom) if provinces is not None else None
    return {"country": country.name if country else "", "country_code": country.code if country else "",
            "admin1": province.name if province else ""}


def _shape_issue(geometry: Optional[dict]) -> str:
    """``""`` when valid, else a short GEOS reason ("Self-intersection", "empty", ...)."""
    from shapely.geometry import shape
    from shapely.validation import explain_validity

    if not geometry:
        return "missing geometry"
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError) as exc:
        return f"unreadable geometry ({exc})"
    if geom.is_empty:
        return "empty geometry"
    if geom.geom_type not in POLYGON_TYPES + POINT_TYPES:
        return f"{geom.geom_type} is not a plot (polygons or points only)"
    return "" if geom.is_valid else explain_validity(geom).split("[")[0].strip()


POLYGON_TYPES = ("Polygon", "MultiPolygon")
POINT_TYPES = ("Point", "MultiPoint")
POINT_AREA_HA = 4.0  # the EU takes a point without Area as 4 ha; a point stands for at most 4 ha
MIN_AREA_HA = 0.0001


def plot_area(geometry: Optional[dict], props: Dict[str, Any],
              commodity: Optional[str] = None) -> Tuple[float, str, str]:
    """(hectares, where they come from, issue or ``""``) of a plot.

    A polygon's area is its geodesic area. A point (or multipoint) plot stands for the plot of
    its ``Area`` property in hectares (any case, numeric text read leniently), 4 ha without one;
    over 4 ha is an issue except for cattle, whose points are establishments.
    """
    kind = (geometry or {}).get("type")
    if kind not in POINT_TYPES:
        return geojson_area_ha(geometry) if geometry else 0.0, "geometry", ""
    value = to_float(first_present(props, "Area") if "Area" in props else
                     first_present({str(k).lower(): v for k, v in props.items()}, "area"))
    if value is None:
        return POINT_AREA_HA, "assumed (point without Area)", ""
    if value < MIN_AREA_HA:
        return value, "Area", "point Area below 0.0001 ha"
    if value > POINT_AREA_HA and commodity != "cattle":
        return value, "Area", "point Area over 4 ha (draw the plot as a polygon)"
    return value, "Area", ""


def screen_plots(features: List[Dict[str, Any]], options: Dict[str, str]) -> Dict[str, Any]:
    commodity = normalize_commodity(options.get("commodity_type"))
    with_defor = options.get("include_deforestation", "false").lower() == "true"
    out, issues = [], {}
    absent = protected = with_loss = 0
    total_area = loss_area = 0.0
    for index, feature in enumerate(features):
        geometry = feature.get("geometry")
        props = dict(feature.get("properties") or {})
        area, area_source, area_issue = plot_area(geometry, props, commodity)
        issue = _shape_issue(geometry) or area_issue
        if issue:
            issues[issue] = issues.get(issue, 0) + 1
        rng = rng_for(geometry, "plot")
        presence = round(rng.uniform(0.55, 1.0) if rng.random() > 0.12 else rng.uniform(0, 0.2), 3)
        in_protected = rng.random() < 0.04
        absent += presence < 0.3
        protected += in_protected
        total_area += area
        props.update(place_of(geometry))
        props.update(location_type="plot", plot_index=index, area_ha=round(area, 4), area_source=area_source,
                     shape_validity="valid" if not issue else issue, commodity_type=commodity or "auto-detected",
                     commodity_presence=presence, protected_area_overlap=in_protected, sandbox=True)
        if with_defor and geometry:
            defor = plot_deforestation(geometry, area)
            loss_area += defor["noncompliance_area"]
            with_loss += defor["noncompliance_area"] > 0
            props.update(deforestation_area_ha=defor["noncompliance_area"],
                         deforestation_alert=defor["deforestation_alert"])
        props["risk"] = "high" if (issue or in_protected or props.get("deforestation_area_ha", 0) > 0.5) else (
            "medium" if presence < 0.3 else "low")
        out.append({"type": "Feature", "properties": props, "geometry": geometry})
    n = len(out)
    collection: Dict[str, Any] = {
        "sandbox": True, "note": SYNTHETIC_NOTE, "total_plots": n, "total_plot_area_ha": round(total_area, 4),
        "plot_validity": {
            "shape_validity": {"risk": _risk(sum(issues.values()), n), "issues": issues},
            "commodity_presence": {"risk": _risk(absent, n), "commodity_absence_count": absent},
            "protected_area_overlap": {"risk": _risk(protected, n), "protected_area_overlap_count": protected},
        },
    }
    if with_defor:
        collection["deforestation"] = {
            "risk": _risk(with_loss, n), "plots_with_deforestation": with_loss,
            "deforestation_area_ha": round(loss_area, 4),
            "plot_deforestation_pct": round(100 * loss_area / total_area, 4) if total_area else 0.0}
    volume = options.get("production_volume")
    if volume:
        expected = total_area * 2.5  # t/ha/yr, a generic yield
        deviation = 100 * (float(volume) - expected) / expected if expected else 0.0
        collection["circumvention"] = {"risk": "high" if deviation > 50 else "low",
                                       "deviation_pct": round(deviation, 2)}
    categories = {k: v for k, v in (("shape_validity", sum(issues.values())), ("commodity_absence", absent),
                                   ("protected_area", protected), ("deforestation", with_loss)) if v}
    risks = [v["risk"] for v in collection["plot_validity"].values()] + [
        collection.get("deforestation", {}).get("risk", "low")]
    overall = "high" if "high" in risks else ("medium" if "medium" in risks else "low")
    collection["overall"] = {"risk": overall, "investigate_categories": categories}
    return {"type": "FeatureCollection", "properties": collection, "features": out}


def _facility_signals(geometry: dict, place: Dict[str, str], commodity: Optional[str], options: Dict[str, str]):
    rng = rng_for(geometry, "facility")
    lon, lat = geometry["coordinates"][:2]
    band = latitude_class(commodity, lat)
    producer_country = is_producing_country(commodity, place["country_code"]) if place["country_code"] else False
    if band in ("beyond",) or not producer_country:
        presence = 0.0
    elif band == "unlikely":
        presence = round(rng.uniform(0.1, 0.6), 2)
    else:
        presence = 1.0 if rng.random() < 0.7 else round(rng.uniform(0.3, 0.95), 2)
    radius = to_float(options.get("commodity_radius"))
    if radius is not None and radius > 0 and presence > 0:  # a smaller search area finds less of the commodity
        presence = round(presence * min(1.0, radius / DEFAULT_RADIUS_M) ** 0.5, 2)
    poi, building, density, road = (int(rng.random() < 0.65), int(rng.random() < 0.75), int(rng.random() < 0.15),
                                    int(rng.random() < 0.8))
    signals: Dict[str, Any] = {
        "commodity_presence": presence,
        "poi_presence": poi,
        "building_presence": building,
        "high_density": density,
        # check_road_access=false: not checked, no value (scored as missing data, i.e. 0, as the Facility Validation
        # page's "Error Handling" says: a guess); the draw is made either way so the other signals stay the same
        "road_access": road if options.get("check_road_access") != "false" else None,
        "water_access": int(rng.random() < 0.35) if options.get("check_water_access") == "true" else None,
        "port_proximity": int(rng.random() < 0.15) if options.get("check_port_proximity") == "true" else None,
    }
    if options.get("include_deforestation") == "true":
        signals["deforestation_area_ha"] = round(rng.choice([0, 0, 0, 12.5, 150.0, 1250.0]) * rng.uniform(0.5, 1.5), 2)
    warning = None
    if presence == 0:
        warning = "outside commodity zone" if producer_country else "country does not produce this commodity"
    elif signals["road_access"] == 0 and not signals["poi_presence"]:
        warning = "no infrastructure nearby"
    return signals, warning


def screen_facilities(features: List[Dict[str, Any]], options: Dict[str, str]) -> Dict[str, Any]:
    chosen = normalize_commodity(options.get("commodity_type"))
    radius = to_float(options.get("commodity_radius"))
    out = []
    for index, feature in enumerate(features):
        geometry = feature.get("geometry")
        props = dict(feature.get("properties") or {})
        # the sandbox's stand-in for auto-detection: a commodity column of the file
        commodity = chosen or normalize_commodity(first_present(
            {k.lower(): v for k, v in props.items()}, "commodity_type", "commodity", "crop", "cultivo"))
        producer = extract_producer_name(props)
        base = {"location_type": "facility", "sandbox": True,
                "facility_id": str(first_present(props, "facility_id", "id") or index + 1),
                "commodity_type": commodity or "timber"}
        if not geometry or geometry.get("type") != "Point" or not geometry.get("coordinates"):
            props.update(base, confidence_score=None, confidence_level="invalid",
                         confidence_comment="Geometry is null or empty: no scoring performed",
                         primary_warning="invalid geometry", producer_name=producer or None)
            out.append({"type": "Feature", "properties": props, "geometry": None})
            continue
        place = place_of(geometry)
        signals, warning = _facility_signals(geometry, place, commodity, options)
        score = score_facility(signals)
        confirmation = round(rng_for(geometry, producer).uniform(0.3, 1.0), 2) if producer else 0.0
        if options.get("include_legality_check") == "true":
            props.update(legality_answer(geometry, place, commodity))
        if radius is not None:
            props["commodity_radius"] = radius
        props.update(base, **signals, country=place["country"] or props.get("country", ""),
                     country_code=place["country_code"], admin1=place["admin1"],
                     confidence_score=score.score, confidence_level=score.level,
                     producer_name=producer or None, producer_confirmation_score=confirmation,
                     producer_confirmed=confirmation >= 0.6, primary_warning=warning,
                     aggregation_comment=f"Sandbox rule-based analysis: {score.score:.2f} score")
        out.append({"type": "Feature", "properties": props, "geometry": geometry})
    return {"type": "FeatureCollection", "properties": facility_summary(out), "features": out}


def facility_summary(features: List[Dict[str, Any]]) -> Dict[str, Any]:
    props = [f["properties"] for f in features]
    scored = [p for p in props if p.get("confidence_score") is not None]
    levels = {"high": 0, "medium": 0, "low": 0}
    for p in props:
        levels[p["confidence_level"]] = levels.get(p["confidence_level"], 0) + 1
    summary: Dict[str, Any] = {"sandbox": True, "note": SYNTHETIC_NOTE, "total_facilities": len(props)}
    for key in ("commodity_presence", "poi_presence", "high_density", "road_access", "water_access",
                "port_proximity"):
        values = [p.get(key) for p in scored if p.get(key) is not None]
        if values or key not in ("water_access", "port_proximity"):
            summary[key] = sum(1 for v in values if v and v > 0)
    summary["confidence_score"] = round(sum(p["confidence_score"] for p in scored) / len(scored), 4) if scored else 0
    summary["confidence_level"] = levels
    confirmed = sum(1 for p in props if p.get("producer_confirmed"))
    summary["producer_confirmed"] = {"true": confirmed, "false": len(props) - confirmed}
    return summary
