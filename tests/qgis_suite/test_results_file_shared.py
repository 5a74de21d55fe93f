"""A layer of the results GeoPackage keeps answering after another result is written into the same file and
opened: on QGIS 3.22 the assessments layer, filtered after a check sample was drawn into its file, counted -1
features ("unable to open database file" from OGR) and once drew none."""

from qgis.core import QgsApplication

from .dock_driver import click, log_in, wait_until


def test_the_assessments_filter_still_counts_after_a_check_sample(dock):
    told = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: told.append((tag, text)))
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(tab.ready)
    wait_until(lambda: tab.model.rowCount() > 0 and not tab.model.pending())
    click(tab.sample_button)
    wait_until(lambda: tab.ready() and "Check sample" in tab.status.text())
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("High Risk"))
    wait_until(lambda: not tab.model.pending() and tab.ready())
    shown = tab.model.rowCount()
    assert shown > 0
    assert tab.layer.featureCount() == shown == len(list(tab.layer.getFeatures()))
    assert not [text for tag, text in told if tag == "OGR"], told
