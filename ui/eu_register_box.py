"""The verify register, for downstream operators and traders (Regulation (EU) 2023/1115 as amended by
Regulation (EU) 2025/2650): reference + verification numbers received from suppliers, kept in a GeoPackage table
the user picks (layers/eu_register: appended to, never rewritten, five years), *Add* one with its supplier, date
and product, *Verify all* (the Verify service, each answer a new dated row); the latest answer of each pair shown.
Every read and write of the register runs in the tab's task, as the calls do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, List

from qgis.core import Qgis
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QDate, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.eu_is import EuIsError
from ..layers.tables.eu_register import (
    DEFAULT_TABLE,
    RegisterEntry,
    add_entries,
    latest,
    read_register,
    verify_register,
)
from ..layers.words.language import integer_text, takes_singular
from .eu_common import eu_task, local_time, make_client, status_word, worded
from .wdg_common import show_status, status_label

#: the columns at the dock's width (470 px, in every language: a fourth column cut « Fournisseur »); the rest, the
#: check's time included, in the row's tooltip and the register's own table
SHOWN = ("reference_number", "supplier", "result")


def tr(text: str) -> str:
    return QCoreApplication.translate("EuRegisterBox", text)


def result_words() -> Dict[str, str]:
    """The Verify service's answers as shown (stored in English)."""
    return {"EXISTING_USABLE": tr("Exists, usable"), "EXISTING_NON_USABLE": tr("Exists, not usable"),
            "NON_EXISTENT": tr("Does not exist"), "": tr("Not verified yet")}


def row_tooltip(row: Dict[str, str]) -> str:
    """A register row whole: the numbers, who, when, what, and the service's answer in words (stored in the
    service's English codes) at its time in this computer's time zone."""
    value = lambda name: row.get(name) or "-"  # noqa: E731
    result = row.get("result") or ""
    return tr("Reference number {reference}, verification number {verification}; supplier {supplier}, received on "
              "{received}, product {product}; the service said {result} ({status}, {date}); checked {checked}.").format(
        reference=value("reference_number"), verification=value("verification_number"), supplier=value("supplier"),
        received=value("received_on"), product=value("product"), result=result_words().get(result, result) or "-",
        status=status_word(row.get("status") or "") or "-",
        date=local_time(row.get("service_date") or "") or value("service_date"),
        checked=local_time(row.get("checked_at") or "") or "-")


class RegisterBox(QGroupBox):
    def __init__(self, run_task: Callable, notify: Callable[[int, str], None], settings, parent=None) -> None:
        super().__init__(tr("Statements received from suppliers (verify register)"), parent)
        self.run_task, self.notify, self.settings = run_task, notify, settings
        self.rows: List[Dict[str, str]] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._build_register_file_rows(form)
        self._build_statement_rows(form)
        layout.addLayout(form)
        self._build_buttons(layout)
        self._build_table(layout)
        self.gpkg.setFilePath(settings.register_gpkg)
        self.table_name.setText(settings.register_table)
        self._connect_signals()
        if settings.register_gpkg and Path(settings.register_gpkg).is_file():
            QTimer.singleShot(0, self.load)  # the register chosen last time, read once the tab is built

    def _build_register_file_rows(self, form: QFormLayout) -> None:
        self.gpkg = QgsFileWidget(self)
        self.gpkg.setObjectName("eu_register_gpkg")
        self.gpkg.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.gpkg.setFilter(tr("GeoPackage") + " (*.gpkg)")
        self.gpkg.setConfirmOverwrite(False)  # the register is appended to, never replaced
        self.table_name = QLineEdit(self)
        self.table_name.setObjectName("eu_register_table")
        self.table_name.setPlaceholderText(DEFAULT_TABLE)
        form.addRow(tr("GeoPackage"), self.gpkg)
        form.addRow(tr("Table"), self.table_name)

    def _build_statement_rows(self, form: QFormLayout) -> None:
        self.reference = QLineEdit(self)
        self.reference.setObjectName("eu_register_reference")
        self.reference.setMaxLength(14)
        self.verification = QLineEdit(self)
        self.verification.setObjectName("eu_register_verification")
        self.verification.setMaxLength(35)
        self.supplier = QLineEdit(self)
        self.supplier.setObjectName("eu_register_supplier")
        self.received = QDateEdit(QDate.currentDate(), self)
        self.received.setObjectName("eu_register_received")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.product = QLineEdit(self)
        self.product.setObjectName("eu_register_product")
        form.addRow(tr("Reference number"), self.reference)
        form.addRow(tr("Verification number"), self.verification)
        form.addRow(tr("Supplier"), self.supplier)
        form.addRow(tr("Received on"), self.received)
        form.addRow(tr("Product"), self.product)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add to the register"), self)
        self.add_button.setObjectName("eu_register_add")
        self.verify_button = QPushButton(tr("Verify all"), self)
        self.verify_button.setObjectName("eu_register_verify")
        self.verify_button.setToolTip(tr("Ask the EU Information System about every pair of numbers in the "
                                         "register; each answer is kept, dated, for five years."))
        row.addWidget(self.add_button)
        row.addWidget(self.verify_button)
        layout.addLayout(row)

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = QTableWidget(0, len(SHOWN), self)
        self.table.setObjectName("eu_register_rows")
        self.table.setHorizontalHeaderLabels([tr("Reference number"), tr("Supplier"), tr("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHOWN.index("supplier"), QHeaderView.ResizeMode.Stretch)  # elided; tooltip whole
        self.table.setMinimumHeight(100)
        layout.addWidget(self.table)
        self.status = status_label(self)
        self.status.setObjectName("eu_register_status")
        layout.addWidget(self.status)

    def _connect_signals(self) -> None:
        self.gpkg.fileChanged.connect(lambda _path: self._register_changed())
        self.table_name.editingFinished.connect(self._register_changed)
        self.add_button.clicked.connect(self.add)
        self.verify_button.clicked.connect(self.verify_all)

    def set_idle(self, idle: bool) -> None:
        self.add_button.setEnabled(idle)
        self.verify_button.setEnabled(idle)

    def where(self):
        return Path(self.gpkg.filePath().strip()), self.table_name.text().strip() or DEFAULT_TABLE

    def _register_changed(self) -> None:
        self.settings.register_gpkg = self.gpkg.filePath().strip()
        self.settings.register_table = self.table_name.text().strip()
        self.settings.save()
        if self.settings.register_gpkg:
            self.load()

    def _said(self, level: int, text: str) -> None:
        if level == Qgis.MessageLevel.Critical:
            show_status(self.status, text, level)
        self.notify(level, text)

    def _show(self, rows: List[Dict[str, str]], text: str = "") -> str:
        self.rows = rows
        self.table.setRowCount(len(rows))
        words = result_words()
        for number, row in enumerate(rows):
            tip = row_tooltip(row)
            for column, name in enumerate(SHOWN):
                value = row.get(name) or ""
                if name == "result":
                    value = words.get(value, value)
                item = QTableWidgetItem(value)
                item.setToolTip(tip)
                self.table.setItem(number, column, item)
        if text:
            show_status(self.status, text, Qgis.MessageLevel.Success)
        return text

    def _ready(self) -> bool:
        gpkg, _table = self.where()
        if not str(gpkg) or str(gpkg) == ".":
            show_status(self.status, tr("Choose the GeoPackage of the register (a new file is created)."),
                        Qgis.MessageLevel.Critical)
            return False
        return True

    def load(self) -> None:
        if not self._ready():
            return
        gpkg, table = self.where()

        def said(level: int, text: str) -> None:  # reading is no news: only a failure is said (and logged)
            if level == Qgis.MessageLevel.Critical:
                self._said(level, text)

        self.run_task(eu_task(tr("Read the register"), lambda progress, cancel: latest(read_register(gpkg, table)),
                              said, lambda rows, _l: self._show(rows) or None))

    def add(self) -> None:
        if not self._ready():
            return
        gpkg, table = self.where()
        entry = RegisterEntry(self.reference.text().strip().upper(), self.verification.text().strip().upper(),
                              self.supplier.text().strip(), self.received.date().toString("yyyy-MM-dd"),
                              self.product.text().strip())
        if not entry.reference_number or not entry.verification_number:
            show_status(self.status, tr("Give the reference number and the verification number the supplier "
                                        "gave."), Qgis.MessageLevel.Critical)
            return

        def work(progress, cancel):
            add_entries(gpkg, [entry], table)
            return latest(read_register(gpkg, table))

        def done(rows, _layers):
            for edit in (self.reference, self.verification):
                edit.clear()
            return self._show(rows, tr("{reference} added to the register; Verify all asks the EU Information "
                                       "System about it.").format(reference=entry.reference_number))

        self.run_task(eu_task(tr("Add to the register"), work, self._said, done))

    def verify_all(self) -> None:
        if not self._ready():
            return
        gpkg, table = self.where()
        try:
            client = make_client(self.settings)
        except EuIsError as exc:
            show_status(self.status, worded(exc), Qgis.MessageLevel.Critical)
            return

        def work(progress, cancel):
            answers = verify_register(client, gpkg, table, cancel)
            return answers, latest(read_register(gpkg, table))

        def done(outcome, _layers):
            answers, rows = outcome
            said = (tr("{n} pair verified; every answer kept in {table}.") if takes_singular(len(answers)) else
                    tr("{n} pairs verified; every answer kept in {table}."))
            return self._show(rows, said.format(n=integer_text(len(answers)), table=table))

        self.run_task(eu_task(tr("Verify the register"), work, self._said, done, [client]))
