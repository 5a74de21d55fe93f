"""The Epoch EUDR dock panel: Connection, Screening, Submit, Assessments and EU Information System tabs."""

import html

from qgis.core import Qgis, QgsMessageLog
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ..connection.session import Session
from ..core.operation import LOG_TAG
from .job_watcher import JobWatcher
from .statement_watcher import StatementWatcher
from .wdg_assessments import AssessmentsTab
from .wdg_connection import ConnectionTab
from .wdg_eu_is import EuIsTab
from .wdg_screening import ScreeningTab
from .wdg_submit import SubmitTab

TAB_TITLES = ("Connection", "Screening", "Submit", "Assessments", "EU")


def tr(text: str) -> str:
    return QCoreApplication.translate("Dock", text)


def tab_titles():
    """The tab titles in the user's language (TAB_TITLES in English)."""
    return (tr("Connection"), tr("Screening"), tr("Submit"), tr("Assessments"), tr("EU"))


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the tab follows the dock's width
    area.setWidget(widget)
    return area


class EudrDockWidget(QgsDockWidget):
    """Dock panel holding one tab per dashboard workflow; the tabs share one connection session."""

    def __init__(self, iface, parent=None, session=None, watcher=None, statement_watcher=None):
        """``watcher``: the plugin's :class:`JobWatcher` (it outlives the dock), ``statement_watcher`` its
        :class:`StatementWatcher`; without them the dock runs its own."""
        super().__init__("Epoch EUDR Screening", parent)
        self.iface = iface
        self.setObjectName("EpochEudrDock")
        self.session = session or Session()
        self.own_watcher = watcher is None
        self.watcher = watcher or JobWatcher(self.session, iface, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("EpochEudrTabs")
        self.connection = ConnectionTab(self.session, self.notify)
        self.screening = ScreeningTab(self.session, iface, self.notify)
        self.submit = SubmitTab(self.session, self.notify, self.watcher)
        self.assessments = AssessmentsTab(self.session, iface, self.notify)
        self.own_statement_watcher = statement_watcher is None
        self.statement_watcher = statement_watcher or StatementWatcher(iface, self)
        self.eu_is = EuIsTab(iface, self.notify, self.statement_watcher)
        # each scrolls: on a laptop's screen (768 px high) the Assessments tab's cards, filters and buttons would
        # leave its table a row high; in a scroll area the table keeps its minimum height and the tab scrolls
        for title, tab in zip(tab_titles(), (self.connection, self.screening, self.submit, self.assessments)):
            self.tabs.addTab(_scrolling(tab), title)
        self.tabs.addTab(self.eu_is, tab_titles()[4])  # short: five titles fit the 470 px; the tooltip says it whole
        self.tabs.setTabToolTip(4, tr("EU Information System: due diligence statements and the verify register"))
        self.screening.results_ready.connect(self.submit.use_results)  # tabs talk through signals only
        self.watcher.jobs_ready.connect(self._jobs_ready)
        if self.own_watcher:
            self.watcher.load_requested.connect(self.load_assessments)
            self.watcher.start()
        if self.own_statement_watcher:
            self.statement_watcher.show_requested.connect(self.show_statements)
            self.statement_watcher.start()
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        container.setMinimumWidth(470)  # every tab title, card and button readable without scrolling sideways
        self.setWidget(container)

    def show_tab(self, tab: QWidget) -> None:
        """Show the tab page holding ``tab`` (a tab's own widget, or its scroll area)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is tab or page.isAncestorOf(tab):
                self.tabs.setCurrentIndex(index)
                return

    def notify(self, level: int, text: str) -> None:
        """Main thread: the message bar (when there is one) and the log."""
        QgsMessageLog.logMessage(text, LOG_TAG, level)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            brief = level in (Qgis.MessageLevel.Success, Qgis.MessageLevel.Info)
            # the bar renders rich text: server words (a 400's detail may hold <a href=...>) stay plain text
            # (only &, <, > escaped: QGIS copies the bar's text into its message log, where an entity shows as is)
            bar.pushMessage("Epoch EUDR", html.escape(text, quote=False), level, 8 if brief else 0)

    def _jobs_ready(self, jobs) -> None:
        self.assessments.announce([job.collection_name or job.collection_id for job in jobs])  # as the user named them

    def load_assessments(self, collection_id: str = "") -> None:
        """A ready job's notice: show the Assessments tab and load the assessments (the new ones among them)."""
        self.show_tab(self.assessments)
        if self.assessments.load_button.isEnabled():
            self.assessments.load()

    def show_statements(self) -> None:
        """A settled statement's notice: show the EU Information System tab."""
        self.tabs.setCurrentWidget(self.eu_is)
        self.eu_is.statements.refresh()

    def shutdown(self):
        """Stop whatever the panel started (tasks, timers, the sandbox) before the plugin unloads."""
        try:
            self.watcher.jobs_ready.disconnect(self._jobs_ready)
        except TypeError:
            pass
        if self.own_watcher:
            self.watcher.stop()
        if self.own_statement_watcher:
            self.statement_watcher.stop()
        for tab in (self.screening, self.submit, self.assessments, self.eu_is):
            tab.shutdown()
        from ..connection.sandbox_runner import stop_sandbox

        stop_sandbox()
