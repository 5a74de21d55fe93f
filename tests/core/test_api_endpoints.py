import io
import json
import threading
import time
import zipfile
from pathlib import Path

import pytest
from epoch_eudr.core.api import (
    CancelledError,
    ConfigurationError,
    DownloadError,
    EpochClient,
    IncompleteStreamError,
    NotFoundError,
    PasswordCredentials,
    ServerError,
    Upload,
)
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.core.risk import compliance_status
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

REAL = Path(__file__).resolve().parents[1] / "data" / "real"  # copied from shared/, kept in the repo


def kalimantan():
    return json.loads((REAL / "idn_kalimantan.geojson").read_text())


def facilities():
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"facility_name": "PKS Sungai Ayak", "company": "PT Sawit Jaya"},
         "geometry": {"type": "Point", "coordinates": [110.62, -0.45]}},
        {"type": "Feature", "properties": {"facility_name": "Mill in the sea"},
         "geometry": {"type": "Point", "coordinates": [0.0, 0.0]}},
        {"type": "Feature", "properties": {"facility_name": "No location"}, "geometry": None},
    ]}


def test_validate_plots_with_options(client, sandbox):
    result = client.validate_locations(kalimantan(), location_type="plot", commodity_type="palm",
                                       include_deforestation=True, production_volume=5000)
    props = result["properties"]
    assert props["total_plots"] == 3 and props["sandbox"] is True
    assert "deforestation" in props and "circumvention" in props
    assert props["total_plot_area_ha"] == pytest.approx(sum(f["properties"]["area_ha"] for f in result["features"]))
    assert [f["properties"]["id"] for f in result["features"]] == [1, 2, 3]
    again = client.validate_locations(kalimantan(), location_type="plot", commodity_type="palm",
                                      include_deforestation=True, production_volume=5000)
    assert again == result  # deterministic


def test_validate_facilities_scores_like_the_seed(client):
    result = client.validate_locations(facilities(), location_type="facility", commodity_type="Palm Oil",
                                       check_water_access=True, check_port_proximity=False)
    first, sea, missing = (f["properties"] for f in result["features"])
    assert first["country"] == "Indonesia" and first["producer_name"] == "PT Sawit Jaya"
    assert first["water_access"] in (0, 1) and first["port_proximity"] is None
    assert sea["commodity_presence"] == 0 and sea["confidence_level"] in ("medium", "low")
    assert missing["confidence_level"] == "invalid"
    assert result["properties"]["total_facilities"] == 3
    assert result["properties"]["confidence_level"]["invalid"] == 1


def test_large_input_is_chunked_with_bounded_concurrency_and_merged(client, sandbox):
    plots = kalimantan()
    plots["features"] = [dict(f, properties={"id": i}) for i, f in enumerate(plots["features"] * 4)]  # 12
    seen = []
    result = client.validate_locations(plots, location_type="plot", limit=5,
                                       progress=lambda done, total: seen.append((done, total)))
    assert sandbox.hits["/validate_locations"] == 3
    assert [f["properties"]["id"] for f in result["features"]] == list(range(12))
    assert result["properties"]["total_plots"] == 12 and result["properties"]["chunks"] == 3
    assert sorted(seen) == [(1, 3), (2, 3), (3, 3)]


def test_csv_and_xlsx_uploads(client):
    csv_data = b"facility_name,latitude,longitude,company\nMill A,-0.45,110.62,PT A\nMill B,5.8,-6.6,Coop B\n"
    result = client.validate_locations(Upload(csv_data, "mills.csv", "csv"), location_type="facility",
                                       normalize_input=True)
    assert [f["properties"]["country"] for f in result["features"]] == ["Indonesia", "Côte d'Ivoire"]
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>lat</t>'
             '</is></c><c r="C1" t="inlineStr"><is><t>lon</t></is></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><t>Mill X</t></is></c><c r="B2"><v>13.25</v></c>'
             '<c r="C2"><v>-85.95</v></c></row></sheetData></worksheet>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("xl/worksheets/sheet1.xml", sheet)
    result = client.validate_locations(Upload(buffer.getvalue(), "mills.xlsx", "xlsx"), location_type="facility")
    assert result["features"][0]["properties"]["country"] == "Nicaragua"


def test_bad_local_geojson_is_a_clear_error(client):
    with pytest.raises(ConfigurationError, match="plots.geojson is not valid GeoJSON"):
        client.validate_locations(Upload(b"{oops", "plots.geojson", "geojson"), location_type="plot")
    with pytest.raises(ConfigurationError, match="location_type"):
        client.validate_locations(kalimantan(), location_type="plots")


def test_batch_process_then_poll_until_results_appear(client, sandbox):
    job = client.batch_process(kalimantan(), "palm_Indonesia_poll-test", "palm")
    assert job.status == "submitted" and job.collection_id.startswith("0x")
    assert list(client.fetch_deforestation_check(job.collection_id)) == []  # not ready yet
    deadline = time.time() + 5
    plots = []
    while not plots and time.time() < deadline:
        time.sleep(0.1)
        plots = list(client.fetch_deforestation_check(job.collection_id))
    assert len(plots) == 3
    rows = list(client.fetch_supply_shed(filters={"collection_id": job.collection_id}))
    assert len(rows) == 1 and rows[0]["properties"]["stat_type"] == "eudr_deforestation"
    again = client.batch_process(kalimantan(), "palm_Indonesia_poll-test", "palm")
    assert again.status == "exists" and again.collection_id == job.collection_id


def test_batch_supply_shed_sends_the_seed_form_fields(client, sandbox):
    job = client.batch_supply_shed(facilities(), "palm_Indonesia_shed-test", "palm")
    time.sleep(0.4)
    row = list(client.fetch_supply_shed(filters={"collection_id": job.collection_id}))[0]["properties"]
    assert row["stat_type"].startswith("supply_shed") and row["area_ha_supply_shed"] > 0
    assert json.loads(row["metadata"])["facility_geo"].startswith("POINT(")
    with pytest.raises(ConfigurationError, match="Nothing to submit"):
        client.batch_supply_shed({"type": "FeatureCollection", "features": []}, "x", "palm")
    with pytest.raises(ConfigurationError, match="name"):
        client.batch_supply_shed(facilities(), "  ", "palm")


def test_catalogue_covers_every_status(client):
    rows = [f["properties"] for f in client.fetch_supply_shed()]
    labels = {compliance_status(r).label for r in rows}
    assert labels == {"High Risk", "Medium Risk", "Compliant", "Not Assessable"}
    by_plots_only = [r for r in rows if r.get("noncompliance_plot_count", 0) > 100
                     and r["noncompliance_area_perc"] <= 0.05]
    assert by_plots_only and compliance_status(by_plots_only[0]).label == "High Risk"
    skip = {r["locations_confidence"] for r in rows if compliance_status(r).label == "Not Assessable"}
    assert "not processed: address too approximate" in skip and "invalid" in skip
    assert all(r["sandbox"] is True for r in rows)


def test_fetch_filters_and_stream_progress(client):
    seen = []
    rows = list(client.fetch_supply_shed(filters={"commodity": "palm"},
                                         progress=lambda done, total: seen.append((done, total))))
    assert rows and all(r["properties"]["commodity"] == "palm" for r in rows)
    assert seen[-1] == (len(rows), len(rows))


def test_stream_cut_mid_line_raises(client, sandbox):
    total = len(list(client.fetch_supply_shed()))
    sandbox.faults.cut_stream_after_bytes = 3000
    stream = client.fetch_supply_shed()
    got = []
    with pytest.raises(IncompleteStreamError, match="incomplete"):
        for feature in stream:
            got.append(feature)
    assert 0 < len(got) < total


def test_malformed_line_is_counted_not_hidden(client, sandbox):
    total = len(list(client.fetch_supply_shed()))
    sandbox.faults.malformed_line_at = 2
    stream = client.fetch_supply_shed()
    rows = list(stream)
    assert len(rows) == total - 1 and stream.malformed_count == 1 and stream.malformed[0].line_no == 2
    assert "line 2" in stream.summary()


def test_messy_stream_is_read_whole(client, sandbox):
    clean = [f["properties"]["collection_id"] for f in client.fetch_supply_shed()]
    sandbox.faults.messy_ndjson = True
    stream = client.fetch_supply_shed()
    messy = [f["properties"]["collection_id"] for f in stream]
    assert sorted(messy) == sorted(clean) and stream.malformed_count == 0


def _an_assessed_id(client):
    return next(f["properties"]["collection_id"] for f in client.fetch_supply_shed()
                if compliance_status(f["properties"]).label != "Not Assessable")


def test_dds_download(client, tmp_path):
    cid = _an_assessed_id(client)
    result = client.export_eudr_dds([cid], tmp_path / "dds" / "out.zip")
    assert result.path.is_file() and f"{cid}_traces.geojson" in result.names
    assert "dds_audit_trail.pdf" in result.names
    pdf = zipfile.ZipFile(result.path).read("dds_audit_trail.pdf")
    assert pdf.startswith(b"%PDF-") and b"SANDBOX" in pdf
    assert [p.name for p in (tmp_path / "dds").iterdir()] == ["out.zip"]


def test_corrupt_zip_leaves_destination_untouched(client, sandbox, tmp_path):
    cid = _an_assessed_id(client)
    target = tmp_path / "keep.zip"
    target.write_bytes(b"previous good file")
    sandbox.faults.corrupt_zip = True
    with pytest.raises(DownloadError, match="damaged"):
        client.export_eudr_dds([cid], target)
    assert target.read_bytes() == b"previous good file"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.zip"]


def test_cancelled_download_leaves_nothing(client, tmp_path):
    cid = _an_assessed_id(client)
    target = tmp_path / "new.zip"
    with pytest.raises(CancelledError):
        client.export_eudr_dds([cid], target, cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_destination(client, tmp_path):
    cid = _an_assessed_id(client)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DownloadError, match="Could not write"):
        client.export_eudr_dds([cid], blocker / "sub" / "out.zip")


def test_unknown_collection(client, tmp_path):
    with pytest.raises(NotFoundError, match="not found"):
        client.export_eudr_dds(["0xnope"], tmp_path / "x.zip")
    with pytest.raises(ConfigurationError):
        client.export_eudr_dds([], tmp_path / "x.zip")


def test_cancel_mid_stream(client):
    flag = threading.Event()
    stream = client.fetch_supply_shed(cancel=flag.is_set)
    with pytest.raises(CancelledError):
        for _ in stream:
            flag.set()


def test_one_failing_chunk_fails_the_whole_screening(sandbox):
    client = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD),
                         retry=RetryPolicy(max_attempts=1), max_workers=1)
    client.test_connection()
    plots = kalimantan()
    plots["features"] = plots["features"] * 2
    sandbox.faults.server_error_next = 1  # the first chunk fails, the second would succeed
    with pytest.raises(ServerError, match="validate_locations"):
        client.validate_locations(plots, location_type="plot", limit=3)
