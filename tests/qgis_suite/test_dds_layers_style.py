"""The layers of a downloaded DDS, loaded from the dock (*Load DDS layers*): drawn in the one DDS colour of
core/colours.py at every load, never in a colour QGIS picks at random."""

from epoch_eudr.core.colours import DDS_TEAL
from qgis.core import QgsProject

from .dock_driver import click, log_in, wait_until


def _load(tab):
    before = set(QgsProject.instance().mapLayers())
    tab.load_dds_layers()
    return [layer for key, layer in QgsProject.instance().mapLayers().items() if key not in before]


def test_dds_layers_have_the_fixed_dds_style(dock, tmp_path):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.model.rowCount() > 0 and not tab.model.pending())
    tab.table.selectRow(0)  # riskiest first: an assessed producer
    target = tmp_path / "dds.zip"
    tab.download(str(target))
    wait_until(lambda: target.is_file() and not tab.task_bar.busy(), timeout=60)
    seen = []
    for _ in range(2):  # the same look at every load
        added = _load(tab)
        assert added, tab.status.text()
        for layer in added:
            assert layer.renderer().type() == "singleSymbol"
            seen.append(layer.renderer().symbol().color().name())
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])
    assert set(seen) == {DDS_TEAL}, seen
