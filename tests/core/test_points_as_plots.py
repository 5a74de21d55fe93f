"""Points are plots too: the EU point rules on point plots (points-only, multipoint, mixed), and the sandbox."""

import pytest
from epoch_eudr.core.preflight import check_features
from epoch_eudr.core.preflight.fixes import fix_feature
from shapely import wkt

NI = {"ProducerCountry": "NI"}
POINT = "POINT(-85.950001 13.150001)"
MULTIPOINT = "MULTIPOINT((-85.950001 13.150001), (-85.951001 13.151001))"
SQUARE = "POLYGON((-85.900001 13.100001, -85.890001 13.100001, -85.890001 13.110001, -85.900001 13.110001, " \
         "-85.900001 13.100001))"


def check(rows, **kw):
    """Reports of (fid, wkt, extra properties) rows, all with ProducerCountry NI."""
    items = [(fid, wkt.loads(text) if text else None, {**NI, **props}, False) for fid, text, props in rows]
    return list(check_features(items, **kw))


def codes(report):
    """The area codes: the same few points are reused on purpose, so duplicates are left out."""
    return [c for c in report.codes if c not in ("low_precision", "duplicate_geometry")]


def message(report, code):
    (found,) = [f for f in report.findings if f.code == code]
    return found


def test_points_only_plots_get_every_point_rule_with_the_feature_named():
    reports = check([
        (1, POINT, {"ProductionPlace": "Finca Uno"}),
        (2, POINT, {"Area": 5.5}),
        (3, POINT, {"Area": 0.00005}),
        (4, POINT, {"Area": 2.0}),
        (5, POINT, {"Area": 4}),
    ], location_type="plot")
    assert [codes(r) for r in reports] == [["point_without_area"], ["point_over_4ha"], ["area_below_minimum"], [], []]
    without = message(reports[0], "point_without_area")
    assert without.severity == "warning"  # the EU takes a point without Area as 4 ha: accepted, worth a warning
    assert "feature 1" in without.message.lower() and "Finca Uno" in without.message
    over = message(reports[1], "point_over_4ha")
    assert over.severity == "error" and "feature 2" in over.message.lower() and "5.5" in over.message
    assert "feature 3" in message(reports[2], "area_below_minimum").message.lower()
    assert reports[3].area_ha == 2.0 and reports[4].area_ha == 4


def test_multipoints_follow_the_point_rules():
    reports = check([(7, MULTIPOINT, {}), (8, MULTIPOINT, {"Area": 12}), (9, MULTIPOINT, {"Area": 1.5})])
    assert [codes(r) for r in reports] == [["point_without_area"], ["point_over_4ha"], []]
    assert "feature 7" in message(reports[0], "point_without_area").message.lower()
    assert "feature 8" in message(reports[1], "point_over_4ha").message.lower()


def test_mixed_points_and_polygons_each_get_their_own_rules():
    reports = check([
        (1, SQUARE, {}),  # about 118 ha: a polygon, no 4 ha limit
        (2, POINT, {"Area": 6}),
        (3, POINT, {}),
        (4, MULTIPOINT, {"Area": 0.5}),
    ], location_type="plot")
    assert [codes(r) for r in reports] == [[], ["point_over_4ha"], ["point_without_area"], []]
    assert 117 < reports[0].area_ha < 120
    assert "feature 2" in message(reports[1], "point_over_4ha").message.lower()
    assert "feature 3" in message(reports[2], "point_without_area").message.lower()


@pytest.mark.parametrize("commodity", ["cattle", "beef", "leather"])
def test_cattle_points_are_establishments_without_the_4ha_limit(commodity):
    reports = check([(1, POINT, {"Area": 250}), (2, MULTIPOINT, {"Area": 40}), (3, POINT, {"Area": 0.00001}),
                     (4, POINT, {})], commodity=commodity)
    assert [codes(r) for r in reports] == [[], [], ["area_below_minimum"], ["point_without_area"]]
    assert "feature 3" in message(reports[2], "area_below_minimum").message.lower()  # the minimum still holds
    # any other commodity keeps the limit
    (cocoa,) = check([(1, POINT, {"Area": 250})], commodity="cocoa")
    assert codes(cocoa) == ["point_over_4ha"]


def test_point_without_area_hints_at_a_misspelt_area_field():
    (report,) = check([(3, POINT, {"area": 2.0})])
    assert codes(report) == ["point_without_area"]
    text = message(report, "point_without_area").message
    assert "'area'" in text and "Area" in text


def test_area_as_numeric_string_is_not_a_number_and_still_measured():
    reports = check([(1, POINT, {"Area": "3"}), (2, POINT, {"Area": "5,5"}), (3, POINT, {"Area": "lots"}),
                     (4, POINT, {"Area": " "})])
    assert [codes(r) for r in reports] == [["area_not_number"], ["area_not_number", "point_over_4ha"],
                                           ["area_not_number"], ["point_without_area"]]
    assert "feature 1" in message(reports[0], "area_not_number").message.lower()
    assert all(r.severity == "error" for r in reports[:3])
    fixed = fix_feature(wkt.loads(POINT), {"Area": "3"}, reports[0])
    assert fixed[0].properties["Area"] == 3.0
    (again,) = check([(1, POINT, {"Area": fixed[0].properties["Area"]})])
    assert codes(again) == []


def test_facilities_are_not_held_to_the_plot_area_rules():
    reports = check([(1, POINT, {}), (2, POINT, {"Area": 9})], location_type="facility")
    assert [codes(r) for r in reports] == [[], []]
    # the same points as plots
    reports = check([(1, POINT, {}), (2, POINT, {"Area": 9})], location_type="plot")
    assert [codes(r) for r in reports] == [["point_without_area"], ["point_over_4ha"]]


def test_sandbox_screens_point_plots_with_their_area(client):
    points = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"Area": 2.5, "name": "a"},
         "geometry": {"type": "Point", "coordinates": [-6.35, 6.05]}},
        {"type": "Feature", "properties": {"name": "b"},
         "geometry": {"type": "Point", "coordinates": [-6.36, 6.06]}},
        {"type": "Feature", "properties": {"Area": 9, "name": "c"},
         "geometry": {"type": "MultiPoint", "coordinates": [[-6.37, 6.07], [-6.371, 6.071]]}},
        {"type": "Feature", "properties": {"Area": "1,5", "name": "d"},
         "geometry": {"type": "Point", "coordinates": [-6.38, 6.08]}},
    ]}
    result = client.validate_locations(points, location_type="plot", commodity_type="cocoa",
                                       include_deforestation=True)
    rows = [f["properties"] for f in result["features"]]
    assert [r["location_type"] for r in rows] == ["plot"] * 4
    assert [r["area_ha"] for r in rows] == [2.5, 4.0, 9.0, 1.5]  # a point without Area counts as 4 ha
    assert [r["country_code"] for r in rows] == ["CI"] * 4
    assert rows[0]["shape_validity"] == "valid" and rows[1]["shape_validity"] == "valid"
    assert "4 ha" in rows[2]["shape_validity"]  # a point stands for at most 4 ha
    assert all("deforestation_area_ha" in r for r in rows)
    summary = result["properties"]
    assert summary["total_plots"] == 4 and summary["total_plot_area_ha"] == pytest.approx(17.0)
    assert [f["geometry"]["type"] for f in result["features"]] == ["Point", "Point", "MultiPoint", "Point"]


def test_sandbox_assesses_submitted_point_plots(client):
    import time

    points = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"Area": 3.0, "ProducerName": "Coop"},
         "geometry": {"type": "Point", "coordinates": [-6.35, 6.05]}},
        {"type": "Feature", "properties": {"ProducerName": "Coop"},
         "geometry": {"type": "MultiPoint", "coordinates": [[-6.36, 6.06], [-6.361, 6.061]]}},
    ]}
    job = client.batch_process(points, f"cocoa_points_{time.time_ns()}", "cocoa")
    deadline, plots = time.time() + 5, []
    while not plots and time.time() < deadline:
        time.sleep(0.1)
        plots = list(client.fetch_deforestation_check(job.collection_id))
    assert [p["properties"]["area"] for p in plots] == [3.0, 4.0]  # Area, else 4 ha
    assert [p["geometry"]["type"] for p in plots] == ["Point", "MultiPoint"]
    (row,) = list(client.fetch_supply_shed(filters={"collection_id": job.collection_id}))
    assert row["properties"]["locations_confidence"] == "high" and row["properties"]["country_code"] == "CI"
