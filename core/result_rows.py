"""Result rows for layers: typed values, dashboard column aliases and the derived fields.

Each result kind has a schema (field name, type, alias). :func:`derive_row` turns
an API feature's properties into a row that has every schema field, numbers as
numbers, and the verdicts of ``risk`` and ``confidence``. The QGIS side writes
these rows as they are; it adds no logic of its own.
"""

from __future__ import annotations

import json
import sys
from math import isfinite
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from . import coercion as _values
from .coercion import (
    INT64_MAX,
    INT64_MIN,
    NUL_REMOVED,
    TOO_LARGE_AS_REAL,
    TOO_LARGE_LEFT_EMPTY,
    add_note,
    clean_text,
    finding,
    first_present,
    fits_int64,
    is_blank,
    to_bool,
    to_float,
    to_int,
    without_nul,
)
from .confidence import PENALTY_KEYS, score_facility
from .eu_benchmark import eu_fields_of_row
from .risk import (
    DATA_ERROR_FIELD,
    PLOT_DATA_ERROR,
    PLOT_METRIC,
    PRODUCER_METRICS,
    assessment_type,
    compliance_status,
    data_error,
    nc_percent,
    plot_status,
    producer_numbers,
    read_metric,
    skip_reason,
)
from .second_opinion import second_opinion_fields

Field = Tuple[str, str, str]  # name, type (string|integer|real|datetime), alias

#: EU country benchmarking (Implementing Regulation (EU) 2025/1093), on every producer, facility and screened plot
EU_FIELDS: List[Field] = [("eu_country_risk", "string", "EU country risk"), ("eu_check_share", "integer", "EU check %")]

#: Seed 002's second opinion on a drill-down plot, shown beside Epoch's status (never instead of it): numbers and
#: codes only; the map tip and the dock write its sentences when shown (``layers/styles/explanations.py``).
SECOND_OPINION_FIELDS: List[Field] = [
    ("second_opinion", "string", "Second opinion"), ("second_opinion_score", "real", "Second opinion score"),
    ("second_opinion_country", "real", "2nd: country"), ("second_opinion_loss", "real", "2nd: forest loss"),
    ("second_opinion_alert", "real", "2nd: alert"), ("second_opinion_alert_area", "real", "2nd: alert area"),
    ("second_opinion_uncertainty", "real", "2nd: uncertainty"),
    ("second_opinion_loss_percent", "real", "2nd: forest loss %"),
    ("second_opinion_alert_date", "string", "2nd: alert date"),
    ("second_opinion_country_code", "string", "2nd: country code"),
    ("second_opinion_country_risk", "string", "2nd: country risk"),
    ("second_opinion_country_from", "string", "2nd: country from"),
    ("second_opinion_reasons", "string", "2nd: reasons"),
    ("second_opinion_disagrees", "integer", "Epoch and 2nd opinion disagree"),
]

SOURCE_KEY = "epoch_source_fid"

ASSESSMENT_FIELDS: List[Field] = [
    ("company_name", "string", "Producer"), ("commodity", "string", "Commodity"), ("admin1", "string", "Admin 1"),
    ("country", "string", "Country"), ("assessment_type", "string", "Assessment"), ("status", "string", "Status"),
    ("noncompliance_plot_count", "integer", "NC Plots"), ("nc_percent", "real", "NC %"),
    ("legality_risk", "string", "Article 10"), ("ingestion_date", "datetime", "Date"),
    ("status_key", "string", "Status key"), ("risk_rank", "integer", "Risk rank"),
    ("skip_reason", "string", "Skip reason"), ("locations_confidence", "string", "Locations confidence"),
    ("noncompliance_area_ha", "real", "NC area (ha)"), ("noncompliance_area_perc", "real", "NC area fraction"),
    ("noncompliance_area_rate", "real", "NC rate"), ("area_ha_supply_shed", "real", "Supply shed (ha)"),
    ("stat_type", "string", "Stat type"), ("collection_id", "string", "Collection"),
    ("supplier_id", "string", "Supplier ID"), ("facility_geo", "string", "Facility location"),
    ("metadata", "string", "Metadata (JSON)"), ("country_code", "string", "Country code"),
    (DATA_ERROR_FIELD, "string", "Data error"), *EU_FIELDS,
]

PLOT_FIELDS: List[Field] = [
    ("plotid", "string", "Plot"), ("uuid", "string", "UUID"), ("status", "string", "Status"),
    ("status_key", "string", "Status key"), ("area", "real", "Area (ha)"),
    ("noncompliance_area", "real", "NC area (ha)"), ("noncompliance_area_perc", "real", "NC area fraction"),
    ("deforestation_alert", "string", "Alert"), ("deforestation_confidence", "string", "Confidence"),
    ("deforestation_start", "string", "Loss from"), ("deforestation_end", "string", "Loss to"),
    ("collection_id", "string", "Collection"), (DATA_ERROR_FIELD, "string", "Data error"), *SECOND_OPINION_FIELDS,
]

FACILITY_FIELDS: List[Field] = [
    ("facility_id", "string", "Facility ID"), ("address", "string", "Address"),
    ("commodity_type", "string", "Commodity"), ("country", "string", "Country"),
    ("confidence_score", "real", "Score"), ("confidence_level", "string", "Level"),
    ("commodity_presence", "real", "Comm. Presence"), ("poi_presence", "real", "POI"),
    ("building_presence", "real", "Building"), ("road_access", "real", "Road"), ("water_access", "real", "Water"),
    ("port_proximity", "real", "Port"), ("high_density", "real", "High Density"),
    ("producer_name", "string", "Producer Name"), ("producer_confirmed", "integer", "Confirmed"),
    ("primary_warning", "string", "Warning"), ("deforestation_area_ha", "real", "Deforestation (ha)"),
    ("score", "real", "Recomputed score"), ("level", "string", "Recomputed level"),
    *[(f"penalty_{key}", "real", f"Penalty: {label}") for key, label, _ in PENALTY_KEYS],
    (SOURCE_KEY, "integer", "Source feature"), *EU_FIELDS,
]

SCREENED_PLOT_FIELDS: List[Field] = [
    ("status", "string", "Status"), ("status_key", "string", "Status key"), ("risk", "string", "Risk"),
    ("area_ha", "real", "Area (ha)"), ("shape_validity", "string", "Shape"),
    ("commodity_presence", "real", "Comm. Presence"), ("protected_area_overlap", "integer", "Protected area"),
    ("deforestation_area_ha", "real", "Deforestation (ha)"), ("deforestation_alert", "string", "Alert"),
    ("country", "string", "Country"), ("admin1", "string", "Admin 1"), (SOURCE_KEY, "integer", "Source feature"),
    (DATA_ERROR_FIELD, "string", "Data error"), *EU_FIELDS,
]

#: Properties Epoch (or the sandbox) sends beside a kind's own columns, kept as they come, and their aliases: the
#: attribute table and identify panel show them by name as they show the kind's own (the sandbox's answers,
#: ``sandbox/``; ``data_note`` is the writer's, :data:`~.coercion.DATA_NOTE_FIELD`).
KNOWN_EXTRA_ALIASES: Dict[str, str] = {
    SOURCE_KEY: "Source feature", "noncompliance_area_ha": "Non-compliant area (ha)", "sandbox": "Sandbox data",
    "country_code": "Country code", "commodity_type": "Commodity", "location_type": "Location type",
    "plot_index": "Plot index", "area_source": "Area source", "plot_count": "Plots", "data_note": "Data note",
}

SCHEMAS: Dict[str, List[Field]] = {
    "assessments": ASSESSMENT_FIELDS, "plots": PLOT_FIELDS, "facilities": FACILITY_FIELDS,
    "screened_plots": SCREENED_PLOT_FIELDS,
}

_CONVERT = {"real": to_float, "integer": to_int}
_FLOAT_MAX = sys.float_info.max
#: The longest text :func:`~.values.is_blank` can take for "nothing" (every text, should that list go)
_LONGEST_BLANK = max(map(len, getattr(_values, "_NULL_WORDS", ())), default=sys.maxsize)
_BLANK_WORDS = _values._NULL_WORDS  # what is_blank reads as "nothing" in a stripped text


def _typed(fields: List[Field], props: Mapping[str, Any], too_large: List[str]) -> Dict[str, Any]:
    """All schema fields, converted (numbers from strings, booleans to 0/1, blanks to None).

    An integer beyond what a GeoPackage INTEGER holds (64 bits) is left empty and its field name
    added to ``too_large``: GDAL would store it clamped, and a count shown as -1 or 2^63 is a lie.
    Plain JSON numbers and clean strings take a fast path: this runs once per feature of a
    100,000-feature download.
    """
    row: Dict[str, Any] = {}
    get, longest_blank, blank_words = props.get, _LONGEST_BLANK, _BLANK_WORDS
    for name, kind, _ in fields:
        value = get(name)
        if value is None:
            row[name] = None
            continue
        kind_of = type(value)
        if kind_of is str and kind == "string":  # the usual text: only a short one can spell "nothing"
            text = value.strip()
            row[name] = None if len(text) <= longest_blank and text.lower() in blank_words else text
        elif kind_of is float and kind == "real":
            row[name] = value if isfinite(value) else None
        elif kind == "real":
            if kind_of is int:
                row[name] = float(value) if -_FLOAT_MAX <= value <= _FLOAT_MAX else None
                if row[name] is None:
                    too_large.append(name)
            else:
                row[name] = value if kind_of is float and isfinite(value) else to_float(value)
        elif kind == "integer":
            if kind_of is int:
                row[name] = value if INT64_MIN <= value <= INT64_MAX else None
            elif kind_of is not float and isinstance(to_bool(value), bool):
                row[name] = int(to_bool(value))
            else:
                number = to_float(value)
                row[name] = int(number) if number is not None and fits_int64(number) else None
            if row[name] is None and (kind_of is int or to_float(value) is not None):
                too_large.append(name)
        elif is_blank(value):
            row[name] = None
        else:
            row[name] = value.strip() if kind_of is str else clean_text(value)
    return row


def parse_metadata(value: Any) -> Dict[str, Any]:
    """The ``metadata`` JSON string (or object) as a dict; ``{}`` when absent or unreadable."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.strip():
        try:
            parsed = json.loads(value)
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {}


def facility_point(props: Mapping[str, Any]) -> Optional[Tuple[float, float]]:
    """Lon/lat of ``facility_geo`` (a WKT point) from the row or its metadata, or ``None``."""
    wkt = first_present(props, "facility_geo") or parse_metadata(props.get("metadata")).get("facility_geo")
    if not isinstance(wkt, str):
        return None
    text = wkt.strip().upper()
    if not text.startswith("POINT"):
        return None
    inner = text[text.find("(") + 1:text.rfind(")")].split()
    if len(inner) < 2:
        return None
    lon, lat = to_float(inner[0]), to_float(inner[1])
    if lon is None or lat is None or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


class _LookedUp:
    """The regions of many points, found in one vectorised query (``RegionIndex.lookup_points``), answering
    :meth:`lookup` as the index itself would (the index answers any other point)."""

    def __init__(self, index: Any, points: Sequence[Optional[Tuple[float, float]]]) -> None:
        self._index = index
        wanted = list(dict.fromkeys(p for p in points if p is not None))
        self._regions = dict(zip(wanted, index.lookup_points(wanted))) if wanted else {}

    def lookup(self, lon: float, lat: float) -> Any:
        found = self._regions.get((lon, lat), _UNKNOWN)
        return self._index.lookup(lon, lat) if found is _UNKNOWN else found


_UNKNOWN = object()


def countries_of(points: Sequence[Optional[Tuple[float, float]]]) -> Any:
    """A country index for :func:`derive_row` (its ``countries``) knowing the country of each of ``points``
    (lon, lat) already: 10,000 plots cost one spatial query rather than 10,000 point tests. ``None`` when
    the world map cannot be read (the country then stays unknown, as without it)."""
    from .countries import world_index

    try:
        index = world_index()
    except OSError:
        return None
    return _LookedUp(index, points) if index is not None else None


def derive_row(kind: str, props: Mapping[str, Any], has_geometry: bool = True, *,
               point: Optional[Tuple[float, float]] = None, producer_country: Any = None,
               countries: Any = None) -> Dict[str, Any]:
    """The typed row of a result feature of ``kind`` (see :data:`SCHEMAS`), extra properties kept.

    A drill-down plot's second opinion takes its country from the plot's own field, else from where
    ``point`` (lon, lat, a vertex of the plot) lies, else from ``producer_country`` (its producer's, which
    the plot rows do not carry): computed here once, stored, and read as stored by every view.
    ``countries``: where points are looked up (:func:`countries_of`; ``None``: QGIS's world map).
    """
    props, with_nul = without_nul(props)  # GDAL would cut "NUL\u0000inside" to "NUL": the NUL goes, the rest stays
    nested = [k for k, v in props.items() if isinstance(v, (dict, list))]
    if nested:  # kept as JSON text, after the other properties
        extra = {k: v for k, v in props.items() if not isinstance(v, (dict, list))}
        extra.update({k: json.dumps(props[k]) for k in nested})
    else:
        extra = dict(props)
    metrics: Tuple[str, ...] = ()  # verdict numbers that may hold a value that cannot be used: emptied then
    checked: Tuple[str, ...] = ()  # verdict numbers whose problems data_error states
    if kind == "assessments":
        numbers = producer_numbers(props)  # read once: the status, NC % and the skip reason all depend on them
        error = numbers.error
        status = compliance_status(props, error, numbers)
        meta = parse_metadata(props.get("metadata"))
        point = facility_point(props)
        derived = {"assessment_type": assessment_type(props), "status": status.label, "status_key": status.key,
                   "risk_rank": status.rank, "nc_percent": nc_percent(props, numbers),
                   "skip_reason": skip_reason(props, status, error),
                   "country": first_present(props, "country", "country_code"),
                   "supplier_id": first_present(meta, "supplier_id", "supplierId", "supplier"),
                   "facility_geo": f"POINT({point[0]} {point[1]})" if point else None,
                   DATA_ERROR_FIELD: error or None}
        derived.update(eu_fields_of_row(props, point))  # the country field, else where the facility is
        checked = PRODUCER_METRICS
        metrics = PRODUCER_METRICS if error else ()  # no error: every verdict number was read as it is
    elif kind in ("plots", "screened_plots"):
        metric = PLOT_METRIC if kind == "plots" else "deforestation_area_ha"
        status = plot_status(props, metric)
        unusable = status is PLOT_DATA_ERROR  # which is when data_error has something to say
        derived = {"status": status.label, "status_key": status.key,
                   DATA_ERROR_FIELD: (data_error(props, (metric,)) or None) if unusable else None}
        if kind == "screened_plots":
            derived.update(eu_fields_of_row(props))
        else:  # a drill-down plot: the second opinion beside Epoch's verdict (see core.second_opinion)
            derived.update(second_opinion_fields(props, country_value=producer_country, point=point,
                                                 countries=countries,
                                                 epoch_status_key=clean_text(props.get("status_key")) or status.key))
        metrics = (metric,) if unusable else ()
        checked = (metric,)
    elif kind == "facilities":
        score = score_facility(props, has_geometry)
        derived = {"score": score.score, "level": score.level,
                   "address": first_present(props, "facility_address", "address", "facility_name"),
                   "facility_id": first_present(props, "facility_id", "id", "name")}
        derived.update({f"penalty_{c.key}": c.penalty for c in score.checks})
        derived.update(eu_fields_of_row(props))
    else:
        raise ValueError(f"unknown result kind {kind!r}")
    extra.update(derived)
    too_large: List[str] = []
    row = _typed(SCHEMAS[kind], extra, too_large)
    for name in metrics:  # a value that cannot be used is shown in data_error, not guessed at ("0,07", -5)
        if read_metric(name, props.get(name))[1]:
            row[name] = None
    huge = []
    for name, value in extra.items():
        if name not in row:
            row[name] = value
            if type(value) is int and not INT64_MIN <= value <= INT64_MAX:
                huge.append(name)
    for name in with_nul:  # data_note holds codes (core.coercion.finding), worded when shown
        add_note(row, finding(NUL_REMOVED, name))
    for name in too_large:
        if name not in checked:  # a verdict number says so in data_error
            add_note(row, finding(TOO_LARGE_LEFT_EMPTY, name, props.get(name)))
    for name in huge:
        _as_real(name, row)
    return row


def _as_real(name: str, row: Dict[str, Any]) -> None:
    """An extra property's integer beyond 64 bits, kept as a real (GDAL would clamp it), with a note."""
    value = row[name]
    try:
        row[name] = float(value)
        add_note(row, finding(TOO_LARGE_AS_REAL, name, value))
    except OverflowError:
        row[name] = None
        add_note(row, finding(TOO_LARGE_LEFT_EMPTY, name, value))
