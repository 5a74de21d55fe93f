"""A submission is split per producer before it is sent, its commodity read from the layer, never "unknown"."""

import datetime as dt
import json
from pathlib import Path

import pytest
from epoch_eudr.core.commodities import commodity_field_guess, normalize_commodity
from epoch_eudr.core.countries import find_world_map
from epoch_eudr.core.grouping import ONE_COLLECTION, PER_PRODUCER, location_country, plan_submission
from epoch_eudr.core.naming import producer_collection_name, producer_field_guess, unique_names

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 12, 6)


def features_of(relative):
    return json.loads((ROOT / relative).read_text(encoding="utf-8"))["features"]


def by_property(name):
    """A country function reading one property (the tests' stand-in for the world map)."""
    return lambda feature: (feature.get("properties") or {}).get(name) or ""


@pytest.mark.parametrize("raw, expected", [
    ("Café", "coffee"), ("cafe", "coffee"), ("Kaffee", "coffee"), ("kopi", "coffee"), ("CAFÉ ", "coffee"),
    ("cacao", "cocoa"), ("Kakao", "cocoa"), ("cacau", "cocoa"),
    ("palma", "palm"), ("Sawit", "palm"), ("kelapa sawit", "palm"), ("Palmöl", "palm"), ("dendê", "palm"),
    ("soja", "soy"), ("kedelai", "soy"),
    ("borracha", "rubber"), ("karet", "rubber"), ("caucho", "rubber"), ("Kautschuk", "rubber"),
    ("caoutchouc", "rubber"),
    ("madera", "timber"), ("bois", "timber"), ("Holz", "timber"), ("kayu", "timber"), ("madeira", "timber"),
    ("ganado", "cattle"), ("bovins", "cattle"), ("Rind", "cattle"), ("sapi", "cattle"), ("bœuf", "cattle"),
    ("unknown", None), ("Unknown", None), ("n/a", None), ("desconocido", None), ("", None), (None, None),
    ("auto-detected", None), ("auto_detected", None),
    ("Vanilla", "vanilla"),
])
def test_commodity_names_in_the_plugins_languages(raw, expected):
    assert normalize_commodity(raw) == expected


@pytest.mark.parametrize("columns, expected", [
    (["Plot ID", "Productor", "Area", "Pais", "Cultivo", "Estado"], "Cultivo"),
    (["facility_id", "Facility Name", "Empresa", "Commodity", "pais"], "Commodity"),
    (["id", "crop_type", "commodity_presence"], "crop_type"),
    (["Produtor", "Cultura"], "Cultura"),
    (["nama_petani", "komoditas"], "komoditas"),
    (["Productor", "producto"], "producto"),
    (["Productor", "Estado", "commodity_presence", "confidence_score"], None),
    (["id"], None),
])
def test_the_commodity_column_is_guessed_from_its_name(columns, expected):
    assert commodity_field_guess(columns) == expected


@pytest.mark.parametrize("columns, expected", [
    (["Plot ID", "Productor", "Area", "Pais", "Cultivo", "Estado"], "Productor"),
    (["Acorn ID", "Plot ID", "Nombre", "Estado"], "Nombre"),
    (["facility_id", "Facility Name", "Empresa", "Commodity"], "Empresa"),
    (["facility_id", "name", "Productor"], "Productor"),
    (["luas", "nama_petani"], "nama_petani"),
    (["Erzeuger", "Name"], "Erzeuger"),
    (["supplier", "company_name"], "supplier"),
    (["producteur_id", "nom_du_producteur"], "nom_du_producteur"),
    (["id", "economy", "Area"], None),
    (["facility_address", "producer_name", "collection_name"], None),
])
def test_the_producer_column_is_guessed_from_its_name(columns, expected):
    assert producer_field_guess(columns) == expected


def test_names_say_commodity_producer_and_date_and_are_unique():
    assert producer_collection_name("coffee", "Coop. Las Brumas", DAY) == "coffee_Coop_Las_Brumas_2026-12-06"
    assert producer_collection_name("palm", "PT Kalteng/Agro (Sawit)", DAY) == "palm_PT_Kalteng_Agro_Sawit_2026-12-06"
    assert len(producer_collection_name("coffee", "x" * 500, DAY)) < 90
    assert unique_names(["a", "A", "b", "a", "a_2"]) == ["a", "A_2", "b", "a_3", "a_2_2"]


def test_the_nicaragua_sample_makes_one_coffee_collection_per_producer():
    features = features_of("resources/sample/sample_plots.geojson")
    plan = plan_submission(features, producer_field="Productor", commodity_field="Cultivo",
                           country_of=lambda f: "Nicaragua", layer_name="sample_plots", today=DAY)
    assert plan.problems() == [] and plan.features == 30 and plan.countries == {"Nicaragua": 30}
    expected = {}
    for position, feature in enumerate(features):
        expected.setdefault(feature["properties"]["Productor"], []).append(position)
    assert plan.producers == list(expected) and len(expected) == 8
    assert [c.producer for c in plan.collections] == list(expected)
    assert [c.source_ids for c in plan.collections] == list(expected.values())
    assert {c.commodity for c in plan.collections} == {"coffee"}  # "Café" and "coffee" alike
    names = [c.name for c in plan.collections]
    assert len(set(names)) == 8 and all(n.startswith("coffee_") and n.endswith("_2026-12-06") for n in names)
    assert "coffee_Finca_La_Esperanza_2026-12-06" in names


def test_a_missing_commodity_is_refused_naming_the_producers_and_features():
    features = features_of("resources/sample/sample_plots.geojson")
    features[3]["properties"]["Cultivo"] = "unknown"
    features[9]["properties"]["Cultivo"] = None
    plan = plan_submission(features, producer_field="Productor", commodity_field="Cultivo",
                           country_of=lambda f: "Nicaragua", today=DAY)
    assert plan.problems() == ["no_commodity"]
    assert plan.without_commodity == {features[3]["properties"]["Productor"]: [3],
                                      features[9]["properties"]["Productor"]: [9]}
    filled = plan_submission(features, producer_field="Productor", commodity_field="Cultivo", commodity="coffee",
                             country_of=lambda f: "Nicaragua", today=DAY)
    assert filled.problems() == [] and {c.commodity for c in filled.collections} == {"coffee"}


def test_without_any_commodity_nothing_is_planned_as_unknown():
    features = features_of("tests/data/real/idn_kalimantan.geojson")
    plan = plan_submission(features, country_of=lambda f: "Indonesia", layer_name="idn_kalimantan", today=DAY)
    assert plan.problems() == ["no_commodity"] and plan.without_commodity == {"": [0, 1, 2]}
    palm = plan_submission(features, commodity="Sawit", country_of=lambda f: "Indonesia",
                           layer_name="idn_kalimantan", today=DAY)
    (only,) = palm.collections
    assert palm.problems() == [] and only.commodity == "palm" and only.name == "palm_idn_kalimantan_2026-12-06"
    assert "unknown" not in only.name and palm.unnamed == 3 and palm.producers == []


def test_mixed_countries_split_per_producer_and_one_collection_of_two_commodities_is_refused():
    features = features_of("resources/sample/sample_plots_other.geojson")
    plan = plan_submission(features, producer_field="Productor", commodity_field="Cultivo",
                           country_of=by_property("Pais"), today=DAY)
    assert [(c.producer, c.commodity, c.countries) for c in plan.collections] == [
        ("PT Kalteng Agro smallholders", "palm", {"ID": 3}), ("Fazenda Boa Vista", "cattle", {"BR": 1})]
    one = plan_submission(features, grouping=ONE_COLLECTION, producer_field="Productor", commodity_field="Cultivo",
                          country_of=by_property("Pais"), today=DAY)
    assert one.problems() == ["mixed_commodities"] and one.mixed == {"palm": 3, "cattle": 1}


def test_one_producer_with_two_commodities_gets_two_collections_and_a_given_name_needs_one():
    features = [{"properties": {"Productor": "Finca A", "Cultivo": c}, "geometry": None}
                for c in ("coffee", "cacao", "Café")]
    plan = plan_submission(features, producer_field="Productor", commodity_field="Cultivo",
                           country_of=lambda f: "", today=DAY)
    assert [(c.commodity, c.source_ids) for c in plan.collections] == [("coffee", [0, 2]), ("cocoa", [1])]
    named = plan_submission(features, producer_field="Productor", commodity_field="Cultivo", name="mine",
                            country_of=lambda f: "", today=DAY)
    assert named.problems() == ["name_conflict"]
    single = plan_submission(features[:1], producer_field="Productor", commodity_field="Cultivo", name="mine",
                             country_of=lambda f: "", today=DAY)
    assert single.problems() == [] and [c.name for c in single.collections] == ["mine"]
    assert PER_PRODUCER == plan.grouping


def test_producers_match_ignoring_case_and_spaces_and_blank_ones_are_counted_apart():
    features = [{"properties": {"p": p, "c": "soy"}} for p in ("ACME  Ltd", "acme ltd", "", None)]
    plan = plan_submission(features, producer_field="p", commodity_field="c", country_of=lambda f: "",
                           layer_name="farms", today=DAY)
    assert plan.producers == ["ACME Ltd"] and plan.unnamed == 2
    assert [(c.producer, c.source_ids, c.name) for c in plan.collections] == [
        ("ACME Ltd", [0, 1], "soy_ACME_Ltd_2026-12-06"), ("", [2, 3], "soy_farms_2026-12-06")]


@pytest.mark.skipif(find_world_map() is None, reason="QGIS's world_map.gpkg is not installed")
def test_the_country_is_where_the_plots_lie():
    country_of = location_country()
    features = features_of("resources/sample/sample_plots_other.geojson")
    assert [country_of(f) for f in features] == ["Indonesia"] * 3 + ["Brazil"]
    nicaragua = features_of("resources/sample/sample_plots.geojson")
    assert {country_of(f) for f in nicaragua} == {"Nicaragua"}  # six of them have an empty Pais
    at_sea = {"geometry": {"type": "Point", "coordinates": [-30.0, 0.0]}, "properties": {"pais": "Ghana"}}
    assert country_of(at_sea) == "Ghana"


def test_a_column_about_the_producer_is_not_the_producer():
    """Every EU-ready layer holds ProducerCountry beside the producer's own column (the preflight's fix adds it):
    it names a country, not a producer (grouping by it sent one collection per country)."""
    from epoch_eudr.core.naming import producer_field_guess

    assert producer_field_guess(["Plot ID", "Productor", "Area", "ProducerCountry"]) == "Productor"
    assert producer_field_guess(["ProducerName", "ProducerCountry", "Area"]) == "ProducerName"
    assert producer_field_guess(["ProducerCountry", "Area", "producer_email"]) is None
    assert producer_field_guess(["Landwirt", "Land"]) == "Landwirt"
