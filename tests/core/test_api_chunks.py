"""Screening in chunks (issue 15 item 4): pieces read lazily, answers in order, failures and cancels stop it all."""

import json
import threading

import pytest
from epoch_eudr.core.api import (
    CancelledError,
    ConfigurationError,
    EpochClient,
    PasswordCredentials,
    ServerError,
    Upload,
)
from epoch_eudr.core.api.client import screening_params
from epoch_eudr.core.api.merge import chunk_part, merge_chunk_properties
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD


def point(i):
    return {"type": "Feature", "properties": {"n": i}, "geometry": {"type": "Point", "coordinates": [110.6, -0.45]}}


def piece(start, count, name="part"):
    collection = {"type": "FeatureCollection", "features": [point(i) for i in range(start, start + count)]}
    return Upload.from_collection(collection, f"{name}{start}.geojson")


class Pieces:
    """Pieces of ``size`` features, recording when each is asked for (the answers handed back by then)."""

    def __init__(self, count, size=2):
        self.count, self.size = count, size
        self.pulled = []  # answers handed back when each piece was asked for
        self.handed = 0

    def __iter__(self):
        for k in range(self.count):
            self.pulled.append(self.handed)
            yield piece(k * self.size, self.size)


def test_answers_come_in_input_order_and_pieces_are_read_only_when_a_slot_frees(client, sandbox):
    pieces = Pieces(5)
    numbers, seen = [], []
    for answer in client.validate_locations_chunks(pieces, location_type="facility", limit=2,
                                                   progress=lambda done, total: seen.append((done, total))):
        pieces.handed += 1
        numbers += [f["properties"]["n"] for f in answer["features"]]
        assert answer["properties"]["total_facilities"] == 2
    assert numbers == list(range(10)) and sandbox.hits["/validate_locations"] == 5
    assert seen == [(k, None) for k in range(1, 6)]  # on the caller's thread, one per answer
    # max_workers (2) in flight, never more: piece k is asked for once answer k - 2 is handed back
    assert pieces.pulled == [0, 0, 1, 2, 3]


def test_one_piece_and_options_are_sent_like_validate_locations(client, sandbox):
    (answer,) = client.validate_locations_chunks([piece(0, 3)], location_type="facility", commodity_type="cocoa",
                                                 check_road_access=True)
    assert [f["properties"]["n"] for f in answer["features"]] == [0, 1, 2]
    with pytest.raises(ConfigurationError, match="Unknown screening option"):
        client.validate_locations_chunks([piece(0, 1)], location_type="facility", colour="red")
    with pytest.raises(ConfigurationError, match="location_type"):
        client.validate_locations_chunks([piece(0, 1)], location_type="plots")


def test_screening_params_keep_the_order_flags_and_values():
    params = screening_params("plot", 10, {"commodity_type": "coffee", "include_deforestation": True,
                                           "check_port_proximity": False, "production_volume": 2.5,
                                           "normalize_input": None})
    assert params == {"location_type": "plot", "commodity_type": "coffee", "include_deforestation": "true",
                      "check_port_proximity": "false", "production_volume": 2.5, "limit": 10}


def test_a_failed_piece_stops_the_rest_and_raises_its_own_error(sandbox):
    client = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD),
                         retry=RetryPolicy(max_attempts=1), max_workers=1)
    client.test_connection()
    pieces = Pieces(6)
    answers = client.validate_locations_chunks(pieces, location_type="facility", limit=2)
    assert [f["properties"]["n"] for f in next(answers)["features"]] == [0, 1]
    sandbox.faults.server_error_next = 1  # the piece now in flight fails
    with pytest.raises(ServerError, match="validate_locations"):
        next(answers)
    assert len(pieces.pulled) == 2 and sandbox.hits["/validate_locations"] == 2  # nothing more was read or sent


def test_a_cancel_between_pieces_stops_before_the_next_is_read(client, sandbox):
    flag = threading.Event()
    pieces = Pieces(6)
    answers = client.validate_locations_chunks(pieces, location_type="facility", limit=2, cancel=flag.is_set)
    next(answers)
    flag.set()
    with pytest.raises(CancelledError):
        next(answers)
    assert len(pieces.pulled) <= 3  # the ones already in flight, no more


def test_closing_early_stops_and_sends_nothing_more(client, sandbox):
    pieces = Pieces(6)
    answers = client.validate_locations_chunks(pieces, location_type="facility", limit=2)
    next(answers)
    answers.close()
    assert len(pieces.pulled) == 2 and sandbox.hits["/validate_locations"] <= 2  # the next is read only when asked


def test_chunk_properties_merge_like_whole_collections():
    a = {"type": "FeatureCollection", "properties": {"total_plots": 2, "avg_score": 0.5, "risk": "low"},
         "features": [point(0), point(1)]}
    b = {"type": "FeatureCollection", "properties": {"total_plots": 1, "avg_score": 0.8, "risk": "high"},
         "features": [point(2)]}
    merged = merge_chunk_properties([chunk_part(a), chunk_part(b)])
    assert merged == {"total_plots": 3, "avg_score": pytest.approx(0.6), "risk": "high", "chunks": 2}
    assert merge_chunk_properties([chunk_part(a)]) == a["properties"]  # one chunk: as it came
    assert merge_chunk_properties([]) == {}
    assert chunk_part({"properties": ["odd"], "features": "odd"}) == ({}, 0)
    assert json.dumps(merged)
