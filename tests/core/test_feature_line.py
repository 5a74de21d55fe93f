"""The fast line splitter must agree with json.loads, or step aside (None) and let it decide."""

import json

from epoch_eudr.core.api.feature_line import RawJson, load_geometry, split_feature_line
from epoch_eudr.core.api.ndjson import NdjsonParser
from hypothesis import given, settings
from hypothesis import strategies as st

POLYGON = {"type": "Polygon", "coordinates": [[[-85.1, 12.2], [-85.0, 12.2], [-85.0, 12.3], [-85.1, 12.2]]]}


def test_geometry_kept_as_text_properties_decoded():
    line = json.dumps({"type": "Feature", "properties": {"plotid": "A-1", "area": 2.5}, "geometry": POLYGON})
    feature = split_feature_line(line)
    assert feature["properties"] == {"plotid": "A-1", "area": 2.5}
    assert isinstance(feature["geometry"], RawJson) and load_geometry(feature["geometry"]) == POLYGON


def test_any_key_order_extra_members_and_braces_in_property_strings():
    line = ('{"geometry": {"type":"Point","coordinates":[1,2]}, "id": 3, "type":"Feature",'
            ' "properties":{"name":"}{ \\"geometry\\": {", "nested": {"a": [1, {"b": 2}]}}}')
    feature = split_feature_line(line)
    assert feature["id"] == 3
    assert feature["properties"]["name"] == '}{ "geometry": {'
    assert feature["properties"]["nested"] == {"a": [1, {"b": 2}]}
    assert load_geometry(feature["geometry"]) == {"type": "Point", "coordinates": [1, 2]}


def test_geometry_collection_and_null_and_empty():
    collection = {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [0, 0]}, POLYGON]}
    line = json.dumps({"type": "Feature", "properties": {}, "geometry": collection})
    assert load_geometry(split_feature_line(line)["geometry"]) == collection
    assert split_feature_line('{"type":"Feature","properties":{},"geometry":null}')["geometry"] is None
    assert split_feature_line('{"type":"Feature","properties":{},"geometry":{}}')["geometry"] is None


def test_unusual_lines_fall_back():
    half = json.dumps({"type": "Feature", "properties": {"a": 1}, "geometry": POLYGON})[:-20]
    assert split_feature_line(half) is None  # cut-off line: json.loads decides (and rejects)
    assert split_feature_line('{"type":"FeatureCollection","features":[]}') is None
    assert split_feature_line('{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]}}') is None
    assert split_feature_line('{"type":"Thing","properties":{},"geometry":null}') is None
    # a property named "geometry" before the real one: the spans overlap, so no guessing ...
    assert split_feature_line('{"type": "Feature", "properties": {"geometry": {"x": 1}}, "geometry": null}') is None
    # ... unless the line has the usual compact form, read member by member, as json.loads reads it
    usual = '{"type":"Feature","properties":{"geometry":{"x":1}},"geometry":null}'
    assert split_feature_line(usual) == json.loads(usual)
    usual = '{"type":"Feature","properties":{"geometry":{"x":1}},"geometry":{"type":"Point","coordinates":[1,2]}}'
    assert load_geometry(split_feature_line(usual)["geometry"]) == json.loads(usual)["geometry"]
    for cut in ('{"type":"Feature","properties":{},"geometry":{"type":"Point"}}}', '{"type":"Feature","properties":'
                '{},"geometry":{"type":"Point"},"id":1}', '{"type":"Feature","properties":[],"geometry":null}'):
        split = split_feature_line(cut)
        assert split is None or {**split, "geometry": load_geometry(split["geometry"])} == json.loads(cut), cut


def test_parser_in_raw_mode_counts_and_rejects_like_the_strict_one():
    lines = [json.dumps({"type": "Feature", "properties": {"i": i}, "geometry": POLYGON}) for i in range(5)]
    lines.insert(2, lines[1][:30])  # malformed
    lines.insert(4, json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"i": 99}, "geometry": None}]}))
    body = ("\n".join(lines) + "\n").encode()
    strict, raw = NdjsonParser(), NdjsonParser(raw_geometry=True)
    got_strict = list(strict.feed(body)) + list(strict.finish())
    got_raw = list(raw.feed(body)) + list(raw.finish())
    assert [f["properties"] for f in got_raw] == [f["properties"] for f in got_strict]
    assert [load_geometry(f["geometry"]) for f in got_raw] == [f["geometry"] for f in got_strict]
    assert raw.error_count == strict.error_count == 1 and raw.feature_count == strict.feature_count == 6


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(props=st.dictionaries(st.text(max_size=10), json_values, max_size=5),
       extra=st.dictionaries(st.sampled_from(["id", "bbox", "foo"]), json_scalars, max_size=2),
       order=st.permutations(["type", "properties", "geometry", "extra"]), spaces=st.booleans())
def test_fuzz_split_equals_json_loads(props, extra, order, spaces):
    members = {"type": "Feature", "properties": props, "geometry": POLYGON}
    parts = []
    for key in order:
        items = extra.items() if key == "extra" else [(key, members[key])]
        parts += [json.dumps(k) + (": " if spaces else ":") + json.dumps(v) for k, v in items]
    line = "{" + (", " if spaces else ",").join(parts) + "}"
    feature = split_feature_line(line)
    expected = json.loads(line)
    if feature is not None:  # None is always allowed: the caller parses the line in full
        feature["geometry"] = load_geometry(feature["geometry"])
        assert feature == expected
