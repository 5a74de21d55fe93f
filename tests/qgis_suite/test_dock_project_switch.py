"""Opening another project deletes the layers the dock holds: every tab must say so, never abort QGIS
(an exception escaping a Qt slot aborts the process)."""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, log_in, wait_until
from .helpers import facilities_layer


def test_the_dock_survives_another_project_being_opened(dock):
    log_in(dock)
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening, submit, tab = dock.screening, dock.submit, dock.assessments
    screening.layer_combo.setLayer(layer)
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 3 and screening.run_button.isEnabled())
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0)
    tab.table.selectRow(0)
    assert tab.layer.selectedFeatureIds()

    QgsProject.instance().clear()  # what File > New or opening another project does

    tab.table.selectRow(1)  # the map link is gone, the table still answers
    tab._idle(True)
    assert not tab.sample_button.isEnabled() and not tab.report_button.isEnabled()
    tab.check_sample()
    assert "Load the assessments first" in tab.status.text()
    screening.table.selectRow(1)
    click(screening.join_button)
    assert "no longer in the project" in screening.status.text() and not screening.join_button.isEnabled()
    screening.model.setData(screening.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    submit.submit()
    assert "no longer in the project" in submit.status.text() and not submit.task_bar.busy()
    click(tab.load_button)  # loading again brings the assessments back into the new project
    wait_until(lambda: tab.ready() and tab.layer is not None and tab.layer.isValid())
    assert tab.sample_button.isEnabled()
