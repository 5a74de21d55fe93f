"""The toolbar's "Check a facility here": the same map tool as the Screening tab's "Pick on the map", the panel
opened on that tab; taken back with the plugin."""

from epoch_eudr import classFactory
from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas, QgsMapToolPan
from qgis.PyQt.QtWidgets import QAction

from .fake_iface import RecordingIface


def _flush():
    QgsApplication.processEvents()
    QgsApplication.sendPostedEvents(None, 0)  # run deleteLater


def test_the_toolbar_action_activates_the_cards_map_tool(qgis_app):
    canvas = QgsMapCanvas()
    iface = RecordingIface(canvas=canvas)
    before = iface.leftovers()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        action = iface.window.findChild(QAction, "EpochEudrCheckFacility")
        assert action is not None and action in iface.toolbar.actions()
        assert action.text() == "Check a facility here" and action.isCheckable() and not action.isChecked()
        assert plugin.dock is None  # nothing built before it is used

        action.trigger()  # the panel opens on the Screening tab, the card's tool on the map
        dock = plugin.dock
        card = dock.screening.facility_card
        assert dock.isVisibleTo(iface.window) and plugin.action.isChecked()
        assert dock.tabs.currentWidget().isAncestorOf(card)
        assert card.pick_button.isChecked() and canvas.mapTool() is card.tool and action.isChecked()

        action.trigger()  # off again: the tool leaves the map
        assert not card.pick_button.isChecked() and canvas.mapTool() is not card.tool

        dock.tabs.setCurrentIndex(0)
        card.pick_button.setChecked(True)  # the card's own button: the toolbar follows
        assert action.isChecked()
        pan = QgsMapToolPan(canvas)
        canvas.setMapTool(pan)  # another tool chosen: both let go
        assert not card.pick_button.isChecked() and not action.isChecked()
        action.trigger()
        assert dock.tabs.currentWidget().isAncestorOf(card) and canvas.mapTool() is card.tool
    finally:
        plugin.unload()
        _flush()
    assert iface.leftovers() == before
    assert iface.window.findChild(QAction, "EpochEudrCheckFacility") is None


def test_without_a_map_canvas_the_action_stays_off(qgis_app):
    iface = RecordingIface()  # no canvas (as in a test or a headless QGIS)
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        plugin.facility_action.trigger()
        assert plugin.dock is not None and not plugin.facility_action.isChecked()
    finally:
        plugin.unload()
        _flush()
