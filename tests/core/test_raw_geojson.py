"""The raw GeoJSON scan finds what GDAL and QGIS repair silently (issue 14 item 4; 2026 rules 1, 6, 9)."""

import json
import tracemalloc

import pytest
from epoch_eudr.core.preflight.raw_geojson import RawScanError, iter_features, scan_geojson

SQUARE = [[-85.9, 13.1], [-85.89, 13.1], [-85.89, 13.11], [-85.9, 13.11], [-85.9, 13.1]]


def write(tmp_path, features, name="plots.geojson", **top):
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", **top, "features": features}), encoding="utf-8")
    return path


def feature(geometry, **props):
    return {"type": "Feature", "properties": props, "geometry": geometry}


# Rule 6: "Rings have at least 4 positions, first equal to last"
def test_rule_6_an_unclosed_ring_is_found_in_the_raw_file(tmp_path):
    path = write(tmp_path, [feature({"type": "Polygon", "coordinates": [SQUARE]}, Area=1.0),
                            feature({"type": "Polygon", "coordinates": [SQUARE[:-1]]}, Area=1.0),
                            feature({"type": "MultiPolygon", "coordinates": [[SQUARE], [SQUARE[:-1]]]})])
    found = scan_geojson(path)
    assert sorted(found) == [1, 2] and {f.code for f in found[1]} == {"ring_not_closed"}
    assert found[1][0].severity == "error"


# Rule 1: "A Point's coordinates are one position ([x, y]), not a list of them."
def test_rule_1_a_point_written_as_a_list_of_positions_is_found(tmp_path):
    path = write(tmp_path, [feature({"type": "Point", "coordinates": [-85.9, 13.1]}, Area=1.0),
                            feature({"type": "Point", "coordinates": [[-85.9, 13.1]]}, Area=1.0)])
    assert {i: [f.code for f in fs] for i, fs in scan_geojson(path).items()} == {1: ["point_nested_coordinates"]}


# Rule 9: "Properties (case-sensitive; any other property is ignored)", "Area (a JSON number: "3" reads as 0)"
def test_rule_9_wrong_case_names_and_text_areas_in_a_mixed_column(tmp_path):
    path = write(tmp_path, [feature({"type": "Point", "coordinates": [-85.9, 13.1]}, Area=1.5),
                            feature({"type": "Point", "coordinates": [-85.8, 13.1]}, Area="3"),
                            feature({"type": "Point", "coordinates": [-85.7, 13.1]}, area=2.0, producercountry="NI")])
    found = scan_geojson(path)
    assert [f.code for f in found[1]] == ["area_not_number"] and "'3'" in found[1][0].message
    assert sorted(f.code for f in found[2]) == ["property_wrong_case", "property_wrong_case"]
    assert 0 not in found


def test_geometry_collection_members_are_checked(tmp_path):
    collection = {"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [[-85.9, 13.1]]}, {"type": "Polygon", "coordinates": [SQUARE[:-1]]}]}
    found = scan_geojson(write(tmp_path, [feature(collection, Area=1.0)]))
    assert sorted(f.code for f in found[0]) == ["point_nested_coordinates", "ring_not_closed"]


def test_the_scan_streams_with_bounded_memory(tmp_path):
    ring = [[-85.9 + i * 1e-5, 13.1] for i in range(200)] + [[-85.9, 13.2], [-85.9, 13.1]]
    path = tmp_path / "big.geojson"
    with open(path, "w", encoding="utf-8") as out:  # ~40 MB, one feature at a time
        out.write('{"type": "FeatureCollection", "name": "x", "features": [\n')
        for i in range(5000):
            out.write(("," if i else "") + json.dumps(feature({"type": "Polygon", "coordinates": [ring]}, Area=1)))
        out.write("]}")
    tracemalloc.start()
    count = sum(1 for _ in iter_features(path, chunk=1 << 16))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 5000 and peak < 8 << 20  # a few features' worth, not the 40 MB file


def test_not_a_feature_collection_or_not_utf8_is_a_clear_error(tmp_path):
    (tmp_path / "a.geojson").write_text('{"type": "Feature"}')
    with pytest.raises(RawScanError, match="no \"features\" array"):
        scan_geojson(tmp_path / "a.geojson")
    (tmp_path / "b.geojson").write_bytes(b'{"features": [{"properties": {"n": "Coop\xe9rative"}}]}')
    with pytest.raises(RawScanError, match="not UTF-8"):
        scan_geojson(tmp_path / "b.geojson")
    (tmp_path / "c.geojson").write_text('{"features": [{"properties": {}}, {"prop')
    with pytest.raises(RawScanError, match="not valid JSON|ends inside"):
        scan_geojson(tmp_path / "c.geojson")
