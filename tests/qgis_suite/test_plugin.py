from epoch_eudr import classFactory
from epoch_eudr.ui.wdg_dock import TAB_TITLES
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QTabWidget

from .fake_iface import RecordingIface


def _provider_ids():
    return [p.id() for p in QgsApplication.processingRegistry().providers()]


def test_class_factory_only_stores_iface():
    plugin = classFactory(None)  # qgis_process passes None
    assert plugin.iface is None and plugin.action is None and plugin.dock is None


def test_load_toggle_unload_twice_leaves_nothing(qgis_app):
    iface = RecordingIface()
    before = iface.leftovers()
    for _ in range(2):
        plugin = classFactory(iface)
        plugin.initGui()
        assert iface.toolbar.actions() == [plugin.action, plugin.facility_action]
        assert iface.leftovers()["menus"] == ["&Epoch EUDR Screening"]
        assert _provider_ids().count("epoch_eudr") == 1

        plugin.action.trigger()  # show the dock
        assert plugin.dock is not None and plugin.dock.isVisibleTo(iface.window)
        tabs = plugin.dock.findChild(QTabWidget, "EpochEudrTabs")
        assert [tabs.tabText(i) for i in range(tabs.count())] == list(TAB_TITLES)
        plugin.action.trigger()  # hide it again
        assert not plugin.dock.isVisibleTo(iface.window)
        assert not plugin.action.isChecked()

        plugin.unload()
        QgsApplication.processEvents()
        QgsApplication.sendPostedEvents(None, 0)  # run deleteLater
        assert iface.leftovers() == before
        assert "epoch_eudr" not in _provider_ids()


def test_closing_the_dock_unchecks_the_action(qgis_app):
    iface = RecordingIface()
    iface.window.show()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        plugin.action.setChecked(True)
        plugin.dock.close()
        assert not plugin.action.isChecked()
    finally:
        plugin.unload()
        iface.window.close()


def test_the_job_watcher_starts_after_start_up_and_never_after_unload(qgis_app, monkeypatch):
    import time

    monkeypatch.setattr("epoch_eudr.plugin.WATCHER_START_MS", 50)
    iface = RecordingIface()
    plugin = classFactory(iface)
    plugin.initGui()
    assert plugin.watcher is None  # nothing imported or read while QGIS starts
    deadline = time.monotonic() + 5
    while plugin.watcher is None and time.monotonic() < deadline:
        QgsApplication.processEvents()
    assert plugin.watcher is not None and plugin.session is not None
    plugin.unload()
    assert plugin.watcher is None

    plugin = classFactory(iface)
    plugin.initGui()
    plugin.unload()  # before the watcher's timer fired
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        QgsApplication.processEvents()
    assert plugin.watcher is None
