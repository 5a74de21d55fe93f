"""Assessments tab (seed 000's "Country Commodity Assessment"): cards, filters, flat/grouped views,
drill-down and DDS download."""

from __future__ import annotations

import zipfile
from functools import partial
from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.api.download import (
    check_zip,
    extract_dds_pdf,
    remove_folder,
    sweep_temporary_folders,
    temporary_folder,
)
from ..core.api.errors import EpochError
from ..core.colours import colour_of
from ..core.derive import ASSESSMENT_FIELDS
from ..core.grouping import group_by_producer
from ..core.risk import HIGH_RISK, MEDIUM_RISK, NOT_ASSESSABLE, PRODUCER_STATUSES
from ..layers.operations import assessments_to_gpkg, download_dds, drilldown_to_gpkg, layer_slug
from ..layers.results import default_results_path
from ..layers.tasks import OperationTask
from .table_model import FID_ROLE, RowsFilter, RowsModel, display
from .wdg_common import SummaryCards, TaskBar, show_status, status_label
from .wdg_screening import layer_rows

COLUMNS = [(n, a) for n, _, a in ASSESSMENT_FIELDS[:10]] + [("collection_id", "Audit")]
CARDS = [("total", "Total Producers", "#334155"), ("Compliant", "Compliant", "#16a34a"),
         ("High Risk", "High Risk", HIGH_RISK.color), ("Medium Risk", "Medium Risk (<=5%)", MEDIUM_RISK.color),
         ("Not Assessable", "Not Assessable", NOT_ASSESSABLE.color)]
PLOT_CARDS = [("total", "Total Plots", "#334155"), ("Compliant", "Compliant", "#16a34a"),
              ("Non-Compliant", "Non-Compliant", "#dc2626")]


class AssessmentsTab(QWidget):
    def __init__(self, session, iface, notify, parent=None) -> None:
        super().__init__(parent)
        self.session, self.iface, self.notify = session, iface, notify
        self.layer: Optional[QgsVectorLayer] = None
        self.dds_path: Optional[Path] = None
        self.pdf_folder: Optional[Path] = None  # this dock's temporary folder for the extracted PDF
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.load_button = QPushButton("Load assessments", self)
        self.load_button.setObjectName("load_assessments")
        self.view = QComboBox(self)
        self.view.setObjectName("view")
        self.view.addItems(["Flat", "Grouped by producer"])
        top.addWidget(self.load_button, 1)
        top.addWidget(self.view)
        layout.addLayout(top)
        self.task_bar = TaskBar(self)
        layout.addWidget(self.task_bar)
        self.cards = SummaryCards(CARDS, self)
        self.cards.setObjectName("assessment_cards")
        layout.addWidget(self.cards)
        filters = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem("All statuses", "")
        for status in reversed(PRODUCER_STATUSES):
            self.status_filter.addItem(status.label, status.label)
        self.commodity_filter = QComboBox(self)
        self.commodity_filter.setObjectName("commodity_filter")
        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("country_filter")
        for combo in (self.status_filter, self.commodity_filter, self.country_filter):
            filters.addWidget(combo, 1)
        layout.addLayout(filters)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search producer, commodity, country ...")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = RowsModel(COLUMNS, colour_of=partial(colour_of, "assessments"), parent=self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("assessments_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("assessments_tree")
        self.tree.setHeaderLabels(["Producer", "Status", "NC Plots", "Commodity", "Country"])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.tree)
        layout.addWidget(self.stack, 1)
        actions = QHBoxLayout()
        self.drill_button = QPushButton("Drill down", self)
        self.drill_button.setObjectName("drill_down")
        self.dds_button = QPushButton("Download DDS", self)
        self.dds_button.setObjectName("download_dds")
        actions.addWidget(self.drill_button)
        actions.addWidget(self.dds_button)
        layout.addLayout(actions)
        self.plot_cards = SummaryCards(PLOT_CARDS, self)
        self.plot_cards.setObjectName("plot_cards")
        self.plot_cards.setVisible(False)
        layout.addWidget(self.plot_cards)
        after = QHBoxLayout()
        self.load_dds_button = QPushButton("Load DDS layers", self)
        self.load_dds_button.setObjectName("load_dds_layers")
        self.open_pdf_button = QPushButton("Open DDS PDF", self)
        self.open_pdf_button.setObjectName("open_dds_pdf")
        after.addWidget(self.load_dds_button)
        after.addWidget(self.open_pdf_button)
        layout.addLayout(after)
        self.status = status_label(self)
        self.status.setObjectName("assessments_status")
        layout.addWidget(self.status)
        self.task_bar.on_idle = self._idle
        self._idle(True)
        self.load_button.clicked.connect(self.load)
        self.view.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.status_filter.currentIndexChanged.connect(lambda: self._filter("status", self.status_filter))
        self.commodity_filter.currentIndexChanged.connect(lambda: self._filter("commodity", self.commodity_filter))
        self.country_filter.currentIndexChanged.connect(lambda: self._filter("country", self.country_filter))
        self.search.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._idle(not self.task_bar.busy()))
        self.table.doubleClicked.connect(lambda _i: self.drill_down())
        self.drill_button.clicked.connect(self.drill_down)
        self.dds_button.clicked.connect(self.download)
        self.load_dds_button.clicked.connect(self.load_dds_layers)
        self.open_pdf_button.clicked.connect(self.open_pdf)

    # state -------------------------------------------------------------
    def selected_row(self) -> Optional[Dict[str, Any]]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        fid = self.proxy.index(rows[0].row(), 0).data(FID_ROLE)
        return next((r for r in self.model.rows if r["fid"] == fid), None)

    def _idle(self, idle: bool) -> None:
        row = self.selected_row()
        self.load_button.setEnabled(idle)
        self.drill_button.setEnabled(idle and row is not None)
        assessable = row is not None and row.get("status") != NOT_ASSESSABLE.label
        self.dds_button.setEnabled(idle and assessable)
        self.dds_button.setToolTip("" if assessable or row is None else "Not Assessable: there is no DDS to export.")
        self.load_dds_button.setEnabled(idle and self.dds_path is not None)
        self.open_pdf_button.setEnabled(idle and self.dds_path is not None)

    def _filter(self, key: str, combo: QComboBox) -> None:
        self.proxy.set_filter(key, combo.currentData() or "")

    def _client(self):
        """The session's client, or ``None`` with the reason shown (no login, bad URL ...)."""
        try:
            return self.session.client()
        except EpochError as exc:
            show_status(self.status, str(exc), Qgis.MessageLevel.Critical)
            return None

    def _notify(self, level, text) -> None:
        show_status(self.status, text, level)
        self.notify(level, text)

    # load --------------------------------------------------------------
    def load(self) -> None:
        client = self._client()
        if client is None:
            return
        gpkg = default_results_path()
        task = OperationTask("Loading assessments", lambda progress, cancel: assessments_to_gpkg(
            client, gpkg, progress=progress, cancel=cancel), notify=self._notify, on_done=self._loaded)
        self.task_bar.run(task)

    def _loaded(self, outcome, layers) -> None:
        self.layer = layers[0] if layers else None
        keys = [c[0] for c in COLUMNS] + ["status_key", "risk_rank", "noncompliance_area_perc",
                                          "locations_confidence", "noncompliance_area_ha"]
        rows = layer_rows(self.layer, keys) if self.layer else []
        self.model.set_rows(rows)
        self.table.sortByColumn(COLUMNS.index(("status", "Status")), Qt.SortOrder.DescendingOrder)  # high risk first
        self.table.resizeColumnsToContents()
        counts = dict(outcome.counts, total=len(rows))
        self.cards.set_counts(counts)
        for combo, key, label in ((self.commodity_filter, "commodity", "All commodities"),
                                  (self.country_filter, "country", "All countries")):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, "")
            for value in sorted({display(r.get(key)) for r in rows if r.get(key)}):
                combo.addItem(value, value)
            combo.blockSignals(False)
        self._fill_tree(rows)

    def _fill_tree(self, rows: List[Dict[str, Any]]) -> None:
        self.tree.clear()
        for group in group_by_producer(rows):
            top = QTreeWidgetItem([group.name, group.worst_status.label, str(group.total_nc_plots), "", ""])
            top.setForeground(1, QColor(group.worst_status.color))
            for row in group.rows:
                child = QTreeWidgetItem(["", display(row.get("status")), display(row.get("noncompliance_plot_count")),
                                         display(row.get("commodity")), display(row.get("country"))])
                child.setForeground(1, QColor(colour_of("assessments", row) or "#334155"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.resizeColumnToContents(0)

    # drill-down ----------------------------------------------------------
    def drill_down(self) -> None:
        row = self.selected_row()
        if row is None:
            show_status(self.status, "Select a producer row first.", Qgis.MessageLevel.Warning)
            return
        client = self._client()
        if client is None:
            return
        cid, gpkg = row.get("collection_id"), default_results_path()
        group = f"Drill-down: {row.get('company_name') or cid}"
        task = OperationTask("Drill-down", lambda progress, cancel: drilldown_to_gpkg(
            client, cid, gpkg, progress=progress, cancel=cancel), notify=self._notify, group=group,
            on_done=self._drilled)
        self.task_bar.run(task)

    def _drilled(self, outcome, layers) -> None:
        total = sum(outcome.counts.values())
        self.plot_cards.set_counts(dict(outcome.counts, total=total))
        self.plot_cards.setVisible(True)
        if layers and self.iface is not None and self.iface.mapCanvas() is not None:
            extent = layers[-1].extent()
            for layer in layers[:-1]:
                extent.combineExtentWith(layer.extent())
            extent.scale(1.1)
            self.iface.mapCanvas().setExtent(extent)
            self.iface.mapCanvas().refresh()

    # DDS -----------------------------------------------------------------
    def download(self, target: Optional[str] = None) -> None:
        row = self.selected_row()
        if row is None or row.get("status") == NOT_ASSESSABLE.label:
            show_status(self.status, "Select an assessed producer (Not Assessable rows have no DDS).",
                        Qgis.MessageLevel.Warning)
            return
        cid = row.get("collection_id")
        if not target:
            suggested = str(default_results_path().parent / f"DDS_{layer_slug(row.get('company_name') or cid)}.zip")
            target, _ = QFileDialog.getSaveFileName(self, "Save the Due Diligence Statement", suggested,
                                                    "ZIP files (*.zip)")
            if not target:
                return
        client = self._client()
        if client is None:
            return
        task = OperationTask("Downloading DDS", lambda progress, cancel: download_dds(
            client, [cid], Path(target), progress=progress, cancel=cancel), notify=self._notify,
            on_done=lambda result, _l: self._downloaded(result), add_to_project=False)
        self.task_bar.run(task)

    def _downloaded(self, result) -> None:
        self.dds_path = result.path
        show_status(self.status, f"Saved {result.path} ({len(result.names)} files). Load its GeoJSON as layers or "
                                 "open its PDF with the buttons above.", Qgis.MessageLevel.Success)

    def _checked_dds(self) -> Optional[Path]:
        """The downloaded DDS ZIP if it is still there and safe to read (central directory only: instant)."""
        if self.dds_path is None:
            return None
        try:
            with zipfile.ZipFile(self.dds_path) as archive:
                check_zip(archive)
        except EpochError as exc:
            self._notify(Qgis.MessageLevel.Critical, str(exc))
            return None
        except (zipfile.BadZipFile, OSError) as exc:
            self._notify(Qgis.MessageLevel.Critical, f"Cannot read {self.dds_path} ({exc}): download the DDS again.")
            return None
        return self.dds_path

    def dds_layers(self) -> List[QgsVectorLayer]:
        path = self._checked_dds()
        if path is None:
            return []
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith((".geojson", ".json"))]
        layers = [QgsVectorLayer(f"/vsizip/{path}/{n}", f"DDS {Path(n).stem}", "ogr") for n in names]
        return [layer for layer in layers if layer.isValid()]

    def load_dds_layers(self) -> None:
        if self._checked_dds() is None:
            return
        layers = self.dds_layers()
        for layer in layers:
            QgsProject.instance().addMapLayer(layer)
        self._notify(Qgis.MessageLevel.Success if layers else Qgis.MessageLevel.Warning,
                     f"{len(layers)} DDS layer(s) added.")

    def open_pdf(self) -> None:
        """Extract the DDS's PDF in a task (checked first: no ZIP bomb, no ../ name), then open it."""
        path = self._checked_dds()
        if path is None:
            return
        sweep_temporary_folders()  # what an earlier QGIS session left behind
        if self.pdf_folder is None or not self.pdf_folder.is_dir():
            self.pdf_folder = temporary_folder()
        folder = self.pdf_folder
        task = OperationTask("Opening the DDS PDF", lambda progress, cancel: extract_dds_pdf(
            path, folder, cancel=cancel), notify=self._notify, on_done=lambda pdf, _l: self._open_pdf(pdf),
            add_to_project=False)
        self.task_bar.run(task)

    def _open_pdf(self, pdf: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(pdf))

    def announce(self, collection_id: str) -> None:
        show_status(self.status, f"Collection {collection_id} is ready: load the assessments to see it.",
                    Qgis.MessageLevel.Success)

    def shutdown(self) -> None:
        self.task_bar.cancel()
        remove_folder(self.pdf_folder)  # the extracted PDF goes with the dock (plugin unload, QGIS closing)
        self.pdf_folder = None
