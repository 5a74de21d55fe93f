"""Producers: the dashboard's "grouped by producer" view (one row per ``company_name``), and a submission
split the same way before it is sent: one collection per producer's plots, as the assessments of Epoch's
enforcement-dashboard guide are."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple

from .coercion import clean_text, first_present, num
from .commodities import is_supported, normalize_commodity
from .naming import producer_collection_name, suggest_collection_name, unique_names
from .risk import COMPLIANT, Status, compliance_status

UNNAMED_PRODUCER = "(no producer name)"


@dataclass
class ProducerGroup:
    """All assessments of one producer, with the group's worst status and NC plot total."""

    name: str
    rows: List[Mapping[str, Any]] = field(default_factory=list)
    worst_status: Status = COMPLIANT
    total_nc_plots: int = 0

    def add(self, props: Mapping[str, Any]) -> None:
        self.rows.append(props)
        status = compliance_status(props)
        if len(self.rows) == 1 or status.rank > self.worst_status.rank:
            self.worst_status = status
        self.total_nc_plots += int(num(props.get("noncompliance_plot_count")))


def group_by_producer(rows: Iterable[Mapping[str, Any]]) -> List[ProducerGroup]:
    """Group feature properties by producer, in order of first appearance.

    Names are matched ignoring case and repeated spaces ("ACME  Ltd" and
    "acme ltd" are one producer); the group shows the first spelling seen.
    Rows without a name form one "(no producer name)" group.
    """
    groups: Dict[str, ProducerGroup] = {}
    for props in rows:
        name = clean_text(props.get("company_name")) or UNNAMED_PRODUCER
        key = name.lower()
        group = groups.get(key)
        if group is None:
            group = groups[key] = ProducerGroup(name=name)
        group.add(props)
    return list(groups.values())


# -- a submission split into collections ---------------------------------------------------------------------

#: How a submission is split: one collection per producer (the dashboard's model: an assessment row is one
#: producer's plots, ``company_name``), or everything in one collection.
PER_PRODUCER, ONE_COLLECTION = "producer", "one"
GROUPINGS = (PER_PRODUCER, ONE_COLLECTION)


@dataclass
class PlannedCollection:
    """One collection to send: its name, producer (as first written; ``""`` when none), commodity, the
    source feature ids of its features, and its features per country (``""``: not in a country)."""

    name: str
    producer: str
    commodity: str
    source_ids: List[int] = field(default_factory=list)
    countries: Dict[str, int] = field(default_factory=dict)


@dataclass
class SubmissionPlan:
    """What a submission holds and how it goes out; nothing is sent while ``problems()`` is not empty.

    ``without_commodity``: per producer, the source ids of features with no commodity (their field blank
    or "unknown", and no commodity for rows without one); ``mixed``: features per commodity when one
    collection would hold several; ``name_conflict``: one name given for several collections.
    """

    grouping: str
    features: int = 0
    producers: List[str] = field(default_factory=list)  # named producers, as first written
    unnamed: int = 0  # features without a producer name
    countries: Dict[str, int] = field(default_factory=dict)
    collections: List[PlannedCollection] = field(default_factory=list)
    without_commodity: Dict[str, List[int]] = field(default_factory=dict)
    other_commodities: List[str] = field(default_factory=list)  # not one of Epoch's seven: its fallback model
    mixed: Dict[str, int] = field(default_factory=dict)
    name_conflict: bool = False

    def problems(self) -> List[str]:
        """Codes of what stops the submission: ``no_commodity``, ``mixed_commodities``, ``name_conflict``."""
        found = []
        if self.without_commodity:
            found.append("no_commodity")
        if self.grouping == ONE_COLLECTION and len(self.mixed) > 1:
            found.append("mixed_commodities")
        if self.name_conflict:
            found.append("name_conflict")
        return found

    def placed_countries(self) -> List[str]:
        return [name for name in self.countries if name]


def representative_point(geometry: Optional[Mapping[str, Any]]) -> Optional[Tuple[float, float]]:
    """A point of a GeoJSON Point or Polygon cheap enough for every feature of a large batch: the point
    itself, or the mean vertex of the (first) outer ring, which lies in the plot's country but at a border."""
    if not geometry:
        return None
    coords: Any = geometry.get("coordinates")
    kind = geometry.get("type")
    try:
        if kind == "Point":
            return float(coords[0]), float(coords[1])
        if kind == "MultiPoint":
            return float(coords[0][0]), float(coords[0][1])
        ring = coords[0] if kind == "Polygon" else coords[0][0] if kind == "MultiPolygon" else None
        if not ring:
            return None
        points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
        return (sum(float(p[0]) for p in points) / len(points), sum(float(p[1]) for p in points) / len(points))
    except (TypeError, ValueError, IndexError, ZeroDivisionError):
        return None


COUNTRY_FIELDS = ("country", "country_name", "ProducerCountry", "pais", "país", "pays", "negara", "land",
                  "country_code")


def location_country(index: Any = None) -> Callable[[Mapping[str, Any]], str]:
    """A function giving a GeoJSON feature's country: where it lies (QGIS's world map), else what a country
    column says, else ``""``. ``index``: a :class:`core.countries.RegionIndex` (default: the world map's)."""
    if index is None:
        from .countries import world_index

        index = world_index()

    def country_of(feature: Mapping[str, Any]) -> str:
        point = representative_point(feature.get("geometry"))
        region = index.lookup(*point) if index is not None and point else None
        if region is not None:
            return region.name
        props = feature.get("properties") or {}
        return clean_text(first_present(props, *COUNTRY_FIELDS, *(k.upper() for k in COUNTRY_FIELDS)))

    return country_of


def plan_submission(features: Iterable[Mapping[str, Any]], *, grouping: str = PER_PRODUCER,
                    producer_field: str = "", commodity_field: str = "", commodity: Optional[str] = None,
                    layer_name: str = "", name: str = "", country_of: Optional[Callable[[Mapping[str, Any]], str]]
                    = None, source_key: str = "", today: Optional[_dt.date] = None) -> SubmissionPlan:
    """Split screened features (GeoJSON, in layer order) into the collections to submit.

    Each feature's producer is its ``producer_field`` value (case and repeated spaces ignored, as the
    grouped view matches names); its commodity is its ``commodity_field`` value normalised (``Café`` ->
    coffee), else ``commodity`` (the one screened, for rows without their own). Per producer, a producer
    with two commodities makes two collections: a batch has one ``crop_type`` (Epoch's enforcement-dashboard
    guide). Names are ``{commodity}_{producer}_{date}`` (``name`` when given, for one collection), or the
    guide's ``{commodity}_{country}_{date}`` for one collection of everything; all unique.
    """
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {GROUPINGS}")
    country_of = country_of or location_country()
    fallback = normalize_commodity(commodity)
    day = today or _dt.date.today()
    plan = SubmissionPlan(grouping)
    producers: Dict[str, str] = {}
    buckets: Dict[Tuple[str, str], PlannedCollection] = {}
    for position, feature in enumerate(features):
        props = feature.get("properties") or {}
        fid = props.get(source_key, position) if source_key else position
        producer = clean_text(props.get(producer_field)) if producer_field else ""
        key = producer.lower()
        label = producers.setdefault(key, producer)
        plan.unnamed += 0 if producer else 1
        own = normalize_commodity(props.get(commodity_field)) if commodity_field else None
        chosen = own or fallback
        country = country_of(feature)
        plan.features += 1
        plan.countries[country] = plan.countries.get(country, 0) + 1
        if chosen is None:
            plan.without_commodity.setdefault(label, []).append(fid)
            continue
        if not is_supported(chosen) and chosen not in plan.other_commodities:
            plan.other_commodities.append(chosen)
        plan.mixed[chosen] = plan.mixed.get(chosen, 0) + 1
        bucket_key = (key, chosen) if grouping == PER_PRODUCER else ("", "")
        bucket = buckets.get(bucket_key)
        if bucket is None:
            bucket = buckets[bucket_key] = PlannedCollection("", label if grouping == PER_PRODUCER else "", chosen)
        bucket.source_ids.append(fid)
        bucket.countries[country] = bucket.countries.get(country, 0) + 1
    plan.producers = [label for label in producers.values() if label]
    plan.collections = list(buckets.values())
    if grouping == ONE_COLLECTION and plan.collections:
        only = plan.collections[0]
        only.commodity = next(iter(plan.mixed)) if len(plan.mixed) == 1 else "mixed"
        places = [c for c in only.countries if c]
        country = places[0] if len(places) == 1 else "_".join(places[:3]) if places else ""
        only.name = name or suggest_collection_name({"commodity_type": only.commodity, "country": country}, day)
        return plan
    if name and len(plan.collections) > 1:
        plan.name_conflict = True
    names = [name] if name and len(plan.collections) == 1 else [
        producer_collection_name(c.commodity, c.producer or layer_name, day) for c in plan.collections]
    for collection, unique in zip(plan.collections, unique_names(names)):
        collection.name = unique
    return plan
