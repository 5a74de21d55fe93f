"""Submissions go out one collection per producer, with the commodity the layer says, said and confirmed first:
through the dock's Submit tab and `qgis_process run epoch_eudr:submit_batch`, against the sandbox."""

import json
import time
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from .dock_driver import click, log_in, wait_until
from .helpers import qgis_process_env, results_of, run_algorithm, sandbox_login

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
REAL = REPO / "tests" / "data" / "real"


def geojson_properties(path):
    return [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]


def producers_in_order(path, field="Productor"):
    return list(dict.fromkeys(props[field] for props in geojson_properties(path)))


def assessments_of(client, collection_ids, timeout=15.0):
    """The assessment row of each collection id, once all have appeared (the sandbox's ready delay)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = {}
        for cid in collection_ids:
            for feature in client.fetch_supply_shed(limit=1, filters={"collection_id": cid}):
                rows[cid] = feature["properties"]
        if len(rows) == len(set(collection_ids)) or time.monotonic() > deadline:
            return rows
        time.sleep(0.2)


def screen_in_dock(dock, path, name, commodity=""):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    screening.commodity.setCurrentIndex(screening.commodity.findData(commodity))
    click(screening.run_button)
    count = layer.featureCount()
    wait_until(lambda: screening.model.rowCount() == count and screening.run_button.isEnabled(), timeout=60)
    screening.result_layer.selectAll()  # every screened row: the map selection
    return layer


def submit_in_dock(dock, answer=True):
    submit, asked = dock.submit, []
    submit.confirm = lambda text: asked.append(text) or answer
    before = {job.key for job in dock.watcher.jobs}
    click(submit.submit_button)
    wait_until(lambda: not submit.task_bar.busy() and submit.status.text(), timeout=60)
    return asked, [job for job in dock.watcher.jobs if job.key not in before]  # the newest first


def test_the_nicaragua_sample_goes_as_one_coffee_collection_per_producer_from_the_dock(dock, client):
    log_in(dock)
    path = SAMPLE / "sample_plots.geojson"
    screen_in_dock(dock, path, "sample_plots")  # screened with auto-detect: the commodity is in the Cultivo column
    submit = dock.submit
    assert submit.producer_field.currentField() == "Productor" and submit.commodity_field.currentField() == "Cultivo"
    asked, jobs = submit_in_dock(dock)
    assert len(asked) == 1 and "30 plots, 8 producers, 1 country: 8 collections" in asked[0]
    assert "30 plots, 8 producers, 1 country: 8 collections" in submit.summary.text()
    producers = producers_in_order(path)
    assert len(producers) == 8 and "Submitted 8 collections" in submit.status.text()
    assert [job.commodity for job in jobs] == ["coffee"] * 8
    assert len({job.collection_name for job in jobs}) == 8 and all(
        job.collection_name.startswith("coffee_") and "unknown" not in job.collection_name for job in jobs)
    counts = {p: sum(1 for props in geojson_properties(path) if props["Productor"] == p) for p in producers}
    rows = assessments_of(client, [job.collection_id for job in jobs])
    assert sorted(row["company_name"] for row in rows.values()) == sorted(producers)
    # each producer's plots, all 30 (the watcher lists the newest submission first: matched by collection)
    assert {rows[job.collection_id]["company_name"]: job.features for job in jobs} == counts
    assert {row["commodity"] for row in rows.values()} == {"coffee"}
    assert {row["country"] for row in rows.values()} == {"Nicaragua"}
    # the dock's own Assessments tab shows them as 8 producers
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.layer is not None and not tab.task_bar.busy(), timeout=60)
    mine = [f for f in tab.layer.getFeatures() if f["collection_id"] in rows]
    assert sorted(f["company_name"] for f in mine) == sorted(producers)
    assert {f["commodity"] for f in mine} == {"coffee"} and {f["country"] for f in mine} == {"Nicaragua"}


def test_kalimantan_plots_without_a_commodity_are_refused_then_go_as_palm(dock, client):
    log_in(dock)
    screen_in_dock(dock, REAL / "idn_kalimantan.geojson", "idn_kalimantan")  # no crop column, auto-detect
    submit = dock.submit
    asked, jobs = submit_in_dock(dock)
    assert jobs == [] and asked == []  # nothing sent, nothing asked: refused
    text = submit.status.text()
    assert "Not submitted" in text and "No commodity for (no producer name)" in text and "'unknown'" in text
    assert "3 plots, producer not given, 1 country: 0 collections" in submit.summary.text()
    submit.commodity.setCurrentIndex(submit.commodity.findData("palm"))  # the user says what they grow
    asked, jobs = submit_in_dock(dock)
    (job,) = jobs
    assert asked == [] and job.commodity == "palm" and job.features == 3
    assert job.collection_name.startswith("palm_idn_kalimantan_") and "unknown" not in job.collection_name
    (row,) = assessments_of(client, [job.collection_id]).values()
    assert row["commodity"] == "palm" and row["country"] == "Indonesia"


def test_a_batch_mixing_indonesia_and_brazil_puts_each_producer_in_its_country(dock, client):
    log_in(dock)
    screen_in_dock(dock, SAMPLE / "sample_plots_other.geojson", "sample_plots_other")
    submit = dock.submit
    submit.grouping.setCurrentIndex(submit.grouping.findData("one"))  # one collection of palm and cattle: refused
    asked, jobs = submit_in_dock(dock)
    assert jobs == [] and "One collection takes one commodity" in submit.status.text()
    submit.grouping.setCurrentIndex(submit.grouping.findData("producer"))
    asked, jobs = submit_in_dock(dock)
    assert len(asked) == 1 and "4 plots, 2 producers, 2 countries: 2 collections" in asked[0]
    # the watcher lists the newest first by the second it was sent: two jobs sent within one come in either order
    assert sorted((job.commodity, job.features) for job in jobs) == [("cattle", 1), ("palm", 3)]
    rows = assessments_of(client, [job.collection_id for job in jobs])
    placed = {row["company_name"]: (row["country"], row["commodity"]) for row in rows.values()}
    assert placed == {"PT Kalteng Agro smallholders": ("Indonesia", "palm"), "Fazenda Boa Vista": ("Brazil", "cattle")}


def test_saying_no_sends_nothing(dock):
    log_in(dock)
    screen_in_dock(dock, SAMPLE / "sample_plots_other.geojson", "sample_plots_other")
    asked, jobs = submit_in_dock(dock, answer=False)
    assert len(asked) == 1 and jobs == [] and "nothing was sent" in dock.submit.status.text()


# -- the command line ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def qp(sandbox_server, tmp_path_factory):
    env = qgis_process_env(tmp_path_factory.mktemp("profile"), **sandbox_login(sandbox_server.url))

    def run(*params):
        done = run_algorithm(env, "submit_batch", *params)
        return done, results_of(done) if done.returncode == 0 else {}

    return run


def test_qgis_process_sends_the_nicaragua_sample_per_producer(qp, client):
    path = SAMPLE / "sample_plots.geojson"
    done, results = qp(f"INPUT={path}", "LOCATION_TYPE=plot", "FORCE_REPROCESS=true")
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    assert results["SUMMARY"] == "30 plots, 8 producers, 1 country: 8 collections"
    sent = json.loads(results["COLLECTIONS"])
    assert [s["producer"] for s in sent] == producers_in_order(path)
    assert {s["commodity"] for s in sent} == {"coffee"} and {tuple(s["countries"]) for s in sent} == {("Nicaragua",)}
    assert results["COLLECTION_NAME"].split(",") == [s["collection_name"] for s in sent]
    rows = assessments_of(client, [s["collection_id"] for s in sent])
    assert sorted(r["company_name"] for r in rows.values()) == sorted(producers_in_order(path))
    assert {r["commodity"] for r in rows.values()} == {"coffee"} and {r["country"] for r in rows.values()} == {
        "Nicaragua"}


def test_qgis_process_refuses_plots_without_a_commodity_naming_them(qp, client):
    path = REAL / "idn_kalimantan.geojson"
    done, _ = qp(f"INPUT={path}", "LOCATION_TYPE=plot")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "No commodity for (no producer name) (features 1, 2, 3)" in said
    assert "COMMODITY_FIELD" in said and said.count("No commodity for") == 1
    done, results = qp(f"INPUT={path}", "LOCATION_TYPE=plot", "COMMODITY=palm", "FORCE_REPROCESS=true")
    assert done.returncode == 0, said
    (sent,) = json.loads(results["COLLECTIONS"])
    assert sent["commodity"] == "palm" and sent["countries"] == ["Indonesia"] and "unknown" not in sent[
        "collection_name"]


def test_qgis_process_puts_indonesia_and_brazil_producers_in_their_countries(qp, client):
    path = SAMPLE / "sample_plots_other.geojson"
    done, _ = qp(f"INPUT={path}", "LOCATION_TYPE=plot", "GROUP_BY=one")
    assert done.returncode != 0 and "One collection takes one commodity" in done.stdout + done.stderr
    done, results = qp(f"INPUT={path}", "LOCATION_TYPE=plot", "FORCE_REPROCESS=true")
    assert done.returncode == 0, done.stderr[-2000:]
    assert results["SUMMARY"] == "4 plots, 2 producers, 2 countries: 2 collections"
    sent = json.loads(results["COLLECTIONS"])
    rows = assessments_of(client, [s["collection_id"] for s in sent])
    assert {r["company_name"]: (r["country"], r["commodity"]) for r in rows.values()} == {
        "PT Kalteng Agro smallholders": ("Indonesia", "palm"), "Fazenda Boa Vista": ("Brazil", "cattle")}


# -- Processing in QGIS: the choices ----------------------------------------------------------------------

@pytest.fixture
def uploads(monkeypatch):
    """What reached the sandbox's endpoints: (file name, bytes)."""
    import epoch_eudr.sandbox.server as server

    seen, original = [], server.read_features
    monkeypatch.setattr(server, "read_features", lambda data, filename: seen.append((filename, data)) or original(
        data, filename))
    return seen


def test_processing_a_given_commodity_is_every_features_unless_a_field_is_given_too(processing, env_login, uploads):
    from qgis.core import QgsProcessingException

    layer = QgsVectorLayer(str(SAMPLE / "sample_facilities.geojson"), "mills", "ogr")
    base = {"INPUT": layer, "LOCATION_TYPE": "facility", "GROUP_BY": "one", "FORCE_REPROCESS": True}
    with pytest.raises(QgsProcessingException, match="One collection takes one commodity"):
        processing.run("epoch_eudr:submit_batch", base)  # the guessed Commodity column holds six commodities
    assert uploads == []
    name = f"cocoa_mills_{time.time_ns()}"
    result = processing.run("epoch_eudr:submit_batch", {**base, "COMMODITY": "cocoa", "COLLECTION_NAME": name})
    (sent,) = json.loads(result["COLLECTIONS"])
    assert (sent["collection_name"], sent["commodity"], sent["features"]) == (name, "cocoa", 8)
    with pytest.raises(QgsProcessingException, match="One collection takes one commodity"):
        processing.run("epoch_eudr:submit_batch", {**base, "COMMODITY": "cocoa", "COMMODITY_FIELD": "Commodity"})


def test_processing_refuses_one_name_for_several_collections_and_an_unknown_field(processing, env_login, uploads):
    from qgis.core import QgsProcessingException

    layer = QgsVectorLayer(str(SAMPLE / "sample_plots.geojson"), "sample_plots", "ogr")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:submit_batch", {"INPUT": layer, "COLLECTION_NAME": "mine"})
    assert "'mine' names one collection, but these rows make 8" in str(caught.value)
    assert "GROUP_BY=one" in str(caught.value)
    with pytest.raises(QgsProcessingException, match="PRODUCER_FIELD: 'Farmer' is not a field of 'sample_plots'"):
        processing.run("epoch_eudr:submit_batch", {"INPUT": layer, "PRODUCER_FIELD": "Farmer"})
    assert uploads == []


def test_joining_the_results_back_keeps_the_producer_and_commodity_fields(dock):
    """Found by trying the packaged plugin: *Join results to the layer* made QGIS refill the Submit tab's field
    choices with nothing chosen, and the 8 producers then went out as one collection named after the layer."""
    log_in(dock)
    screen_in_dock(dock, SAMPLE / "sample_plots.geojson", "sample_plots")
    submit = dock.submit
    assert submit.producer_field.currentField() == "Productor" and submit.commodity_field.currentField() == "Cultivo"
    click(dock.screening.join_button)
    assert dock.screening.source_layer.vectorJoins()  # the layer's fields changed: the results are joined
    assert submit.producer_field.currentField() == "Productor" and submit.commodity_field.currentField() == "Cultivo"
    asked, jobs = submit_in_dock(dock, answer=False)
    assert len(asked) == 1 and "30 plots, 8 producers, 1 country: 8 collections" in asked[0]
    assert not jobs  # said no: nothing sent
