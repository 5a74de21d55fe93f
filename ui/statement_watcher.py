"""Follows the due diligence statements submitted from this profile while QGIS runs, with or without the dock:
each SUBMITTED statement is checked on its own schedule (core/eu_is/records.next_check_at: 30 minutes before the
first check against the EU's servers, as the Commission asks in the "Operator API Reference" v1.0, section 2.3,
then backing off; seconds against a local server), in a task, and one message-bar notice says when a statement
becomes AVAILABLE or REJECTED.

Owned by the plugin like the job watcher (a statement submitted yesterday is settled even if the panel stays
closed). Only statements of the connection chosen in the EU Information System tab are checked (the login
belongs to one environment); statements a qgis_process run submitted are found in the same profile file.
"""

from __future__ import annotations

from typing import List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from ..core.backoff import backoff_delay
from ..core.eu_is import EuIsError
from ..core.eu_is.records import AVAILABLE, REJECTED, StatementRecord, due_checks, next_check_at, now_utc
from ..layers.operations.eu_statements import check_statements, read_statements
from ..layers.operations.task import OperationTask
from .eu_common import EuIsSettings, eu_task, make_client, same_connection, status_sentence

#: The first look after QGIS starts waits this long (QGIS is busy starting); with nothing due, the file is looked
#: at again this often (a qgis_process run may have added a statement); a failed check is retried after RETRY_S,
#: then twice as long each time it fails again (core/backoff.py), up to LONGEST_RETRY_S: a wrong key or a
#: service that is down is not asked every five minutes all day.
STARTUP_DELAY_S, IDLE_DELAY_S, RETRY_S, LONGEST_RETRY_S = 10.0, 300.0, 300.0, 3600.0


def tr(text: str) -> str:
    return QCoreApplication.translate("StatementWatcher", text)


class StatementWatcher(QObject):
    changed = pyqtSignal()  # a statement's status changed
    settled = pyqtSignal(object)  # a StatementRecord that became AVAILABLE or REJECTED
    show_requested = pyqtSignal()  # the notice's button: show the EU Information System tab

    def __init__(self, iface=None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.startup_delay, self.idle_delay, self.retry_delay = STARTUP_DELAY_S, IDLE_DELAY_S, RETRY_S
        self.checking: Optional[OperationTask] = None
        self.last_error = ""
        self.failures = 0  # failed looks in a row: the next retry waits longer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._schedule(self.startup_delay)

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        if self.checking is not None:
            self.checking.cancel()
            self.checking = None

    def poke(self) -> None:
        """A new submission (or another connection): plan the next check from the records now."""
        if self._running and self.checking is None:
            self._schedule(self._next_delay(read_statements()))

    def _schedule(self, seconds: float) -> None:
        if self._running:
            self._timer.start(int(max(0.0, seconds) * 1000))

    def _next_delay(self, records: List[StatementRecord]) -> float:
        waiting = [next_check_at(r) for r in records if not r.settled]
        if not waiting:
            return self.idle_delay
        soonest = min(moment for moment in waiting if moment is not None)
        return min(self.idle_delay, max(0.5, (soonest - now_utc()).total_seconds()))

    def check_now(self) -> None:
        """Check every statement of the chosen connection that is due, in a task; then plan the next look."""
        if not self._running or self.checking is not None:
            return
        records = read_statements()
        waiting = [r for r in records if not r.settled]
        if not waiting:
            self._schedule(self.idle_delay)
            return
        try:
            client = make_client(EuIsSettings.load())
        except EuIsError as exc:  # no login yet, a bad address: noted, tried again later
            self.last_error = str(exc)
            self._retry()
            return
        due = [r for r in due_checks(waiting) if same_connection(r, client)]
        if not due:
            client.session.close()
            self._schedule(self._next_delay([r for r in waiting if same_connection(r, client)]))
            return
        before = {r.key: r.status for r in due}
        task = eu_task(tr("Checking submitted statements"), lambda progress, cancel: check_statements(
            client, due, cancel), self._task_said, lambda found, _l: self._checked(found, before), [client])
        self.checking = task
        QgsApplication.taskManager().addTask(task)

    def _task_said(self, level, text) -> None:
        """The check task's last word; a failure or cancel (no ``_checked``) is retried later."""
        if level == Qgis.MessageLevel.Success:
            return
        if level == Qgis.MessageLevel.Critical:
            self.last_error = text
        self.checking = None
        self._retry()

    def _retry(self) -> None:
        """The next look after a failed one (the statements' own schedule, core/eu_is/records.check_delay, is
        kept: a statement is never checked before it is due)."""
        self._schedule(backoff_delay(self.failures, self.retry_delay, max(self.retry_delay, LONGEST_RETRY_S)))
        self.failures += 1

    def _checked(self, found: List[StatementRecord], before) -> None:
        self.checking = None
        if not self._running:
            return
        self.last_error, self.failures = "", 0
        news = [r for r in found if r.status != before.get(r.key)]
        if news:
            self.changed.emit()
        for record in news:
            if record.status in (AVAILABLE, REJECTED):
                self._announce(record)
                self.settled.emit(record)
        self._schedule(self._next_delay(read_statements()))

    def _announce(self, record: StatementRecord) -> None:
        """One message-bar notice per statement settled, with a button that shows the list."""
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is None:
            return
        item = bar.createMessage(tr("EU Information System"), status_sentence(record))
        button = QPushButton(tr("Show statements"), item)
        button.setObjectName("show_statement")
        button.clicked.connect(self.show_requested.emit)
        button.clicked.connect(lambda: bar.popWidget(item))
        item.layout().addWidget(button)
        level = Qgis.MessageLevel.Success if record.status == AVAILABLE else Qgis.MessageLevel.Warning
        bar.pushWidget(item, level, 0)
