"""The Epoch EUDR dock panel: Connection, Screening and Assessments tabs."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

TAB_TITLES = ("Connection", "Screening", "Assessments")

_PLACEHOLDERS = {
    "Connection": "Choose the Epoch server and sign in (email and password, or API key).",
    "Screening": "Screen plots or facilities of a layer with /validate_locations.",
    "Assessments": "Load supply-shed assessments, drill down to plots, download DDS files.",
}


class EudrDockWidget(QgsDockWidget):
    """Dock panel holding one tab per dashboard workflow."""

    def __init__(self, iface, parent=None):
        super().__init__("Epoch EUDR Screening", parent)
        self.iface = iface
        self.setObjectName("EpochEudrDock")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("EpochEudrTabs")
        for title in TAB_TITLES:
            self.tabs.addTab(self._placeholder(_PLACEHOLDERS[title]), title)
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        container.setMinimumWidth(400)  # all tab titles readable without scrolling
        self.setWidget(container)

    @staticmethod
    def _placeholder(text):
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(text, page)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(label)
        layout.addStretch(1)
        return page

    def shutdown(self):
        """Stop whatever the panel started (tasks, timers) before the plugin unloads."""
