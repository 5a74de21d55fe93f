"""Each algorithm through processing.run against the sandbox; one through qgis_process.bin."""

import json
import time
import zipfile
from pathlib import Path

import pytest
from epoch_eudr.connection.auth_config import save_credentials
from epoch_eudr.layers.operations.jobs import read_profile_jobs
from epoch_eudr.sandbox import DEMO_API_KEY, DEMO_EMAIL, DEMO_USER_ID
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsProcessingException, QgsProject, QgsVectorLayer

from .helpers import (
    RecordingFeedback,
    facilities_layer,
    plots_layer,
    qgis_process_env,
    results_of,
    run_algorithm,
    sandbox_login,
)

REPO = Path(__file__).resolve().parents[2]




def test_provider_lists_one_algorithm_per_operation(processing):
    ids = {a.id() for a in QgsApplication.processingRegistry().providerById("epoch_eudr").algorithms()}
    assert {"epoch_eudr:screen_locations", "epoch_eudr:submit_batch", "epoch_eudr:fetch_assessments",
            "epoch_eudr:fetch_plots", "epoch_eudr:download_dds"} <= ids


def test_screen_locations_output_is_styled_and_summary_is_json(processing, env_login, tmp_path):
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    out = tmp_path / "screen.gpkg"
    result = processing.run("epoch_eudr:screen_locations", {
        "INPUT": layer, "COMMODITY": "cocoa", "CHECK_WATER_ACCESS": True, "OUTPUT": str(out)})
    summary = json.loads(result["SUMMARY"])
    assert summary["total_facilities"] == 3
    written = QgsVectorLayer(result["OUTPUT"], "s", "ogr")
    assert written.isValid() and written.featureCount() == 3
    assert isinstance(written.renderer(), QgsCategorizedSymbolRenderer)  # the style saved in the GeoPackage
    assert {f["commodity_type"] for f in written.getFeatures()} == {"cocoa"}
    QgsProject.instance().removeMapLayer(layer.id())


def test_screen_to_a_shapefile_is_converted(processing, env_login, tmp_path):
    layer = plots_layer()
    result = processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "OUTPUT": str(tmp_path / "s.shp")})
    assert result["OUTPUT"].endswith("s.shp") and QgsVectorLayer(result["OUTPUT"], "s", "ogr").featureCount() == 6


def test_submit_wait_fetch_plots_and_download(processing, env_login, tmp_path):
    layer = plots_layer()
    name = f"coffee_test_{time.time_ns()}"
    submitted = processing.run("epoch_eudr:submit_batch", {"INPUT": layer, "COLLECTION_NAME": name,
                                                           "COMMODITY": "coffee", "WAIT_SECONDS": 10})
    assert submitted["STATUS"] == "ready" and submitted["COLLECTION_NAME"] == name
    (job,) = read_profile_jobs()  # recorded for the panel, already ready (the run waited for it)
    assert (job.collection_name, job.collection_id, job.source, job.state, job.features) == (
        name, submitted["COLLECTION_ID"], "processing", "ready", 6) and job.announced and not job.polling
    plots = processing.run("epoch_eudr:fetch_plots", {"COLLECTION_ID": submitted["COLLECTION_ID"],
                                                      "OUTPUT": str(tmp_path / "p.gpkg")})
    plot_layer = QgsVectorLayer(plots["OUTPUT"], "p", "ogr")
    assert plot_layer.featureCount() == 6
    assert {f["status"] for f in plot_layer.getFeatures()} <= {"Compliant", "Non-Compliant"}
    dds = processing.run("epoch_eudr:download_dds", {"COLLECTION_IDS": submitted["COLLECTION_ID"],
                                                     "OUTPUT_FILE": str(tmp_path / "dds.zip")})
    assert zipfile.ZipFile(dds["OUTPUT_FILE"]).testzip() is None and ".geojson" in dds["FILES"]


def test_submit_suggests_a_collection_name(processing, env_login):
    layer = facilities_layer()
    result = processing.run("epoch_eudr:submit_batch", {"INPUT": layer, "COMMODITY": "cocoa", "GROUP_BY": "one",
                                                        "FORCE_REPROCESS": True})
    assert result["COLLECTION_NAME"].startswith("cocoa_") and result["STATUS"] in ("submitted", "exists")
    (job,) = read_profile_jobs()
    assert job.collection_name == result["COLLECTION_NAME"] and job.state == "submitted" and job.polling


def test_submitting_an_assessed_name_again_warns_and_records_one_job(processing, env_login):
    from qgis.core import QgsProcessingContext

    name = f"coffee_again_{time.time_ns()}"
    params = {"INPUT": plots_layer(), "COLLECTION_NAME": name, "COMMODITY": "coffee", "WAIT_SECONDS": 10}
    first = processing.run("epoch_eudr:submit_batch", params)
    feedback = RecordingFeedback()
    again = processing.run("epoch_eudr:submit_batch", params, context=QgsProcessingContext(), feedback=feedback)
    assert again["COLLECTION_ID"] == first["COLLECTION_ID"]
    assert any("already assessed" in text and "FORCE_REPROCESS" in text for text in feedback.warnings)
    assert [j.collection_name for j in read_profile_jobs()] == [name]  # one collection, one job


def test_fetch_assessments_with_auth_config_and_filters(processing, sandbox_server, auth_manager, monkeypatch,
                                                         tmp_path):
    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_KEY", "EPOCH_USER_ID", "EPOCH_API_URL"):
        monkeypatch.delenv(name, raising=False)
    authcfg = save_credentials("Epoch sandbox key", "api_key", DEMO_USER_ID, DEMO_API_KEY)
    result = processing.run("epoch_eudr:fetch_assessments", {
        "SERVER": sandbox_server.url, "AUTHCFG": authcfg, "COMMODITY": "coffee",
        "OUTPUT": str(tmp_path / "a.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "a", "ogr")
    assert layer.featureCount() >= 1 and {f["commodity"] for f in layer.getFeatures()} == {"coffee"}
    for field in ("status", "status_key", "assessment_type", "nc_percent", "risk_rank"):
        assert layer.fields().indexOf(field) >= 0


def test_no_login_is_a_readable_processing_error(processing, sandbox_server, monkeypatch):
    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_KEY", "EPOCH_USER_ID"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(QgsProcessingException, match="No Epoch login"):
        processing.run("epoch_eudr:fetch_assessments", {"SERVER": sandbox_server.url, "OUTPUT": "TEMPORARY_OUTPUT"})
    monkeypatch.setenv("EPOCH_EMAIL", DEMO_EMAIL)
    monkeypatch.setenv("EPOCH_PASSWORD", "wrong")
    with pytest.raises(QgsProcessingException, match="email or password"):
        processing.run("epoch_eudr:fetch_assessments", {"SERVER": sandbox_server.url, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_qgis_process_runs_fetch_assessments(sandbox_server, tmp_path):
    """The real command line: the packaged plugin enabled in a throw-away profile."""
    profile = tmp_path / "profile"
    env = qgis_process_env(profile, **sandbox_login(sandbox_server.url))
    out = tmp_path / "assessments.gpkg"
    run = run_algorithm(env, "fetch_assessments", "LIMIT=1000", f"OUTPUT={out}", timeout=300)
    assert "Compliant" in results_of(run)["COUNTS"]
    layer = QgsVectorLayer(str(out), "a", "ogr")
    assert layer.featureCount() >= 13
