"""Where a drill-down plot's country comes from: its own field, else where it lies, else its producer's
(Regulation (EU) 2023/1115, Art. 9(1)(c): the country of production); and the remembered grid cells of the
country lookup answer exactly as a test of every polygon would."""

import random

import pytest
from epoch_eudr.core.api.feature_line import RawJson, first_position
from epoch_eudr.core.countries import CELL_DEGREES, Region, RegionIndex
from epoch_eudr.core.eu_benchmark import plot_country
from epoch_eudr.core.result_rows import derive_row
from epoch_eudr.core.second_opinion import COMPLIANT, NEEDS_REVIEW, second_opinion
from shapely.geometry import Point, Polygon

# Two neighbours with a jagged border through the middle of cells, and sea around them
WEST = Polygon([(0, 0), (1.1, 0), (1.37, 0.5), (1.05, 1.0), (1.2, 2), (0, 2)])
EAST = Polygon([(1.1, 0), (3, 0), (3, 2), (1.2, 2), (1.05, 1.0), (1.37, 0.5)])
INDEX = RegionIndex([(Region("NI", "Nicaragua", "NI"), WEST), (Region("ID", "Indonesia", "ID"), EAST)])

CLEAN_PLOT = {"status_key": "compliant", "area": 2.0, "noncompliance_area": 0.0, "noncompliance_area_perc": 0.0,
              "deforestation_alert": "no deforestation"}


def _exact(lon, lat):
    point = Point(lon, lat)
    for region, geom in ((Region("NI", "Nicaragua", "NI"), WEST), (Region("ID", "Indonesia", "ID"), EAST)):
        if geom.covers(point):
            return region.code
    return None


def test_remembered_cells_answer_as_the_polygons_do():
    rng = random.Random(3)
    points = [(rng.uniform(-0.5, 3.5), rng.uniform(-0.5, 2.5)) for _ in range(4000)]
    points += [(1.05, 1.0), (1.1, 0.0), (0.0, 0.0), (CELL_DEGREES * 4, CELL_DEGREES * 4)]  # vertices, cell corners
    for _ in range(2):  # the second round is answered from the remembered cells
        for lon, lat in points:
            region = INDEX.lookup(lon, lat)
            assert (region.code if region else None) == _exact(lon, lat), (lon, lat)
    assert INDEX.lookup(float("nan"), 1.0) is None


def test_first_position_reads_raw_text_and_objects():
    raw = RawJson('{"type": "MultiPolygon", "coordinates": [[[[-85.5, 12.25], [-85.4, 12.2], [-85.5, 12.25]]]]}')
    assert first_position(raw) == (-85.5, 12.25)
    assert first_position({"type": "Point", "coordinates": [101.5, -0.25]}) == (101.5, -0.25)
    assert first_position({"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [1, 2]}, {"type": "Polygon", "coordinates": [[[5, 5], [6, 5], [5, 5]]]}]}) \
        == (1.0, 2.0)
    assert first_position(RawJson('{"type":"Point","coordinates":[200,1]}')) is None
    assert first_position(None) is None and first_position({"type": "Point"}) is None


@pytest.mark.parametrize("row, point, producer, expected", [
    ({"country_code": "BR"}, (0.5, 1.0), "ID", ("BR", "field")),  # the plot's own field first
    ({}, (0.5, 1.0), "ID", ("NI", "location")),  # then where it lies, before its producer's country
    ({}, (2.5, 1.0), "Nicaragua", ("ID", "location")),
    ({}, (-5.0, 1.0), "Nicaragua", ("NI", "producer")),  # at sea: the producer's
    ({"producer_country": "id"}, None, None, ("ID", "producer")),
    ({}, None, None, (None, "")),
])
def test_plot_country_order(row, point, producer, expected):
    assert plot_country(row, point, producer, INDEX) == expected


def test_a_plot_without_country_field_is_judged_by_where_it_lies():
    located = second_opinion(CLEAN_PLOT, country_value=None, point=(0.5, 1.0), countries=INDEX)
    assert located.verdict == COMPLIANT
    fields = located.fields()
    assert (fields["second_opinion_country_code"], fields["second_opinion_country_from"],
            fields["second_opinion_country_risk"]) == ("NI", "location", "standard")
    producer = second_opinion(CLEAN_PLOT, country_value="NI", point=(-5.0, 1.0), countries=INDEX)
    assert producer.verdict == COMPLIANT and producer.fields()["second_opinion_country_from"] == "producer"
    nowhere = second_opinion(CLEAN_PLOT, country_value=None, point=(-5.0, 1.0), countries=INDEX)
    assert nowhere.verdict == NEEDS_REVIEW


def test_derive_row_takes_the_plot_location_then_the_producer_country(monkeypatch):
    monkeypatch.setattr("epoch_eudr.core.eu_benchmark._index", lambda countries: INDEX)
    row = derive_row("plots", CLEAN_PLOT, point=(2.5, 1.0), producer_country="NI")
    assert row["second_opinion"] == COMPLIANT and row["second_opinion_country"] == 0.0
    assert (row["second_opinion_country_code"], row["second_opinion_country_from"]) == ("ID", "location")
    row = derive_row("plots", CLEAN_PLOT, point=None, producer_country="NI")
    assert row["second_opinion"] == COMPLIANT and row["second_opinion_country_from"] == "producer"
    assert derive_row("plots", CLEAN_PLOT)["second_opinion"] == NEEDS_REVIEW
