import datetime as dt

import pytest
from epoch_eudr.core.naming import extract_producer_name, producer_name_columns, suggest_collection_name

DAY = dt.date(2026, 3, 11)


def test_seed_example():
    assert suggest_collection_name({"commodity_type": "timber", "country": "Suriname"}, DAY) == (
        "timber_Suriname_2026-03-11")


@pytest.mark.parametrize(
    "props, expected",
    [
        ({"commodity_type": "Palm Oil", "country": " Côte d'Ivoire "}, "palm_Côte_d_Ivoire_2026-03-11"),
        ({"commodity": "cacao", "country_code": "GH"}, "cocoa_GH_2026-03-11"),
        ({"commodity_type": None, "country": ""}, "unknown_unknown_2026-03-11"),
        ({}, "unknown_unknown_2026-03-11"),
        ({"commodity_type": "vanilla", "country": "Madagascar/North"}, "vanilla_Madagascar_North_2026-03-11"),
    ],
)
def test_collection_name_variants(props, expected):
    assert suggest_collection_name(props, DAY) == expected


def test_collection_name_defaults_to_today():
    assert suggest_collection_name({"commodity_type": "soy", "country": "Brazil"}).endswith(
        dt.date.today().isoformat())


def test_producer_columns_rank_and_exclusions():
    columns = ["facility_address", "Facility_ID", "Nombre", "facility_name", "Company", "producer_name",
               "commodity_type", "Producer Group", "filename", "confidence_score", "address", "plot_id"]
    assert producer_name_columns(columns) == ["Producer Group", "Company", "facility_name", "Nombre"]


def test_extract_producer_name_skips_blank_columns():
    props = {"producer": "  ", "company_name": " ACME  Rubber ", "facility_name": "Mill 3",
             "facility_address": "12 Main Road"}
    assert extract_producer_name(props) == "ACME Rubber"
    assert extract_producer_name({"facility_address": "12 Main Road"}) == ""
    assert extract_producer_name({"name": "Koperasi Sawit"}) == "Koperasi Sawit"


def test_producer_columns_in_producing_country_languages():
    assert producer_name_columns(["Acorn ID", "Plot ID", "Nombre", "Estado"]) == ["Nombre"]
    assert producer_name_columns(["nama_petani", "luas"]) == ["nama_petani"]
    assert extract_producer_name({"Plot ID": "N_AR_101_01", "Nombre": "Cesar Augusto Rivera Suarez"}) == (
        "Cesar Augusto Rivera Suarez")
