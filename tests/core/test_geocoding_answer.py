"""The tolerant reading of /normalize_locations' answer (undescribed by Epoch): rows placed, not placed, left out."""

import pytest
from epoch_eudr.core.api.errors import EpochError
from epoch_eudr.core.api.geocoding import complete, read_answer_rows, row_name

FILE = [{"id": "A", "address": "1 Main St", "country": "Brazil"}, {"id": "B", "address": "2 Side Rd", "country": ""},
        {"id": "C", "address": "3 Hill", "country": "Ghana"}]


def _point(x, y):
    return {"type": "Point", "coordinates": [x, y]}


def test_row_numbers_statuses_and_reasons_in_any_spelling():
    answer = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": _point(1, 2), "properties": {"row_index": 2, "id": "C"}},  # 0-based
        {"type": "Feature", "geometry": _point(0, 0), "properties": {"Geocoding_Status": "Not Found", "id": "B",
                                                                     "row_index": 1, "Error": "no such street"}},
        {"type": "Feature", "geometry": _point(200, 0), "properties": {"id": "A", "row_index": 0}},  # out of range
    ]}
    rows = complete(read_answer_rows([answer]), FILE).rows
    assert [(r.row, r.properties["id"], r.placed) for r in rows] == [(1, "A", False), (2, "B", False), (3, "C", True)]
    assert rows[1].reason == "no such street" and rows[2].point == [1.0, 2.0]


def test_rows_left_out_without_numbers_are_matched_in_order_and_named_from_the_file():
    answer = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": _point(1, 1), "properties": {"id": "A", "lat": 1}},
        {"type": "Feature", "geometry": _point(2, 2), "properties": {"id": "C"}}]}
    rows = complete(read_answer_rows([answer]), FILE).rows
    assert [(r.row, r.properties["id"], r.placed, r.missing) for r in rows] == [
        (1, "A", True, False), (2, "B", False, True), (3, "C", True, False)]
    assert row_name(rows[1].properties) == "B, 2 Side Rd"


def test_pieces_are_numbered_after_the_rows_before_them():
    first = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None, "properties": {}}] * 2}
    second = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": _point(3, 3),
                                                         "properties": {"row": 1}}]}
    rows = read_answer_rows([first, second], [0, 2]).rows
    assert [r.row for r in rows] == [1, 2, 3] and rows[2].placed


def test_an_answer_that_is_not_a_collection_is_refused_in_words():
    with pytest.raises(EpochError, match="did not answer with a GeoJSON FeatureCollection"):
        read_answer_rows([{"detail": "ok"}])


def test_sandbox_answer_guess():
    from epoch_eudr.sandbox.geocoding import normalize_rows

    answer = normalize_rows([{"address": "x", "country": ""}, {"lat": "1.5", "lon": "2.5"}])
    props = [f["properties"] for f in answer["features"]]
    assert props[0]["geocode_status"] == "failed" and props[0]["geocode_error"] == "no country in the row"
    assert answer["features"][1]["geometry"] == {"type": "Point", "coordinates": [2.5, 1.5]}
    assert [p["input_row"] for p in props] == [1, 2]
