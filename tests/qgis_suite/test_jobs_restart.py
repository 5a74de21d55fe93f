"""Issue 17: jobs survive the plugin being unloaded and loaded again (QGIS restarted), are found ready
without anyone clicking, say so once with a button, and a re-submission of a known collection is questioned."""

import json
import time

import pytest
from epoch_eudr import classFactory
from epoch_eudr.core.jobs import READY
from epoch_eudr.layers.operations.jobs import PROJECT_KEY, PROJECT_SCOPE, project_jobs
from epoch_eudr.sandbox import DEMO_PASSWORD
from epoch_eudr.ui import job_watcher
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QPushButton

from .dock_driver import click, log_in, wait_until
from .fake_iface import RecordingIface
from .helpers import facilities_layer

SETTINGS_PREFIX = "epoch_eudr/"


@pytest.fixture
def fast_checks(dock_environment, sandbox_server, monkeypatch):
    """Checks within a second, results in tmp_path, the sandbox as the server; saved login removed after."""
    monkeypatch.setattr("epoch_eudr.plugin.WATCHER_START_MS", 100)
    monkeypatch.setattr(job_watcher, "STARTUP_DELAY_S", 0.3)
    monkeypatch.setattr(job_watcher, "FIRST_DELAY_S", 0.3)
    monkeypatch.setattr(job_watcher, "LONGEST_DELAY_S", 0.6)
    delay = sandbox_server.ready_delay
    sandbox_server.ready_delay = 2.0  # not ready before the plugin is unloaded
    saved = {key: QgsSettings().value(key) for key in QgsSettings().allKeys() if key.startswith(SETTINGS_PREFIX)}
    QgsProject.instance().clear()
    yield sandbox_server
    sandbox_server.ready_delay = delay
    settings = QgsSettings()
    for key in settings.allKeys():
        if key.startswith(SETTINGS_PREFIX) and key not in saved:
            settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)
    QgsProject.instance().clear()


def _loaded_plugin(iface):
    plugin = classFactory(iface)
    plugin.initGui()
    return plugin


def _submit_mills(dock, name):
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 3 and screening.run_button.isEnabled())
    screening.model.setData(screening.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dock.submit.name.setText(name)
    click(dock.submit.submit_button)
    wait_until(lambda: dock.submit.table.rowCount() == 1 and not dock.submit.task_bar.busy())


def test_a_job_submitted_before_unloading_is_found_ready_after_loading_again(fast_checks, job_store):
    iface = RecordingIface(canvas=QgsMapCanvas(), message_bar=QgsMessageBar())
    plugin = _loaded_plugin(iface)
    plugin.action.setChecked(True)
    log_in(plugin.dock, DEMO_PASSWORD)
    name = f"cocoa_restart_{time.time_ns()}"
    _submit_mills(plugin.dock, name)
    (job,) = plugin.watcher.jobs
    assert job.collection_name == name and job.state == "submitted" and job.features == 1
    recorded = job_store.read_text(encoding="utf-8")
    assert name in recorded and DEMO_PASSWORD not in recorded and "authcfg" not in recorded
    assert [j.collection_name for j in project_jobs()] == [name]  # the project keeps it too
    plugin.unload()  # QGIS closes before the collection is ready
    QgsApplication.processEvents()
    assert json.loads(job_store.read_text(encoding="utf-8"))["jobs"][0]["state"] != READY

    time.sleep(2.2)  # Epoch finishes while QGIS is closed
    bar = QgsMessageBar()
    iface = RecordingIface(canvas=QgsMapCanvas(), message_bar=bar)
    plugin = _loaded_plugin(iface)  # QGIS starts again: nobody opens the panel or clicks anything
    try:
        assert plugin.dock is None
        wait_until(lambda: plugin.watcher is not None and plugin.watcher.jobs and plugin.watcher.jobs[0].state == READY,
                   timeout=30)
        wait_until(lambda: bar.currentItem() is not None)
        assert name in bar.currentItem().text()
        stored = json.loads(job_store.read_text(encoding="utf-8"))["jobs"][0]
        assert stored["state"] == READY and stored["announced"] and not stored["polling"]
        time.sleep(1.0)
        QgsApplication.processEvents()
        assert len(bar.items()) == 1  # said once, not at every check
        button = bar.currentItem().findChild(QPushButton, "load_ready_job")
        click(button)  # the notice's button: the panel opens on Assessments and loads them
        assert plugin.dock is not None and plugin.dock.tabs.currentWidget().isAncestorOf(plugin.dock.assessments)
        tab = plugin.dock.assessments
        wait_until(lambda: tab.ready() and tab.model.rowCount() > 0)
        names = [tab.model.row_at(i)["company_name"] for i in range(tab.model.rowCount())]
        assert names and job.collection_id in {r.get("collection_id") for r in tab._table.fetch(
            [tab.model.fid_at(i) for i in range(tab.model.rowCount())]).values()}
    finally:
        plugin.unload()
    assert QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0] != ""


def test_submitting_a_known_collection_again_is_questioned_first(dock, sandbox_server):
    log_in(dock)
    name = f"cocoa_twice_{time.time_ns()}"
    _submit_mills(dock, name)
    asked = []
    dock.submit.confirm = lambda text: asked.append(text) or False
    click(dock.submit.submit_button)  # the same name: known in the job list
    assert asked and name in asked[0] and "Reprocess" in asked[0]
    assert len(dock.watcher.jobs) == 1 and not dock.submit.task_bar.busy()  # nothing sent
    dock.submit.force.setChecked(True)
    click(dock.submit.submit_button)  # Reprocess ticked: sent without asking
    wait_until(lambda: not dock.submit.task_bar.busy())
    assert len(asked) == 1 and "Submitted" in dock.submit.status.text()


def test_a_collection_already_assessed_on_epoch_is_found_before_sending(dock, sandbox_server, client):
    from epoch_eudr.layers.operations.submissions import find_collection

    log_in(dock)
    name = f"cocoa_known_{time.time_ns()}"
    _submit_mills(dock, name)
    wait_until(lambda: find_collection(client, name) is not None, timeout=10)
    dock.watcher.clear_settled()
    dock.watcher.jobs.clear()  # another machine submitted it: this job list does not know it
    asked = []
    dock.submit.confirm = lambda text: asked.append(text) or False
    click(dock.submit.submit_button)
    wait_until(lambda: not dock.submit.task_bar.busy() and asked)
    assert "already assessed on Epoch" in asked[0]
    assert "Not submitted" in dock.submit.status.text() and dock.watcher.jobs == []


def test_an_assessed_collection_submitted_anyway_is_recorded_once(dock, sandbox_server, client):
    from epoch_eudr.layers.operations.submissions import find_collection

    log_in(dock)
    name = f"cocoa_anyway_{time.time_ns()}"
    _submit_mills(dock, name)
    wait_until(lambda: find_collection(client, name) is not None, timeout=10)
    dock.watcher.jobs.clear()  # another machine submitted it
    asked = []
    dock.submit.confirm = lambda text: asked.append(text) or True
    click(dock.submit.submit_button)
    # "yes" starts the submission again from the first task's end: the second task must run to its end
    wait_until(lambda: not dock.submit.task_bar.busy() and dock.watcher.jobs, timeout=20)
    assert len(asked) == 1 and "already assessed on Epoch" in asked[0]
    assert [j.collection_name for j in dock.watcher.jobs] == [name]
    assert "already exists at Epoch" in dock.submit.status.text()  # without 'Reprocess' nothing was sent


def test_opening_a_project_resumes_its_jobs(dock, sandbox_server, client, tmp_path, job_store):
    """Jobs recorded in a project (submitted on another machine, say) are checked when it opens."""
    from epoch_eudr.core.jobs import new_job
    from epoch_eudr.layers.operations.jobs import set_project_jobs

    log_in(dock)
    name = f"cocoa_project_{time.time_ns()}"
    _submit_mills(dock, name)
    (job,) = dock.watcher.jobs
    from epoch_eudr.layers.operations.submissions import find_collection

    wait_until(lambda: find_collection(client, name) is not None, timeout=10)
    other = QgsProject()
    set_project_jobs([new_job(name, job.collection_id, commodity="cocoa", location_type="facility", features=1,
                              server_url=client.base_url, source="dock")], other)
    path = tmp_path / "shared.qgz"
    assert other.write(str(path))
    job_store.unlink()  # this machine's profile does not know the job
    dock.watcher.jobs = []
    dock.watcher.startup_delay = 0.2
    assert QgsProject.instance().read(str(path))
    wait_until(lambda: dock.watcher.jobs and dock.watcher.jobs[0].state == READY, timeout=20)
    assert dock.submit.table.rowCount() == 1 and dock.submit.table.item(0, 2).text() == "ready"
