"""EUDR country benchmarking: low, standard or high risk per country, and the share of operators to check.

**This module is the one place to update when the Commission reviews the list** (Art. 29(4) of
Regulation (EU) 2023/1115): replace :data:`LOW_RISK` / :data:`HIGH_RISK` and the four constants
below them, and run ``tests/core/test_eu_benchmark.py`` (it counts the rows).

Every country or territory **not** listed is *standard* risk (Art. 1(2) of the Implementing
Regulation). Territories with their own ISO 3166-1 code are classified by that code (French
Guiana ``GF`` is not listed, so it is standard, even though France is low risk). A value that
is no country at all is ``unknown``: neither the regulation's shares nor the simplified due
diligence of Art. 13 (low-risk sourcing only) apply to it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .coercion import clean_text
from .country_names import iso2_of_name
from .iso3166 import is_country_code

LEGAL_REFERENCE = ("Commission Implementing Regulation (EU) 2025/1093 of 22 May 2025 (CELEX 32025R1093), "
                   "Annex I (low risk) and Annex II (high risk), under Art. 29 of Regulation (EU) 2023/1115")
IN_FORCE = "2025-05-26"
SOURCE = ("Annexes I and II of the Implementing Regulation as published (144 ISO codes), compiled from three "
          "independent transcriptions that agree on every code (shared/data/eu_country_benchmark_2025_1093.csv)")
DATE_TAKEN = "2026-11-23"

#: Annex II (high risk): ISO 3166-1 alpha-2 -> name as printed in the Annex.
HIGH_RISK: Dict[str, str] = {
    "BY": "Belarus", "KP": "Democratic People's Republic of Korea", "MM": "Myanmar", "RU": "Russian Federation",
}

#: Annex I (low risk): ISO 3166-1 alpha-2 -> name as printed in the Annex (140 rows; "; " between rows).
LOW_RISK_ANNEX = """
AD Andorra; AE United Arab Emirates; AF Afghanistan; AG Antigua and Barbuda; AL Albania; AM Armenia; AT Austria; AU
Australia; AZ Azerbaijan; BA Bosnia and Herzegovina; BB Barbados; BD Bangladesh; BE Belgium; BG Bulgaria; BH
Bahrain; BI Burundi; BN Brunei Darussalam; BS Bahamas; BT Bhutan; CA Canada; CF Central African Republic; CG Congo;
CH Switzerland; CL Chile; CN China; CR Costa Rica; CU Cuba; CV Cabo Verde; CY Cyprus; CZ Czechia; DE Germany; DJ
Djibouti; DK Denmark; DM Dominica; DO Dominican Republic; DZ Algeria; EE Estonia; EG Egypt; ES Spain; FI Finland; FJ
Fiji; FM Micronesia (Federated States of); FR France; GA Gabon; GB United Kingdom of Great Britain and Northern
Ireland; GD Grenada; GE Georgia; GH Ghana; GR Greece; GY Guyana; HR Croatia; HU Hungary; IE Ireland; IN India; IQ
Iraq; IR Iran (Islamic Republic of); IS Iceland; IT Italy; JM Jamaica; JO Jordan; JP Japan; KE Kenya; KG Kyrgyzstan;
KI Kiribati; KM Comoros; KN Saint Kitts and Nevis; KR Republic of Korea; KW Kuwait; KZ Kazakhstan; LA Lao People's
Democratic Republic; LB Lebanon; LC Saint Lucia; LI Liechtenstein; LK Sri Lanka; LS Lesotho; LT Lithuania; LU
Luxembourg; LV Latvia; LY Libya; MA Morocco; MC Monaco; MD Republic of Moldova; ME Montenegro; MG Madagascar; MH
Marshall Islands; MK North Macedonia; ML Mali; MN Mongolia; MT Malta; MU Mauritius; MV Maldives; NL Netherlands
(Kingdom of the); NO Norway; NP Nepal; NR Nauru; NZ New Zealand; OM Oman; PG Papua New Guinea; PH Philippines; PL
Poland; PS Palestine; PT Portugal; PW Palau; QA Qatar; RO Romania; RS Serbia; RW Rwanda; SA Saudi Arabia; SB Solomon
Island; SC Seychelles; SE Sweden; SG Singapore; SI Slovenia; SK Slovakia; SM San Marino; SR Suriname; SS South
Sudan; ST São Tomé and Príncipe; SY Syrian Arab Republic; SZ Eswatini; TG Togo; TH Thailand; TJ Tajikistan; TL
Timor-Leste; TM Turkmenistan; TN Tunisia; TO Tonga; TR Türkiye; TT Trinidad and Tobago; TV Tuvalu; UA Ukraine; US
United States of America; UY Uruguay; UZ Uzbekistan; VC Saint Vincent and the Grenadines; VN Vietnam; VU Vanuatu; WS
Samoa; YE Yemen; ZA South Africa
"""


def _annex(text: str) -> Dict[str, str]:
    entries = (entry.strip() for entry in " ".join(text.split()).split(";"))
    return {entry[:2]: entry[3:] for entry in entries if entry}


LOW_RISK: Dict[str, str] = _annex(LOW_RISK_ANNEX)

LOW, STANDARD, HIGH, UNKNOWN = "low", "standard", "high", "unknown"
RISKS = (LOW, STANDARD, HIGH, UNKNOWN)
#: Minimum share (%) of the operators of each class that competent authorities check each year
#: (Regulation (EU) 2023/1115, Art. 16).
CHECK_SHARE_PERCENT: Dict[str, int] = {LOW: 1, STANDARD: 3, HIGH: 9}
LABELS: Dict[str, str] = {LOW: "low-risk country", STANDARD: "standard-risk country", HIGH: "high-risk country",
                          UNKNOWN: "unknown country"}
FIELDS = ("eu_country_risk", "eu_check_share")

Point = Tuple[float, float]  # (lon, lat) in EPSG:4326


def eu_country_risk(iso2: Optional[str]) -> str:
    """``low``, ``standard`` or ``high`` for an ISO 3166-1 alpha-2 code (any case), else ``unknown``."""
    code = (iso2 or "").strip().upper() if isinstance(iso2, str) else ""
    if not is_country_code(code):
        return UNKNOWN
    if code in HIGH_RISK:
        return HIGH
    if code in LOW_RISK:
        return LOW
    return STANDARD


def eu_check_share(risk: Optional[str]) -> Optional[int]:
    """The minimum share (%) of operators checked each year for a risk class: 1, 3, 9; ``None`` if unknown."""
    return CHECK_SHARE_PERCENT.get(risk or "")


@lru_cache(maxsize=4096)
def _code_of_text(text: str) -> Optional[str]:
    code = text.upper()
    if len(code) == 2 and is_country_code(code):
        return code
    named = iso2_of_name(text)
    return named if named and is_country_code(named) else None


def country_code_of(value: Any) -> Optional[str]:
    """The ISO-2 code of a country field: a code (``"br"``) or a name (``"Côte d'Ivoire"``, ``"ivory coast"``)."""
    text = clean_text(value) if isinstance(value, str) else ""
    return _code_of_text(text) if text else None


def _index(countries: Any) -> Any:
    if countries is not None:
        return countries
    from .countries import world_index

    try:
        return world_index()
    except OSError:  # a world map that cannot be read counts as absent
        return None


def _code_at(point: Optional[Point], countries: Any) -> Optional[str]:
    if point is None:
        return None
    index = _index(countries)
    region = index.lookup(point[0], point[1]) if index is not None else None
    code = (region.code or "").upper() if region is not None else ""
    return code if is_country_code(code) else None


def resolve_country(country_value: Any, point: Optional[Point] = None,
                    countries: Any = None) -> Tuple[Optional[str], str]:
    """(ISO-2 code or ``None``, where it came from: ``field``, ``location`` or ``""``).

    The field wins when it names a country; otherwise the point (lon, lat) is looked up in
    ``countries`` (a :class:`~.countries.RegionIndex`; ``None``: QGIS's world map, which may be
    absent, and then the country stays unknown).
    """
    code = country_code_of(country_value)
    if code:
        return code, "field"
    code = _code_at(point, countries)
    return (code, "location") if code else (None, "")


def fields_for_code(code: Optional[str]) -> Dict[str, Any]:
    risk = eu_country_risk(code)
    return {"eu_country_risk": risk, "eu_check_share": eu_check_share(risk)}


def eu_fields(country_value: Any, point: Optional[Point] = None, countries: Any = None) -> Dict[str, Any]:
    """``{"eu_country_risk": low|standard|high|unknown, "eu_check_share": 1|3|9|None}`` of one feature.

    From the country field (ISO-2 code or name, any case); when it is missing or not a country,
    from the (lon, lat) ``point`` through the offline country lookup (see :func:`resolve_country`).
    """
    return fields_for_code(resolve_country(country_value, point, countries)[0])


#: Country fields of the result kinds, most precise first (assessments and screened rows carry both).
COUNTRY_KEYS = ("country_code", "ProducerCountry", "producer_country", "country", "Country")


def row_country(row: Mapping[str, Any]) -> Optional[str]:
    """The first of :data:`COUNTRY_KEYS` in ``row`` that names a country, as an ISO-2 code."""
    for key in COUNTRY_KEYS:
        code = country_code_of(row.get(key))
        if code:
            return code
    return None


#: A plot's own country fields; the producer's country (``producer_country``) is asked last, after the place
PLOT_COUNTRY_KEYS = ("country_code", "ProducerCountry", "country", "Country")


def plot_country(row: Mapping[str, Any], point: Optional[Point] = None, producer_country: Any = None,
                 countries: Any = None) -> Tuple[Optional[str], str]:
    """(ISO-2 code or ``None``, where it came from: ``field``, ``location``, ``producer`` or ``""``) of a plot.

    The plot's own country field, else the country its ``point`` (lon, lat) lies in (offline lookup), else
    its producer's country (``producer_country``, or the row's own ``producer_country``): the country of
    production is where the plot lies (Regulation (EU) 2023/1115, Art. 9(1)(c)), whatever the producer's
    address says.
    """
    for key in PLOT_COUNTRY_KEYS:
        code = country_code_of(row.get(key))
        if code:
            return code, "field"
    code = _code_at(point, countries)
    if code:
        return code, "location"
    code = country_code_of(producer_country) or country_code_of(row.get("producer_country"))
    return (code, "producer") if code else (None, "")


def eu_fields_of_row(row: Mapping[str, Any], point: Optional[Point] = None, countries: Any = None) -> Dict[str, Any]:
    """:func:`eu_fields` of a result row: its country fields (:data:`COUNTRY_KEYS`), else ``point``."""
    return fields_for_code(row_country(row) or _code_at(point, countries))


def eu_fields_many(rows: Sequence[Mapping[str, Any]], points: Optional[Sequence[Optional[Point]]] = None,
                   countries: Any = None) -> List[Dict[str, Any]]:
    """:func:`eu_fields_of_row` for many rows; only rows without a country field are looked up, in one
    vectorised pass (``RegionIndex.lookup_points``), so 100,000 rows cost one spatial query."""
    codes = [row_country(row) for row in rows]
    wanted = [i for i, code in enumerate(codes) if code is None and points is not None and points[i] is not None]
    if wanted:
        index = _index(countries)
        if index is not None:
            found = index.lookup_points([points[i] for i in wanted])  # type: ignore[index]
            for i, region in zip(wanted, found):
                code = (region.code or "").upper() if region is not None else ""
                codes[i] = code if is_country_code(code) else None
    return [fields_for_code(code) for code in codes]


def preflight_values(iso2: Optional[str]) -> Optional[Dict[str, Any]]:
    """The values of the informational preflight code ``eu_country_risk`` for a standard or high-risk
    country (``report.add("eu_country_risk", **values)``), or ``None`` for low-risk and unknown."""
    risk = eu_country_risk(iso2)
    if risk not in (STANDARD, HIGH):
        return None
    code = (iso2 or "").strip().upper()
    name = HIGH_RISK.get(code) or code
    return {"country": name if name == code else f"{name} ({code})", "risk": risk,
            "share": CHECK_SHARE_PERCENT[risk]}


def describe(risk: str) -> str:
    """``high-risk country (9 %)``, ``unknown country``: how a class reads in a reason or a tip."""
    share = eu_check_share(risk)
    return LABELS.get(risk, LABELS[UNKNOWN]) + (f" ({share} %)" if share is not None else "")
