"""Facility validation without QGIS: the options sent, the point refusals, the legality sources read and linked."""

import json

import pytest
from epoch_eudr.core.api.errors import ConfigurationError
from epoch_eudr.core.api.facility import FacilitiesEndpoint, check_radius, facility_params
from epoch_eudr.core.confidence import score_facility
from epoch_eudr.core.facility_checks import AT_SEA, OUTSIDE_WORLD, checked_row, point_refusal, point_wkt
from epoch_eudr.core.legality import read_sources, safe_url, source_rows
from epoch_eudr.sandbox.legality import legality_answer


@pytest.mark.parametrize("url, safe", [
    ("https://example.com/report?a=1&b=2", True), ("http://example.org/x", True), ("HTTPS://Example.com", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), ("data:text/html,<b>x</b>", False),
    ("file:///etc/passwd", False), ("//example.com/x", False), ("https://", False), ("https:/x", False),
    ('https://e.com/"onmouseover="x', False), ("https://e.com/<script>", False), ("https://e.com/a b", False),
    ("https://e.com/\nx", False), (None, False), (42, False), ("", False), ("https://e.com/" + "a" * 3000, False),
])
def test_only_http_and_https_urls_become_links(url, safe):
    assert safe_url(url) == (url if safe else None)


def test_sources_are_read_tolerantly_and_rows_keep_the_rank_and_the_key():
    raw = [{"title": "A\nreport\x00", "url": "https://e.com/a", "date": "2024-03-15", "snippet": "x" * 5000,
            "relevance": "Facility", "risk_signal": "labour"},
           "not an object", {"title": None, "url": None}, {"title": "B", "url": "javascript:x", "date": 2023},
           {"title": ["nested"], "snippet": "kept", "relevance": {"x": 1}}]
    sources = read_sources(json.dumps(raw))
    assert [s.title for s in sources] == ["A report", "B", ""] and sources[0].relevance == "facility"
    assert len(sources[0].snippet) == 2000 and sources[1].date == "2023" and sources[2].snippet == "kept"
    rows = source_rows("chk1", sources)
    assert [(r["check_id"], r["position"]) for r in rows] == [("chk1", 1), ("chk1", 2), ("chk1", 3)]
    assert rows[0]["link"] == "https://e.com/a" and rows[1]["link"] is None and rows[1]["url"] == "javascript:x"
    assert read_sources("not json") == [] and read_sources({"a": 1}) == [] and read_sources(None) == []


def test_the_options_sent_are_the_ones_set():
    assert facility_params({"commodity_type": "rubber", "commodity_radius": 3000.0, "check_road_access": False,
                            "include_legality_check": True, "include_deforestation": None}) == {
        "commodity_type": "rubber", "commodity_radius": "3000", "check_road_access": "false",
        "include_legality_check": "true"}
    with pytest.raises(ConfigurationError, match="Unknown facility validation option"):
        facility_params({"location_type": "facility"})
    for bad in (0, -5, "abc", float("nan"), 1e9):
        with pytest.raises(ConfigurationError, match="commodity radius"):
            check_radius(bad)
    assert check_radius("") is None and check_radius("2500") == 2500.0


def test_the_article10_switch_of_validate_locations_asks_for_the_legality_sources():
    class Client:
        def validate_facilities_chunks(self, pieces, **options):
            self.sent = options
            return iter(())

    client = Client()
    FacilitiesEndpoint(client, {"commodity_radius": 1000}).validate_locations_chunks(
        [], location_type="facility", include_article10_check=True, commodity_type="palm", limit=10)
    assert client.sent == {"commodity_type": "palm", "limit": 10, "commodity_radius": 1000,
                           "include_legality_check": True}
    with pytest.raises(ConfigurationError):
        FacilitiesEndpoint(client, {"commodity_radius": 1000}).validate_locations_chunks([], location_type="plot")


def test_points_at_sea_or_off_the_globe_are_refused():
    assert point_refusal(100.5018, 13.7563) is None  # Bangkok
    assert point_refusal(-30.0, 40.0) == AT_SEA  # mid-Atlantic
    assert point_refusal(181, 0) == OUTSIDE_WORLD and point_refusal(0, -91) == OUTSIDE_WORLD
    assert point_refusal(float("nan"), 0) == OUTSIDE_WORLD
    assert point_refusal(-30.0, 40.0, countries=None) is None  # no world map: the server judges
    assert point_wkt(100.5018, 13.7563) == "POINT(100.5018 13.7563)"


def test_a_checked_row_is_scored_by_the_penalty_rule_and_keeps_the_legality_answer():
    props = {"commodity_presence": 0.5, "poi_presence": 0, "building_presence": 1, "road_access": 1,
             "high_density": 0, "confidence_score": 0.55, "confidence_level": "medium", "facility_name": "Mill",
             "legality_risk_score": 0.45, "legality_risk_level": "Medium", "legality_summary": "Regional\nconcerns",
             "legality_sources": [{"title": "T", "url": "https://e.com"}]}
    row, sources = checked_row({"properties": props}, 100.5, 13.7, {"commodity_radius": 2500, "x": None},
                               check_id="abc")
    expected = score_facility(props)
    assert (row["score"], row["level"]) == (expected.score, expected.level) == (0.55, "medium")
    assert row["penalty_commodity_partial"] == -0.25 and row["penalty_no_poi"] == -0.2
    assert row["legality_risk_level"] == "medium" and row["legality_summary"] == "Regional concerns"
    assert row["legality_source_count"] == 1 and "legality_sources" not in row and len(sources) == 1
    assert row["check_id"] == "abc" and row["commodity_radius"] == 2500.0
    assert json.loads(row["options_sent"]) == {"commodity_radius": 2500}
    quiet, none = checked_row({"properties": {"confidence_score": 1.0}}, 1, 2, {})
    assert quiet["legality_source_count"] is None and none == []


def test_the_sandbox_legality_answer_is_deterministic_and_follows_the_evidence_rules():
    place = {"country": "Thailand", "admin1": "Bangkok"}
    for lon in (100.1, 100.2, 100.3, 100.4, 100.5, 101.0):
        geometry = {"type": "Point", "coordinates": [lon, 13.7]}
        answer = legality_answer(geometry, place, "rubber")
        assert answer == legality_answer(geometry, place, "rubber")
        assert 0 <= answer["legality_risk_score"] <= 1 and len(answer["legality_sources"]) <= 5
        assert all(safe_url(s["url"]) for s in answer["legality_sources"])
        tiers = [s["relevance"] for s in answer["legality_sources"]]
        order = ["facility", "local", "regional", "national"]
        assert tiers == sorted(tiers, key=order.index)  # ranked: facility > local > regional > national
        n = len(answer["legality_sources"])
        said = "no synthetic source" if not n else ("1 synthetic source on" if n == 1 else f"{n} synthetic sources on")
        assert said in answer["legality_summary"] and "(s)" not in answer["legality_summary"]


def test_the_sandbox_honours_every_facility_option():
    """Each option of Epoch's facility validation changes the sandbox's answer as the Facility Validation page says;
    an unchecked road access is no value (scored as missing data); the other signals stay the same."""
    from epoch_eudr.sandbox.screening import screen_facilities

    point = {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [-1.6244, 6.6885]}}
    plain = screen_facilities([point], {"commodity_type": "cocoa"})["features"][0]["properties"]
    asked = screen_facilities([point], {
        "commodity_type": "cocoa", "check_road_access": "false", "check_water_access": "true",
        "check_port_proximity": "true", "include_deforestation": "true", "include_legality_check": "true",
        "commodity_radius": "500"})["features"][0]["properties"]
    assert plain["road_access"] in (0, 1) and asked["road_access"] is None
    assert plain["water_access"] is None and asked["water_access"] in (0, 1)
    assert plain["port_proximity"] is None and asked["port_proximity"] in (0, 1)
    assert "deforestation_area_ha" not in plain and asked["deforestation_area_ha"] >= 0
    assert "legality_sources" not in plain and isinstance(asked["legality_sources"], list)
    assert 0 < asked["commodity_presence"] < plain["commodity_presence"] and asked["commodity_radius"] == 500
    for key in ("poi_presence", "building_presence", "high_density"):
        assert plain[key] == asked[key], key
    for props in (plain, asked):
        expected = score_facility(props)
        assert (props["confidence_score"], props["confidence_level"]) == (expected.score, expected.level)
