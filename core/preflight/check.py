"""The preflight check: issue codes per feature from geometry measures, properties and country polygons."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from ..coercion import clean_text, is_blank, to_float
from ..commodities import is_producing_country, latitude_class, normalize_commodity
from ..countries import CELL_DEGREES
from ..eu_benchmark import preflight_values
from ..iso3166 import is_country_code
from ..naming import producer_name_columns
from .codes import CODES, INFO, OK, severity_of
from .measures import ACCEPTED, Measure, measure

BATCH = 5_000  # features measured together: fast under shapely 2, bounded memory for a million
MIN_AREA_HA, POINT_MAX_HA, API_MAX_HA = 0.0001, 4.0, 100_000.0
#: A declared ``Area`` is "clearly" not the plot drawn when it is off the geodesic area by more than a quarter of
#: it and by more than 0.1 ha (see :func:`area_differs`).
AREA_TOLERANCE_SHARE, AREA_TOLERANCE_HA = 0.25, 0.1
ISO2 = re.compile(r"^[A-Za-z]{2}$")
NAME_PROPERTIES = ("ProductionPlace", "ProducerName")  # what names a feature in a message, besides its id

#: (source id, shapely geometry or None, properties, has M values)
Item = Tuple[Any, Any, Mapping[str, Any], bool]


@dataclass(frozen=True)
class Finding:
    """One issue: its code, severity, English sentence and the values the sentence was made from
    (``CODES[code][1].format(**values)``), for the QGIS side to say it in the user's language."""

    code: str
    severity: str
    message: str
    values: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class FeatureReport:
    source_fid: Any
    findings: List[Finding] = field(default_factory=list)
    area_ha: Optional[float] = None
    country_iso2: str = ""

    @property
    def codes(self) -> List[str]:
        """The issues: errors and warnings (informational notes such as the EU country risk left out)."""
        return [f.code for f in self.findings if f.severity != INFO]

    @property
    def all_codes(self) -> List[str]:
        """Issues and informational notes, as the preflight layer lists them."""
        return [f.code for f in self.findings]

    @property
    def severity(self) -> str:
        return severity_of(self.codes) if self.findings else OK

    def add(self, code: str, **values: Any) -> None:
        severity, template = CODES[code]
        self.findings.append(Finding(code, severity, template.format(**values), dict(values)))


def _invalidity_code(reason: str) -> str:
    text = reason.lower()
    if "self-intersection" in text:
        return "self_intersection"
    if "too few points" in text:
        return "too_few_points"
    return "invalid_geometry"


def _plain_reason(reason: str) -> str:
    return reason.split("[")[0].strip() or "GEOS gives no reason"


def _geometry_findings(report: FeatureReport, m: Measure, has_m: bool) -> bool:
    """Geometry codes; returns False when nothing more can be checked on this geometry."""
    if m.kind is None:
        report.add("null_geometry")
        return False
    if m.empty:
        report.add("empty_geometry")
        return False
    if m.kind not in ACCEPTED:
        report.add("unsupported_type", kind=m.kind)
        return False
    lines = [k for k in m.members if k not in ACCEPTED or k == "GeometryCollection"]
    if lines:  # a collection is checked member by member: a line in it is refused like a line alone
        report.add("unsupported_type", kind=f"A GeometryCollection holding a {lines[0]}")
        return False
    if m.out_of_range:
        report.add("out_of_range")
        return False
    if m.has_z or has_m:
        dims = [w for w, f in (("Z", m.has_z), ("M", has_m)) if f]  # also kept as a list: the QGIS side words it
        report.add("z_or_m_values", what=" and ".join(dims), dims=dims)
    if m.low_share > 0.5:
        report.add("low_precision", share=m.low_share)
    if not m.valid:
        code = _invalidity_code(m.reason)
        report.add(code, **({"reason": _plain_reason(m.reason)} if code != "too_few_points" else {}))
        if m.broken:
            return False
    if m.collapsed:
        reason = "" if m.valid_rounded else _plain_reason(m.rounded_reason)
        after = f", which makes it invalid ({reason})" if reason else ""
        report.add("vertices_collapse_at_6_decimals", count=m.collapsed, after=after, invalid_reason=reason)
    if m.holes:
        report.add("hole", count=m.holes)
    if (m.kind == "MultiPolygon" or m.members) and m.parts > 1 and m.polygonal:
        report.add("multipart", count=m.parts)
    return True


@lru_cache(maxsize=64)
def _name_columns(keys: Tuple[str, ...]) -> Tuple[str, ...]:
    """The columns that may name the producer (``naming.extract_producer_name``'s), once per set of columns:
    the label of each of 100,000 features with findings would rank the same columns again."""
    return tuple(producer_name_columns(keys))


def feature_label(fid: Any, props: Mapping[str, Any]) -> str:
    """``Feature 7 (Finca Uno)``: the source id and, when the feature has one, its place or producer name."""
    name = next((clean_text(props.get(key)) for key in NAME_PROPERTIES if clean_text(props.get(key))), "")
    name = name or next((text for text in map(clean_text, map(props.get, _name_columns(tuple(props)))) if text), "")
    if len(name) > 60:
        name = name[:57] + "..."
    return f"Feature {fid}" + (f" ({name})" if name else "")


def _misspelt_area(props: Mapping[str, Any]) -> str:
    """The name of a field ``area`` or ``AREA`` holding a value the EU ignores (its names are case-sensitive)."""
    for key, value in props.items():
        if key != "Area" and str(key).lower() == "area" and not is_blank(value):
            return str(key)
    return ""


def area_differs(declared: float, measured: float) -> bool:
    """Whether a polygon's declared ``Area`` clearly is not the area of the outline drawn.

    The EU GeoJSON File Description v1.3 (rule 9 of the shared summary) defines ``Area`` as the plot's area in
    hectares; the EU system does not compare it with the polygon, so a wrong value passes unnoticed. Surveys,
    GPS walks and the ellipsoid used make honest values differ by a few percent, so only a difference larger
    than a quarter of the geodesic area and than 0.1 ha (the area a 30 m square covers: GPS noise on a small
    plot) is reported.
    """
    gap = abs(declared - measured)
    return gap > AREA_TOLERANCE_SHARE * measured and gap > AREA_TOLERANCE_HA


def _area_findings(report: FeatureReport, m: Measure, props: Mapping[str, Any], commodity: Optional[str],
                   location_type: str) -> None:
    raw = props.get("Area")  # the EU's property names are case-sensitive
    given = raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else None
    polygonal = m.polygonal
    if not polygonal and location_type == "facility":
        report.area_ha = given
        return  # a facility is not a plot of land: the EU's point rules are for plots

    def feature() -> str:  # built only for a finding: most features have none
        return feature_label(report.source_fid, props)

    text = raw.strip() if isinstance(raw, str) else None
    if text:
        report.add("area_not_number", feature=feature(), value=raw)
    if polygonal:
        report.area_ha = m.area_ha
        declared = given if given is not None else (to_float(text) if text else None)  # "5,84": still compared
        pure = not any(k in ("Point", "MultiPoint") for k in m.members)  # a point member has no drawn area
        if declared is not None and m.valid and pure and area_differs(declared, m.area_ha):
            report.add("area_differs", feature=feature(), declared=f"{declared:g}", measured=f"{m.area_ha:.2f}")
        if m.area_ha > API_MAX_HA:
            report.add("plot_over_100000ha", area=m.area_ha)
        elif m.area_ha < MIN_AREA_HA and m.valid:  # an invalid outline's area means nothing (a bow tie is ~0)
            report.add("area_below_minimum", feature=feature(), area=f"{m.area_ha:.6f}")
        return
    # a point (or multipoint) plot: Area says how large the plot it stands for is
    report.area_ha = given
    if raw is None or text == "":
        misspelt = _misspelt_area(props)
        hint = f" (the field {misspelt!r} is ignored: the EU reads only 'Area')" if misspelt else ""
        report.add("point_without_area", feature=feature(), hint=hint, misspelt=misspelt)
        return
    value = given if given is not None else (to_float(text) if text else None)  # "5,5": still measured
    if value is None:
        return
    if value < MIN_AREA_HA:
        report.add("area_below_minimum", feature=feature(), area=value)
    elif value > POINT_MAX_HA and commodity != "cattle":  # cattle points are establishments: no 4 ha limit
        report.add("point_over_4ha", feature=feature(), area=value)


def _country_findings(report: FeatureReport, props: Mapping[str, Any], found: Optional[Tuple[str, str]]) -> None:
    code, name = found or ("", "")
    report.country_iso2 = code
    given = props.get("ProducerCountry")
    text = given.strip() if isinstance(given, str) else ""
    if not text:
        report.add("missing_producer_country", problem="is missing", given="")
    elif not ISO2.match(text):
        report.add("missing_producer_country", problem=f"{text!r} is not a two-letter code", given=text)
    elif not is_country_code(text):
        report.add("producer_country_not_iso", given=text)
    elif code and text.upper() != code:
        report.add("producer_country_mismatch", given=text.upper(), found=f"{name} ({code})")
    risk = _risk_finding(report.country_iso2 or (text.upper() if is_country_code(text) else ""))
    if risk is not None:  # informational: standard and high-risk countries mean more checks (9 %, 3 %)
        report.findings.append(risk)


@lru_cache(maxsize=256)
def _risk_finding(iso2: str) -> Optional[Finding]:
    """The ``eu_country_risk`` finding of a country (the same for each of its plots: made once)."""
    values = preflight_values(iso2)
    if not values:
        return None
    severity, template = CODES["eu_country_risk"]
    return Finding("eu_country_risk", severity, template.format(**values), dict(values))


def _facility_findings(report: FeatureReport, m: Measure, commodity: Optional[str]) -> None:
    if not commodity or m.point is None:
        return
    latitude = m.point[1]
    band = latitude_class(commodity, latitude)
    if band == "unlikely":
        report.add("latitude_unlikely", lat=latitude, commodity=commodity)
    elif band == "beyond":
        report.add("latitude_beyond_viable", lat=latitude, commodity=commodity)
    if report.country_iso2 and not is_producing_country(commodity, report.country_iso2):
        report.add("country_not_producer", country=report.country_iso2, commodity=commodity)


def check_features(items: Iterable[Item], *, location_type: str = "plot", commodity: Optional[str] = None,
                   countries=None) -> Iterator[FeatureReport]:
    """Reports in input order; ``countries`` is a ``RegionIndex`` (or ``None`` to skip country checks)."""
    commodity = normalize_commodity(commodity)
    seen: Dict[bytes, Any] = {}
    batch: List[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH:
            yield from _check_batch(batch, location_type, commodity, countries, seen)
            batch = []
    if batch:
        yield from _check_batch(batch, location_type, commodity, countries, seen)


def _regions(countries, points: Sequence[Optional[Tuple[float, float]]]) -> List[Any]:
    """The region of each point: one by one where the points share a few grid cells (a producer's plots: the
    index answers a cell lying inside one country from memory, ten times faster than testing each point), in
    one vectorised query where they are spread out (the same answers either way)."""
    if countries is None:
        return [None] * len(points)
    lookup = getattr(countries, "lookup", None)
    cells = {(math.floor(p[0] / CELL_DEGREES), math.floor(p[1] / CELL_DEGREES)) for p in points
             if p is not None and math.isfinite(p[0]) and math.isfinite(p[1])}
    if lookup is not None and len(cells) * 20 <= len(points):
        return [None if p is None else lookup(*p) for p in points]
    return countries.lookup_points(points)


def _check_batch(batch: Sequence[Item], location_type: str, commodity: Optional[str], countries,
                 seen: Dict[bytes, Any]) -> Iterator[FeatureReport]:
    measures = measure([geometry for _, geometry, _, _ in batch])
    located = [m.point for m in measures]
    regions = _regions(countries, located)
    for (fid, _geometry, props, has_m), m, region in zip(batch, measures, regions):
        report = FeatureReport(fid)
        if _geometry_findings(report, m, has_m):
            _area_findings(report, m, props, commodity, location_type)
            found = (region.code, region.name) if region is not None and ISO2.match(region.code or "") else None
            _country_findings(report, props, found)
            if countries is not None and region is None and m.point is not None:
                report.add("plot_outside_countries")
            if location_type == "facility":
                _facility_findings(report, m, commodity)
            if m.key:
                if m.key in seen:
                    report.add("duplicate_geometry", other=seen[m.key])
                else:
                    seen[m.key] = fid
        yield report
