"""EU Information System tab: the connection, a new due diligence statement from the plots, the statements
submitted and the verify register, in one scrolling column with one task bar (every call runs in the one task
class, with progress and cancel; the widgets never talk HTTP).

The statement watcher (ui/statement_watcher.py, owned by the plugin) checks SUBMITTED statements in the
background; its news refreshes the list here.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from .eu_common import EuIsSettings
from .eu_connection_box import EuConnectionBox
from .eu_new_statement import NewStatementBox
from .eu_register_box import RegisterBox
from .eu_statement_list import StatementList
from .wdg_common import TaskBar


def tr(text: str) -> str:
    return QCoreApplication.translate("EuIsTab", text)


class EuIsTab(QWidget):
    def __init__(self, iface, notify, watcher=None, parent=None) -> None:
        super().__init__(parent)
        self.iface, self.notify, self.watcher = iface, notify, watcher
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        intro = QLabel(tr("Due diligence statements in the EU Information System (TRACES), from the plots on the "
                          "map; and the numbers received from suppliers, verified."), content)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.connection = EuConnectionBox(self.run_task, notify, content)
        settings = self.connection.settings  # one object: the boxes read the connection chosen now
        self.new_statement = NewStatementBox(self.run_task, notify, settings, content)
        self.statements = StatementList(self.run_task, notify, settings, content)
        self.register = RegisterBox(self.run_task, notify, settings, content)
        for box in (self.connection, self.new_statement, self.statements, self.register):
            layout.addWidget(box)
        layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        self.task_bar = TaskBar(self)  # outside the scrolling column: always in view
        self.task_bar.on_idle = self._idle
        outer.addWidget(self.task_bar)
        self.new_statement.submitted.connect(self._submitted)
        self.statements.refreshed.connect(self.new_statement.follow)  # its status follows what it submitted
        self.connection.changed.connect(self.statements.refresh)
        if watcher is not None:
            watcher.changed.connect(self.statements.refresh)

    @property
    def settings(self) -> EuIsSettings:
        return self.connection.settings

    def run_task(self, task) -> None:
        self.task_bar.run(task)

    def _idle(self, idle: bool) -> None:
        for box in (self.connection, self.new_statement, self.statements, self.register):
            box.set_idle(idle)

    def _submitted(self, records) -> None:
        self.statements.refresh()
        if self.watcher is not None:
            self.watcher.poke()  # the first check on schedule (30 minutes on the EU's servers)

    def shutdown(self) -> None:
        self.statements.detach()
        if self.watcher is not None:
            try:
                self.watcher.changed.disconnect(self.statements.refresh)
            except TypeError:
                pass
        self.task_bar.cancel()
