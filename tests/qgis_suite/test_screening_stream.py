"""Screening streams (issue 15 item 4): a layer read, sent and written chunk by chunk, in order, with its ids."""

import json

import pytest
from epoch_eudr.core.api import EpochClient, PasswordCredentials, ServerError
from epoch_eudr.core.api.errors import CancelledError
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.core.result_rows import SOURCE_KEY
from epoch_eudr.layers.inputs.source import SourceError, UploadChunks, build_upload, snapshot_layer
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.writer.results import open_result_layer
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

from .helpers import memory_layer, plots_layer


def mixed_plots():
    """Seven features: plots 1-3, one without geometry (4), plots 5-7."""
    square = "POLYGON(({x} 12.1, {x1} 12.1, {x1} 12.11, {x} 12.11, {x} 12.1))"
    rows = [(square.format(x=-85.9 + i * 0.02, x1=-85.89 + i * 0.02) if i != 3 else None, [f"P{i + 1}"])
            for i in range(7)]
    return memory_layer("Polygon?crs=EPSG:4326&field=plot:string", rows, "mixed")


def test_chunks_are_built_one_at_a_time_with_their_source_ids(qgis_app):
    chunks = UploadChunks(snapshot_layer(mixed_plots()), "plot", limit=2)
    assert chunks.total == 7
    sizes, reads = [], []
    for upload in chunks:
        reads.append(chunks.prepared.read)  # the layer is read one feature ahead of the chunk, no further
        sizes.append((upload.filename, [f["properties"]["plot"] for f in json.loads(upload.content)["features"]]))
    assert sizes == [("mixed_part1.geojson", ["P1", "P2"]), ("mixed_part2.geojson", ["P3", "P5"]),
                     ("mixed_part3.geojson", ["P6", "P7"])]
    assert reads == [3, 6, 7]
    assert [chunks.claim().source_ids for _ in range(3)] == [[1, 2], [3, 5], [6, 7]]
    assert chunks.prepared.sent == 6 and chunks.prepared.skipped == [(4, "no geometry")]
    assert chunks.prepared.upload is None
    (whole,) = UploadChunks(snapshot_layer(mixed_plots()), "plot")  # one chunk: the layer's own name
    assert whole.filename == "mixed.geojson" and len(json.loads(whole.content)["features"]) == 6


def test_a_table_goes_as_csv_chunks_each_with_its_header(qgis_app):
    table = memory_layer("None?field=name:string&field=lat:double&field=lon:double",
                         [(None, [f"Mill {i}", 6.0 + i, -6.3]) for i in range(3)], "mills")
    chunks = UploadChunks(snapshot_layer(table), None, limit=2)
    uploads = list(chunks)
    assert [u.filename for u in uploads] == ["mills_part1.csv", "mills_part2.csv"]
    assert [u.content.decode().splitlines() for u in uploads] == [
        [f"name,lat,lon,{SOURCE_KEY}", "Mill 0,6.0,-6.3,1", "Mill 1,7.0,-6.3,2"],
        [f"name,lat,lon,{SOURCE_KEY}", "Mill 2,8.0,-6.3,3"]]
    assert chunks.prepared.location_type == "facility" and chunks.prepared.sent == 3


def test_one_upload_for_a_submission_is_the_same_features(qgis_app):
    prepared = build_upload(snapshot_layer(mixed_plots()), "plot")
    sent = json.loads(prepared.upload.content)["features"]
    assert [f["properties"][SOURCE_KEY] for f in sent] == prepared.source_ids == [1, 2, 3, 5, 6, 7]
    assert prepared.sent == 6 and prepared.skipped == [(4, "no geometry")]
    with pytest.raises(CancelledError):
        build_upload(snapshot_layer(mixed_plots()), "plot", cancel=lambda: True)
    empty = memory_layer("Polygon?crs=EPSG:4326&field=plot:string", [(None, ["P1"])], "empty")
    with pytest.raises(SourceError, match="no feature with a usable geometry"):
        list(UploadChunks(snapshot_layer(empty), "plot"))


def test_a_layer_screened_in_chunks_keeps_order_ids_and_a_percentage(qgis_app, client, sandbox_server, tmp_path):
    sandbox_server.hits.clear()
    seen = []
    outcome = ops.screen_to_gpkg(client, snapshot_layer(mixed_plots()), "plot", {"include_deforestation": True},
                                 tmp_path / "r.gpkg", "screened", progress=seen.append, limit=2)
    assert sandbox_server.hits["/validate_locations"] == 3
    assert outcome.layer.count == 6 and outcome.prepared.sent == 6
    assert outcome.prepared.skipped == [(4, "no geometry")] and "feature 4: no geometry" in outcome.summary()
    assert outcome.collection["chunks"] == 3 and outcome.collection["total_plots"] == 6
    rows = [(f["plot"], f[SOURCE_KEY]) for f in open_result_layer(tmp_path / "r.gpkg", "screened",
                                                                   "screened_plots").getFeatures()]
    assert rows == [("P1", 1), ("P2", 2), ("P3", 3), ("P5", 5), ("P6", 6), ("P7", 7)]  # input order, by fid
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    assert len(seen) == 5 and all(0 < v < 100 for v in seen[1:-1])  # one step per chunk


class Echo:
    """A stand-in client answering each chunk with one result per location, without the source id."""

    def __init__(self):
        self.pieces = 0

    def validate_locations_chunks(self, pieces, *, location_type, limit, cancel, **options):
        for upload in pieces:
            self.pieces += 1
            sent = json.loads(upload.content)["features"]
            yield {"type": "FeatureCollection", "properties": {"total_plots": len(sent)},
                   "features": [{"type": "Feature", "properties": {"plot": f["properties"]["plot"], "status": "ok"},
                                 "geometry": f["geometry"]} for f in sent]}


def test_source_ids_are_restored_chunk_by_chunk_when_the_api_drops_them(qgis_app, tmp_path):
    echo = Echo()
    outcome = ops.screen_to_gpkg(echo, snapshot_layer(mixed_plots()), "plot", {}, tmp_path / "r.gpkg", "s", limit=4)
    assert echo.pieces == 2 and outcome.collection == {"total_plots": 6, "chunks": 2}
    rows = [(f["plot"], f[SOURCE_KEY]) for f in open_result_layer(tmp_path / "r.gpkg", "s", "screened_plots")
            .getFeatures()]
    assert rows == [("P1", 1), ("P2", 2), ("P3", 3), ("P5", 5), ("P6", 6), ("P7", 7)]


def failing_client(url, fail_at, exc):
    """A client whose ``fail_at``-th /validate_locations request raises (or sets off) ``exc``."""
    client = EpochClient(url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD), retry=RetryPolicy(max_attempts=1))
    original = client.transport.request
    calls = []

    def request(method, path, **kwargs):
        if path == "/validate_locations":
            calls.append(path)
            if len(calls) == fail_at:
                exc(kwargs)
        return original(method, path, **kwargs)

    client.transport.request = request
    return client, calls


def leftovers(tmp_path):
    return sorted(p.name for p in tmp_path.iterdir())


def test_a_failed_chunk_leaves_no_output_and_an_earlier_layer_as_it_was(qgis_app, sandbox_server, tmp_path):
    ops.screen_to_gpkg(EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD)),
                       snapshot_layer(plots_layer()), "plot", {}, tmp_path / "r.gpkg", "earlier")
    before = (tmp_path / "r.gpkg").read_bytes()

    def boom(kwargs):
        raise ServerError("the second chunk failed at /validate_locations")

    client, calls = failing_client(sandbox_server.url, 2, boom)
    for name in ("fresh.gpkg", "r.gpkg"):
        with pytest.raises(ServerError, match="second chunk"):
            ops.screen_to_gpkg(client, snapshot_layer(mixed_plots()), "plot", {}, tmp_path / name, "screened",
                               limit=2)
        calls.clear()
    assert leftovers(tmp_path) == ["r.gpkg"]  # no fresh.gpkg, no staged folder
    assert (tmp_path / "r.gpkg").read_bytes() == before


def test_cancel_between_and_during_chunks_leaves_no_output(qgis_app, sandbox_server, tmp_path):
    flag = []

    def cancel_now(kwargs):
        flag.append(True)  # the user cancels while this chunk is being sent

    client, _ = failing_client(sandbox_server.url, 2, cancel_now)
    with pytest.raises(CancelledError):
        ops.screen_to_gpkg(client, snapshot_layer(mixed_plots()), "plot", {}, tmp_path / "a.gpkg", "s", limit=2,
                           cancel=lambda: bool(flag))
    between = []
    with pytest.raises(CancelledError):
        ops.screen_to_gpkg(client, snapshot_layer(mixed_plots()), "plot", {}, tmp_path / "b.gpkg", "s", limit=2,
                           progress=lambda value: between.append(value) if value > 0 else None,
                           cancel=lambda: bool(between))
    assert leftovers(tmp_path) == []
