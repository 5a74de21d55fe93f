"""Jobs found ready by one check are said in one notice (a batch of eight producers gave eight "ready" notices, one
under the other), naming a few and counting the rest; its button loads the assessments, as one job's did."""

from dataclasses import replace

from epoch_eudr.core.jobs import READY, new_job
from epoch_eudr.ui.job_watcher import JobWatcher, ready_text
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QPushButton

from .dock_driver import click
from .fake_iface import RecordingIface


def _ready(count):
    return [replace(new_job(f"cocoa_CI_{i}", f"0x{i:040x}", commodity="cocoa", location_type="plot", features=3,
                            server_url="https://api.example.org", source="dock"), state=READY)
            for i in range(count)]


def _checked(found, job_store):
    bar = QgsMessageBar()
    watcher = JobWatcher(session=None, iface=RecordingIface(canvas=QgsMapCanvas(), message_bar=bar))
    watcher._running = True  # as start() leaves it, without checking the server
    loads = []
    watcher.load_requested.connect(loads.append)
    try:
        watcher._checked(found)
    finally:
        watcher._running = False
        watcher._timer.stop()
    return bar, loads


def test_eight_jobs_ready_at_once_make_one_notice(qgis_app, job_store):
    bar, loads = _checked(_ready(8), job_store)
    assert len(bar.items()) == 1
    text = bar.currentItem().text()
    assert text == ("Results of 8 collections are ready: cocoa_CI_0, cocoa_CI_1, cocoa_CI_2 and 5 other "
                    "collections."), text
    click(bar.currentItem().findChild(QPushButton, "load_ready_job"))
    assert len(loads) == 1 and not bar.items()


def test_one_job_ready_is_named(qgis_app, job_store):
    bar, _ = _checked(_ready(1), job_store)
    assert [item.text() for item in bar.items()] == ["Results of cocoa_CI_0 are ready."]


def test_the_notice_in_french(french):
    assert ready_text(["a", "b"]) == "Les résultats de 2 collections sont prêts\u00a0: a, b."
    assert ready_text(list("abcde")) == ("Les résultats de 5 collections sont prêts\u00a0: a, b, c et 2 autres "
                                         "collections.")
    assert ready_text(list("abcd")).endswith("a, b, c et 1 autre collection.")


def test_the_assessments_tab_says_every_collection_found_ready(dock):
    dock.watcher.jobs_ready.emit(_ready(3))
    assert dock.assessments.status.text() == "3 collections are ready: load the assessments to see them."
    dock.watcher.jobs_ready.emit(_ready(1))
    assert dock.assessments.status.text() == "Collection cocoa_CI_0 is ready: load the assessments to see it."
