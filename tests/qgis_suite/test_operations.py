"""The operations behind the dock and the Processing algorithms, against the sandbox."""

import json
import time
import zipfile

import pytest
from epoch_eudr.core.api.errors import ConfigurationError
from epoch_eudr.core.result_rows import SOURCE_KEY
from epoch_eudr.layers.inputs.source import build_upload, snapshot_layer
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.operations.task import OperationTask
from epoch_eudr.layers.writer.join import add_virtual_join, copy_with_results, id_field
from epoch_eudr.layers.writer.results import open_result_layer
from qgis.core import QgsProject, QgsVectorLayer, QgsVectorLayerFeatureSource

from .helpers import facilities_layer, plots_layer


def test_screen_facilities_writes_scored_layer_with_source_ids(qgis_app, client, tmp_path):
    layer = facilities_layer()
    outcome = ops.screen_to_gpkg(client, snapshot_layer(layer), "facility",
                                 {"commodity_type": "cocoa", "check_road_access": True, "include_deforestation": True},
                                 tmp_path / "r.gpkg", "screen_mills")
    assert outcome.layer.count == 3 and outcome.prepared.skipped == [(3, "no geometry")]
    assert sum(outcome.counts.values()) == 3 and set(outcome.counts) <= {"high", "medium", "low", "invalid"}
    assert outcome.collection["total_facilities"] == 3
    result = open_result_layer(tmp_path / "r.gpkg", "screen_mills", "facilities")
    rows = {f[SOURCE_KEY]: f for f in result.getFeatures()}
    assert set(rows) == {1, 2, 4}
    assert rows[1]["facility_id"] == "CI-01" and rows[1]["country"]
    assert "3 facilities screened" in outcome.summary() and "feature 3: no geometry" in outcome.summary()


def test_screen_plots_only_sends_plot_options(qgis_app, client, sandbox_server, tmp_path):
    outcome = ops.screen_to_gpkg(client, snapshot_layer(plots_layer()), "plot",
                                 {"include_deforestation": True, "production_volume": 10, "check_port_proximity": True},
                                 tmp_path / "r.gpkg", "screen_plots")
    assert outcome.layer.count == 6 and outcome.layer.kind == "screened_plots"
    assert "deforestation" in outcome.collection and "circumvention" in outcome.collection
    assert set(outcome.counts) <= {"Compliant", "Non-Compliant"}
    with pytest.raises(ConfigurationError, match="Unknown screening option"):
        ops.screen_to_gpkg(client, snapshot_layer(plots_layer()), "plot", {"colour": "red"}, tmp_path / "x.gpkg", "x")
    with pytest.raises(ConfigurationError, match="plots .polygons. or facilities"):
        ops.screen_to_gpkg(client, snapshot_layer(plots_layer()), "line", {}, tmp_path / "x.gpkg", "x")


def test_source_keys_restored_by_order_when_the_api_drops_them():
    from epoch_eudr.layers.inputs.source import PreparedUpload

    prepared = PreparedUpload(upload=None, location_type="plot", sent=2, source_ids=[7, 9])
    features = [{"properties": {"a": 1}}, {"properties": None}]
    ops.restore_source_keys(features, prepared)
    assert [f["properties"][SOURCE_KEY] for f in features] == [7, 9]
    shorter = [{"properties": {}}]
    ops.restore_source_keys(shorter, prepared)  # counts differ: no guessing
    assert shorter == [{"properties": {}}]


def test_submit_then_drilldown_and_dds(qgis_app, client, tmp_path):
    layer = facilities_layer()
    layer.selectByIds([1])
    name = f"cocoa_ci_test_{time.time_ns()}"
    job, prepared = ops.submit_layer(client, snapshot_layer(layer, selected_only=True), "facility", name, "cocoa")
    assert job.status == "submitted" and job.collection_id and prepared.sent == 1
    again, _ = ops.submit_layer(client, snapshot_layer(layer, selected_only=True), "facility", name, "cocoa")
    assert again.status == "exists" and again.collection_id == job.collection_id
    time.sleep(0.3)  # the sandbox's ready delay
    drill = ops.drilldown_to_gpkg(client, job.collection_id, tmp_path / "d.gpkg")
    kinds = [o.kind for o in drill.outputs()]
    assert kinds == ["facility_point", "outline", "plots"]
    plots = next(o for o in drill.outputs() if o.kind == "plots")
    assert plots.count > 0 and sum(drill.counts.values()) == plots.count
    assert drill.producer == "Coop Soubre" and "Coop Soubre" in drill.summary()  # the Productor column
    target = tmp_path / "dds.zip"
    download = ops.download_dds(client, [job.collection_id], target)
    assert zipfile.ZipFile(target).testzip() is None and download.names
    with pytest.raises(ConfigurationError, match="ending in .zip"):
        ops.download_dds(client, [job.collection_id], tmp_path / "dds.pdf")


def test_assessments_outcome_counts_every_status(qgis_app, client, tmp_path):
    outcome = ops.assessments_to_gpkg(client, tmp_path / "a.gpkg")
    assert {"High Risk", "Medium Risk", "Compliant", "Not Assessable"} <= set(outcome.counts)
    assert outcome.layer.count == sum(outcome.counts.values())
    assert "producer assessments loaded" in outcome.summary()


def test_operation_task_adds_drilldown_layers_in_a_group(qgis_app, client, tmp_path):
    project = QgsProject.instance()
    project.clear()
    cid = next(iter(client.fetch_supply_shed(filters={"commodity": "coffee"})))["properties"]["collection_id"]
    messages, done = [], []
    task = OperationTask("Drill down", lambda progress, cancel: ops.drilldown_to_gpkg(
        client, cid, tmp_path / "d.gpkg", progress=progress, cancel=cancel),
        notify=lambda level, text: messages.append(text), group="Producer X",
        on_done=lambda outcome, layers: done.append(len(layers)))
    assert task.run()
    task.finished(True)
    group = project.layerTreeRoot().findGroup("Producer X")
    assert group is not None and len(group.findLayers()) == done[0] >= 2
    assert "plots" in messages[-1]
    project.clear()


def test_virtual_join_on_a_geopackage_and_copy_of_a_memory_layer(qgis_app, client, tmp_path):
    source_gpkg = tmp_path / "mine.gpkg"
    memory = plots_layer()
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(source_gpkg), QgsCoordinateTransformContext(), options)
    source = QgsVectorLayer(str(source_gpkg), "mine", "ogr")
    before = source_gpkg.read_bytes()
    outcome = ops.screen_to_gpkg(client, snapshot_layer(source), "plot", {}, tmp_path / "r.gpkg", "screened")
    results = open_result_layer(tmp_path / "r.gpkg", "screened", "screened_plots")
    assert id_field(source) == "fid"
    add_virtual_join(source, results, "screened_plots")
    joined = {f["plot"]: f["epoch_status"] for f in source.getFeatures()}
    assert len(joined) == 6 and all(v in ("Compliant", "Non-Compliant") for v in joined.values())
    assert source_gpkg.read_bytes() == before  # nothing written to the user's file
    add_virtual_join(memory, results, "screened_plots")  # no integer key: a project-only feature id field
    assert memory.fields().names()[-1] == "epoch_fid" and memory.dataProvider().fields().names() == ["plot", "Area"]
    upload = build_upload(snapshot_layer(memory), "plot", lambda: False).upload
    sent = json.loads(upload.content)["features"][0]["properties"]  # the joined results are not sent back as data
    assert not [name for name in sent if name.startswith("epoch_") and name != "epoch_source_fid"], sent
    assert {"plot", "Area"} <= set(sent)
    count = copy_with_results(QgsVectorLayerFeatureSource(memory), memory.fields(), memory.wkbType(), memory.crs(),
                              QgsProject.instance().transformContext(), QgsVectorLayerFeatureSource(results),
                              results.fields(), tmp_path / "r.gpkg", "plots_with_results", "screened_plots")
    copied = QgsVectorLayer(f"{tmp_path / 'r.gpkg'}|layername=plots_with_results", "c", "ogr")
    assert count == 6 and copied.featureCount() == 6 and outcome.layer.count == 6
    names = [f.name() for f in copied.fields()]
    assert "plot" in names and "epoch_status" in names and "epoch_risk" in names
    assert {f["epoch_status"] for f in copied.getFeatures()} <= {"Compliant", "Non-Compliant"}
    assert memory.featureCount() == 6 and "epoch_status" in memory.fields().names()
    json.dumps(outcome.collection)


def test_drilldown_fetches_every_plot_the_api_allows_and_moves_progress_by_plot_count(qgis_app, tmp_path):
    """A drill-down is whole up to the API's 1,000,000 plots a collection; progress follows ``plot_count``."""
    asked = {}

    class Client:
        def fetch_supply_shed(self, limit=None, filters=None, cancel=None, **window):
            return iter([{"type": "Feature", "geometry": None,
                          "properties": {"company_name": "Coop", "collection_id": "c1", "plot_count": 4000}}])

        def fetch_deforestation_check(self, collection_id, limit=None, cancel=None, **window):
            asked["limit"] = limit
            return ({"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.0 + i * 1e-4, 6.0]},
                     "properties": {"plotid": f"p{i}", "area": 1.0, "noncompliance_area": 0.0}}
                    for i in range(4000))

    seen = []
    drill = ops.drilldown_to_gpkg(Client(), "c1", tmp_path / "d.gpkg", progress=seen.append)
    assert asked["limit"] == ops.PLOTS_LIMIT == 1_000_000
    assert drill.layers[0].count == 4000
    assert seen and seen == sorted(seen) and 45 <= seen[len(seen) // 2] <= 95 and seen[-1] == 95.0
