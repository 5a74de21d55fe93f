"""Assessments tab (the Enforcement Dashboard's "Country Commodity Assessment"): cards, filters, flat/grouped views,
drill-down and DDS download."""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
)

from ..core.api.download import remove_folder
from ..core.api.errors import EpochError
from ..core.colours import colour_of
from ..core.gpkg.tables import MemoryTable, Query, SqliteTable
from ..core.result_kinds import RESULT_KINDS
from ..core.risk import NOT_ASSESSABLE, PLOT_STATUSES, PRODUCER_STATUSES
from ..layers.inputs.features import StoredLayer
from ..layers.operations.epoch_api import assessments_to_gpkg, drilldown_to_gpkg
from ..layers.operations.task import OperationTask
from ..layers.report.field_report import report_file_name
from ..layers.tables.layer_rows import TableStats, table_of
from ..layers.tables.snapshots import list_snapshots
from ..layers.words.language import commodity_label, integer_text
from ..layers.words.language import status_label as status_text
from ..layers.words.shown_values import country_label
from ..layers.writer.results import default_results_path
from .assessment_actions import draw_sample, field_report
from .assessment_filters import TEXT_DELAY_MS, MapFollows
from .assessment_labels import cards, eu_cards, eu_risk_names, plot_cards, producer_names, views
from .assessment_plots import PlotsView, plot_filters
from .column_labels import translated
from .column_sizing import fit_when_read
from .dds_actions import DdsActions
from .groups_model import GroupsModel
from .table_model import MapSelectionSync, RowsModel
from .table_reader import WAIT_S, ReadInThread
from .wdg_changes import ChangesBox
from .wdg_common import TABLE_MIN_HEIGHT, DockTab, SummaryCards, existing_layer, show_status, zoom_to_new

ASSESSMENTS = RESULT_KINDS["assessments"]
PLOTS = RESULT_KINDS["plots"]
COLUMNS = list(ASSESSMENTS.columns())
#: How the assessments' table is read: filtered and sorted on its columns, grouped by producer.
TABLE_OPTIONS = dict(queried=[key for key, _ in COLUMNS], group_by="company_name", sum_field="noncompliance_plot_count")
SAMPLE_COLUMN = "in_check_sample"  # marked by the tab from the check sample drawn (not a field of the layer)


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsTab", text)


class AssessmentsTab(PlotsView, DdsActions, DockTab):
    def __init__(self, session, iface, notify, parent=None) -> None:
        super().__init__(session, notify, parent)
        self.iface = iface
        self.layer: Optional[QgsVectorLayer] = None
        self.plots_layer: Optional[QgsVectorLayer] = None
        self.dds_path: Optional[Path] = None
        self.pdf_folder: Optional[Path] = None  # this dock's temporary folder for the extracted PDF
        self.report_path: Optional[Path] = None  # the last field report written
        # the assessments layer's table, its pages read in a thread (the models read it; never the main thread)
        self._table: Any = ReadInThread(MemoryTable([]))
        self._plots_table: Any = ReadInThread(MemoryTable([]))
        self.sample: Optional[frozenset] = None  # the assessments' ids in the check sample drawn on this load
        self._syncs: Dict[str, MapSelectionSync] = {}
        layout = QVBoxLayout(self)
        self._build_load_row(layout)
        self._build_cards(layout)
        self._build_filters(layout)
        self._build_views(layout)
        self._build_dds_buttons(layout)
        self._build_check_sample_rows(layout)
        self._build_plot_cards(layout)
        self._build_dds_file_buttons(layout)
        for combo in (self.view, self.status_filter, self.commodity_filter, self.country_filter, self.eu_filter,
                      self.plots_filter):  # as wide as the dock gives: a long name is elided
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.status.setObjectName("assessments_status")
        layout.addWidget(self.status)
        self.task_bar.on_idle = self._idle
        self._idle(True)
        self._connect_signals()

    def _build_load_row(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        self.load_button = QPushButton(tr("Load assessments"), self)
        self.load_button.setObjectName("load_assessments")
        self.view = QComboBox(self)
        self.view.setObjectName("view")
        self.view.addItems(views())
        self._enable_view(2, False)  # until a drill-down
        top.addWidget(self.load_button, 1)
        top.addWidget(self.view, 1)  # half the row: a drill-down's "Plots: <producer>" stays readable
        layout.addLayout(top)
        layout.addWidget(self.task_bar)

    def _build_cards(self, layout: QVBoxLayout) -> None:
        self.cards = SummaryCards(cards(), self)
        self.cards.setObjectName("assessment_cards")
        layout.addWidget(self.cards)
        self.eu_cards = SummaryCards(eu_cards(), self)  # Implementing Regulation (EU) 2025/1093's classes
        self.eu_cards.setObjectName("eu_risk_cards")
        self.eu_cards.setToolTip(tr("Assessments per EU country risk class (Implementing Regulation (EU) "
                                    "2025/1093) and the share of operators a competent authority checks each year."))
        layout.addWidget(self.eu_cards)
        self.changes = ChangesBox(self.task_bar.run, self._notify, self)  # "3 producers worse since 2026-11-02"
        layout.addWidget(self.changes)

    def _build_filters(self, layout: QVBoxLayout) -> None:
        filters = QGridLayout()  # two filters a row: four side by side cut every name in the narrow dock
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(tr("All statuses"), "")
        for status in reversed(PRODUCER_STATUSES):
            self.status_filter.addItem(status_text(status.label), status.label)
        self.commodity_filter = QComboBox(self)
        self.commodity_filter.setObjectName("commodity_filter")
        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("country_filter")
        self._fill_list(self.commodity_filter, [])
        self._fill_list(self.country_filter, [])
        for place, combo in enumerate((self.status_filter, self.commodity_filter, self.country_filter)):
            filters.addWidget(combo, place // 2, place % 2)
        layout.addLayout(filters)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(tr("Search producer, commodity, country ..."))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.search.placeholderText())  # the hint while a search is typed
        self.eu_filter = QComboBox(self)
        self.eu_filter.setObjectName("eu_risk_filter")
        self.eu_filter.addItem(tr("All EU risk classes"), "")
        for key, label in eu_risk_names().items():
            self.eu_filter.addItem(label, key)
        self.sample_filter = QCheckBox(tr("Sample only"), self)
        self.sample_filter.setObjectName("sample_filter")
        self.sample_filter.setToolTip(tr("Only the producers in the check sample drawn (the table and the map)."))
        self.sample_filter.setEnabled(False)
        filters.addWidget(self.eu_filter, 1, 1)
        layout.addWidget(self.search)  # the whole row: its hint is read whole in French in the narrow dock
        empty = QHBoxLayout()
        self.empty_note = QLabel(tr("No producer matches these filters: the map shows none either."), self)
        self.empty_note.setObjectName("empty_note")
        self.empty_note.setWordWrap(True)
        self.clear_button = QPushButton(tr("Clear filters"), self)
        self.clear_button.setObjectName("clear_filters")
        empty.addWidget(self.empty_note, 1)
        empty.addWidget(self.clear_button)
        layout.addLayout(empty)
        self.empty_note.setVisible(False)
        self.clear_button.setVisible(False)

    def _build_views(self, layout: QVBoxLayout) -> None:
        self.plots_filter = QComboBox(self)
        self.plots_filter.setObjectName("plots_filter")
        for label, key, value in plot_filters():
            self.plots_filter.addItem(label, (key, value))
        self.plots_filter.setVisible(False)  # the drill-down view's own filter
        layout.addWidget(self.plots_filter)
        self.model = RowsModel(translated(COLUMNS) + [(SAMPLE_COLUMN, tr("Sample"))],
                               colour_of=partial(colour_of, ASSESSMENTS.key), parent=self)
        self.follows = MapFollows(self, self._lists)  # the layer's filter and the cards follow the table's query
        self.table = self._table_view("assessments_table", self.model)
        # several producers at once (a field report on them); the map's selection follows
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        status_column = [key for key, _ in COLUMNS].index("status")
        self.table.sortByColumn(status_column, Qt.SortOrder.DescendingOrder)  # high risk first
        self.table.horizontalHeader().moveSection(status_column, 1)  # shown next to the producer: a dock is narrow
        self.table.horizontalHeader().moveSection(len(COLUMNS), 2)  # the check sample's mark next to the status
        self.groups = GroupsModel(colour_of=partial(colour_of, ASSESSMENTS.key), parent=self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("assessments_tree")
        self.tree.setUniformRowHeights(True)  # a row's height is never measured: 100,000 producers scroll freely
        self.tree.setModel(self.groups)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setResizeContentsPrecision(0)  # fit to the producers in view, never all of them
        self.plots_model = RowsModel(translated(PLOTS.columns()), colour_of=partial(colour_of, PLOTS.key), parent=self)
        self.plots_table = self._table_view("drilldown_plots_table", self.plots_model)
        self.plots_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.stack = QStackedWidget(self)
        for view in (self.table, self.tree, self.plots_table):
            self.stack.addWidget(view)
        self.stack.setMinimumHeight(TABLE_MIN_HEIGHT)  # the tab scrolls (wdg_dock): the table always shows rows
        layout.addWidget(self.stack, 1)

    def _build_dds_buttons(self, layout: QVBoxLayout) -> None:
        actions = QHBoxLayout()
        self.drill_button = QPushButton(tr("Drill down"), self)
        self.drill_button.setObjectName("drill_down")
        self.dds_button = QPushButton(tr("Download DDS"), self)
        self.dds_button.setObjectName("download_dds")
        actions.addWidget(self.drill_button)
        actions.addWidget(self.dds_button)
        layout.addLayout(actions)

    def _build_check_sample_rows(self, layout: QVBoxLayout) -> None:
        checks = QHBoxLayout()
        self.sample_button = QPushButton(tr("Check sample"), self)
        self.sample_button.setObjectName("check_sample")
        self.sample_button.setToolTip(tr("Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk "
                                         "class, highest Epoch risk first (the same seed gives the same sample)."))
        self.seed = QSpinBox(self)
        self.seed.setObjectName("sample_seed")
        self.seed.setRange(0, 99_999)
        self.seed.setValue(1)
        self.seed.setPrefix(tr("seed "))
        self.seed.setToolTip(tr("Breaks ties between equally risky producers; keep it to draw the same sample "
                                "again."))
        self.report_button = QPushButton(tr("Field report (PDF)"), self)
        self.report_button.setObjectName("field_report")
        self.report_button.setToolTip(tr("A PDF section per selected producer (or all, up to 200): map, plots to "
                                         "visit with coordinates, risks; and a QField-ready copy next to it."))
        self.open_report_button = QPushButton(tr("Open PDF"), self)
        self.open_report_button.setObjectName("open_report")
        self.open_report_button.setToolTip(tr("Open the last field report written (PDF)."))
        self.seed.setMaximumWidth(self.seed.fontMetrics().horizontalAdvance(self.seed.prefix() + "99999") + 28)
        checks.addWidget(self.sample_button)
        checks.addWidget(self.seed)
        checks.addWidget(self.sample_filter)  # beside the sample it shows
        layout.addLayout(checks)
        report = QHBoxLayout()  # a row of its own: with the check sample's, wider than the 470 px dock in French
        report.addWidget(self.report_button)
        report.addWidget(self.open_report_button)
        layout.addLayout(report)

    def _build_plot_cards(self, layout: QVBoxLayout) -> None:
        self.plot_cards = SummaryCards(plot_cards(), self)
        self.plot_cards.setObjectName("plot_cards")
        self.plot_cards.setVisible(False)
        layout.addWidget(self.plot_cards)
        # the drill-down plots' filter is the plots layer's own filter too, and their cards count what it shows
        self.plots_follows = MapFollows(
            self, lambda _stats: None, model=self.plots_model, source=lambda: self._plots_table.table,
            cards=self.plot_cards, eu_cards=None, list_fields=(),
            refused=tr("QGIS refused the filter on the layer ({filter}): the map shows every plot."))

    def _build_dds_file_buttons(self, layout: QVBoxLayout) -> None:
        after = QHBoxLayout()
        self.load_dds_button = QPushButton(tr("Load DDS layers"), self)
        self.load_dds_button.setObjectName("load_dds_layers")
        self.open_pdf_button = QPushButton(tr("Open DDS PDF"), self)
        self.open_pdf_button.setObjectName("open_dds_pdf")
        after.addWidget(self.load_dds_button)
        after.addWidget(self.open_pdf_button)
        layout.addLayout(after)

    def _connect_signals(self) -> None:
        self.load_button.clicked.connect(self.load)
        self.view.currentIndexChanged.connect(self._view_changed)
        self.status_filter.currentIndexChanged.connect(lambda: self._filter("status", self.status_filter))
        self.commodity_filter.currentIndexChanged.connect(lambda: self._filter("commodity", self.commodity_filter))
        self.country_filter.currentIndexChanged.connect(lambda: self._filter("country", self.country_filter))
        self.eu_filter.currentIndexChanged.connect(lambda: self._filter("eu_country_risk", self.eu_filter))
        self.plots_filter.currentIndexChanged.connect(self._filter_plots)
        self.search.textChanged.connect(self._search)
        self.sample_filter.toggled.connect(self._sample_only)
        self.clear_button.clicked.connect(self.clear_filters)
        for model in (self.model, self.groups, self.plots_model):
            model.failed.connect(lambda text: show_status(self.status, tr("Cannot read the table: {reason}").format(
                reason=text), Qgis.MessageLevel.Warning))
        self.model.applied.connect(self._shown)
        self.plots_model.applied.connect(self._plots_shown)
        self.groups.applied.connect(lambda: self.tree.resizeColumnToContents(0))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._idle(not self.task_bar.busy()))
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._idle(not self.task_bar.busy()))
        self.table.doubleClicked.connect(lambda _i: self.drill_down())
        self.drill_button.clicked.connect(self.drill_down)
        self.dds_button.clicked.connect(self.download)
        self.load_dds_button.clicked.connect(self.load_dds_layers)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.sample_button.clicked.connect(self.check_sample)
        self.report_button.clicked.connect(lambda: self.report())
        self.open_report_button.clicked.connect(lambda: self._open_pdf(str(self.report_path)))

    def _enable_view(self, index: int, enabled: bool) -> None:
        item = self.view.model().item(index)
        if item is not None:
            item.setEnabled(enabled)

    # state -------------------------------------------------------------
    def selected_fid(self) -> Optional[int]:
        """The feature id of the one producer row selected in the flat or grouped view (``None`` for none or
        several: a drill-down or a DDS is one producer's); in the plots view, the producer drilled down."""
        if self.stack.currentWidget() is self.plots_table:
            return self._drilled_fid
        if self.stack.currentWidget() is self.tree:
            rows = self.tree.selectionModel().selectedRows()
            return self.groups.row_fid(rows[0]) if rows else None
        if self.stack.currentWidget() is not self.table:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.fid_at(rows[0].row()) if len(rows) == 1 else None

    def selected_row(self) -> Optional[Dict[str, Any]]:
        fid = self.selected_fid()
        if fid is None:
            return None
        if self.stack.currentWidget() is self.table:
            shown = self.model.row_at(self.model.row_of(fid))  # painted, so read already
            if shown is not None and len(shown) > 1:
                return shown
        try:
            return self._table.fetch([fid]).get(fid)
        except sqlite3.Error:  # being read (or the file is being written): asked again at the next selection
            return None

    def ready(self) -> bool:
        """Loaded and answered: rows shown, cards and filter lists filled, nothing being computed."""
        return not self.task_bar.busy() and not self.model.pending() and not self.follows.pending() and not (
            self.plots_model.pending() or self.plots_follows.pending())

    def _idle(self, idle: bool) -> None:
        for table in (self._table, self._plots_table):
            table.wait = WAIT_S if idle else 0.0  # a paint never waits for a page while a task works
        row = self.selected_row() if idle else None  # nothing is read while a task writes the file
        self.load_button.setEnabled(idle)
        self.drill_button.setEnabled(idle and row is not None)
        assessable = row is not None and row.get("status") != NOT_ASSESSABLE.label
        self.dds_button.setEnabled(idle and assessable)
        self.dds_button.setToolTip("" if assessable or row is None else
                                   tr("Not Assessable: there is no DDS to export."))
        self.load_dds_button.setEnabled(idle and self.dds_path is not None)
        self.open_pdf_button.setEnabled(idle and self.dds_path is not None)
        loaded = existing_layer(self.layer) is not None and self.layer.isValid()
        self.sample_button.setEnabled(idle and loaded)
        self.changes.set_enabled(idle)
        self.report_button.setEnabled(idle and loaded)
        self.open_report_button.setEnabled(idle and self.report_path is not None and self.report_path.is_file())

    def _view_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.groups.set_active(index == 1)
        for widget in (self.status_filter, self.commodity_filter, self.country_filter, self.search, self.eu_filter):
            widget.setEnabled(index != 2)  # the filters are the assessments'
        self.plots_filter.setVisible(index == 2)
        if index == 2:
            # a view never shown has read no row to fit to
            fit_when_read(self.plots_table, self.plots_model, PLOT_STATUSES)
        self._empty_note()
        self._idle(not self.task_bar.busy())

    def _filter(self, key: str, combo: QComboBox) -> None:
        self.model.set_filter(key, combo.currentData() or "")
        self._query_changed()

    def _query_changed(self, delay_ms: int = 0) -> None:
        """The grouped view, the layer's filter and the cards follow the table's query."""
        self.groups.set_query(self.model.query)
        self.follows.changed(delay_ms)

    def _sample_only(self, only: bool) -> None:
        self.model.set_query(self.model.query.with_ids(self.sample if only and self.sample is not None else None))
        self._query_changed()

    def clear_filters(self) -> None:
        """Every filter off: the table, the map (the layer's own filter back) and the cards show all (the
        drill-down plots' filter, in their view)."""
        if self.stack.currentWidget() is self.plots_table:
            self.plots_filter.setCurrentIndex(0)
            return
        for combo in (self.status_filter, self.commodity_filter, self.country_filter, self.eu_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for widget, value in ((self.search, ""), (self.sample_filter, False)):
            widget.blockSignals(True)
            widget.setText(value) if isinstance(widget, QLineEdit) else widget.setChecked(value)
            widget.blockSignals(False)
        self.model.set_query(Query(sort=self.model.query.sort, descending=self.model.query.descending))
        self._query_changed()

    def table_source(self):
        """The table the filters are said against (its columns and their kinds)."""
        return self._table.table

    def say(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        show_status(self.status, text, level)

    def _search(self, text: str) -> None:
        self.model.set_text(text)
        self._query_changed(TEXT_DELAY_MS)  # the layer is filtered once the typing pauses

    def _zoom_to_selected(self, layer: QgsVectorLayer) -> None:
        if self.iface is not None and self.iface.mapCanvas() is not None:
            self.iface.mapCanvas().zoomToSelected(layer)

    def _follow(self, name: str, view: QTableView, model: RowsModel, layer: Optional[QgsVectorLayer],
                zoom: bool) -> None:
        """Keep ``view``'s selection and ``layer``'s the same (the previous layer's link is dropped)."""
        old = self._syncs.pop(name, None)
        if old is not None:
            old.detach()
        if layer is not None:
            self._syncs[name] = MapSelectionSync(view, model, layer,
                                                 (lambda: self._zoom_to_selected(layer)) if zoom else None)

    # load --------------------------------------------------------------
    def load(self) -> None:
        client = self._client()
        if client is None:
            return
        gpkg = default_results_path()
        keys = self.model.keys()

        def run(progress, cancel):
            outcome = assessments_to_gpkg(client, gpkg, progress=progress, cancel=cancel)
            outcome.snapshots = list_snapshots(gpkg, "assessments")  # this load first: for *Changes since...*
            try:  # opened here, in the task: the main thread never reads the file (its worker copies the rows)
                outcome.table = SqliteTable(outcome.layer.gpkg, outcome.layer.layer_name, keys, **TABLE_OPTIONS)
            except sqlite3.Error:
                outcome.table = None  # opened from the layer instead
            return outcome

        task = OperationTask(tr("Loading assessments"), run, notify=self._notify, on_done=self._loaded)
        self.task_bar.run(task)

    def _loaded(self, outcome, layers) -> None:
        """The written layer as the table: the rows stay in the GeoPackage (read in threads); counts come from
        the task's SQL."""
        self.follows.filter.release()  # the table reads the whole file: the layer's own filter only
        self.layer = layers[0] if layers else None
        table = getattr(outcome, "table", None)
        if table is None or self.layer is None:
            if table is not None:
                table.close()
            table = table_of(self.layer, self.model.keys(), **TABLE_OPTIONS)
        old, self._table = self._table, ReadInThread(table)
        self._set_sample(None)  # the sample drawn was of the previous load
        self.model.set_table(self._table)
        self.groups.set_table(self._table)
        old.close()
        self._follow("assessments", self.table, self.model, self.layer, zoom=False)
        self.eu_cards.clear()  # until the summary is there (counted by the task when the load's is not)
        # the cards set once, from the load's own count (in its worker), then the filters chosen on the layer
        self.follows.attach(self.layer, table, getattr(outcome, "stats", None))
        self.changes.set_snapshots(outcome.layer.gpkg, getattr(outcome, "snapshots", []))
        zoom_to_new(self.iface, [self.layer])

    def _shown(self) -> None:
        if self.model.rowCount() and not self._sized:
            self._sized = True
            fit_when_read(self.table, self.model, PRODUCER_STATUSES)  # once its first rows are painted
        self._empty_note()

    def _empty_note(self) -> None:
        """Never a blank table without a word: what the filters left out, and the way back."""
        plots = self.stack.currentWidget() is self.plots_table
        model = self.plots_model if plots else self.model
        empty = model.rowCount() == 0 and model.query.filtered() and not model.pending()
        self.empty_note.setText(tr("No plot matches this filter: the map shows none either.") if plots else
                                tr("No producer matches these filters: the map shows none either."))
        self.empty_note.setVisible(empty)
        self.clear_button.setVisible(empty)

    _sized = False

    def _lists(self, stats: TableStats) -> None:
        """The filter lists from the summary of the load (computed in a task by :class:`MapFollows`)."""
        self._fill_list(self.commodity_filter, stats.values.get("commodity", []))
        self._fill_list(self.country_filter, stats.values.get("country", []))

    def _fill_list(self, combo: QComboBox, values: List[str]) -> None:
        label = {"commodity_filter": tr("All commodities"), "country_filter": tr("All countries")}[combo.objectName()]
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(label, "")
        shown = country_label if combo is self.country_filter else lambda v: commodity_label(str(v).lower())
        for value in values:  # the stored value filters; its name in the user's language is shown
            combo.addItem(shown(value), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if (combo.currentData() or "") != current:  # the value filtered on is gone: show everything
            self._filter("commodity" if combo is self.commodity_filter else "country", combo)

    # drill-down ----------------------------------------------------------
    def drill_down(self) -> None:
        row = self.selected_row()
        if row is None:
            show_status(self.status, tr("Select a producer row first."), Qgis.MessageLevel.Warning)
            return
        client = self._client()
        if client is None:
            return
        cid, gpkg = row.get("collection_id"), default_results_path()
        fid = self.selected_fid()
        group = tr("Drill-down: {producer}").format(producer=row.get("company_name") or cid)
        task = OperationTask(tr("Drill-down"), lambda progress, cancel: drilldown_to_gpkg(
            client, cid, gpkg, progress=progress, cancel=cancel), notify=self._notify, group=group,
            on_done=lambda outcome, layers: self._drilled(outcome, layers, fid))
        self.task_bar.run(task)

    # check sample and field report ----------------------------------------
    def _assessments_uri(self) -> Optional[str]:
        """The loaded assessments as a source a worker opens itself, or ``None`` with the reason shown."""
        if existing_layer(self.layer) is None or not self.layer.isValid():
            show_status(self.status, tr("Load the assessments first."), Qgis.MessageLevel.Warning)
            return None
        return self.layer.source()

    def check_sample(self) -> None:
        """``epoch_eudr:check_sample`` over the loaded assessments, written beside them and styled: drawn
        from every producer loaded, whatever the dock's filters show (the shares are of the population)."""
        if self._assessments_uri() is None:
            return
        assessments = StoredLayer.of_source(self.layer.source(), subset=self.follows.filter.base)
        seed, gpkg = self.seed.value(), default_results_path()
        task = OperationTask(tr("Drawing the check sample"), lambda progress, cancel: draw_sample(
            assessments, gpkg, seed, cancel), notify=self._notify, on_done=self._sampled)
        self.task_bar.run(task)

    def _sampled(self, outcome, layers) -> None:
        show_status(self.status, outcome.summary() or tr("The check sample is empty: no producers loaded."),
                    Qgis.MessageLevel.Success if outcome.outputs() else Qgis.MessageLevel.Warning)
        self._set_sample(outcome.fids)
        zoom_to_new(self.iface, layers)

    def _set_sample(self, fids) -> None:
        """The producers of the check sample: marked in the table, and its filter offered."""
        self.sample = frozenset(fids) if fids else None
        self.model.set_marks(SAMPLE_COLUMN, dict.fromkeys(self.sample or (), "\u2713"))
        self.sample_filter.setEnabled(self.sample is not None)
        if self.sample_filter.isChecked():
            if self.sample is None:
                self.sample_filter.setChecked(False)  # toggled: the filter goes
            else:
                self._sample_only(True)  # the new sample's producers

    def report(self, target: Optional[str] = None) -> None:
        """The field report (PDF and its QField copy) for the selected producers, or all of them."""
        uri = self._assessments_uri()
        if uri is None:
            return
        fids = sorted(self.layer.selectedFeatureIds())
        assessments = StoredLayer.of_source(uri, fids)
        if not target:
            suggested = str(default_results_path().parent / report_file_name(producer_names(self._table, fids)))
            target, _ = QFileDialog.getSaveFileName(self, tr("Save the field report"), suggested,
                                                    tr("PDF files (*.pdf)"))
            if not target:
                return
        pdf = Path(target)
        try:
            client = self.session.client()
        except EpochError:
            client = None  # offline: the report reads the drill-downs already saved
        drilldowns = default_results_path()
        qfield = pdf.parent / f"{pdf.stem} QField"
        task = OperationTask(tr("Writing the field report"), lambda progress, cancel: field_report(
            assessments, pdf, client=client, drilldowns=drilldowns if drilldowns.is_file() else None,
            qfield_folder=qfield, progress=progress, cancel=cancel), notify=self._notify,
            on_done=lambda result, _l: self._reported(result), add_to_project=False)
        self.task_bar.run(task)

    def _reported(self, result) -> None:
        self.report_path = result.pdf  # the task's own message says what was written
        self.open_report_button.setToolTip(tr("Open {path} in the PDF viewer").format(path=result.pdf))
        self._idle(not self.task_bar.busy())

    def announce(self, collections: List[str]) -> None:
        """The collections one check of the jobs found ready (a batch's producers: all of them, not the last)."""
        text = (tr("Collection {id} is ready: load the assessments to see it.") if len(collections) == 1 else
                tr("{n} collections are ready: load the assessments to see them."))
        text = text.format(id=collections[0], n=integer_text(len(collections)))
        show_status(self.status, text, Qgis.MessageLevel.Success)

    def shutdown(self) -> None:
        self.task_bar.cancel()
        self.follows.release()  # the layers' own filters back
        self.plots_follows.release()
        self.changes.shutdown()
        for sync in list(self._syncs.values()):
            sync.detach()
        self._syncs.clear()
        for table in (self._table, self._plots_table):
            table.close()  # the tables' worker threads end
        remove_folder(self.pdf_folder)  # the extracted PDF goes with the dock (plugin unload, QGIS closing)
        self.pdf_folder = None
