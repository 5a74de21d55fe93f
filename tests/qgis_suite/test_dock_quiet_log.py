"""A dock workflow a user runs (load, drill down, check sample, field report, DDS download and its layers)
leaves nothing in QGIS's message log that the plugin caused, and each task's own final message stands."""

import re
import shutil

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject

from .dock_driver import click, log_in, wait_until

#: Log entries that are QGIS's own and not caused by the plugin (none known today).
NOT_OURS = ()


@pytest.fixture
def message_log():
    heard = []

    def hear(message, tag, level):
        heard.append((tag, level, message))

    QgsApplication.messageLog().messageReceived.connect(hear)
    yield heard
    QgsApplication.messageLog().messageReceived.disconnect(hear)


def _problems(heard):
    levels = (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)
    return [(tag, message) for tag, level, message in heard
            if level in levels and not any(re.search(pattern, message) for pattern in NOT_OURS)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_dock_workflow_leaves_no_warning_in_the_message_log(dock, tmp_path, message_log):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    # the riskiest producer: a drill-down, then its DDS and the DDS's layers
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
    target = tmp_path / "dds.zip"
    tab.download(str(target))
    wait_until(lambda: tab.ready() and tab.dds_path is not None, timeout=60)
    # the download's own message stands: where the ZIP went and how many files (not "Downloading DDS: done")
    assert str(target) in tab.status.text() and "files" in tab.status.text(), tab.status.text()
    assert "done" not in tab.status.text()
    before = set(QgsProject.instance().mapLayers())
    click(tab.load_dds_button)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    assert added and all(layer.isValid() for layer in added)
    assert all(".geojson" in layer.source() for layer in added)  # the manifest is not opened as a layer
    # the check sample and a field report on the selected producer
    click(tab.sample_button)
    wait_until(lambda: tab.ready() and "Check sample" in tab.status.text(), timeout=60)
    pdf = tmp_path / "report.pdf"
    tab.report(str(pdf))
    wait_until(lambda: tab.ready() and pdf.is_file(), timeout=180)
    QgsApplication.processEvents()
    assert _problems(message_log) == [], "\n".join(map(str, _problems(message_log)))
