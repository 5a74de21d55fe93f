"""The statements submitted from this QGIS profile (layers/eu_statements.read_statements): status, internal
reference, reference number; the selected one in full below (UUID, reference and verification numbers as
selectable text, the service's reasons when rejected), *Check now*, *Amend* (ui/eu_amend: the form filled in with
what was sent) and *Withdraw* (an AVAILABLE statement within 72 hours of its submission: "EUDR Information System -
Operator API Reference" v1.0, section 10.3).

*Check now* respects the Commission's request of 30 minutes before the first status check of a statement on the
EU's servers (core/eu_is/records.next_check_at); after that, and against a local server, it checks at once.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.eu_is import EuIsError
from ..core.eu_is.records import AVAILABLE, StatementRecord, iso, next_check_at, now_utc
from ..layers.inputs.source import SourceError, snapshot_layer
from ..layers.operations.eu_plot_numbers import show_numbers_on_plots
from ..layers.operations.eu_statements import (
    AMEND,
    check_statements,
    plots_geopackage,
    read_statements,
    reasons,
    refused_change,
    withdraw,
)
from ..layers.words.eu_messages import environment_label, eu_count_text, eu_error_text
from ..layers.words.language import decimal_text, error_text, integer_text, takes_singular
from .eu_amend import AmendDialog, amend_from
from .eu_common import (
    eu_task,
    local_time,
    make_client,
    same_connection,
    status_sentence,
    status_word,
    worded,
)
from .wdg_common import show_status, status_label

COLUMNS = 3  # the rest in the detail below: three columns fit the dock's width
STATUS, INTERNAL_REFERENCE, REFERENCE_NUMBER = range(COLUMNS)


def tr(text: str) -> str:
    return QCoreApplication.translate("EuStatementList", text)


def too_early(record: StatementRecord) -> bool:
    """Not checked yet and within the 30 minutes the Commission asks for (never for a local server)."""
    due = next_check_at(record)
    return not record.local and record.checks == 0 and due is not None and due > now_utc()


def mass_text(value) -> str:
    """A stored net mass (kg, the API's decimal text) written as the locale writes numbers ("1 000" in French)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value or "-")
    digits = f"{number:.6f}".rstrip("0").partition(".")[2]
    return decimal_text(number, len(digits)) if digits else integer_text(int(number))


def detail_text(record: StatementRecord) -> str:
    lines = [tr("Internal reference: {value}").format(value=record.internal_reference),
             tr("Status: {value}").format(value=status_word(record.status)),
             tr("UUID: {value}").format(value=record.uuid or "-"),
             tr("Reference number: {value}").format(value=record.reference_number or "-"),
             tr("Verification number: {value}").format(value=record.verification_number or "-"),
             tr("Environment: {value}").format(value=environment_label(record.environment)),
             tr("Submitted: {time}; last checked: {checked}").format(
                 time=local_time(record.submitted_at) or "-", checked=local_time(record.checked_at) or "-"),
             tr("Sent: {producers}, {places}, HS {headings}, net mass {mass} kg").format(
                 producers=eu_count_text(record.producers, "producers"),
                 places=eu_count_text(record.places, "places"), headings=record.hs_headings or "-",
                 mass=mass_text(record.net_mass_kg))]
    if record.amendments:
        when = local_time(record.changed_at) or "-"
        lines.append(tr("Amended once, on {time}.").format(time=when) if record.amendments == 1 else
                     tr("Amended {n} times, last on {time}.").format(n=record.amendments, time=when))
    found = reasons(record)
    if found:
        lines.append(tr("Reasons given by the EU Information System:"))
        lines.extend(f"• {reason}" for reason in found)
    if record.status not in (AVAILABLE,):
        lines.append(status_sentence(record))
    return "\n".join(lines)


class StatementList(QGroupBox):
    """The list and its actions; ``changed`` after a check or a withdrawal."""

    changed = pyqtSignal()
    refreshed = pyqtSignal()  # the list was read again (the New statement box follows its statements)

    def __init__(self, run_task: Callable, notify: Callable[[int, str], None], settings, parent=None) -> None:
        super().__init__(tr("Statements"), parent)
        self.run_task, self.notify, self.settings = run_task, notify, settings
        self.records: List[StatementRecord] = []
        self._numbers_seen: Dict[str, Tuple[str, str]] = {}  # (status, reference number) shown on the plots
        self.idle = True
        layout = QVBoxLayout(self)
        self._build_table(layout)
        self._build_actions(layout)
        self.confirm = self._ask  # tests answer for the user
        self.edit_amendment = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted  # tests fill it in
        self._connect_signals()
        self.refresh()

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("eu_statements")
        self.table.setHorizontalHeaderLabels([tr("Status"), tr("Internal reference"), tr("Reference number")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Sized to content: the status and the reference number (14 characters a customer copies) always whole;
        # the internal reference takes what is left, elided in the middle (its distinguishing end stays visible),
        # whole in its tooltip.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in ((STATUS, QHeaderView.ResizeMode.ResizeToContents),
                             (INTERNAL_REFERENCE, QHeaderView.ResizeMode.Stretch),
                             (REFERENCE_NUMBER, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        self.detail = status_label(self)
        self.detail.setObjectName("eu_statement_detail")
        layout.addWidget(self.detail)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.check_button = QPushButton(tr("Check now"), self)
        self.check_button.setObjectName("eu_check_now")
        self.check_button.setToolTip(tr("Ask the EU Information System where the selected statement stands (none "
                                        "selected: every statement still waiting)."))
        self.amend_button = QPushButton(tr("Amend..."), self)
        self.amend_button.setObjectName("eu_amend")
        self.withdraw_button = QPushButton(tr("Withdraw..."), self)
        self.withdraw_button.setObjectName("eu_withdraw")
        self.copy_button = QPushButton(tr("Copy numbers"), self)
        self.copy_button.setObjectName("eu_copy_numbers")
        self.copy_button.setToolTip(tr("Copy the reference and verification numbers, to give them to your "
                                       "customers."))
        for button in (self.check_button, self.amend_button, self.withdraw_button, self.copy_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.status = status_label(self)
        self.status.setObjectName("eu_list_status")
        layout.addWidget(self.status)

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.amend_button.clicked.connect(self.amend)
        self.check_button.clicked.connect(self.check_now)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.copy_button.clicked.connect(self.copy_numbers)
        QgsProject.instance().layersAdded.connect(self._layers_added)

    # showing -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the profile's statements again (the watcher, a qgis_process run may have changed them)."""
        chosen = self.selected()
        self.records = read_statements()
        self._show_numbers_on_plots()
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            values = (status_word(record.status), record.internal_reference, record.reference_number)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record.status if column == STATUS else record.key)
                item.setToolTip(status_sentence(record) if column == STATUS or not value else
                                f"{value}\n{status_sentence(record)}")  # the whole value, however narrow
                self.table.setItem(row, column, item)
            if chosen is not None and record.key == chosen.key:
                self.table.selectRow(row)
        self._selection_changed()
        self.refreshed.emit()

    def _show_numbers_on_plots(self) -> None:
        """The project's plots layers get the numbers of the statements that changed since the last look."""
        seen = self._numbers_seen
        changed = [record for record in self.records if seen.get(record.key) != (record.status,
                                                                                  record.reference_number)]
        self._numbers_seen = {record.key: (record.status, record.reference_number) for record in self.records}
        if changed:
            show_numbers_on_plots(changed)

    def _layers_added(self, _layers) -> None:
        """A plots layer added later (a project opened after a restart) gets its statements' numbers too."""
        show_numbers_on_plots(self.records)

    def detach(self) -> None:
        """The plugin unloads: no more following the project's layers."""
        try:
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        except TypeError:
            pass

    def selected(self) -> Optional[StatementRecord]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()} if self.table.selectionModel() \
            else set()
        return self.records[min(rows)] if rows and min(rows) < len(self.records) else None

    def set_idle(self, idle: bool) -> None:
        self.idle = idle
        self._selection_changed()

    def _selection_changed(self) -> None:
        record = self.selected()
        self.detail.setText(detail_text(record) if record is not None else tr("Select a statement to see it in "
                                                                                 "full."))
        can_withdraw = record is not None and record.status == AVAILABLE and record.changeable()
        self.withdraw_button.setEnabled(self.idle and can_withdraw)
        self.withdraw_button.setToolTip(tr("Withdraw the selected statement (only an available one, within 72 "
                                           "hours of its submission)."))
        self.amend_button.setEnabled(self.idle and can_withdraw)
        refusal = refused_change(record, AMEND) if record is not None and record.uuid else None
        self.amend_button.setToolTip(eu_error_text(refusal) if refusal is not None else tr(
            "Change the selected statement's content (only an available one, within 72 hours of its submission): "
            "its form opens with what was sent; the reference number stays."))
        self.copy_button.setEnabled(record is not None and bool(record.reference_number))
        self.check_button.setEnabled(self.idle and bool(self.records))

    # actions -------------------------------------------------------------------------------------------------
    def _said(self, level: int, text: str) -> None:
        if level == Qgis.MessageLevel.Critical:
            show_status(self.status, text, level)
        self.notify(level, text)

    def copy_numbers(self) -> None:
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(f"{record.reference_number}\t{record.verification_number}")

    def check_now(self) -> None:
        selected = self.selected()
        try:
            client = make_client(self.settings)
        except EuIsError as exc:
            show_status(self.status, worded(exc), Qgis.MessageLevel.Critical)
            return
        self.records = read_statements()
        if selected is not None:
            chosen = [r for r in self.records if r.key == selected.key]
            if chosen and not same_connection(chosen[0], client):
                client.session.close()
                show_status(self.status, tr("{name} was sent to another environment or server ({environment}): "
                                            "choose that connection to check it.").format(
                    name=selected.internal_reference, environment=environment_label(selected.environment)),
                    Qgis.MessageLevel.Warning)
                return
        else:
            chosen = [r for r in self.records if not r.settled and same_connection(r, client)]
        early = [r for r in chosen if too_early(r)]
        ready = [r for r in chosen if r not in early]
        if not ready:
            client.session.close()
            if early:
                due = min(next_check_at(r) for r in early)
                text = tr("The Commission asks for 30 minutes before the first status check: {name} can be checked "
                          "from {time}.").format(name=early[0].internal_reference, time=local_time(iso(due)))
            else:
                text = tr("No statement of this connection is waiting for the EU Information System.")
            show_status(self.status, text, Qgis.MessageLevel.Info)
            return
        show_status(self.status, (tr("Checking {n} statement ...") if takes_singular(len(ready)) else
                                  tr("Checking {n} statements ...")).format(n=integer_text(len(ready))))

        def done(found: List[StatementRecord], _layers):
            self.refresh()
            self.changed.emit()
            text = "\n".join(status_sentence(r) for r in found)
            show_status(self.status, text, Qgis.MessageLevel.Success)
            return text

        self.run_task(eu_task(tr("Check the statements"), lambda progress, cancel: check_statements(
            client, ready, cancel), self._said, done, [client]))

    @staticmethod
    def _ask(text: str) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(None, tr("EU Information System"), text, buttons.Yes | buttons.No,
                                    buttons.No) == buttons.Yes


    def _client_for(self, record, elsewhere: str):
        """A client of the connection ``record`` was sent with, or ``None`` (and why said: no login, or the
        connection chosen is another environment or server; ``elsewhere`` names the action)."""
        try:
            client = make_client(self.settings)
        except EuIsError as exc:
            show_status(self.status, worded(exc), Qgis.MessageLevel.Critical)
            return None
        if not same_connection(record, client):
            client.session.close()
            show_status(self.status, elsewhere.format(name=record.internal_reference,
                                                      environment=environment_label(record.environment)),
                        Qgis.MessageLevel.Warning)
            return None
        return client
    def withdraw(self) -> None:
        record = self.selected()
        if record is None:
            return
        client = self._client_for(record, tr("{name} was sent to another environment or server ({environment}): "
                                             "choose that connection to withdraw it."))
        if client is None:
            return
        question = tr("Withdraw the statement {name} (reference number {reference}) from the EU Information "
                      "System, {environment}? It can no longer be used by anyone.").format(
            name=record.internal_reference, reference=record.reference_number,
            environment=environment_label(record.environment))
        if not self.confirm(question):
            client.session.close()
            return

        def done(changed: StatementRecord, _layers):
            self.refresh()
            self.changed.emit()
            text = status_sentence(changed)
            show_status(self.status, text, Qgis.MessageLevel.Success)
            return text

        self.run_task(eu_task(tr("Withdraw the statement"), lambda progress, cancel: withdraw(client, record),
                              self._said, done, [client]))

    def amend(self) -> None:
        """The statement's form filled in with what was sent; once accepted, checked and sent as an amendment."""
        selected = self.selected()
        if selected is None:
            return
        record = next((r for r in read_statements() if r.key == selected.key), selected)  # as it is now
        refusal = refused_change(record, AMEND)
        if refusal is not None:  # too late or no longer available: said before anything is asked or sent
            show_status(self.status, eu_error_text(refusal), Qgis.MessageLevel.Warning)
            return
        client = self._client_for(record, tr("{name} was sent to another environment or server ({environment}): "
                                             "choose that connection to amend it."))
        if client is None:
            return
        dialog = AmendDialog(record, self)
        layer = None
        if self.edit_amendment(dialog):
            layer = dialog.form.layer()
            if layer is None:
                show_status(self.status, tr("Choose the layer of production places."), Qgis.MessageLevel.Critical)
        if layer is None:
            client.session.close()
            return
        try:
            snapshot = snapshot_layer(layer, dialog.form.selected_only.isChecked())
        except SourceError as exc:
            client.session.close()
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        form = dialog.form.form()
        gpkg, table = plots_geopackage(layer)
        show_status(self.status, tr("Amending {name} ...").format(name=record.internal_reference))

        def done(changed: StatementRecord, _layers):
            self.refresh()
            self.changed.emit()
            text = tr("{name} amended: the EU Information System holds the new content; reference number "
                      "{reference}.").format(name=changed.internal_reference, reference=changed.reference_number)
            show_status(self.status, text, Qgis.MessageLevel.Success)
            return text

        self.run_task(eu_task(tr("Amend the statement"), lambda progress, cancel: amend_from(
            client, record, snapshot, form, gpkg, table, cancel), self._said, done, [client]))
