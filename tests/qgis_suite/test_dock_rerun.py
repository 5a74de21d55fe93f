"""The dock as users run it: everything twice, into the same results file, the first result still open.

Clicking *Screen* a second time used to freeze QGIS (``saveStyleToDatabase`` on the
main thread), and screening plots raised while the table painted (issue 12).
"""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, log_in, wait_until
from .test_rerun import _watchdog

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def result_layers(name_part: str):
    return [layer for layer in QgsProject.instance().mapLayers().values() if name_part in layer.name()]


def paint(table) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                         Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
                model.data(model.index(row, column), role)
    assert not table.grab().isNull()


def test_screen_plots_twice_paints_non_compliant_rows_and_keeps_one_layer(dock):
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE / "sample_plots.geojson"), "sample plots", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    assert screening.location_combo.currentData() == "plot"
    cancel = _watchdog(120)
    try:
        for run in range(2):
            screening.model.clear()
            click(screening.run_button)
            wait_until(lambda: screening.model.rowCount() == layer.featureCount(), timeout=60)
            paint(screening.table)
            first_layer = screening.result_layer if run == 0 else first_layer  # noqa: F821
    finally:
        cancel()
    import re

    said = screening.status.text()
    assert re.search(r"30 plots screened: \d+ Compliant, \d+ Non-Compliant|30 plots screened: \d+ Non-Compliant, "
                     r"\d+ Compliant", said), said
    assert "screened plots screened" not in said
    rows = [screening.model.row_at(i) for i in range(screening.model.rowCount())]
    statuses = {row["status"] for row in rows}
    assert "Non-Compliant" in statuses  # the row that used to raise while painting
    red = [screening.model.data(screening.model.index(i, screening.model.columns.index(
        next(c for c in screening.model.columns if c[0] == "status"))), Qt.ItemDataRole.ForegroundRole)
        for i, row in enumerate(rows) if row["status"] == "Non-Compliant"]
    assert red and all(colour.name() == "#dc2626" for colour in red)
    assert QgsProject.instance().crs().authid() == "EPSG:4326"  # not the GeoJSON's 3D WGS 84
    results = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.id() != layer.id()]
    assert len(results) == 1 and results[0] is first_layer and results[0].isValid()  # refreshed, not duplicated
    assert results[0].featureCount() == layer.featureCount()


def test_load_assessments_and_drill_down_twice(dock):
    log_in(dock)
    tab = dock.assessments
    cancel = _watchdog(120)
    try:
        for _ in range(2):
            click(tab.load_button)
            wait_until(lambda: tab.model.rowCount() > 0 and tab.load_button.isEnabled(), timeout=60)
            paint(tab.table)
        assessments = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Assessments"
                       or "assessment" in lyr.name().lower()]
        assert len(assessments) == 1 and assessments[0].isValid()
        tab.search.setText("La Esperanza")
        assert tab.model.rowCount() == 1
        tab.table.selectRow(0)
        for _ in range(2):
            click(tab.drill_button)
            wait_until(lambda: tab.plot_cards.isVisibleTo(tab) and tab.drill_button.isEnabled(), timeout=60)
    finally:
        cancel()
    groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name().startswith("Drill-down")]
    assert len(groups) == 1 and len(groups[0].findLayers()) == 3
    assert all(node.layer().isValid() and node.layer().featureCount() > 0 for node in groups[0].findLayers())


def test_check_before_upload_twice(dock):
    from .test_preflight_qgis import messy_layer

    layer = messy_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    counts = []
    for _ in range(2):
        screening.check.issues.clear()
        click(screening.check.check_button)
        wait_until(lambda: screening.check.issues.count() > 0 and screening.check.check_button.isEnabled())
        counts.append([screening.check.issues.item(i).text() for i in range(screening.check.issues.count())])
    assert counts[0] == counts[1]
    before = len(QgsProject.instance().mapLayers())
    for _ in range(2):
        click(screening.check.fix_button)
        wait_until(lambda: "features written fixed" in screening.status.text() and
                   screening.check.fix_button.isEnabled())
        screening.status.setText("")
    assert len(QgsProject.instance().mapLayers()) == before + 1  # the fixed copy replaced, not duplicated


def test_a_points_layer_with_area_is_offered_as_plots(dock):
    from .helpers import facilities_layer, memory_layer

    points = memory_layer("Point?crs=EPSG:4326&field=plot:string&field=Area:double",
                          [("POINT(-85.9 13.2)", ["P1", 1.5]), ("POINT(-85.8 13.3)", ["P2", 3.0])], "smallholders")
    mills = facilities_layer()
    QgsProject.instance().addMapLayers([points, mills])
    screening = dock.screening
    screening.layer_combo.setLayer(points)
    assert screening.location_combo.currentData() == "plot"
    assert "plots (points)" in screening.location_combo.toolTip()
    screening.layer_combo.setLayer(mills)
    assert screening.location_combo.currentData() == "facility"
