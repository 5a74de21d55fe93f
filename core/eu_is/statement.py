"""A due diligence statement as the V3 DDS service takes it, and its XML.

The model follows ``DueDiligenceStatementBaseType`` of the V3 schema (``xsd4-due-diligence-statement-v3.xsd``,
release 8.2.1) and ``eudr/common/v3``; :func:`statement_element` writes it in the schema's element order, each
element in its schema's namespace; :func:`statement_from_element` reads one back (``getDdsByIdentifiers``
answers, the fake service). Checking the content against the schema's limits and the service's business rules
(EORI and net mass for IMPORT/EXPORT, species for wood, quantities, geolocation) is a separate step, before
sending; here only what cannot be written at all is refused.

EORI: V3 has no field for the submitting operator's own identifiers (the Information System takes them from the
operator the web service user belongs to). :attr:`Statement.eori` is therefore written only for an authorised
representative, as an ``eori`` identifier of the represented operator ("Operator API Reference" v1.0, 10.3:
name, address and at least one identifier).
"""

from __future__ import annotations

import base64
import binascii
import json
import xml.etree.ElementTree as ET  # nosec B405: builds elements; parsing is soap.parse_xml's
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List, Mapping, Optional, Union

from .errors import REFUSED, EuIsError
from .soap import COMMON_NS, DDS_NS, child, children, sub, text

OPERATOR = "OPERATOR"
REPRESENTATIVE_OPERATOR = "REPRESENTATIVE_OPERATOR"
OPERATOR_ROLES = (OPERATOR, REPRESENTATIVE_OPERATOR)
DOMESTIC, IMPORT, EXPORT = "DOMESTIC", "IMPORT", "EXPORT"
ACTIVITIES = (DOMESTIC, IMPORT, EXPORT)
#: ``IdentifierTypeType`` of eudr/common/v3.
IDENTIFIER_TYPES = ("eori", "vat", "gln", "tin", "cbr", "cin", "duns", "comp_num", "comp_reg", "oni")

Number = Union[int, float, Decimal, str]


def _invalid(message: str, field_name: str, value: Any) -> EuIsError:
    return EuIsError(message, kind=REFUSED, code="eu_is_statement_unwritable",
                     params={"field": field_name, "value": str(value)})


def decimal_text(value: Number, field_name: str) -> str:
    """A quantity as ``xs:decimal`` text (no exponent); at most 6 decimals (``DecimalSixteenTotalSixPrecType``)."""
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise _invalid(f"{field_name}: '{value}' is not a number.", field_name, value) from None
    if not number.is_finite():
        raise _invalid(f"{field_name}: '{value}' is not a finite number.", field_name, value)
    if number == number.to_integral_value():
        return str(number.quantize(Decimal(1)))
    return format(number.normalize(), "f")


@dataclass
class OperatorIdentifier:
    """An ``operatorReferenceNumber``: ``type`` one of :data:`IDENTIFIER_TYPES`, ``value`` up to 80 characters."""

    type: str
    value: str


@dataclass
class Address:
    """``AddressType`` of eudr/common/v3 (country ISO 3166-1 alpha-2)."""

    country: str
    street: str
    postal_code: str
    city: str
    full_address: str = ""


@dataclass
class RepresentedOperator:
    """The operator an authorised representative acts for (``EconomicOperatorIdentificationType``)."""

    name: str
    identifiers: List[OperatorIdentifier] = field(default_factory=list)
    address: Optional[Address] = None
    email: str = ""
    phone: str = ""


@dataclass
class Producer:
    """One production place entry: ``country`` (ISO 3166-1 alpha-2), ``geometry`` (a GeoJSON object, normally a
    FeatureCollection per the EU GeoJSON file description, sent Base64-encoded) and the producer's ``name``."""

    country: str
    geometry: Mapping[str, Any]
    name: str = ""

    def geojson_bytes(self) -> bytes:
        """The GeoJSON exactly as sent (compact UTF-8 JSON): its size counts towards the 25 MB limit."""
        return json.dumps(self.geometry, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def geometry_base64(self) -> str:
        return base64.b64encode(self.geojson_bytes()).decode("ascii")

    @staticmethod
    def decode_geometry(encoded: str) -> Dict[str, Any]:
        """The GeoJSON object behind a ``geometryGeojson`` value; ``ValueError`` when it is none."""
        try:
            value = json.loads(base64.b64decode("".join(encoded.split()), validate=True).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not Base64-encoded GeoJSON ({type(exc).__name__})") from None
        if not isinstance(value, dict):
            raise ValueError("the GeoJSON is not an object")
        return value


@dataclass
class Species:
    """``SpeciesInformationType``: needed for wood (at least one scientific + common name)."""

    scientific_name: str = ""
    common_name: str = ""


@dataclass
class CommodityLine:
    """One ``commodities`` entry: HS heading (2 to 6 digits, Annex I), description, quantities, species,
    producers. ``net_mass_kg`` and ``supplementary_unit`` are numbers (or their text); ``None`` leaves them out."""

    hs_heading: str
    description: str
    net_mass_kg: Optional[Number] = None
    supplementary_unit: Optional[Number] = None
    supplementary_unit_qualifier: str = ""
    percentage_estimation: Optional[Number] = None
    species: List[Species] = field(default_factory=list)
    producers: List[Producer] = field(default_factory=list)


@dataclass
class Statement:
    """A due diligence statement (``SubmitDdsRequest``'s ``operatorRole`` + ``statement``).

    ``associated_statements`` are the reference numbers of earlier statements this one groups
    (``groupedDeclarations``); ``internal_reference`` (up to 50 characters) is how a submission whose answer was
    lost is found again, so set it.
    """

    activity: str
    commodities: List[CommodityLine] = field(default_factory=list)
    operator_role: str = OPERATOR
    internal_reference: str = ""
    eori: str = ""
    represented_operator: Optional[RepresentedOperator] = None
    country_of_activity: str = ""
    border_cross_country: str = ""
    comment: str = ""
    geolocation_confidential: bool = False
    associated_statements: List[str] = field(default_factory=list)

    def producer_count(self) -> int:
        return sum(len(c.producers) for c in self.commodities)

    def geolocation_bytes(self) -> int:
        """Bytes of GeoJSON sent (before Base64), the measure of the 25 MB limit."""
        return sum(len(p.geojson_bytes()) for c in self.commodities for p in c.producers)

    def to_dict(self) -> Dict[str, Any]:
        """Plain data (JSON-able when quantities are numbers or text): what a record keeps of what was sent."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        values = dict(data)
        rep = values.get("represented_operator")
        if rep:
            rep = dict(rep)
            rep["identifiers"] = [OperatorIdentifier(**i) for i in rep.get("identifiers") or []]
            rep["address"] = Address(**rep["address"]) if rep.get("address") else None
            values["represented_operator"] = RepresentedOperator(**rep)
        lines = []
        for line in values.get("commodities") or []:
            line = dict(line)
            line["species"] = [Species(**s) for s in line.get("species") or []]
            line["producers"] = [Producer(**p) for p in line.get("producers") or []]
            lines.append(CommodityLine(**line))
        values["commodities"] = lines
        values["associated_statements"] = list(values.get("associated_statements") or [])
        return cls(**values)


# -- writing ---------------------------------------------------------------------------------------------------
def _represented(parent: ET.Element, statement: Statement) -> None:
    rep = statement.represented_operator
    if rep is None:
        if statement.operator_role == REPRESENTATIVE_OPERATOR:
            raise _invalid("An authorised representative's statement needs the represented operator (name, "
                           "address and at least one identifier).", "representedOperator", "")
        return
    element = sub(parent, DDS_NS, "representedOperator")
    identifiers = list(rep.identifiers)
    if statement.eori and not any(i.type == "eori" for i in identifiers):
        identifiers.insert(0, OperatorIdentifier("eori", statement.eori))
    for ident in identifiers:
        if ident.type not in IDENTIFIER_TYPES:
            raise _invalid(f"Identifier type '{ident.type}' is not one of {', '.join(IDENTIFIER_TYPES)}.",
                           "operatorReferenceNumber", ident.type)
        number = sub(element, COMMON_NS, "operatorReferenceNumber")
        sub(number, COMMON_NS, "identifierType", ident.type)
        sub(number, COMMON_NS, "identifierValue", ident.value)
    if rep.address is not None:
        addr = sub(element, COMMON_NS, "operatorAddress")
        sub(addr, COMMON_NS, "country", rep.address.country.upper())
        sub(addr, COMMON_NS, "street", rep.address.street)
        sub(addr, COMMON_NS, "postalCode", rep.address.postal_code)
        sub(addr, COMMON_NS, "city", rep.address.city)
        if rep.address.full_address:
            sub(addr, COMMON_NS, "fullAddress", rep.address.full_address)
    if rep.email:
        sub(element, COMMON_NS, "operatorEmail", rep.email)
    if rep.phone:
        sub(element, COMMON_NS, "operatorPhone", rep.phone)
    sub(element, COMMON_NS, "operatorName", rep.name)


def _commodity(parent: ET.Element, position: int, line: CommodityLine) -> None:
    element = sub(parent, DDS_NS, "commodities")
    sub(element, DDS_NS, "position", str(position))
    descriptors = sub(element, DDS_NS, "descriptors")
    sub(descriptors, COMMON_NS, "descriptionOfGoods", line.description)
    measure = sub(descriptors, COMMON_NS, "goodsMeasure")
    if line.percentage_estimation is not None:
        sub(measure, COMMON_NS, "percentageEstimationOrDeviation",
            decimal_text(line.percentage_estimation, "percentageEstimationOrDeviation"))
    if line.net_mass_kg is not None:
        sub(measure, COMMON_NS, "netWeight", decimal_text(line.net_mass_kg, "netWeight"))
    if line.supplementary_unit is not None:
        sub(measure, COMMON_NS, "supplementaryUnit", decimal_text(line.supplementary_unit, "supplementaryUnit"))
    if line.supplementary_unit_qualifier:
        sub(measure, COMMON_NS, "supplementaryUnitQualifier", line.supplementary_unit_qualifier)
    sub(element, DDS_NS, "hsHeading", str(line.hs_heading).strip())
    for species in line.species:
        info = sub(element, DDS_NS, "speciesInfo")
        if species.scientific_name:
            sub(info, DDS_NS, "scientificName", species.scientific_name)
        if species.common_name:
            sub(info, DDS_NS, "commonName", species.common_name)
    for number, producer in enumerate(line.producers, start=1):
        entry = sub(element, DDS_NS, "producers")
        sub(entry, DDS_NS, "position", str(number))
        sub(entry, DDS_NS, "country", producer.country.upper())
        if producer.name:
            sub(entry, DDS_NS, "name", producer.name)
        sub(entry, DDS_NS, "geometryGeojson", producer.geometry_base64())


def statement_element(statement: Statement, tag: str = "statement") -> ET.Element:
    """``<dds:statement>`` (a ``DueDiligenceStatementBaseType``) in the schema's element order."""
    if statement.activity not in ACTIVITIES:
        raise _invalid(f"Activity '{statement.activity}' is not one of {', '.join(ACTIVITIES)}.", "activityType",
                       statement.activity)
    if statement.operator_role not in OPERATOR_ROLES:
        raise _invalid(f"Operator role '{statement.operator_role}' is not one of {', '.join(OPERATOR_ROLES)}.",
                       "operatorRole", statement.operator_role)
    element = ET.Element(f"{{{DDS_NS}}}{tag}")
    if statement.internal_reference:
        sub(element, DDS_NS, "internalReferenceNumber", statement.internal_reference)
    sub(element, DDS_NS, "activityType", statement.activity)
    _represented(element, statement)
    if statement.country_of_activity:
        sub(element, DDS_NS, "countryOfActivity", statement.country_of_activity.upper())
    if statement.border_cross_country:
        sub(element, DDS_NS, "borderCrossCountry", statement.border_cross_country.upper())
    if statement.comment:
        sub(element, DDS_NS, "comment", statement.comment)
    for position, line in enumerate(statement.commodities, start=1):
        _commodity(element, position, line)
    sub(element, DDS_NS, "geoLocationConfidential", "true" if statement.geolocation_confidential else "false")
    for reference in statement.associated_statements:
        sub(sub(element, DDS_NS, "groupedDeclarations"), COMMON_NS, "groupedDeclaration", reference)
    return element


# -- reading ---------------------------------------------------------------------------------------------------
def _opt(element: Optional[ET.Element], name: str) -> Optional[str]:
    value = text(element, name)
    return value or None


def statement_from_element(element: ET.Element, operator_role: str = "") -> Statement:
    """A :class:`Statement` from a ``DueDiligenceStatementBaseType`` element (tolerant: unknown parts ignored,
    a geometry that is not Base64 GeoJSON kept as ``{"unreadable": <text>}``)."""
    rep = None
    rep_element = child(element, "representedOperator")
    if rep_element is not None:
        addr = child(rep_element, "operatorAddress")
        rep = RepresentedOperator(
            text(rep_element, "operatorName"),
            [OperatorIdentifier(text(i, "identifierType"), text(i, "identifierValue"))
             for i in children(rep_element, "operatorReferenceNumber")],
            Address(text(addr, "country"), text(addr, "street"), text(addr, "postalCode"), text(addr, "city"),
                    text(addr, "fullAddress")) if addr is not None else None,
            text(rep_element, "operatorEmail"), text(rep_element, "operatorPhone"))
    lines = []
    for item in children(element, "commodities"):
        measure = child(child(item, "descriptors"), "goodsMeasure")
        producers = []
        for entry in children(item, "producers"):
            encoded = text(entry, "geometryGeojson")
            try:
                geometry: Mapping[str, Any] = Producer.decode_geometry(encoded)
            except ValueError:
                geometry = {"unreadable": encoded}
            producers.append(Producer(text(entry, "country"), geometry, text(entry, "name")))
        lines.append(CommodityLine(
            text(item, "hsHeading"), text(child(item, "descriptors"), "descriptionOfGoods"),
            _opt(measure, "netWeight"), _opt(measure, "supplementaryUnit"),
            text(measure, "supplementaryUnitQualifier"), _opt(measure, "percentageEstimationOrDeviation"),
            [Species(text(s, "scientificName"), text(s, "commonName")) for s in children(item, "speciesInfo")],
            producers))
    eori = ""
    if rep is not None:
        eori = next((i.value for i in rep.identifiers if i.type == "eori"), "")
    return Statement(
        activity=text(element, "activityType"), commodities=lines,
        operator_role=operator_role or (REPRESENTATIVE_OPERATOR if rep is not None else OPERATOR),
        internal_reference=text(element, "internalReferenceNumber"), eori=eori, represented_operator=rep,
        country_of_activity=text(element, "countryOfActivity"),
        border_cross_country=text(element, "borderCrossCountry"), comment=text(element, "comment"),
        geolocation_confidential=text(element, "geoLocationConfidential").lower() in ("true", "1"),
        associated_statements=[text(g, "groupedDeclaration") for g in children(element, "groupedDeclarations")])
