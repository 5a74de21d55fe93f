"""EU country benchmarking: Commission Implementing Regulation (EU) 2025/1093 (CELEX 32025R1093).

Annex I lists the low-risk countries (140), Annex II the high-risk ones (BY, KP, MM, RU); every
country or territory not listed is standard risk (Art. 1(2)). Minimum shares of operators checked
each year: 1 % low, 3 % standard, 9 % high (Regulation (EU) 2023/1115, Art. 16).
"""

import pytest
from epoch_eudr.core import eu_benchmark as eu
from epoch_eudr.core.countries import Region, RegionIndex
from epoch_eudr.core.country_names import iso2_of_name
from epoch_eudr.core.iso3166 import is_country_code
from epoch_eudr.core.preflight.codes import CODES, INFO, OK, severity_of
from shapely.geometry import box


def test_the_table_is_the_annexes_with_its_reference_and_date():
    assert len(eu.LOW_RISK) == 140 and set(eu.HIGH_RISK) == {"BY", "KP", "MM", "RU"}
    assert not set(eu.LOW_RISK) & set(eu.HIGH_RISK)
    assert all(is_country_code(code) and len(code) == 2 for code in [*eu.LOW_RISK, *eu.HIGH_RISK])
    assert eu.LOW_RISK["SB"] == "Solomon Island" and eu.LOW_RISK["NL"] == "Netherlands (Kingdom of the)"
    assert eu.LOW_RISK["GB"] == "United Kingdom of Great Britain and Northern Ireland"
    assert "2025/1093" in eu.LEGAL_REFERENCE and eu.DATE_TAKEN == "2026-11-23" and eu.IN_FORCE == "2025-05-26"
    assert "UG" not in eu.LOW_RISK  # one transcription lists Uganda as low; the Annex does not


@pytest.mark.parametrize("code, risk", [
    ("BY", "high"), ("kp", "high"), (" mm ", "high"), ("RU", "high"),  # Annex II
    ("GH", "low"), ("fr", "low"), ("US", "low"), ("VN", "low"), ("CG", "low"),  # Annex I
    ("BR", "standard"), ("ID", "standard"), ("CI", "standard"), ("CD", "standard"), ("UG", "standard"),
    ("XK", "standard"),  # Art. 1(2): not listed is standard (Kosovo: the EU's user-assigned code)
    ("GF", "standard"),  # a territory with its own code is classified by it (not listed)
    ("", "unknown"), (None, "unknown"), ("ZZ", "unknown"), ("BRA", "unknown"), ("-99", "unknown"),
])
def test_country_risk(code, risk):
    assert eu.eu_country_risk(code) == risk


def test_check_share_per_class():  # Regulation (EU) 2023/1115, Art. 16
    assert [eu.eu_check_share(r) for r in ("low", "standard", "high", "unknown", None)] == [1, 3, 9, None, None]


@pytest.mark.parametrize("value, risk", [
    ("Ivory Coast", "standard"), ("Côte d'Ivoire", "standard"), ("cote d ivoire", "standard"),
    ("Brazil", "standard"), ("GHANA", "low"), ("Viet Nam", "low"), ("Russia", "high"), ("Burma", "high"),
    ("Türkiye", "low"), ("Turkey", "low"), ("Dem. Rep. Congo", "standard"), ("Democratic Republic of the Congo",
                                                                              "standard"),
    ("Solomon Island", "low"), ("the Netherlands", "low"), ("Bolivia", "standard"),
])
def test_names_in_any_case_and_spelling(value, risk):
    assert eu.eu_fields(value)["eu_country_risk"] == risk


def _index():
    """Three boxes: Ghana (low), Brazil (standard), and a region without ISO code (Natural Earth's -99)."""
    return RegionIndex([(Region("GH", "Ghana", "GH"), box(0, 0, 10, 10)),
                        (Region("BR", "Brazil", "BR"), box(20, 0, 30, 10)),
                        (Region("-99", "N. Cyprus", "-99"), box(40, 0, 50, 10))])


def test_the_field_wins_over_the_location():
    index = _index()
    assert eu.eu_fields("RU", (5, 5), index) == {"eu_country_risk": "high", "eu_check_share": 9}
    assert eu.resolve_country("RU", (5, 5), index) == ("RU", "field")


@pytest.mark.parametrize("value", [None, "", "  ", "n/a", "Atlantis", "unknown"])
def test_missing_or_unknown_country_falls_back_to_the_location(value):
    index = _index()
    assert eu.eu_fields(value, (5, 5), index) == {"eu_country_risk": "low", "eu_check_share": 1}
    assert eu.eu_fields(value, (25, 5), index) == {"eu_country_risk": "standard", "eu_check_share": 3}
    assert eu.resolve_country(value, (25, 5), index) == ("BR", "location")
    assert eu.eu_fields(value, (15, 5), index)["eu_country_risk"] == "unknown"  # at sea
    assert eu.eu_fields(value, (45, 5), index)["eu_country_risk"] == "unknown"  # no ISO code
    assert eu.eu_fields(value, None, index) == {"eu_country_risk": "unknown", "eu_check_share": None}


def test_without_a_world_map_the_location_is_unknown(monkeypatch):
    from epoch_eudr.core import countries

    monkeypatch.setattr(countries, "_CACHE", {})
    monkeypatch.setattr(countries, "find_world_map", lambda: None)
    assert eu.eu_fields(None, (-47.9, -15.8)) == {"eu_country_risk": "unknown", "eu_check_share": None}
    assert eu.eu_fields("BR", (-47.9, -15.8))["eu_country_risk"] == "standard"


def test_rows_use_the_country_code_first_and_many_rows_one_lookup():
    index = _index()
    rows = [{"country": "Ivory Coast", "country_code": "CI"}, {"country": "Ghana"}, {"ProducerCountry": "ru"},
            {"country": ""}, {"country": None}, {}]
    points = [None, None, None, (25, 5), (5, 5), None]
    expected = ["standard", "low", "high", "standard", "low", "unknown"]
    assert [f["eu_country_risk"] for f in eu.eu_fields_many(rows, points, index)] == expected
    assert [eu.eu_fields_of_row(r, p, index)["eu_country_risk"] for r, p in zip(rows, points)] == expected


def test_informational_preflight_code_for_standard_and_high_only():
    assert eu.preflight_values("GH") is None and eu.preflight_values("") is None
    high = eu.preflight_values("ru")
    assert high == {"country": "Russian Federation (RU)", "risk": "high", "share": 9}
    assert eu.preflight_values("BR") == {"country": "BR", "risk": "standard", "share": 3}
    severity, template = CODES["eu_country_risk"]
    assert severity == INFO and "9 %" in template.format(**high)
    assert severity_of(["eu_country_risk"]) == OK  # informational: never a warning or an error


def test_names_table():
    assert iso2_of_name("  SOUTH   korea ") == "KR" and iso2_of_name("North Korea") == "KP"
    assert iso2_of_name("Congo") == "CG" and iso2_of_name("DRC") == "CD"
    assert iso2_of_name("") is None and iso2_of_name("Narnia") is None


def test_qgis_world_map_when_installed():
    pytest.importorskip("osgeo.ogr")
    from epoch_eudr.core.countries import world_index

    if world_index() is None:
        pytest.skip("QGIS's world_map.gpkg is not installed")
    assert eu.eu_fields(None, (-47.9, -15.8)) == {"eu_country_risk": "standard", "eu_check_share": 3}  # Brasília
    assert eu.eu_fields("", (-1.6, 6.7))["eu_country_risk"] == "low"  # Kumasi, Ghana
    assert eu.eu_fields("?", (37.6, 55.75))["eu_country_risk"] == "high"  # Moscow
