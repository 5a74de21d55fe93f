"""The rules the fake service applies beyond the schema, after the "EUDR Information System - Operator API
Reference" v1.0, section 10.3, and the EU GeoJSON file description v1.3.

:func:`business_errors` are refused at once (a ``BusinessRulesValidationException`` fault);
:func:`geolocation_reasons` make a statement REJECTED after the processing delay, with the reasons in its
``rejectionReason``. Error IDs are written with hyphens, as the real service's answers write them; those the
notes do not list (net mass, quantities, species, grouping, producers) are the fake's own, in the same style.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ...core.eu_is.statement import EXPORT, IMPORT, REPRESENTATIVE_OPERATOR, Statement

MAX_PRODUCERS_PER_STATEMENT = 10_000
MAX_GEOLOCATION_BYTES = 25 * 1024 * 1024
POINT_AREA_DEFAULT_HA, POINT_AREA_MAX_HA, POINT_AREA_MIN_HA = 4.0, 4.0, 0.0001
#: HS headings whose commodity is wood (Annex I of Regulation (EU) 2023/1115: chapter 44, pulp and paper
#: chapters 47 and 48, printed books 49, wooden furniture 9401/9403, prefabricated buildings 9406).
WOOD_PREFIXES = ("44", "47", "48", "49", "9401", "9403", "9406")
CATTLE_PREFIXES = ("0102", "0201", "0202", "0206", "4101", "4104", "4107")

Entry = Tuple[str, str, str]  # (ID, message, field)


def _number(value: Any) -> Optional[Decimal]:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def business_errors(statement: Statement, operator_eori: str, known: Dict[str, str]) -> List[Entry]:
    """What the service refuses at once. ``operator_eori``: the submitting account's operator's EORI;
    ``known``: reference number -> status of the statements that exist (for grouping)."""
    errors: List[Entry] = []
    rep = statement.represented_operator
    if statement.operator_role == REPRESENTATIVE_OPERATOR and rep is None:
        errors.append(("EUDR-REPRESENTED-OPERATOR-MISSING", "An authorised representative must give the represented "
                       "operator (name, address and at least one identifier)", "representedOperator"))
    if statement.activity in (IMPORT, EXPORT):
        eori = (next((i.value for i in rep.identifiers if i.type == "eori" and i.value), "") if rep is not None
                else operator_eori)
        if not eori:
            errors.append(("EUDR-OPERATOR-EORI-FOR-ACTIVITY-MISSING", "The operator must have an EORI identifier "
                           "if the activity type IMPORT or EXPORT is selected", "activityType"))
    total = 0
    for number, line in enumerate(statement.commodities, start=1):
        where = f"commodities[{number}]"
        net, unit = _number(line.net_mass_kg), _number(line.supplementary_unit)
        if statement.activity in (IMPORT, EXPORT) and net is None:
            errors.append(("EUDR-COMMODITIES-DESCRIPTORS-NET-MASS-MISSING", "The net mass is mandatory for IMPORT "
                           "and EXPORT", f"{where}.descriptors.goodsMeasure.netWeight"))
        if net is None and unit is None:
            errors.append(("EUDR-COMMODITIES-DESCRIPTORS-QUANTITY-MISSING", "At least one quantity must be "
                           "provided per commodity", f"{where}.descriptors.goodsMeasure"))
        if any(v is not None and v <= 0 for v in (net, unit)):
            errors.append(("EUDR-COMMODITIES-DESCRIPTORS-QUANTITY-NOT-POSITIVE", "Quantities must all be positive",
                           f"{where}.descriptors.goodsMeasure"))
        if unit is not None and not line.supplementary_unit_qualifier:
            errors.append(("EUDR-COMMODITIES-DESCRIPTORS-SUPPLEMENTARY-UNIT-TYPE-MISSING",
                           "A supplementary unit needs its type (qualifier)",
                           f"{where}.descriptors.goodsMeasure.supplementaryUnitQualifier"))
        if line.hs_heading.startswith(WOOD_PREFIXES) and not any(s.scientific_name and s.common_name
                                                                 for s in line.species):
            errors.append(("EUDR-COMMODITIES-SPECIES-INFORMATION-MISSING", "Wood needs at least one scientific "
                           "name and common name", f"{where}.speciesInfo"))
        for position, producer in enumerate(line.producers, start=1):
            if "unreadable" in producer.geometry:
                errors.append(("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", "The geolocation is not Base64-encoded "
                               "GeoJSON", f"{where}.producers[{position}].geometryGeojson"))
        total += len(line.producers)
    if total > MAX_PRODUCERS_PER_STATEMENT:
        errors.append(("EUDR-MAXIMUM-PRODUCERS-REACHED", f"At most {MAX_PRODUCERS_PER_STATEMENT} producers per "
                       "statement", "commodities.producers"))
    if statement.geolocation_bytes() > MAX_GEOLOCATION_BYTES:
        errors.append(("EUDR-MAXIMUM-GEO-SIZE-REACHED", "The geolocation data of a statement cannot exceed 25 MB",
                       "commodities.producers.geometryGeojson"))
    for reference in statement.associated_statements:
        if known.get(reference) not in ("AVAILABLE", "ARCHIVED"):
            errors.append(("EUDR-REFERENCED-DDS-NOT-AVAILABLE", f"The referenced statement {reference} does not "
                           "exist or is not AVAILABLE", "groupedDeclarations"))
    return errors


# -- geolocation -------------------------------------------------------------------------------------------------
def _geometries(geojson: Dict[str, Any]) -> Iterable[Tuple[Dict[str, Any], Dict[str, Any]]]:
    """(geometry, properties) pairs of a FeatureCollection, a Feature or a bare geometry."""
    kind = geojson.get("type")
    if kind == "FeatureCollection":
        for feature in geojson.get("features") or []:
            if isinstance(feature, dict):
                yield from _geometries(feature)
    elif kind == "Feature":
        geometry = geojson.get("geometry")
        yield (geometry if isinstance(geometry, dict) else {}), (geojson.get("properties") or {})
    elif kind == "GeometryCollection":
        for geometry in geojson.get("geometries") or []:
            yield geometry if isinstance(geometry, dict) else {}, {}
    else:
        yield geojson, {}


def _positions(coordinates: Any) -> Iterable[Sequence[Any]]:
    if isinstance(coordinates, (list, tuple)) and coordinates and isinstance(coordinates[0], (int, float)):
        yield coordinates
    elif isinstance(coordinates, (list, tuple)):
        for item in coordinates:
            yield from _positions(item)


def _rings(geometry: Dict[str, Any]) -> List[Any]:
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        return list(coords or [])
    if kind == "MultiPolygon":
        return [ring for polygon in coords or [] for ring in polygon or []]
    return []


def _geometry_reasons(geometry: Dict[str, Any], props: Dict[str, Any], cattle: bool) -> List[Tuple[str, str]]:
    kind = geometry.get("type")
    if kind not in ("Point", "MultiPoint", "Polygon", "MultiPolygon"):
        return [("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", f"geometry type {kind!r} is not allowed (points and "
                 "polygons only)")]
    reasons = []
    positions = list(_positions(geometry.get("coordinates")))
    if not positions:
        reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", "the geometry has no coordinates"))
    for position in positions:
        if len(position) < 2 or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in position[:2]):
            reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", f"position {list(position)} is not a number "
                            "pair"))
            break
        lon, lat = position[0], position[1]
        if not -90 <= lat <= 90:
            reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-LATITUDE-INVALID", f"latitude {lat} is out of range"))
            break
        if not -180 <= lon <= 180:
            reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-LONGITUDE-INVALID", f"longitude {lon} is out of range"))
            break
    for ring in _rings(geometry):
        if not isinstance(ring, list) or len(ring) < 4 or ring[0] != ring[-1]:
            reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", "a polygon ring is not closed or has fewer "
                            "than 4 positions"))
            break
    if kind == "Polygon" and len(geometry.get("coordinates") or []) > 1:
        reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-INVALID", "a polygon has a hole"))
    if kind in ("Point", "MultiPoint"):
        area = _number(props.get("Area", POINT_AREA_DEFAULT_HA))
        if area is None or area < Decimal(str(POINT_AREA_MIN_HA)) or (area > POINT_AREA_MAX_HA and not cattle):
            reasons.append(("EUDR-COMMODITIES-PRODUCER-GEO-AREA-INVALID", f"the Area of a point ({props.get('Area')})"
                            f" must be between {POINT_AREA_MIN_HA} and {POINT_AREA_MAX_HA:g} ha (above only for "
                            "cattle)"))
    return reasons


def geolocation_reasons(statement: Statement) -> List[str]:
    """``ID: commodity N, producer M: why`` for each production place the geolocation rules refuse."""
    reasons = []
    for number, line in enumerate(statement.commodities, start=1):
        cattle = line.hs_heading.startswith(CATTLE_PREFIXES)
        for position, producer in enumerate(line.producers, start=1):
            for geometry, props in _geometries(dict(producer.geometry)):
                for error_id, why in _geometry_reasons(geometry, props, cattle):
                    reasons.append(f"{error_id}: commodity {number}, producer {position} ({producer.name or '-'}):"
                                   f" {why}")
    return reasons
