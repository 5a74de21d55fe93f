"""The preflight against the EU's "EUDR GeoJSON File Description" v1.3 of 29 May 2026 (issue 14).

Each test names the rule of ``shared/EU_GEOJSON_RULES.md`` (copied from the 2026 text) it checks.
"""

import json

import numpy as np
from epoch_eudr.core.iso3166 import ALPHA2, is_country_code
from epoch_eudr.core.preflight.codes import CODES, ERROR, WARNING
from epoch_eudr.core.preflight.measures import truncate_6
from epoch_eudr.core.preflight.traces import export_traces
from shapely import wkt

from .test_preflight import SQUARE, codes, countries, report  # noqa: F401 (countries is a fixture)


# Rule 3: "The system truncates coordinates to 6 decimals before storing them."
def test_rule_3_truncation_not_rounding_of_coordinates():
    assert truncate_6(12.1) == 12.1  # float noise does not cut 12.1 down to 12.099999
    assert truncate_6(13.1000019) == 13.100001 and truncate_6(-85.9000019) == -85.900001
    assert list(truncate_6(np.array([0.1234569, -0.1234569]))) == [0.123456, -0.123456]


def test_rule_3_vertices_that_meet_only_under_rounding_are_not_reported():
    # 0.2000004 / 0.2000006 truncate to the same 0.200000 but round apart (0.200000 / 0.200001);
    # 0.2000009 / 0.2000011 round to the same 0.200001 but truncate apart (0.200000 / 0.200001)
    meet_when_truncated = "POLYGON((0.1 0.1, 0.2000004 0.1, 0.2000006 0.1, 0.2 0.2, 0.1 0.2, 0.1 0.1))"
    meet_when_rounded = "POLYGON((0.1 0.1, 0.2000009 0.1, 0.2000011 0.1, 0.2 0.2, 0.1 0.2, 0.1 0.1))"
    assert "vertices_collapse_at_6_decimals" in codes(meet_when_truncated)
    assert "vertices_collapse_at_6_decimals" not in codes(meet_when_rounded)


def test_rule_3_export_writes_coordinates_as_they_will_be_stored(tmp_path):
    geom = wkt.loads("POLYGON((-85.9000019 13.1000019, -85.89 13.1, -85.89 13.11, -85.9000019 13.1000019))")
    result = export_traces([(1, geom, {"ProducerCountry": "NI", "Area": 1.0}, "ok")], tmp_path, "plots")
    ring = json.loads(result.files[0].path.read_text())["features"][0]["geometry"]["coordinates"][0]
    assert ring[0] == [-85.900001, 13.100001]


# Rule 8: "There is no area limit for polygons in the EU rules ... Epoch's API has its own limit of 100,000 ha."
def test_rule_8_no_eu_area_limit_only_an_epoch_warning(tmp_path):
    huge = "POLYGON((-60 -10, -56 -10, -56 -6, -60 -6, -60 -10))"  # about 19 million ha in Brazil
    result = report(huge, {"ProducerCountry": "BR"})
    assert "plot_over_100000ha" in result.codes and CODES["plot_over_100000ha"][0] == WARNING
    assert result.severity != ERROR
    exported = export_traces([(1, wkt.loads(huge), {"ProducerCountry": "BR"}, result.severity)], tmp_path, "big")
    assert exported.refused == [] and exported.files[0].features == 1  # the TRACES export accepts it


# Rule 9: "ProducerCountry (ISO 3166-1 alpha-2, pattern [a-zA-Z]{2})"
def test_rule_9_producer_country_must_be_an_iso_code():
    assert len(ALPHA2) == 249 and is_country_code("ni") and is_country_code(" CI ") and not is_country_code("XX")
    assert "producer_country_not_iso" in codes(SQUARE, {"ProducerCountry": "XX"})
    assert CODES["producer_country_not_iso"][0] == ERROR
    assert "producer_country_not_iso" not in codes(SQUARE, {"ProducerCountry": "ni"})  # lower case is fine


def test_rule_1_a_plot_in_no_country_is_warned_about(countries):  # noqa: F811
    at_sea = "POLYGON((-30 20, -29.99 20, -29.99 20.01, -30 20.01, -30 20))"  # the middle of the Atlantic
    assert "plot_outside_countries" in codes(at_sea, {"ProducerCountry": "NI"}, countries=countries)
    assert CODES["plot_outside_countries"][0] == WARNING
    assert "plot_outside_countries" not in codes(SQUARE, countries=countries)


# Rule 4: "Limits per Due Diligence Statement: 25 MB of geolocation data, 1,000 producers per commodity ...
# (The text does not say whether the 25 MB counts the base64-encoded payload ...; stay under both.)"
def test_rule_4_bundles_stay_under_both_size_readings_and_say_what_closed_them(tmp_path):
    import base64

    from epoch_eudr.core.preflight import traces

    assert traces.MAX_BYTES * 4 / 3 <= 25_000_000  # base64 of a full bundle is still under 25 MB
    geom = wkt.loads(SQUARE)
    items = [(i, geom, {"ProducerName": f"P{i}", "ProducerCountry": "NI"}, "ok") for i in range(5)]
    by_producers = export_traces(items, tmp_path / "a", "plots", max_producers=2)
    assert [f.closed_by for f in by_producers.files] == [traces.CLOSED_BY_PRODUCERS, traces.CLOSED_BY_PRODUCERS,
                                                         traces.CLOSED_BY_END]
    by_size = export_traces(items, tmp_path / "b", "plots", max_bytes=700)
    assert by_size.files[0].closed_by == traces.CLOSED_BY_SIZE and "closed by 25 MB" in by_size.summary()
    for bundle in by_size.files:
        assert bundle.size <= 700 or bundle.features == 1
        assert len(base64.b64encode(bundle.path.read_bytes())) <= 700 * 4 / 3 + 4


# Rule 2: "Accepted geometry types: Point, MultiPoint, Polygon, MultiPolygon and GeometryCollection
# (two or more geometries). LineString and MultiLineString are not accepted."
def test_rule_2_a_geometry_collection_is_accepted_and_each_member_checked(tmp_path):
    polygon = SQUARE[len("POLYGON"):]
    mixed = f"GEOMETRYCOLLECTION(POLYGON{polygon}, POINT(-85.95 13.15))"
    result = report(mixed, {"ProducerCountry": "NI"})
    assert "unsupported_type" not in result.codes and 119 < result.area_ha < 121  # the polygon member's area
    with_line = f"GEOMETRYCOLLECTION(POLYGON{polygon}, LINESTRING(-85.9 13.1, -85.8 13.2))"
    assert "unsupported_type" in codes(with_line) and "LineString" in report(with_line).findings[0].message
    with_hole = "GEOMETRYCOLLECTION(POLYGON((0 0, 1 0, 1 1, 0 1, 0 0), (0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.2)), " \
                "POINT(5 5))"
    assert "hole" in codes(with_hole)  # the member is checked by the polygon rules
    exported = export_traces([(1, wkt.loads(mixed), {"ProducerCountry": "NI"}, result.severity)], tmp_path, "gc")
    geometry = json.loads(exported.files[0].path.read_text())["features"][0]["geometry"]
    assert geometry["type"] == "GeometryCollection" and [g["type"] for g in geometry["geometries"]] == [
        "Polygon", "Point"]
