"""A due diligence statement built from production places: rows of (feature id, properties, GeoJSON geometry).

The rows come from a QGIS layer (the preflight's fixed layer, an EU-ready export, screened plots, a DDS ZIP's
GeoJSON), read on the QGIS side in EPSG:4326; everything here is plain data. Each producer (a name and a
country, from the fields the user chose) is one ``producers`` entry whose geometry is a GeoJSON FeatureCollection
of its places written by the EU export's own code (:func:`~epoch_eudr.core.preflight.traces.eu_properties` and
:func:`~epoch_eudr.core.preflight.traces.eu_geometry`: the four EU properties, 2D, truncated to 6 decimals; EU
GeoJSON file description v1.3), sent Base64-encoded.

:func:`preview` says what would be sent (counts, size) and everything the service would refuse
(:mod:`.checks`); :func:`split` cuts a statement over the limits (1,000 producers per commodity, 25 MB of
geolocation) into several, as the EU export splits its files.
"""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from dataclasses import asdict, dataclass, field, fields, replace
from decimal import ROUND_DOWN, Decimal
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from ..coercion import clean_text, to_float
from ..geodesy import geojson_area_ha
from ..preflight import BadGeometry, parse_geometry
from ..preflight.traces import eu_geometry, eu_properties
from .checks import (
    MAX_GEOLOCATION_BYTES,
    MAX_PRODUCERS_PER_COMMODITY,
    Problem,
    check_statement,
    problem,
    quantity,
)
from .hs_headings import clean_heading
from .statement import (
    OPERATOR,
    Address,
    CommodityLine,
    Number,
    OperatorIdentifier,
    Producer,
    RepresentedOperator,
    Species,
    Statement,
)

#: The EU file description's property names: the defaults of the producer and country fields.
PRODUCER_FIELD, COUNTRY_FIELD = "ProducerName", "ProducerCountry"
POINT_AREA_HA = 4.0  # a point without Area stands for 4 ha (EU GeoJSON file description v1.3)

Row = Tuple[Any, Mapping[str, Any], Optional[Mapping[str, Any]]]


@dataclass
class StatementForm:
    """What the user says about the statement, as plain values (a dialog or Processing parameters)."""

    activity: str
    hs_heading: str
    description: str
    net_mass_kg: Optional[Number] = None
    supplementary_unit: Optional[Number] = None
    supplementary_unit_qualifier: str = ""
    scientific_name: str = ""
    common_name: str = ""
    operator_role: str = OPERATOR
    eori: str = ""
    represented_operator: Optional[RepresentedOperator] = None
    country_of_activity: str = ""
    border_cross_country: str = ""
    internal_reference: str = ""
    geolocation_confidential: bool = False
    associated_statements: List[str] = field(default_factory=list)
    comment: str = ""
    producer_field: str = PRODUCER_FIELD
    country_field: str = COUNTRY_FIELD


@dataclass
class Built:
    """A statement and where its parts came from: ``labels`` (line, producer, feature) -> source feature id,
    ``weights`` per producer of the first line (hectares, for dividing quantities), ``problems`` found in the rows
    themselves (missing producer, country or geometry)."""

    statement: Statement
    labels: Dict[Tuple[int, int, int], Any] = field(default_factory=dict)
    weights: List[float] = field(default_factory=list)
    problems: List[Problem] = field(default_factory=list)
    producer_field: str = PRODUCER_FIELD
    country_field: str = COUNTRY_FIELD

    @property
    def fids(self) -> List[Any]:
        return list(self.labels.values())


@dataclass
class Preview:
    """What would be sent: counts, GeoJSON bytes, every refusal (the first is what the dock shows), warnings,
    and how many statements a split gives."""

    producers: int
    places: int
    geolocation_bytes: int
    problems: List[Problem]
    warnings: List[Problem]
    parts: int = 1

    @property
    def first_refusal(self) -> Optional[Problem]:
        return self.problems[0] if self.problems else None

    @property
    def sendable(self) -> bool:
        return not self.problems


def _number(value: Any) -> Optional[Number]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value


def _place_weight(geometry: Mapping[str, Any], props: Mapping[str, Any]) -> float:
    if geometry.get("type") in ("Point", "MultiPoint"):
        area = to_float(props.get("Area"))
        return area if area and area > 0 else POINT_AREA_HA
    try:
        return geojson_area_ha(dict(geometry))
    except (TypeError, ValueError, IndexError):
        return 0.0


def build_statement(rows: Iterable[Row], form: StatementForm) -> Built:
    """One statement with one commodity line; every row a place of its producer (name and country fields)."""
    line = CommodityLine(
        clean_heading(form.hs_heading), form.description.strip(), _number(form.net_mass_kg),
        _number(form.supplementary_unit), form.supplementary_unit_qualifier.strip().upper(),
        species=[Species(form.scientific_name.strip(), form.common_name.strip())]
        if form.scientific_name.strip() or form.common_name.strip() else [])
    statement = Statement(
        activity=form.activity.strip().upper(), commodities=[line], operator_role=form.operator_role.strip().upper(),
        internal_reference=form.internal_reference.strip(), eori=form.eori.strip().upper(),
        represented_operator=form.represented_operator,
        country_of_activity=form.country_of_activity.strip().upper(),
        border_cross_country=form.border_cross_country.strip().upper(), comment=form.comment.strip(),
        geolocation_confidential=bool(form.geolocation_confidential),
        associated_statements=[r.strip().upper() for r in form.associated_statements if r.strip()])
    built = Built(statement, producer_field=form.producer_field, country_field=form.country_field)
    mapping = {"ProducerName": form.producer_field, "ProducerCountry": form.country_field}
    groups: OrderedDict[Tuple[str, str], List[Tuple[Any, Dict[str, Any], float]]] = OrderedDict()
    checked_fields = False
    for count, row in enumerate(rows):
        fid, props, geometry = row if len(row) == 3 else (count, row[0], row[1])
        if not checked_fields:
            checked_fields = True
            missing = [(name, role) for name, role in ((form.producer_field, "producer name"),
                                                        (form.country_field, "producer country")) if name not in props]
            if missing:
                built.problems.extend(problem("eu_is_check_field_missing", field=name, role=role,
                                              fields=", ".join(map(str, props))) for name, role in missing)
                return built
        label = f"Feature {fid}"  # the English message's; the feature id (fid) is worded where it is shown
        name = clean_text(props.get(form.producer_field))[:500]
        country = clean_text(props.get(form.country_field)).upper()
        shape = parse_geometry(dict(geometry)) if geometry else None
        if not name:
            built.problems.append(problem("eu_is_check_place_no_producer", feature=label, fid=fid,
                                          field=form.producer_field))
        if not country:
            built.problems.append(problem("eu_is_check_place_no_country", feature=label, fid=fid,
                                          field=form.country_field))
        if shape is None or isinstance(shape, BadGeometry) or shape.is_empty:
            built.problems.append(problem("eu_is_check_place_no_geometry", feature=label, fid=fid))
            continue
        if not name or not country:
            continue
        eu_geo = eu_geometry(shape)
        feature = {"type": "Feature", "properties": eu_properties(props, mapping), "geometry": eu_geo}
        groups.setdefault((name, country), []).append((fid, feature, _place_weight(eu_geo, feature["properties"])))
    if not groups and not built.problems:
        built.problems.append(problem("eu_is_check_nothing"))
    for position, ((name, country), places) in enumerate(groups.items(), start=1):
        line.producers.append(Producer(country, {"type": "FeatureCollection",
                                                 "features": [feature for _, feature, _ in places]}, name))
        built.weights.append(sum(weight for _, _, weight in places))
        for index, (fid, _, _) in enumerate(places, start=1):
            built.labels[(1, position, index)] = fid
    return built


def preview(built: Built, countries=None) -> Preview:
    """Counts, size and every refusal of ``built`` (its rows' problems first), as :func:`split` would send it:
    the limits a split solves are counted in ``parts``, not refused twice."""
    statement = built.statement
    problems, warnings = check_statement(statement, built.labels, countries)
    return Preview(statement.producer_count(), len(built.labels), statement.geolocation_bytes(),
                   built.problems + problems, warnings, parts_needed(statement))


def parts_needed(statement: Statement) -> int:
    """How many statements the producers need (1,000 per commodity, 10,000 per statement, the size limit)."""
    producers = max((len(line.producers) for line in statement.commodities), default=0)
    by_count = math.ceil(producers / MAX_PRODUCERS_PER_COMMODITY) if producers else 1
    by_size = math.ceil(statement.geolocation_bytes() / MAX_GEOLOCATION_BYTES) or 1
    return max(by_count, by_size, 1)


SPLIT_CODES = frozenset({"eu_is_check_producers_per_commodity", "eu_is_check_producers_per_statement",
                         "eu_is_check_geolocation_size"})


def _shares(total: Optional[Number], weights: Sequence[float]) -> List[Optional[str]]:
    """``total`` divided in proportion to ``weights`` (6 decimals, rounded down; the rest to the last part, so the
    parts add up to the total exactly); equal parts when the weights say nothing."""
    amount = quantity(total) if total is not None else None
    if amount is None:
        return [None if total is None else str(total)] * len(weights)
    whole = sum(weights)
    if whole <= 0:
        weights, whole = [1.0] * len(weights), float(len(weights))
    step = Decimal("0.000001")
    parts = [(amount * Decimal(repr(w)) / Decimal(repr(whole))).quantize(step, ROUND_DOWN) for w in weights[:-1]]
    parts.append(amount - sum(parts, Decimal(0)))
    return [format(p.normalize(), "f") for p in parts]


def split(built: Built) -> List[Built]:
    """``built`` cut into statements within the limits, producers kept whole and in order: each part at most
    1,000 producers and 18.75 MB of GeoJSON (25 MB once Base64-encoded). The net mass and supplementary unit
    are divided in proportion to each part's area (polygons measured, points by their Area), so that the parts
    add up to the whole; the internal reference gets ``-1of3``, ``-2of3``... One statement, one commodity line."""
    statement = built.statement
    if len(statement.commodities) != 1:
        raise ValueError("split() takes a statement of one commodity line (build_statement's)")
    line = statement.commodities[0]
    groups: List[List[int]] = [[]]
    size = 0
    for index, producer in enumerate(line.producers):
        bytes_ = len(producer.geojson_bytes())
        if groups[-1] and (len(groups[-1]) >= MAX_PRODUCERS_PER_COMMODITY or size + bytes_ > MAX_GEOLOCATION_BYTES):
            groups.append([])
            size = 0
        groups[-1].append(index)
        size += bytes_
    if len(groups) == 1:
        return [built]
    weights = [sum(built.weights[i] for i in group) for group in groups]
    masses = _shares(line.net_mass_kg, weights)
    units = _shares(line.supplementary_unit, weights)
    by_producer: Dict[int, List[Tuple[int, Any]]] = {}
    for (_, producer, feature), fid in built.labels.items():
        by_producer.setdefault(producer, []).append((feature, fid))
    parts = []
    for number, group in enumerate(groups, start=1):
        suffix = f"-{number}of{len(groups)}"
        reference = (statement.internal_reference[:50 - len(suffix)] + suffix) if statement.internal_reference else ""
        part_line = replace(line, net_mass_kg=masses[number - 1], supplementary_unit=units[number - 1],
                            producers=[line.producers[i] for i in group], species=list(line.species))
        part = Built(replace(statement, commodities=[part_line], internal_reference=reference,
                             associated_statements=list(statement.associated_statements)),
                     weights=[built.weights[i] for i in group], problems=list(built.problems),
                     producer_field=built.producer_field, country_field=built.country_field)
        for position, index in enumerate(group, start=1):
            for feature, fid in by_producer.get(index + 1, []):
                part.labels[(1, position, feature)] = fid
        parts.append(part)
    return parts


# -- the form a statement was sent with (what an amendment starts from) ---------------------------------------
def form_of(built: Built) -> StatementForm:
    """The form that gives ``built``'s statement again (its first commodity line, a split part's own quantities
    and internal reference): kept with the record, so that an amendment starts from what was sent."""
    statement = built.statement
    line = statement.commodities[0] if statement.commodities else CommodityLine("", "")
    species = line.species[0] if line.species else Species()
    text = lambda value: None if value is None else str(value)  # noqa: E731 - Decimal and float alike
    return StatementForm(
        activity=statement.activity, hs_heading=line.hs_heading, description=line.description,
        net_mass_kg=text(line.net_mass_kg), supplementary_unit=text(line.supplementary_unit),
        supplementary_unit_qualifier=line.supplementary_unit_qualifier, scientific_name=species.scientific_name,
        common_name=species.common_name, operator_role=statement.operator_role, eori=statement.eori,
        represented_operator=statement.represented_operator, country_of_activity=statement.country_of_activity,
        border_cross_country=statement.border_cross_country, internal_reference=statement.internal_reference,
        geolocation_confidential=statement.geolocation_confidential,
        associated_statements=list(statement.associated_statements), comment=statement.comment,
        producer_field=built.producer_field, country_field=built.country_field)


def form_to_json(form: StatementForm) -> str:
    return json.dumps(asdict(form), ensure_ascii=False, sort_keys=True)


def form_from_json(text: str) -> Optional[StatementForm]:
    """A stored form; ``None`` for anything unreadable (a hand-edited file never breaks QGIS)."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("activity"), str):
        return None
    known = {item.name for item in fields(StatementForm)}
    values = {key: value for key, value in data.items() if key in known}
    represented = values.get("represented_operator")
    try:
        if isinstance(represented, dict):
            address = represented.get("address")
            values["represented_operator"] = RepresentedOperator(
                str(represented.get("name") or ""),
                [OperatorIdentifier(str(i.get("type") or ""), str(i.get("value") or ""))
                 for i in represented.get("identifiers") or [] if isinstance(i, dict)],
                Address(**address) if isinstance(address, dict) else None,
                str(represented.get("email") or ""), str(represented.get("phone") or ""))
        else:
            values["represented_operator"] = None
        return StatementForm(**values)
    except TypeError:
        return None
