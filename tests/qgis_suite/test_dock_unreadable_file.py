"""A file QGIS cannot open, chosen in the Screening tab: the check and the screening say which file and why
(OGR's reason), not "Choose a layer"."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QPushButton

from .dock_driver import click

TRUNCATED = Path(__file__).resolve().parents[1] / "data" / "preflight" / "truncated_plots.kml"


def test_a_file_that_cannot_be_opened_is_named_with_ogrs_reason(dock):
    told = []

    def hear(text, tag, _level):
        told.append((tag, text))

    QgsApplication.messageLog().messageReceived.connect(hear)
    try:
        screening = dock.screening
        screening.file_widget.setFilePath(str(TRUNCATED))
        click(screening.check.findChild(QPushButton, "preflight"))
        text = screening.status.text()
        assert "Choose a layer" not in text
        assert "'truncated_plots.kml' could not be opened" in text and "no element found" in text, text  # GDAL's words
        click(screening.run_button)
        assert "'truncated_plots.kml' could not be opened" in screening.status.text()
        QCoreApplication.processEvents()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(hear)
    assert not [text for tag, text in told if tag == "OGR"], told  # said once, in the form, not again in the log


def test_a_missing_file_is_said_missing(dock, tmp_path):
    screening = dock.screening
    screening.file_widget.setFilePath(str(tmp_path / "gone.geojson"))
    click(screening.check.check_button)
    assert "'gone.geojson' could not be opened: there is no such file." in screening.status.text()
