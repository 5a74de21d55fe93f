"""What a hostile or broken server sends back (issue 13, items 6, 7, 8 and 11), through the client.

Each case is served by a purpose-built loopback server (``hostile_server.py``: standard library,
bounded in time and size, stops by itself). The cases that could eat memory run the client in a
child process, configured through the environment as a user would, and read the child's own peak
RSS (``ru_maxrss``): every one must end with a specific message, within its stated time, under
400 MB, and no message may hold the API key.
"""

import json
import sys
import time
from pathlib import Path

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient, EpochError, NetworkError, ServerError
from epoch_eudr.core.api.errors import (
    AnswerTooLargeError,
    BadRequestError,
    DeadlineExceededError,
    SubmissionUncertainError,
)
from epoch_eudr.core.api.streams import Limits
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.core.result_rows import derive_row

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_server import API_KEY, USER_ID, client_in_child, feature_line, gzip_bomb, nested  # noqa: E402

FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, max_total_wait=2.0)
PEAK_MB = 400
COLLECTION = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.3, 6.0]}, "properties": {"id": 1}}]}


def client_for(server, **options):
    return EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID), retry=FAST, **options)


def no_secret(text):
    assert API_KEY not in text and USER_ID not in text


# -- in a child process: real peak memory, real time, configured by the environment --------------------
ACTIONS = {
    "fetch": """outcome["count"] = sum(1 for _ in client.fetch_supply_shed(limit=1000))""",
    "upload": """
client.validate_locations({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                           "geometry": {"type": "Point", "coordinates": [1, 2]}}]}, location_type="facility")
outcome["count"] = 1
""",
}


def run_child(server, action, env, timeout):
    """Run the client in a fresh interpreter; its outcome, seconds taken and peak RSS (MB)."""
    return client_in_child(server, ACTIONS[action], env, timeout)


# -- item 8: bounded resources ----------------------------------------------------------------------------
def test_limit_is_enforced_on_our_side(serve):
    server = serve(lambda h, n: h.ndjson(feature_line(i) for i in range(2_000)))  # ignores limit=100
    stream = client_for(server).fetch_supply_shed(limit=100)
    started = time.monotonic()
    rows = list(stream)
    assert len(rows) == 100 and stream.count == 100 and stream.truncated
    assert "more than the 100 rows asked for" in stream.summary()
    assert time.monotonic() - started < 5


def test_gzip_bomb_of_newlines_on_a_fetch_stops_at_the_decompressed_cap(serve):
    bomb = gzip_bomb(300, b"\n")  # 300 MiB of blank lines in 300 KiB
    server = serve(lambda h, n: h.gzip_body(bomb))
    outcome = run_child(server, "fetch", {"EPOCH_MAX_STREAM_MB": "64"}, timeout=60)
    assert outcome.get("error") == "AnswerTooLargeError", outcome
    assert "more than 64 MiB (decompressed)" in outcome["message"] and "EPOCH_MAX_STREAM_MB" in outcome["message"]
    assert outcome["seconds"] < 15 and outcome["peak_mb"] < PEAK_MB
    no_secret(outcome["message"])


def test_gzip_bomb_of_zeros_on_a_fetch_stops_at_the_line_cap(serve):
    bomb = gzip_bomb(300)  # 300 MiB of zeros: one endless line
    server = serve(lambda h, n: h.gzip_body(bomb))
    outcome = run_child(server, "fetch", {"EPOCH_MAX_STREAM_MB": "64", "EPOCH_MAX_LINE_MB": "8"}, timeout=60)
    assert outcome.get("error") == "AnswerTooLargeError", outcome
    assert "Line 1 of the answer is longer than 8 MiB" in outcome["message"]
    assert "EPOCH_MAX_LINE_MB" in outcome["message"]
    assert outcome["seconds"] < 15 and outcome["peak_mb"] < PEAK_MB


def test_gzip_bomb_as_an_upload_answer_stops_at_the_answer_cap(serve):
    bomb = gzip_bomb(300)
    server = serve(lambda h, n: h.gzip_body(bomb, "application/json"))
    outcome = run_child(server, "upload", {"EPOCH_MAX_ANSWER_MB": "64"}, timeout=60)
    assert outcome.get("error") == "AnswerTooLargeError", outcome
    assert "more than 64 MiB (decompressed)" in outcome["message"] and "EPOCH_MAX_ANSWER_MB" in outcome["message"]
    assert outcome["seconds"] < 15 and outcome["peak_mb"] < PEAK_MB
    no_secret(outcome["message"])


def test_a_50_mb_line_without_newline_stops_at_the_line_cap_in_linear_time(serve):
    server = serve(lambda h, n: h.endless_line(50 * 2**20))
    outcome = run_child(server, "fetch", {"EPOCH_MAX_LINE_MB": "8"}, timeout=60)
    assert outcome.get("error") == "AnswerTooLargeError", outcome
    assert "Line 1 of the answer is longer than 8 MiB" in outcome["message"]
    assert outcome["seconds"] < 5 and outcome["peak_mb"] < PEAK_MB


def test_line_assembly_is_linear_without_a_cap(serve):
    """40 MB in one line, read whole (cap 64 MB): it arrives in 64 KiB pieces, joined once (was 11 s)."""
    server = serve(lambda h, n: h.endless_line(40 * 2**20))
    outcome = run_child(server, "fetch", {"EPOCH_MAX_LINE_MB": "64"}, timeout=60)
    assert outcome.get("error") == "IncompleteStreamError", outcome  # it never ends: a cut-off line
    assert outcome["seconds"] < 3 and outcome["peak_mb"] < PEAK_MB


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers"])
def test_a_trickling_server_meets_the_overall_deadline(serve, headers_too):
    server = serve(lambda h, n: h.trickle(every=0.5, headers_too=headers_too))
    outcome = run_child(server, "fetch", {"EPOCH_REQUEST_DEADLINE_S": "2"}, timeout=30)
    assert outcome.get("error") == "DeadlineExceededError", outcome
    assert "2 s" in outcome["message"] and "EPOCH_REQUEST_DEADLINE_S" in outcome["message"]
    assert 1.9 < outcome["seconds"] < 4.5 and outcome["peak_mb"] < PEAK_MB
    no_secret(outcome["message"])


def test_limits_are_configurable_per_client(serve):
    server = serve(lambda h, n: h.ndjson([feature_line(1, {"blob": "x" * 5000})]))
    client = client_for(server, limits=Limits(max_line_bytes=1024))
    with pytest.raises(AnswerTooLargeError, match="longer than 1 KiB"):
        list(client.fetch_supply_shed())


def test_limits_from_the_environment_ignore_nonsense():
    limits = Limits.from_environment({"EPOCH_MAX_LINE_MB": "2", "EPOCH_MAX_STREAM_MB": "abc",
                                      "EPOCH_REQUEST_DEADLINE_S": "-3", "EPOCH_MAX_ANSWER_MB": "0.5"})
    assert limits.max_line_bytes == 2 * 2**20 and limits.max_answer_bytes == 2**19
    assert limits.max_stream_bytes == Limits().max_stream_bytes and limits.deadline_s == Limits().deadline_s


# -- item 6: nothing vanishes silently (client side; the layer side is in tests/qgis_suite) ---------------
def test_every_line_not_kept_is_counted_with_its_number_and_reason(serve):
    lines = [feature_line(1), b'{"type": "Feature", "properties": {"name": "Coop"}\xe9}\n', feature_line(3),
             ('{"type": "Feature", "properties": {"deep": ' + nested(100_000) + "}}\n").encode(), feature_line(5)]
    server = serve(lambda h, n: h.ndjson(lines))
    stream = client_for(server).fetch_deforestation_check("c1")
    started = time.monotonic()
    rows = list(stream)  # a RecursionError here used to end the fetch with a traceback
    assert [r["properties"]["plotid"] for r in rows] == ["P1", "P3", "P5"]
    assert [(m.line_no, m.reason.split(" (")[0]) for m in stream.skipped] == [
        (2, "not UTF-8 text"), (4, "JSON nested too deeply to read")]
    assert stream.summary().startswith("2 lines not written: line 2: not UTF-8 text")
    assert time.monotonic() - started < 5


# -- item 7: unreadable numbers are not Compliant --------------------------------------------------------
BAD_NUMBERS = ['"abc"', '"5%"', "NaN", "Infinity", "1e400", '"0,07"', "[0.01]", '{"v": 0.01}', "true"]


@pytest.mark.parametrize("field", ["noncompliance_area_perc", "noncompliance_area_ha", "noncompliance_plot_count"])
def test_a_producer_number_that_is_not_one_is_not_assessable(serve, field):
    lines = [('{"type": "Feature", "geometry": null, "properties": {"company_name": "Coop ' + str(i) + '", '
              '"locations_confidence": "high", "' + field + '": ' + bad + "}}\n").encode()
             for i, bad in enumerate(BAD_NUMBERS)]
    lines.append(b'{"type": "Feature", "geometry": null, "properties": {"locations_confidence": "high", '
                 b'"noncompliance_area_perc": ""}}\n')  # blank: missing, counts as 0
    server = serve(lambda h, n: h.ndjson(lines))
    rows = [derive_row("assessments", f["properties"]) for f in client_for(server).fetch_supply_shed()]
    assert len(rows) == len(BAD_NUMBERS) + 1
    for row, bad in zip(rows, BAD_NUMBERS):
        assert row["status"] == "Not Assessable", (bad, row["status"])
        assert row["skip_reason"].startswith(f"not_a_number:{field}=") and row["data_error"] == row["skip_reason"]
        assert row[field] is None and row["nc_percent"] is None
    assert '"5%"' in rows[1]["skip_reason"] and "NaN" in rows[2]["skip_reason"] and '"0,07"' in rows[5]["data_error"]
    assert rows[-1]["status"] == "Compliant" and rows[-1]["data_error"] is None


def test_high_risk_proven_by_readable_numbers_stays_high_risk():
    row = derive_row("assessments", {"locations_confidence": "high", "noncompliance_plot_count": 500,
                                     "noncompliance_area_perc": "abc"})
    assert row["status"] == "High Risk" and "noncompliance_area_perc" in row["data_error"]


@pytest.mark.parametrize("bad", BAD_NUMBERS)
def test_a_plot_area_that_is_not_a_number_is_a_data_error(serve, bad):
    server = serve(lambda h, n: h.ndjson([feature_line(1, {"noncompliance_area": json.loads(bad)}),
                                          feature_line(2, {"noncompliance_area": 0.7})]))
    rows = [derive_row("plots", f["properties"]) for f in client_for(server).fetch_deforestation_check("c1")]
    assert rows[0]["status"] == "Data Error" and rows[0]["status_key"] == "data-error"
    assert rows[0]["data_error"] == "not_a_number:noncompliance_area=" + bad.replace("1e400", "Infinity")
    assert rows[0]["noncompliance_area"] is None
    assert rows[1]["status"] == "Non-Compliant" and rows[1]["data_error"] is None


# -- item 11: every failure of the network or the server is a typed message -----------------------------
def test_deeply_nested_upload_answer_is_a_server_error(serve):
    server = serve(lambda h, n: h.answer(200, b'{"type": "FeatureCollection", "features": ' + nested(100_000).encode()
                                         + b"}"))
    with pytest.raises(ServerError, match="nested too deeply") as caught:
        client_for(server).validate_locations(COLLECTION, location_type="facility")
    no_secret(str(caught.value))


def test_deeply_nested_error_answer_keeps_the_status(serve):
    server = serve(lambda h, n: h.answer(422, b'{"detail": ' + nested(100_000).encode() + b"}"))
    with pytest.raises(BadRequestError) as caught:
        client_for(server).validate_locations(COLLECTION, location_type="facility")
    assert caught.value.status == 422


def test_a_corrupt_compressed_upload_answer_is_a_server_error_not_an_oserror(serve):
    server = serve(lambda h, n: h.gzip_body(b"\x1f\x8b\x08\x00garbage-not-gzip" * 10, "application/json"))
    with pytest.raises(EpochError) as caught:
        client_for(server).validate_locations(COLLECTION, location_type="facility")
    assert isinstance(caught.value, ServerError) and "corrupt compressed" in str(caught.value)
    assert not isinstance(caught.value, OSError)


def test_broken_chunked_upload_answer_is_a_network_error(serve):
    def behave(handler, n):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        handler.wfile.write(b"zz\r\nnot a chunk size\r\n")
        handler.close_connection = True

    server = serve(behave)
    with pytest.raises(NetworkError, match="broke while its answer to /validate_locations") as caught:
        client_for(server).validate_locations(COLLECTION, location_type="facility")
    assert not isinstance(caught.value, SubmissionUncertainError)  # screening is safe to send again
    with pytest.raises(SubmissionUncertainError, match="may have been received"):
        client_for(server).batch_process(COLLECTION, "cocoa_test", "cocoa")  # a submission is not


def test_a_trickling_upload_answer_meets_the_deadline(serve):
    server = serve(lambda h, n: h.trickle(b'{"type": "FeatureCollection", "features": []}', every=0.3))
    started = time.monotonic()
    client = client_for(server, limits=Limits(deadline_s=1.5))
    with pytest.raises(DeadlineExceededError, match="1.5 s"):
        client.validate_locations(COLLECTION, location_type="facility")
    assert time.monotonic() - started < 4
    with pytest.raises(SubmissionUncertainError, match="may have been received"):
        client.batch_process(COLLECTION, "cocoa_test", "cocoa")  # never looks safe to send again
    assert time.monotonic() - started < 8


def test_only_encodings_that_can_be_bounded_are_asked_for_and_read(serve):
    import zlib

    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    body = packer.compress(b"".join(feature_line(i) for i in range(3000))) + packer.flush()
    brotli = [("Content-Encoding", "br")]
    server = serve(lambda h, n: h.gzip_body(body) if n == 1 else h.answer(200, b"\x00\x01", brotli))
    client = client_for(server)
    assert len(list(client.fetch_deforestation_check("c1", limit=None))) == 3000  # gzip: inflated within bounds
    assert server.seen[0][2].get("Accept-Encoding") == "gzip, deflate"  # not br or zstd: no bounded inflater
    with pytest.raises(ServerError, match="encoding the plugin did not ask for"):
        client.validate_locations(COLLECTION, location_type="facility")
