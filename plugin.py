"""The QGIS plugin object: adds the toolbar button, menu entry, dock and provider."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .layers.words.language import install_translator, remove_translator

PLUGIN_DIR = Path(__file__).resolve().parent
ICON_PATH = PLUGIN_DIR / "resources" / "icon.svg"
MENU_NAME = "&Epoch EUDR Screening"
#: The job watcher starts this long after the plugin loads: its imports (the client, GDAL writers) would
#: otherwise add about 150 ms to every QGIS start-up.
WATCHER_START_MS = 3000


def tr(text: str) -> str:
    return QCoreApplication.translate("Plugin", text)


class EpochEudrPlugin:
    """Owns everything the plugin adds to QGIS, so ``unload`` can take all of it back."""

    def __init__(self, iface):
        self.iface = iface  # None under qgis_process: touch nothing here
        self.action = None
        self.facility_action = None  # "Check a facility here": the Screening tab's map tool, from the toolbar
        self.dock = None
        self.provider = None
        self.session = None
        self.watcher = None  # follows submitted jobs from QGIS's start, whether the panel is open or not
        self.statement_watcher = None  # follows submitted due diligence statements the same way
        self._watcher_timer = None
        # before anything shows text (Processing too, under qgis_process); None: English, no file needed
        self.translator = install_translator()

    # Processing -------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS's name)
        from .processing_provider.provider import EpochEudrProvider

        if self.provider is None:
            self.provider = EpochEudrProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI --------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS's name)
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON_PATH)), "Epoch EUDR Screening", self.iface.mainWindow())
        self.action.setObjectName("EpochEudrToggleDock")
        self.action.setToolTip(tr("Show or hide the Epoch EUDR Screening panel"))
        self.action.setCheckable(True)
        self.action.toggled.connect(self._set_dock_visible)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU_NAME, self.action)
        self.facility_action = QAction(QgsApplication.getThemeIcon("/mActionCapturePoint.svg"),
                                       tr("Check a facility here"), self.iface.mainWindow())
        self.facility_action.setObjectName("EpochEudrCheckFacility")
        self.facility_action.setToolTip(tr("Check a facility here: click a point on the map, Epoch validates it as "
                                           "a facility (the Screening tab shows the answer)"))
        self.facility_action.setCheckable(True)
        self.facility_action.triggered.connect(self._pick_facility)
        self.iface.addToolBarIcon(self.facility_action)
        self.iface.addPluginToMenu(MENU_NAME, self.facility_action)
        self._watcher_timer = QTimer(self.iface.mainWindow())
        self._watcher_timer.setSingleShot(True)
        self._watcher_timer.timeout.connect(self._ensure_watcher)
        self._watcher_timer.start(WATCHER_START_MS)

    def _ensure_watcher(self):
        """The session and the job watcher, made once: soon after start-up, or when the panel opens first."""
        if self.watcher is None:
            from .connection.session import Session
            from .ui.job_watcher import JobWatcher

            self.session = Session()
            self.watcher = JobWatcher(self.session, self.iface, self.iface.mainWindow())
            self.watcher.load_requested.connect(self._load_ready_job)
            self.watcher.start()  # jobs submitted before QGIS closed are checked again, with backoff
        if self.statement_watcher is None:
            from .ui.statement_watcher import StatementWatcher

            self.statement_watcher = StatementWatcher(self.iface, self.iface.mainWindow())
            self.statement_watcher.show_requested.connect(self._show_statements)
            self.statement_watcher.start()  # SUBMITTED statements settled on their schedule, panel open or not
        return self.watcher

    def _load_ready_job(self, collection_id):
        """A ready job's notice was clicked: open the panel on its Assessments tab and load them."""
        if self.action is not None and not self.action.isChecked():
            self.action.setChecked(True)  # creates and shows the dock
        if self.dock is not None:
            self.dock.load_assessments(collection_id)

    def _show_statements(self):
        """A settled statement's notice was clicked: open the panel on its EU Information System tab."""
        if self.action is not None and not self.action.isChecked():
            self.action.setChecked(True)
        if self.dock is not None:
            self.dock.show_statements()

    def _pick_facility(self, on):
        """The toolbar's facility tool: the same map tool as the card's "Pick on the map", the panel opened on the
        Screening tab where the answer shows."""
        if on and self.action is not None and not self.action.isChecked():
            self.action.setChecked(True)  # creates and shows the dock
        if self.dock is None:
            return
        card = self.dock.screening.facility_card
        if on:
            tabs = self.dock.tabs
            tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(card)))
        card.pick_button.setChecked(on)
        self._sync_facility_action()

    def _sync_facility_action(self, *_):
        """The action follows the card's button as it ends up (no map canvas: the card lets go at once)."""
        if self.facility_action is not None and self.dock is not None:
            self.facility_action.setChecked(self.dock.screening.facility_card.pick_button.isChecked())

    def _set_dock_visible(self, visible):
        if visible and self.dock is None:
            from .ui.wdg_dock import EudrDockWidget

            watcher = self._ensure_watcher()
            self.dock = EudrDockWidget(self.iface, self.iface.mainWindow(), session=self.session, watcher=watcher,
                                       statement_watcher=self.statement_watcher)
            self.dock.visibilityChanged.connect(self._sync_action)
            self.dock.screening.facility_card.pick_button.toggled.connect(self._sync_facility_action)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if self.dock is not None:
            self.dock.setVisible(visible)

    def _sync_action(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        """Remove every action, menu entry, dock and provider this plugin added."""
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._sync_action)
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self._watcher_timer is not None:
            self._watcher_timer.stop()
            self._watcher_timer.setParent(None)
            self._watcher_timer.deleteLater()
            self._watcher_timer = None
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.load_requested.disconnect(self._load_ready_job)
            self.watcher.setParent(None)
            self.watcher.deleteLater()
            self.watcher = None
            self.session = None
        if self.statement_watcher is not None:
            self.statement_watcher.stop()
            self.statement_watcher.show_requested.disconnect(self._show_statements)
            self.statement_watcher.setParent(None)
            self.statement_watcher.deleteLater()
            self.statement_watcher = None
        if self.facility_action is not None:
            self.iface.removePluginMenu(MENU_NAME, self.facility_action)
            self.iface.removeToolBarIcon(self.facility_action)
            self.facility_action.setParent(None)
            self.facility_action.deleteLater()
            self.facility_action = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU_NAME, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.setParent(None)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
