import json
import tracemalloc

import pytest
from epoch_eudr.core.api import IncompleteStreamError
from epoch_eudr.core.api.ndjson import NdjsonParser, parse_chunks
from hypothesis import given, settings
from hypothesis import strategies as st


def feature(i):
    return {"type": "Feature", "properties": {"i": i, "name": f"Prod\u00e9 {i}"},
            "geometry": {"type": "Point", "coordinates": [i * 0.5, -i * 0.25]}}


def ndjson(features, eol="\n"):
    return "".join(json.dumps(f) + eol for f in features).encode("utf-8")


def chunked(data, cuts):
    points = sorted({c % (len(data) + 1) for c in cuts})
    edges = [0, *points, len(data)]
    return [data[a:b] for a, b in zip(edges, edges[1:])]


def test_lines_split_across_chunks_blank_lines_crlf_and_collection_line():
    features = [feature(i) for i in range(7)]
    body = (ndjson(features[:2], "\r\n") + b"\n   \n" + json.dumps(
        {"type": "FeatureCollection", "features": features[2:5]}).encode() + b"\n" + ndjson(features[5:6])
        + json.dumps(features[6]).encode())  # last line without newline
    parser = NdjsonParser()
    got = list(parse_chunks(chunked(body, [3, 50, 51, 200, 333]), parser))
    assert got == features
    assert parser.error_count == 0


def test_malformed_lines_counted_with_line_numbers():
    body = ndjson([feature(0)]) + b'{"type": "Feature", "prop\n' + ndjson([feature(1)]) + b"[1, 2]\n" + \
        b'{"type": "Polygon"}\n' + b"\xff\xfe\n" + ndjson([feature(2)])
    parser = NdjsonParser()
    got = list(parse_chunks([body], parser))
    assert [f["properties"]["i"] for f in got] == [0, 1, 2]
    assert [(e.line_no, e.reason.split(" (")[0]) for e in parser.errors] == [
        (2, "not valid JSON"), (4, "not a GeoJSON Feature"), (5, "not a GeoJSON Feature"), (6, "not UTF-8 text")]
    assert parser.error_count == 4
    assert "4 malformed line(s) skipped: line 2" in parser.summary()


def test_cut_off_last_line_raises():
    body = ndjson([feature(0), feature(1)])[:-10]
    parser = NdjsonParser()
    seen = []
    with pytest.raises(IncompleteStreamError, match="middle of line 2 after 1 features"):
        for f in parse_chunks([body], parser):
            seen.append(f)
    assert len(seen) == 1


def test_empty_stream():
    assert list(parse_chunks([b"", b"\n\n", b"  "], NdjsonParser())) == []


@settings(max_examples=200, deadline=None)
@given(count=st.integers(0, 30), cuts=st.lists(st.integers(0, 10_000), max_size=40),
       crlf=st.booleans(), final_newline=st.booleans())
def test_fuzz_any_chunk_boundaries_give_the_same_features(count, cuts, crlf, final_newline):
    features = [feature(i) for i in range(count)]
    body = ndjson(features, "\r\n" if crlf else "\n")
    if not final_newline:
        body = body.rstrip(b"\r\n")
    parser = NdjsonParser()
    assert list(parse_chunks(chunked(body, cuts), parser)) == features
    assert parser.error_count == 0 and parser.feature_count == count


@settings(max_examples=100, deadline=None)
@given(cuts=st.lists(st.integers(0, 5000), max_size=20), bad_at=st.integers(0, 9))
def test_fuzz_malformed_line_is_reported_wherever_the_chunks_fall(cuts, bad_at):
    lines = [json.dumps(feature(i)) for i in range(10)]
    lines[bad_at] = lines[bad_at][:-3]
    body = ("\n".join(lines) + "\n").encode()
    parser = NdjsonParser()
    got = list(parse_chunks(chunked(body, cuts), parser))
    assert len(got) == 9 and [e.line_no for e in parser.errors] == [bad_at + 1]


def test_memory_stays_flat_for_a_million_features():
    line = b'{"type":"Feature","properties":{"i":1},"geometry":null}\n'

    def chunks(n, per_chunk=1000):
        block = line * per_chunk
        for _ in range(n // per_chunk):
            yield block

    tracemalloc.start()
    parser = NdjsonParser()
    count = sum(1 for _ in parse_chunks(chunks(1_000_000), parser))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 1_000_000
    assert peak < 2_000_000  # bytes: a chunk and a few features, not a million
