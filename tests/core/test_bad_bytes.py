"""A line with bytes that are not UTF-8 keeps its feature, read with U+FFFD, and says so (client side).

The layer side (geometry written, the write summary) is in ``tests/qgis_suite/test_bad_bytes.py``.
"""

import sys
import time
from pathlib import Path

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient
from epoch_eudr.core.api.ndjson import NdjsonParser, parse_chunks
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.core.result_rows import derive_row

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_server import API_KEY, USER_ID, HostileServer, feature_line  # noqa: E402

LATIN1_NAME = (b'{"type": "Feature", "properties": {"plotid": "P2", "name": "S\xe3o Jo\xe3o", '
               b'"noncompliance_area": 0.2}, "geometry": {"type": "Polygon", '
               b'"coordinates": [[[2, 0], [3, 0], [3, 1], [2, 0]]]}}\n')


@pytest.fixture
def server():
    made = HostileServer(lambda handler, n: handler.ndjson(
        [feature_line(1), LATIN1_NAME, b'{"type": "Feature", "properties": {"plotid": "P3"}, "geometry": \xff}\n',
         feature_line(4)]))
    yield made
    made.stop()


@pytest.mark.parametrize("raw_geometry", [False, True], ids=["parsed", "raw-geometry"])
def test_the_feature_is_kept_with_replacement_characters_and_a_note(server, raw_geometry):
    stream = EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID),
                         retry=RetryPolicy(max_attempts=1)).fetch_deforestation_check("c1")
    if raw_geometry:
        stream.keep_geometry_raw()  # as the layer writer reads it
    started = time.monotonic()
    features = list(stream)
    assert time.monotonic() - started < 5
    assert [f["properties"]["plotid"] for f in features] == ["P1", "P2", "P4"]  # P2 was lost, geometry and all
    plot = features[1]
    assert plot["geometry"] and plot["properties"]["name"] == "S\ufffdo Jo\ufffdo"
    row = derive_row("plots", plot["properties"])
    assert row["data_note"] == "not_utf8:2=62"  # stored as a code, worded when shown
    assert row["status"] == "Compliant" and row["data_error"] is None
    assert stream.repaired_count == 1 and [(m.line_no, m.reason) for m in stream.repaired] == [(2, "byte 62")]
    assert [(m.line_no, m.reason) for m in stream.skipped] == [(3, "not UTF-8 text (byte 65)")]  # no JSON even so
    assert stream.summary() == (
        "1 line not written: line 3: not UTF-8 text (byte 65) ('{\"type\": \"Feature\", \"properties\": {\"plotid\": "
        "\"P3\"}, \"geometr'); 1 line read with U+FFFD for bytes that are not UTF-8 (the rows are written, see "
        "data_note): line 2: byte 62 ('lotid\": \"P2\", \"name\": \"S\ufffdo Jo\ufffdo\", \"noncompliance')")
    assert stream.notes() == [stream.summary().split("; ", 1)[1]]


def test_a_bad_byte_split_across_chunks_and_in_the_last_line_without_newline():
    body = feature_line(1) + LATIN1_NAME.rstrip(b"\n")
    parser = NdjsonParser()
    features = list(parse_chunks([body[i:i + 7] for i in range(0, len(body), 7)], parser))
    assert [f["properties"]["name"] for f in features[1:]] == ["S\ufffdo Jo\ufffdo"]
    assert parser.repaired_count == 1 and parser.error_count == 0
    assert features[1]["properties"]["data_note"] == "not_utf8:2=62"
