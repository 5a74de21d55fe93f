"""One facility checked where the user points: the row kept for each check, and the points refused.

Epoch's facility validation (``GET /validate_facility?geometry=POINT(lon lat)``) scores one location as
a first-mile aggregation facility. Each check is kept as one row of the "Checked facilities" layer:
the facility's answer typed and scored exactly as screened facilities are (:func:`~.derive.derive_row`,
the penalty breakdown of :mod:`.confidence`), plus when and with which options it was asked, plus its
legality answer (:mod:`.legality`; the sources themselves go to a related table keyed by ``check_id``).

A point is refused before any request when it is not on land: outside the world's coordinates, or
where the offline country map (:mod:`.countries`) finds no country (the sea, a large lake). A port's
pier may lie just off the map's coast line, so a point within :data:`COAST_TOLERANCE_DEG` of a country
is taken as on land.
"""

from __future__ import annotations

import json
import math
import uuid
from datetime import datetime, timezone
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .legality import LEGALITY_FIELDS, LegalitySource, legality_fields, read_sources
from .result_rows import FACILITY_FIELDS, SOURCE_KEY, Field, derive_row

CHECK_FIELDS: List[Field] = [
    ("check_id", "string", "Check"), ("checked_at", "datetime", "Checked at (UTC)"),
    ("longitude", "real", "Longitude"), ("latitude", "real", "Latitude"),
    ("commodity_radius", "real", "Commodity radius (m)"), ("options_sent", "string", "Options sent (JSON)"),
]
#: The schema of the "Checked facilities" layer: the check, the facility as screened facilities have it, legality.
CHECKED_FACILITY_FIELDS: List[Field] = [
    *CHECK_FIELDS, *[f for f in FACILITY_FIELDS if f[0] != SOURCE_KEY], *LEGALITY_FIELDS]

#: Degrees around a point looked at before calling it "at sea" (about 2 km at the equator).
COAST_TOLERANCE_DEG = 0.02
OUTSIDE_WORLD, AT_SEA = "outside_world", "at_sea"


class FacilityAnswerError(ValueError):
    """The answer holds no facility result for the point asked (said in words)."""


def point_refusal(lon: float, lat: float, countries: Any = "default") -> Optional[str]:
    """Why no facility can be checked at (lon, lat): :data:`OUTSIDE_WORLD`, :data:`AT_SEA`, or ``None``.

    ``countries``: a :class:`~.countries.RegionIndex` (the bundled world map by default). Without a
    world map nothing is refused as "at sea": the server then judges the point.
    """
    if not (isinstance(lon, (int, float)) and isinstance(lat, (int, float))) or not (
            math.isfinite(lon) and math.isfinite(lat)) or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return OUTSIDE_WORLD
    if countries == "default":
        from .countries import world_index

        countries = world_index()
    if countries is None:
        return None
    step = COAST_TOLERANCE_DEG
    around = [(lon, lat)] + [(lon + dx * step, lat + dy * step) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                             if dx or dy]
    for x, y in around:
        if -180 <= x <= 180 and -90 <= y <= 90 and countries.lookup(x, y) is not None:
            return None
    return AT_SEA


def point_wkt(lon: float, lat: float) -> str:
    """``POINT(lon lat)`` as the API's ``geometry`` parameter takes it (shortest exact decimals)."""
    return f"POINT({lon!r} {lat!r})"


def answer_feature(answer: Any) -> Dict[str, Any]:
    """The one feature of a ``/validate_facility`` answer (a FeatureCollection, or a bare Feature)."""
    if isinstance(answer, dict) and answer.get("type") == "Feature":
        return answer
    features = answer.get("features") if isinstance(answer, dict) else None
    if not isinstance(features, list) or not features or not isinstance(features[0], dict):
        raise FacilityAnswerError("the server's answer holds no facility result for this point")
    return features[0]


def new_check_id() -> str:
    """A key no other check has (the related sources table joins on it)."""
    return uuid.uuid4().hex


def checked_row(feature: Mapping[str, Any], lon: float, lat: float, options: Mapping[str, Any], *,
                check_id: Optional[str] = None, checked_at: Optional[datetime] = None,
                ) -> Tuple[Dict[str, Any], List[LegalitySource]]:
    """The layer row of one check (every field of :data:`CHECKED_FACILITY_FIELDS`, extra answer fields kept)
    and the facility's legality sources, read from the answer's ``feature``."""
    props = feature.get("properties")
    props = dict(props) if isinstance(props, dict) else {}
    sources = read_sources(props.pop("legality_sources", None))
    row = derive_row("facilities", props, True)
    row.pop(SOURCE_KEY, None)
    row.pop("legality_sources", None)
    when = (checked_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    radius = options.get("commodity_radius")
    row.update({
        "check_id": check_id or new_check_id(),
        "checked_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "longitude": float(lon), "latitude": float(lat),
        "commodity_radius": float(radius) if isinstance(radius, (int, float)) else None,
        "options_sent": json.dumps({k: v for k, v in sorted(options.items()) if v is not None}),
    })
    row.update(legality_fields(props, sources))
    return row, sources


def point_geometry(lon: float, lat: float) -> Dict[str, Any]:
    return {"type": "Point", "coordinates": [float(lon), float(lat)]}
