"""The Screening tab's results name each plot by the user's own id and producer, as the file screened did."""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, log_in, wait_until

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_plots.geojson"


def headers(model):
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_screened_plots_show_the_users_plot_id_and_producer(dock):
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == layer.featureCount(), timeout=60)
    names = headers(screening.model)
    assert names[:2] == ["Plot ID", "Productor"], names  # the file's own field names
    wait_until(lambda: screening.model.index(0, 0).data() not in (None, ""))
    shown = {screening.model.index(row, 0).data() for row in range(screening.model.rowCount())}
    assert shown == {f["Plot ID"] for f in layer.getFeatures()}
    producers = {screening.model.index(row, 1).data() for row in range(screening.model.rowCount())}
    assert "Cooperativa El Cafetal" in producers
