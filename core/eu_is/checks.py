"""Everything the EU Information System would refuse in a statement, found before anything is sent.

Three sources, each named in the problem's sentence:

- the V3 schemas (release 8.2.1, ``eudr/common/v3`` and ``due-diligence-statement/v3``): lengths, patterns,
  quantities with at most 6 decimals below 10^10, EU member state codes for the country of activity and the
  border crossing, at most 200 commodity lines (100 in the "Operator API Reference" v1.0 text: the smaller is
  kept);
- the business rules of the "EUDR Information System - Operator API Reference" v1.0, section 10.3: an EORI and a
  net mass for IMPORT and EXPORT, at least one quantity per commodity, all positive, a supplementary unit with its
  qualifier, species (scientific and common name) for wood, the represented operator of an authorised
  representative; at most 1,000 producers per commodity, 10,000 per statement, 25 MB of geolocation;
- the EU GeoJSON file description v1.3, through the preflight's own check
  (:func:`~epoch_eudr.core.preflight.check_features`) run on the GeoJSON exactly as it is sent, decoded back from
  its Base64.

Each finding is a :class:`Problem` (a code of :data:`PROBLEMS`, its English sentence and the values it was made
from, for the QGIS side to say it in the user's language); :func:`refuse` raises them together as one
:class:`StatementRefused`, an :class:`~.errors.EuIsError` of kind ``refused``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

from ..iso3166 import is_country_code
from ..preflight import check_features, parse_geometry
from ..preflight.codes import CODES, ERROR
from ..preflight.traces import MAX_BYTES, MAX_PRODUCERS
from .errors import REFUSED, EuIsError
from .hs_headings import SOURCE, clean_heading, commodity_of, is_wood
from .statement import (
    ACTIVITIES,
    EXPORT,
    IDENTIFIER_TYPES,
    IMPORT,
    OPERATOR_ROLES,
    REPRESENTATIVE_OPERATOR,
    CommodityLine,
    Producer,
    Statement,
)

MAX_PRODUCERS_PER_COMMODITY = MAX_PRODUCERS  # the EU export's bundle rule, the same limit
MAX_PRODUCERS_PER_STATEMENT = 10_000
MAX_GEOLOCATION_BYTES = MAX_BYTES  # 25 MB once Base64-encoded (core.preflight.traces says why)
MAX_COMMODITIES = 100
#: ``EuropeanCountryType``: the member states and XI (Northern Ireland).
EU_COUNTRIES = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI".split())
#: Schema lengths (``maxLength``) of the free texts.
LIMITS = {"internalReferenceNumber": 50, "descriptionOfGoods": 150, "comment": 2000, "producer name": 500,
          "scientificName": 200, "commonName": 200, "operatorName": 200, "street": 300, "postalCode": 80,
          "city": 200, "fullAddress": 250, "identifierValue": 80, "operatorEmail": 200, "operatorPhone": 50}
EORI = re.compile(r"^[A-Z]{2}[A-Z0-9]{1,15}$")
QUALIFIER = re.compile(r"^[A-Za-z0-9]{3,4}$")
#: A production place as the statement numbers it (the feature: the source layer's feature id).
PLACE = "Commodity {line}, producer {producer} ({name}), feature {feature}"
EMAIL = re.compile(r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$")
REFERENCE = re.compile(r"^[A-Z0-9]{1,14}$")
MAX_QUANTITY = Decimal("9999999999.999999")

#: code -> English template (the params of :class:`Problem` fill it).
PROBLEMS: Dict[str, str] = {
    "eu_is_check_activity": "Activity '{value}' is not one of DOMESTIC, IMPORT, EXPORT.",
    "eu_is_check_role": "Operator role '{value}' is not one of OPERATOR, REPRESENTATIVE_OPERATOR.",
    "eu_is_check_too_long": "{field} has {length} characters; the EU Information System takes at most {limit}.",
    "eu_is_check_eu_country": "{field} '{value}' is not the code of an EU member state (or XI, Northern Ireland).",
    "eu_is_check_eori_missing": "Activity {activity} needs the operator's EORI number.",
    "eu_is_check_eori_format": "'{value}' is not an EORI number: the country's two letters, then up to 15 letters "
                               "or digits.",
    "eu_is_check_represented_missing": "An authorised representative's statement needs the represented operator: "
                                       "name, address (country, street, postal code, city) and an identifier.",
    "eu_is_check_identifier": "Identifier type '{value}' of the represented operator is not one of {types}.",
    "eu_is_check_email": "'{value}' is not an e-mail address.",
    "eu_is_check_country": "{field} '{value}' is not an ISO 3166-1 alpha-2 country code.",
    "eu_is_check_reference": "Associated statement '{value}' is not a reference number (up to 14 letters and "
                             "digits).",
    "eu_is_check_commodities": "{count} commodity lines: at most {limit} in one statement.",
    "eu_is_check_hs_format": "Commodity {line}: HS heading '{value}' must be 2 to 6 digits.",
    "eu_is_check_hs_annex": "Commodity {line}: HS heading {value} is not in {source}: only the listed products of "
                            "cattle, cocoa, coffee, oil palm, rubber, soya and wood are declared.",
    "eu_is_check_description": "Commodity {line}: give a description of the goods.",
    "eu_is_check_net_mass_missing": "Commodity {line}: activity {activity} needs the net mass (kg).",
    "eu_is_check_quantity_missing": "Commodity {line}: give the net mass (kg) or a supplementary unit.",
    "eu_is_check_quantity_format": "Commodity {line}: {field} '{value}' is not a number with at most 6 decimals "
                                   "below 10,000,000,000.",
    "eu_is_check_quantity_not_positive": "Commodity {line}: {field} must be more than 0 (it is {value}).",
    "eu_is_check_qualifier_missing": "Commodity {line}: a supplementary unit needs its qualifier (3 or 4 letters, "
                                     "such as NAR or MTQ).",
    "eu_is_check_qualifier_format": "Commodity {line}: the supplementary unit qualifier '{value}' must be 3 or 4 "
                                    "letters or digits.",
    "eu_is_check_qualifier_alone": "Commodity {line}: a supplementary unit qualifier ('{value}') without the "
                                   "supplementary unit.",
    "eu_is_check_species_missing": "Commodity {line} (HS {heading}) is wood: give at least one species with its "
                                   "scientific and common name.",
    "eu_is_check_no_producers": "Commodity {line}: no production place to declare.",
    "eu_is_check_producers_per_commodity": "Commodity {line}: {count} producers, but at most {limit} per commodity "
                                           "fit in one statement: split it into {parts} statements.",
    "eu_is_check_producers_per_statement": "{count} producers, but at most {limit} fit in one statement: split it "
                                           "into {parts} statements.",
    "eu_is_check_geolocation_size": "{size_mb:.1f} MB of geolocation, but one statement carries at most "
                                    "{limit_mb:.2f} MB (25 MB once Base64-encoded): split it into {parts} statements.",
    "eu_is_check_place": PLACE + ": {finding}",
    "eu_is_check_place_named": "{finding}",  # the preflight's sentence names the place (PLACE) itself
    "eu_is_check_place_country": "Commodity {line}, producer {producer} ({name}): country '{value}' is not an "
                                 "ISO 3166-1 alpha-2 code.",
    "eu_is_check_field_missing": "The layer has no field '{field}' for the {role} (fields: {fields}).",
    "eu_is_check_place_no_geometry": "{feature}: no geometry; a production place needs its point or polygon.",
    "eu_is_check_place_no_producer": "{feature}: no producer name in the field '{field}'.",
    "eu_is_check_place_no_country": "{feature}: no producer country in the field '{field}' (the two-letter ISO "
                                    "code).",
    "eu_is_check_nothing": "No production place to declare: the layer or the selection has no feature.",
}


@dataclass(frozen=True)
class Problem:
    """One thing the service would refuse: ``code`` (of :data:`PROBLEMS`), ``message`` (English), ``params``."""

    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)


def problem(code: str, **params: Any) -> Problem:
    return Problem(code, PROBLEMS[code].format(**params), params)


class StatementRefused(EuIsError):
    """The statement was not sent: ``problems`` lists every finding, the first one is the message's."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: List[Problem] = list(problems)
        first = self.problems[0]
        more = f" ({len(self.problems) - 1} more problem(s) found)" if len(self.problems) > 1 else ""
        super().__init__(first.message + more, kind=REFUSED, operation="submitDds", code=first.code,
                         params={**first.params, "more": len(self.problems) - 1})


def refuse(problems: Sequence[Problem]) -> None:
    """Raise :class:`StatementRefused` when there is any problem."""
    if problems:
        raise StatementRefused(problems)


# -- the parts -------------------------------------------------------------------------------------------------
def _length(found: List[Problem], name: str, value: str) -> None:
    if value and len(value) > LIMITS[name]:
        found.append(problem("eu_is_check_too_long", field=name, length=len(value), limit=LIMITS[name]))


def quantity(value: Any) -> Optional[Decimal]:
    """A quantity as the schema takes it (``DecimalSixteenTotalSixPrecType``), or ``None`` when it cannot be one."""
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or abs(number) > MAX_QUANTITY or number != number.quantize(Decimal("0.000001")):
        return None
    return number


def _operator(statement: Statement, found: List[Problem]) -> None:
    if statement.activity not in ACTIVITIES:
        found.append(problem("eu_is_check_activity", value=statement.activity))
    if statement.operator_role not in OPERATOR_ROLES:
        found.append(problem("eu_is_check_role", value=statement.operator_role))
    _length(found, "internalReferenceNumber", statement.internal_reference)
    _length(found, "comment", statement.comment)
    for name, value in (("countryOfActivity", statement.country_of_activity),
                        ("borderCrossCountry", statement.border_cross_country)):
        if value and value.upper() not in EU_COUNTRIES:
            found.append(problem("eu_is_check_eu_country", field=name, value=value))
    rep = statement.represented_operator
    eori = statement.eori.strip().upper()
    if rep is not None:
        eori = eori or next((i.value.strip().upper() for i in rep.identifiers if i.type == "eori"), "")
    if statement.activity in (IMPORT, EXPORT) and not eori:
        found.append(problem("eu_is_check_eori_missing", activity=statement.activity))
    if eori and not EORI.match(eori):
        found.append(problem("eu_is_check_eori_format", value=eori))
    if statement.operator_role == REPRESENTATIVE_OPERATOR:
        address = rep.address if rep is not None else None
        complete = address is not None and all((address.country, address.street, address.postal_code, address.city))
        if rep is None or not rep.name.strip() or not complete or not (rep.identifiers or eori):
            found.append(problem("eu_is_check_represented_missing"))
    if rep is not None:
        _represented(rep, found)
    for reference in statement.associated_statements:
        if not REFERENCE.match(reference.strip()):
            found.append(problem("eu_is_check_reference", value=reference))


def _represented(rep, found: List[Problem]) -> None:
    _length(found, "operatorName", rep.name)
    for ident in rep.identifiers:
        if ident.type not in IDENTIFIER_TYPES:
            found.append(problem("eu_is_check_identifier", value=ident.type, types=", ".join(IDENTIFIER_TYPES)))
        _length(found, "identifierValue", ident.value)
    if rep.address is not None:
        if rep.address.country and not is_country_code(rep.address.country.upper()):
            found.append(problem("eu_is_check_country", field="operatorAddress.country", value=rep.address.country))
        for name, value in (("street", rep.address.street), ("postalCode", rep.address.postal_code),
                            ("city", rep.address.city), ("fullAddress", rep.address.full_address)):
            _length(found, name, value)
    if rep.email and not EMAIL.match(rep.email):
        found.append(problem("eu_is_check_email", value=rep.email))
    _length(found, "operatorEmail", rep.email)
    _length(found, "operatorPhone", rep.phone)


def _quantities(line: CommodityLine, number: int, activity: str, found: List[Problem]) -> None:
    given = {}
    for name, value in (("netWeight", line.net_mass_kg), ("supplementaryUnit", line.supplementary_unit),
                        ("percentageEstimationOrDeviation", line.percentage_estimation)):
        if value is None or str(value).strip() == "":
            continue
        amount = quantity(value)
        if amount is None:
            found.append(problem("eu_is_check_quantity_format", line=number, field=name, value=str(value)))
        elif amount <= 0 and name != "percentageEstimationOrDeviation":
            found.append(problem("eu_is_check_quantity_not_positive", line=number, field=name, value=str(value)))
        given[name] = amount
    if activity in (IMPORT, EXPORT) and "netWeight" not in given:
        found.append(problem("eu_is_check_net_mass_missing", line=number, activity=activity))
    elif "netWeight" not in given and "supplementaryUnit" not in given:
        found.append(problem("eu_is_check_quantity_missing", line=number))
    qualifier = line.supplementary_unit_qualifier.strip()
    if "supplementaryUnit" in given and not qualifier:
        found.append(problem("eu_is_check_qualifier_missing", line=number))
    elif qualifier and not QUALIFIER.match(qualifier):
        found.append(problem("eu_is_check_qualifier_format", line=number, value=qualifier))
    elif qualifier and "supplementaryUnit" not in given:
        found.append(problem("eu_is_check_qualifier_alone", line=number, value=qualifier))


def _commodity(line: CommodityLine, number: int, activity: str, found: List[Problem]) -> None:
    heading = clean_heading(line.hs_heading)
    if not re.match(r"^[0-9]{2,6}$", heading):
        found.append(problem("eu_is_check_hs_format", line=number, value=line.hs_heading))
    elif commodity_of(heading) is None:
        found.append(problem("eu_is_check_hs_annex", line=number, value=heading, source=SOURCE))
    if not line.description.strip():
        found.append(problem("eu_is_check_description", line=number))
    _length(found, "descriptionOfGoods", line.description)
    _quantities(line, number, activity, found)
    if is_wood(heading) and not any(s.scientific_name.strip() and s.common_name.strip() for s in line.species):
        found.append(problem("eu_is_check_species_missing", line=number, heading=heading))
    for species in line.species:
        _length(found, "scientificName", species.scientific_name)
        _length(found, "commonName", species.common_name)
    if not line.producers:
        found.append(problem("eu_is_check_no_producers", line=number))
    elif len(line.producers) > MAX_PRODUCERS_PER_COMMODITY:
        found.append(problem("eu_is_check_producers_per_commodity", line=number, count=len(line.producers),
                             limit=MAX_PRODUCERS_PER_COMMODITY,
                             parts=math.ceil(len(line.producers) / MAX_PRODUCERS_PER_COMMODITY)))
    for position, producer in enumerate(line.producers, start=1):
        _length(found, "producer name", producer.name)
        if not is_country_code(producer.country.upper()):
            found.append(problem("eu_is_check_place_country", line=number, producer=position,
                                 name=producer.name or "-", value=producer.country))


def _limits(statement: Statement, found: List[Problem]) -> None:
    if len(statement.commodities) > MAX_COMMODITIES:
        found.append(problem("eu_is_check_commodities", count=len(statement.commodities), limit=MAX_COMMODITIES))
    count = statement.producer_count()
    if count > MAX_PRODUCERS_PER_STATEMENT:
        found.append(problem("eu_is_check_producers_per_statement", count=count, limit=MAX_PRODUCERS_PER_STATEMENT,
                             parts=math.ceil(count / MAX_PRODUCERS_PER_STATEMENT)))
    size = statement.geolocation_bytes()
    if size > MAX_GEOLOCATION_BYTES:
        found.append(problem("eu_is_check_geolocation_size", size_mb=size / 1e6,
                             limit_mb=MAX_GEOLOCATION_BYTES / 1e6,
                             parts=math.ceil(size / MAX_GEOLOCATION_BYTES)))


# -- geolocation: the preflight on what is sent -----------------------------------------------------------------
def _features_sent(producer: Producer) -> List[Tuple[Dict[str, Any], Dict[str, Any]]]:
    """(geometry, properties) of each feature of a producer's GeoJSON, decoded from the Base64 that is sent."""
    sent = Producer.decode_geometry(producer.geometry_base64())
    if sent.get("type") == "FeatureCollection":
        return [(f.get("geometry") or {}, f.get("properties") or {}) for f in sent.get("features") or []
                if isinstance(f, dict)]
    if sent.get("type") == "Feature":
        return [(sent.get("geometry") or {}, sent.get("properties") or {})]
    return [(sent, {})]


def geolocation_problems(statement: Statement, labels: Optional[Mapping[Tuple[int, int, int], Any]] = None,
                         countries=None) -> Tuple[List[Problem], List[Problem]]:
    """(errors, warnings) of the preflight check on every production place as sent. ``labels`` names a feature by
    (commodity line, producer, feature) numbers from 1 (the source layer's feature id); ``countries`` a
    ``RegionIndex`` for the country checks (warnings only; ``None`` skips them)."""
    labels = labels or {}  # (line, producer, feature) -> the source's feature id
    keys: List[Tuple[int, int, int, str]] = []

    def items() -> Iterator[tuple]:
        for number, line in enumerate(statement.commodities, start=1):
            for position, producer in enumerate(line.producers, start=1):
                for index, (geometry, props) in enumerate(_features_sent(producer), start=1):
                    keys.append((number, position, index, producer.name or "-"))
                    label = labels.get((number, position, index), index)
                    yield label, parse_geometry(geometry), props, False

    errors: List[Problem] = []
    warnings: List[Problem] = []
    heading = {n: commodity_of(line.hs_heading) for n, line in enumerate(statement.commodities, start=1)}
    for report, (number, position, _index, name) in zip(_checked(items(), heading, keys, countries), keys):
        for finding in report.findings:
            target = errors if finding.severity == ERROR else warnings
            if finding.code == "eu_country_risk" or (finding.severity != ERROR and len(warnings) >= 50):
                continue
            place = {"line": number, "producer": position, "name": name, "feature": report.source_fid}
            if "feature" in finding.values:  # its sentence starts with the feature ("{feature}: ..."): named once
                values = {**finding.values, "feature": PLACE.format(**place)}
                target.append(problem("eu_is_check_place_named", **place, finding=CODES[finding.code][1].format(
                    **values), finding_code=finding.code, finding_values=_raw_quantities(values)))
                continue
            target.append(problem("eu_is_check_place", **place, finding=finding.message, finding_code=finding.code,
                                  finding_values=_raw_quantities(finding.values)))
    return errors, warnings


def _raw_quantities(values: Mapping[str, Any]) -> Dict[str, Any]:
    """A finding's values with its areas (ha) as numbers: the preflight words them in English ("2.54"); the
    numbers let the plugin write them as the user's locale does ("2,54")."""
    raw = dict(values)
    for key in ("declared", "measured", "area"):
        if isinstance(raw.get(key), str):
            try:
                raw[key] = float(raw[key])
            except ValueError:
                pass
    return raw


def _checked(items: Iterator[tuple], commodities: Mapping[int, Optional[str]], keys: List[tuple], countries):
    """The preflight's reports, the commodity of each line given (cattle points have no 4 ha limit)."""
    if len(set(commodities.values())) <= 1:
        commodity = next(iter(commodities.values()), None)
        yield from check_features(items, location_type="plot", commodity=commodity, countries=countries)
        return
    for item in items:  # several commodities: each feature checked with its line's (rare; one at a time)
        yield from check_features([item], location_type="plot", commodity=commodities[keys[-1][0]],
                                  countries=countries)


def check_statement(statement: Statement, labels: Optional[Mapping[Tuple[int, int, int], Any]] = None,
                    countries=None) -> Tuple[List[Problem], List[Problem]]:
    """(problems, warnings): every refusal the service would give, and the preflight's warnings on the places."""
    found: List[Problem] = []
    _operator(statement, found)
    for number, line in enumerate(statement.commodities, start=1):
        _commodity(line, number, statement.activity, found)
    _limits(statement, found)
    errors, warnings = geolocation_problems(statement, labels, countries)
    return found + errors, warnings
