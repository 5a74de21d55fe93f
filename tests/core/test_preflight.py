"""Every preflight code on a small hand-made geometry, and the real plot files with their findings."""

import json
from pathlib import Path

import pytest
from epoch_eudr.core.countries import world_index
from epoch_eudr.core.preflight import BadGeometry, check_features, parse_geometry
from shapely import wkt

REAL = Path(__file__).resolve().parents[1] / "data" / "real"  # copied from shared/, kept in the repo
SQUARE = "POLYGON((-85.900001 13.100001, -85.890001 13.100001, -85.890001 13.110001, -85.900001 13.110001, " \
         "-85.900001 13.100001))"  # about 118 ha in Nicaragua, 6 decimals
NI = {"ProducerCountry": "NI"}


@pytest.fixture(scope="module")
def countries():
    index = world_index("countries")
    if index is None:
        pytest.skip("QGIS's world_map.gpkg is not installed")
    return index


def report(geometry, props=None, countries=None, has_m=False, **kw):
    geom = wkt.loads(geometry) if isinstance(geometry, str) else geometry
    (result,) = check_features([(1, geom, props if props is not None else dict(NI), has_m)], countries=countries, **kw)
    return result


def codes(*args, **kw):
    """The codes, leaving out low_precision: these short hand-made coordinates have few decimals on purpose."""
    return [c for c in report(*args, **kw).codes if c != "low_precision"]


def test_clean_plot_is_ok(countries):
    result = report(SQUARE, countries=countries)
    assert result.codes == [] and result.severity == "ok"
    assert result.country_iso2 == "NI" and 119 < result.area_ha < 121  # 0.01 x 0.01 degrees at 13 N


@pytest.mark.parametrize("geometry, code", [
    (None, "null_geometry"),
    ("POLYGON EMPTY", "empty_geometry"),
    ("LINESTRING(0 0, 1 1)", "unsupported_type"),
    ("POLYGON((100 95, 101 95, 101 96, 100 95))", "out_of_range"),
    ("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))", "self_intersection"),
    ("POLYGON((0 0, 1 1, 0 0))", "too_few_points"),
    ("POLYGON((0 0,10 0,10 10,0 10,0 0),(20 20,21 20,21 21,20 20))", "invalid_geometry"),
])
def test_each_blocking_geometry_code(geometry, code):
    result = report(geometry)
    assert code in result.codes and result.severity == "error"


def test_a_geometry_that_cannot_be_built_is_reported_not_raised():
    broken = parse_geometry({"type": "Polygon", "coordinates": [[[0, 0], "x"]]})
    assert isinstance(broken, BadGeometry)
    assert codes(broken) == ["too_few_points"]


def test_z_and_m_values_and_low_precision():
    z = SQUARE.replace("POLYGON((", "POLYGON Z((").replace(", ", " 5, ").replace("))", " 5))")
    assert "z_or_m_values" in codes(z)
    assert report(SQUARE, has_m=True).findings[0].message.startswith("Has M values")
    coarse = "POLYGON((-85.9 13.1, -85.89 13.1, -85.89 13.11, -85.9 13.11, -85.9 13.1))"
    assert report(coarse).codes == ["low_precision"] and report(coarse).severity == "warning"


def test_vertices_collapsing_at_6_decimals():
    near = "POLYGON((0.1 0.1, 0.2 0.1, 0.2000001 0.1000001, 0.2 0.2, 0.1 0.2, 0.1 0.1))"
    found = report(near)
    collapse = next(f for f in found.findings if f.code == "vertices_collapse_at_6_decimals")
    assert "1 vertices" in collapse.message
    sliver = "POLYGON((0.1 0.1, 0.1000002 0.1, 0.1000002 0.1000003, 0.1 0.1))"
    message = next(f.message for f in report(sliver).findings if f.code == "vertices_collapse_at_6_decimals")
    assert "makes it invalid" in message


def test_hole_and_multipart():
    holed = "POLYGON((0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.2, 0.1 0.1), (0.12 0.12, 0.13 0.12, 0.13 0.13, 0.12 0.12))"
    assert codes(holed) == ["hole"] and report(holed).severity == "error"
    multi = "MULTIPOLYGON(((0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.1)), ((0.3 0.3, 0.4 0.3, 0.4 0.4, 0.3 0.3)))"
    assert codes(multi) == ["multipart"]


def test_point_area_rules():
    point = "POINT(-85.95 13.15)"
    assert codes(point, {"ProducerCountry": "NI", "Area": 5}) == ["point_over_4ha"]
    assert codes(point, {"ProducerCountry": "NI", "Area": 5}, commodity="cattle") == []  # cattle are points
    assert codes(point, {"ProducerCountry": "NI"}) == ["point_without_area"]
    assert codes(point, {"ProducerCountry": "NI", "Area": "3"}) == ["area_not_number"]
    assert codes(point, {"ProducerCountry": "NI", "Area": 0.00005}) == ["area_below_minimum"]
    assert codes(point, {"ProducerCountry": "NI", "Area": 4}) == []


def test_polygon_area_limits():
    tiny = "POLYGON((0.1 0.1, 0.1000009 0.1, 0.1000009 0.1000009, 0.1 0.1000009, 0.1 0.1))"
    assert "area_below_minimum" in codes(tiny)
    huge = "POLYGON((-60 -10, -56 -10, -56 -6, -60 -6, -60 -10))"
    assert "plot_over_100000ha" in codes(huge)


def test_producer_country_missing_malformed_and_mismatched(countries):
    assert codes(SQUARE, {}, countries=countries) == ["missing_producer_country"]
    malformed = report(SQUARE, {"ProducerCountry": "NIC"}, countries=countries)
    assert "not a two-letter code" in malformed.findings[0].message
    mismatch = report(SQUARE, {"ProducerCountry": "hn"}, countries=countries)
    assert mismatch.codes == ["producer_country_mismatch"] and "Nicaragua (NI)" in mismatch.findings[0].message


def test_duplicate_geometry_names_the_first():
    geom = wkt.loads(SQUARE)
    reports = list(check_features([(7, geom, NI, False), (8, wkt.loads(SQUARE), NI, False)]))
    assert reports[0].codes == [] and reports[1].codes == ["duplicate_geometry"]
    assert "feature 7" in next(f.message for f in reports[1].findings if f.code == "duplicate_geometry")


def test_facility_latitude_and_producing_country(countries):
    def facility(point, commodity):
        return codes(point, {"ProducerCountry": "", "Area": 1}, countries=countries, location_type="facility",
                     commodity=commodity)

    assert "latitude_unlikely" in facility("POINT(-47.9 -15.8)", "palm")  # Brasilia: 15.8 degrees
    assert "latitude_beyond_viable" in facility("POINT(10.75 59.91)", "cocoa")  # Oslo
    assert "country_not_producer" in facility("POINT(-3.70 40.42)", "coffee")  # Madrid
    assert "country_not_producer" not in facility("POINT(-6.35 6.05)", "cocoa")  # Soubre, Côte d'Ivoire


def _real(name):
    features = json.loads((REAL / name).read_text())["features"]
    return [(i, parse_geometry(f["geometry"]), f["properties"] or {}, False) for i, f in enumerate(features)]


def test_real_nicaragua_file_findings(countries):
    reports = list(check_features(_real("nicaragua_coffee_efico.geojson"), countries=countries))
    assert len(reports) == 1124
    count = {code: sum(code in r.codes for r in reports) for code in
             ("low_precision", "z_or_m_values", "missing_producer_country", "self_intersection", "multipart")}
    assert count["z_or_m_values"] == 1124 and count["missing_producer_country"] == 1124  # 3D, no ProducerCountry
    assert count["low_precision"] == 490  # many coordinates carry only 4-5 decimals
    assert sum("duplicate_geometry" in r.codes for r in reports) == 4
    assert sum("vertices_collapse_at_6_decimals" in r.codes for r in reports) == 1
    assert [r.severity for r in reports].count("error") == 1
    assert {r.country_iso2 for r in reports} == {"NI"}
    assert all(r.area_ha and 0 < r.area_ha < 1000 for r in reports)


def test_real_brazil_indonesia_and_whisp_files(countries):
    (brazil,) = check_features(_real("br_pasture_after2020.geojson"), countries=countries)
    assert brazil.country_iso2 == "BR" and brazil.area_ha > 1 and "multipart" in brazil.codes
    indonesia = list(check_features(_real("idn_kalimantan.geojson"), countries=countries))
    assert {r.country_iso2 for r in indonesia} == {"ID"}
    whisp = list(check_features(_real("whisp_geojson_example.geojson"), countries=countries))
    assert len(whisp) == 50 and all("null_geometry" not in r.codes for r in whisp)
    errors = [r for r in whisp if r.severity == "error"]
    assert len(errors) == 1 and "hole" in errors[0].codes  # the file's one plot with a hole


# -- fixes -------------------------------------------------------------------
from epoch_eudr.core.geodesy import shapely_areas_ha  # noqa: E402
from epoch_eudr.core.preflight.fixes import fix_feature, split_holes  # noqa: E402
from epoch_eudr.core.preflight.traces import export_traces  # noqa: E402


def fixed(geometry, props=None, countries=None, **kw):
    geom = wkt.loads(geometry) if isinstance(geometry, str) else geometry
    result = report(geom, props if props is not None else {}, countries=countries)
    return fix_feature(geom, props if props is not None else {}, result, **kw)


def test_fix_holes_split_with_the_same_area_and_no_holes_left():
    holed = wkt.loads("POLYGON((0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.2, 0.1 0.1), (0.12 0.12, 0.13 0.12, 0.13 0.13, "
                      "0.12 0.12), (0.15 0.15, 0.17 0.15, 0.17 0.17, 0.15 0.17, 0.15 0.15))")
    parts = split_holes(holed)
    assert len(parts) >= 3 and all(not p.interiors for p in parts)
    assert sum(p.area for p in parts) == pytest.approx(holed.area, rel=1e-12)
    out = fixed(holed)
    assert all(not f.geometry.interiors for f in out) and [f.part for f in out] == list(range(len(out)))
    assert "2 holes split out" in " ".join(out[0].changes)
    assert abs(out[0].area_change_ha) < 0.01 * shapely_areas_ha([holed])[0] / 100  # rounding only
    again = [report(f.geometry, {"ProducerCountry": "NI"}) for f in out]
    assert all("hole" not in r.codes and "self_intersection" not in r.codes for r in again)


def test_fix_makes_valid_drops_z_rounds_and_explodes():
    bowtie = "POLYGON Z((0.1 0.1 1, 0.2 0.2 1, 0.2 0.1 1, 0.1 0.2 1, 0.1 0.1 1))"
    out = fixed(bowtie)
    assert len(out) == 2 and all(f.geometry.is_valid and not f.geometry.has_z for f in out)
    changes = " ".join(out[0].changes)
    assert "Z values dropped" in changes and "made valid" in changes and "exploded into 2" in changes
    near = "POLYGON((0.1 0.1, 0.2 0.1, 0.2000001 0.1000001, 0.2 0.2, 0.1 0.2, 0.1 0.1))"
    (one,) = fixed(near)
    assert len(one.geometry.exterior.coords) == 5 and "truncated to 6 decimals" in one.changes
    assert "vertices_collapse_at_6_decimals" not in report(one.geometry).codes


def test_fix_properties(countries):
    (plot,) = fixed(SQUARE, {"Area": "2,5", "ProducerCountry": ""}, countries=countries)
    assert plot.properties == {"Area": 2.5, "ProducerCountry": "NI"}
    (point,) = fixed("POINT(-85.95 13.15)", {}, countries=countries)
    assert "Area" not in point.properties  # never invented
    (given,) = fixed("POINT(-85.95 13.15)", {}, countries=countries, point_area=1.5)
    assert given.properties["Area"] == 1.5 and any("given by the user" in c for c in given.changes)


def test_traces_export_keeps_four_properties_six_decimals_and_splits(tmp_path):
    geom = wkt.loads("POLYGON((-85.9000014 13.1000016, -85.89 13.1, -85.89 13.11, -85.9000014 13.1000016))")
    items = [(i, geom, {"Productor": f"P{i // 2}", "ProducerCountry": "ni", "Area": "1,5", "secret": "x"}, "ok")
             for i in range(10)]
    items.append((99, geom, {"Productor": "Bad"}, "error"))
    result = export_traces(items, tmp_path, "plots", mapping={"ProducerName": "Productor"}, max_producers=2)
    assert [f.features for f in result.files] == [4, 4, 2] and [f.producers for f in result.files] == [2, 2, 1]
    assert result.refused == [(99, "has errors (run the preflight fixes first)")]
    data = json.loads(result.files[0].path.read_text())
    feature = data["features"][0]
    assert feature["properties"] == {"ProducerName": "P0", "ProducerCountry": "NI", "Area": 1.5}
    assert feature["geometry"]["coordinates"][0][0] == [-85.900001, 13.100001]  # truncated (2026 rule 3)
    small = export_traces(items[:10], tmp_path / "small", "plots", max_bytes=1200)
    assert len(small.files) > 1 and all(f.size <= 1200 for f in small.files)
