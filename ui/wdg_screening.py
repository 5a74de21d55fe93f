"""Screening tab (the Epoch dashboard's "DDS Submission Screening"): options, background run, cards, results table."""

from __future__ import annotations

from functools import partial
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import Qgis, QgsFields, QgsProject, QgsVectorLayer, QgsVectorLayerFeatureSource
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ..core.api.errors import EpochError
from ..core.api.facility import MAX_COMMODITY_RADIUS_M
from ..core.colours import colour_of
from ..core.commodities import COMMODITIES
from ..core.confidence import LEVEL_COLORS
from ..core.gpkg.tables import MemoryTable
from ..core.naming import producer_field_guess
from ..core.plot_ids import user_plot_id_field
from ..core.result_kinds import (
    COMMODITY_RADIUS,
    FACILITY_VALIDATION_OPTIONS,
    RESULT_KINDS,
    SCREENING_OPTIONS,
    kind_for_location,
)
from ..core.risk import PLOT_STATUSES
from ..layers.inputs.open_file import open_vector_file
from ..layers.inputs.source import SourceError, check_location_type, describe_location_guess, snapshot_layer
from ..layers.operations.epoch_api import layer_slug, screen_to_gpkg
from ..layers.operations.geocoding import check_file, preview_geocoding_to_gpkg
from ..layers.operations.task import OperationTask
from ..layers.qgis_compat import vector_layer_filter
from ..layers.tables.layer_rows import table_of
from ..layers.tables.screened_sources import link_sources, split_sources
from ..layers.words.language import commodity_label, error_text, integer_text, option_label, takes_singular
from ..layers.words.language import status_label as status_text
from ..layers.writer.join import (
    OgrValues,
    add_virtual_join,
    copy_source_fields,
    copy_with_results,
    gpkg_fid_column,
    join_refusal,
    unfiltered,
)
from ..layers.writer.results import default_results_path, layer_uri, project_layer_for, reload_file_layers
from .assessment_labels import plot_rules
from .column_labels import translated
from .column_sizing import fit_known
from .legality_sources import start_off_the_map
from .table_model import MapSelectionSync, RowsModel
from .wdg_common import (
    TABLE_MIN_HEIGHT,
    DockTab,
    PrivateLayersHidden,
    ScreeningInputs,
    ScreeningResult,
    SummaryCards,
    existing_layer,
    show_status,
    zoom_to_new,
)
from .wdg_facility_card import FacilityCheckCard
from .wdg_facility_sources import ScreenedSourcesList
from .wdg_preflight import PreflightBox

FACILITY_CARDS = [("high", "High", LEVEL_COLORS["high"]), ("medium", "Medium", LEVEL_COLORS["medium"]),
                  ("low", "Low", LEVEL_COLORS["low"]), ("invalid", "Invalid", LEVEL_COLORS["invalid"])]
PLOT_CARDS = [(status, status, colour_of("screened_plots", {"status": status}))
              for status in ("Compliant", "Non-Compliant")]


def tr(text: str) -> str:
    return QCoreApplication.translate("ScreeningTab", text)


def card_specs(kind: str):
    """The cards of a screening of ``kind``, labelled in the user's language (keys stay the stored values)."""
    if kind == "facility":
        labels = {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low"), "invalid": tr("Invalid")}
        return [(key, labels.get(key, label), colour) for key, label, colour in FACILITY_CARDS]
    rules = plot_rules()
    return [(key, status_text(key), colour, rules.get(key, "")) for key, _label, colour in PLOT_CARDS]


def own_columns(layer: Optional[QgsVectorLayer], kind) -> List[Tuple[str, str]]:
    """The user's own plot id and producer columns kept from the file screened (``Plot ID``, ``Productor``...),
    headed with the user's own field names: Epoch's rows carry no id a user knows their plots by."""
    if layer is None or kind.key != "screened_plots":
        return []
    schema = {name for name, _type, _alias in kind.fields}
    schema.update(layer.fields().at(i).name() for i in layer.dataProvider().pkAttributeIndexes())  # the fid
    names = [name for name in layer.fields().names() if name not in schema]
    own = user_plot_id_field(names)
    producer = producer_field_guess([name for name in names if name != own]) or ""
    return [(name, name) for name in (own, producer) if name]


def _named(text: str, spin, parent) -> QLabel:
    """The label above a number box (its buddy): beside a box whose text is long ("valeur par défaut d'Epoch
    (5 000 m)") a name was squeezed to a word a line in the narrow dock; it still wraps if the dock is narrower."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setBuddy(spin)
    return label


class ScreeningTab(DockTab):
    results_ready = pyqtSignal(object)  # a ScreeningResult

    def __init__(self, session, iface, notify, parent=None) -> None:
        super().__init__(session, notify, parent)
        self.iface = iface
        self.result_layer: Optional[QgsVectorLayer] = None
        self.source_layer: Optional[QgsVectorLayer] = None
        self.location = "plot"
        self.result: Optional[ScreeningResult] = None
        self._table = MemoryTable([])
        self._sync: Optional[MapSelectionSync] = None
        self._size_columns = False
        layout = QVBoxLayout(self)
        self._build_source_form(layout)
        self._build_checks_box(layout)
        self.facility_card = FacilityCheckCard(session, iface, self.facility_options, self._notify_card, self)
        layout.addWidget(self.facility_card)
        self.check = PreflightBox(self.inputs, iface, self)
        layout.addWidget(self.check)
        self.confirm = self._confirm
        self._build_run_and_progress(layout)
        self._build_results_table(layout)
        self._build_result_buttons(layout)
        self._connect_signals()
        self._set_join_enabled()
        active = iface.activeLayer() if iface is not None and hasattr(iface, "activeLayer") else None
        if isinstance(active, QgsVectorLayer):
            self.layer_combo.setLayer(active)  # the active layer by default
        self._layer_changed(self.layer_combo.currentLayer())

    def _build_source_form(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long French label above its box at 470 px
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setObjectName("input_layer")
        self.layer_combo.setFilters(vector_layer_filter())
        PrivateLayersHidden(self.layer_combo)
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setObjectName("input_file")
        self.file_widget.setFilter(tr("Locations") + " (*.csv *.xlsx *.geojson *.json *.gpkg)")
        self.selected_only = QCheckBox(tr("Selected features only"), self)
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("location_type")
        self.location_combo.addItem(tr("Plots (polygons or points with Area)"), "plot")
        self.location_combo.addItem(tr("Facilities (points)"), "facility")
        self.location_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.location_combo.setMinimumContentsLength(12)  # as wide as the dock gives; the list shows it whole
        self.commodity = QComboBox(self)
        self.commodity.setObjectName("commodity")
        self.commodity.addItem(tr("Auto-detect"), "")
        for name in COMMODITIES:
            self.commodity.addItem(commodity_label(name), name)
        form.addRow(tr("Layer"), self.layer_combo)
        form.addRow(tr("or file"), self.file_widget)
        self.geocode_button = QPushButton(tr("Preview geocoding"), self)
        self.geocode_button.setObjectName("preview_geocoding")
        self.geocode_button.setToolTip(tr("Ask Epoch where it places each address of the CSV or XLSX (chosen above) "
                                          "and show the points as a layer: check them, move any that is wrong, "
                                          "then screen that layer. A wrong geocode is a wrong facility."))
        form.addRow("", self.geocode_button)
        form.addRow("", self.selected_only)
        form.addRow(tr("Location type"), self.location_combo)
        form.addRow(tr("Commodity"), self.commodity)
        layout.addLayout(form)

    def _build_checks_box(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(tr("Checks"), self)
        box_layout = QVBoxLayout(box)
        self.option_boxes: Dict[str, QCheckBox] = {}
        for option in SCREENING_OPTIONS:
            check = QCheckBox(option_label(option.key, option.label), box)
            check.setObjectName(option.key)
            check.setChecked(option.default)
            box_layout.addWidget(check)
            self.option_boxes[option.key] = check
        self.option_boxes["include_article10_check"].setToolTip(tr(
            "Epoch's Article 10 legality risk (Low / Medium / High) of each plot or facility, from a web search, "
            "in the screening itself (/validate_locations): the risk only. For facilities, the sources behind it "
            "come with 'Article 10 check with its sources'."))
        volume_row = QVBoxLayout()
        self.volume = QDoubleSpinBox(box)
        self.volume.setObjectName("production_volume")
        self.volume.setRange(0, 1e9)
        self.volume.setSuffix(" " + tr("t/yr"))
        self.volume.setSpecialValueText(tr("not given"))
        self.volume_label = _named(tr("Production volume"), self.volume, box)
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.volume)
        box_layout.addLayout(volume_row)
        self._facility_validation_options(box, box_layout)
        layout.addWidget(box)

    def _build_run_and_progress(self, layout: QVBoxLayout) -> None:
        self.run_button = QPushButton(tr("Screen"), self)
        self.run_button.setObjectName("run_screening")
        layout.addWidget(self.run_button)
        self.task_bar.on_idle = self._idle
        layout.addWidget(self.task_bar)
        self.status.setObjectName("screening_status")
        layout.addWidget(self.status)
        self.cards_holder = QVBoxLayout()
        layout.addLayout(self.cards_holder)
        self.cards: Optional[SummaryCards] = None

    def _build_results_table(self, layout: QVBoxLayout) -> None:
        plots = RESULT_KINDS["screened_plots"]
        self.model = RowsModel(translated(plots.columns()), checkable=True, colour_of=partial(colour_of, plots.key),
                               parent=self)
        self.table = self._table_view("screening_results", self.model)
        self.table.horizontalHeader().setStretchLastSection(False)  # columns fitted to their contents instead
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)  # the tab scrolls; the table always shows several rows
        layout.addWidget(self.table, 1)
        self.sources_list = ScreenedSourcesList(self)  # the selected facility's Article 10 sources
        layout.addWidget(self.sources_list)

    def _build_result_buttons(self, layout: QVBoxLayout) -> None:
        ticks = QHBoxLayout()  # which rows the Submit tab sends
        self.tick_all_button = QPushButton(tr("Tick all"), self)
        self.tick_all_button.setObjectName("tick_all")
        self.tick_all_button.setToolTip(tr("Tick every row of the table (the rows the Submit tab sends)."))
        self.tick_none_button = QPushButton(tr("Tick none"), self)
        self.tick_none_button.setObjectName("tick_none")
        ticks.addWidget(self.tick_all_button)
        ticks.addWidget(self.tick_none_button)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        join_row = QHBoxLayout()
        self.join_button = QPushButton(tr("Join results to the layer"), self)
        self.join_button.setObjectName("join_results")
        self.copy_button = QPushButton(tr("Copy layer with results"), self)
        self.copy_button.setObjectName("copy_results")
        join_row.addWidget(self.join_button)
        join_row.addWidget(self.copy_button)
        layout.addLayout(join_row)

    def _connect_signals(self) -> None:
        self.tick_all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.tick_none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.join_button.clicked.connect(self.join_results)
        self.copy_button.clicked.connect(self.copy_results)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.file_widget.fileChanged.connect(lambda _p: self._layer_changed(None))
        self.location_combo.currentIndexChanged.connect(self._location_changed)
        self.run_button.clicked.connect(self.run)
        self.geocode_button.clicked.connect(self.preview_geocoding)
        self.check.status_message.connect(lambda level, text: show_status(self.status, text, level))
        self.check.notify.connect(self._notify)
        self.check.task_started.connect(self.task_bar.run)
        self.model.applied.connect(self._applied)
        self.model.failed.connect(lambda text: show_status(
            self.status, tr("Cannot read the results: {error}").format(error=text), Qgis.MessageLevel.Warning))

    def _facility_validation_options(self, box: QGroupBox, box_layout: QVBoxLayout) -> None:
        """The options only Epoch's facility validation takes: setting one sends facilities there."""
        self.facility_boxes: Dict[str, QCheckBox] = {}
        for option in FACILITY_VALIDATION_OPTIONS:
            check = QCheckBox(tr("Article 10 check with its sources")  # the tooltip names the facility validation
                              if option.key == "include_legality_check" else option.label, box)
            check.setObjectName(option.key)
            check.setChecked(option.default)
            check.setToolTip(tr("The Article 10 legality check asked of Epoch's facility validation "
                                "(/validate_facilities): besides the risk, each facility's sources (title, date, "
                                "link) and a summary, in a related table. It includes the 'Article 10 legality "
                                "check' above."))
            box_layout.addWidget(check)
            self.facility_boxes[option.key] = check
        self.radius = QDoubleSpinBox(box)
        self.radius.setObjectName(COMMODITY_RADIUS)
        self.radius.setRange(0, MAX_COMMODITY_RADIUS_M)
        self.radius.setDecimals(0)
        self.radius.setSingleStep(500)
        self.radius.setSuffix(" " + tr("m"))
        self.radius.setSpecialValueText(tr("Epoch's default (5,000 m)"))
        self.radius.setToolTip(tr("How far around each facility Epoch looks for the commodity. Setting it sends "
                                  "the facilities to /validate_facilities."))
        radius_row = QVBoxLayout()  # the name above the number: a spin box's own text cannot wrap in the dock
        self.radius_label = _named(tr("Commodity radius"), self.radius, box)
        radius_row.addWidget(self.radius_label)
        radius_row.addWidget(self.radius)
        box_layout.addLayout(radius_row)

    def facility_options(self) -> Dict[str, Any]:
        """The facility options as they stand (the facility card checks with them whatever is screened)."""
        chosen: Dict[str, Any] = {o.key: self.option_boxes[o.key].isChecked() for o in SCREENING_OPTIONS
                                  if o.applies("facility") and o.key != "include_article10_check"}
        chosen["commodity_type"] = self.commodity.currentData() or None
        chosen["include_legality_check"] = (self.facility_boxes["include_legality_check"].isChecked()
                                            or self.option_boxes["include_article10_check"].isChecked() or None)
        chosen[COMMODITY_RADIUS] = self.radius.value() or None
        return chosen

    def _notify_card(self, level, text) -> None:
        self.notify(level, text)

    def _idle(self, idle: bool) -> None:
        self.run_button.setEnabled(idle)
        self.geocode_button.setEnabled(idle)
        self.check.set_idle(idle)

    # inputs ------------------------------------------------------------
    def input_layer(self) -> Optional[QgsVectorLayer]:
        return self._input()[0]

    def _input(self) -> Tuple[Optional[QgsVectorLayer], str]:
        """(the layer to screen, ``""``), or (``None``, why the file chosen cannot be opened)."""
        path = self.file_widget.filePath().strip()
        if path:
            layer, why = open_vector_file(path)
            return (None, why) if why else (layer, "")
        return self.layer_combo.currentLayer(), ""

    def _layer_changed(self, _layer) -> None:
        if hasattr(self, "check"):
            self.check.reset()
        layer = self.input_layer()
        guessed, label = describe_location_guess(layer) if layer is not None else (None, "")
        if guessed and guessed != self.location_combo.currentData():
            self.commodity.setCurrentIndex(0)  # another kind of data: the last run's commodity is not its own
            self.location_combo.setCurrentIndex(self.location_combo.findData(guessed))
        self.location_combo.setToolTip(tr("Guessed from the layer: {guess}").format(guess=label) if label else "")
        self._location_changed()

    def _location_changed(self) -> None:
        kind = self.location_combo.currentData()
        for option in SCREENING_OPTIONS:
            self.option_boxes[option.key].setVisible(option.applies(kind))
        for widget in (self.volume, self.volume_label):  # a label never stays without its box
            widget.setVisible(kind == "plot")
        for check in self.facility_boxes.values():
            check.setVisible(kind == "facility")
        for widget in (self.radius, self.radius_label):
            widget.setVisible(kind == "facility")

    def inputs(self) -> ScreeningInputs:
        """What the form says now (the check before upload reads it too)."""
        layer, why = self._input()
        return ScreeningInputs(layer, self.location_combo.currentData(), self.commodity.currentData() or None,
                               self.selected_only.isChecked(), why)

    def options(self) -> Dict[str, Any]:
        kind = self.location_combo.currentData()
        chosen = {o.key: self.option_boxes[o.key].isChecked() for o in SCREENING_OPTIONS if o.applies(kind)}
        chosen["commodity_type"] = self.commodity.currentData() or None
        if kind == "plot" and self.volume.value() > 0:
            chosen["production_volume"] = self.volume.value()
        if kind == "facility":  # set: the screening goes to /validate_facilities
            chosen.update({key: True for key, check in self.facility_boxes.items() if check.isChecked()})
            if self.radius.value() > 0:
                chosen[COMMODITY_RADIUS] = self.radius.value()
        return chosen

    # run ---------------------------------------------------------------
    def run(self) -> None:
        layer, why = self._input()
        if layer is None:
            show_status(self.status, why or tr("Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can "
                                               "open."), Qgis.MessageLevel.Critical)
            return
        kind = self.location_combo.currentData()
        try:
            check_location_type(layer, kind)
            client = self.session.client()
            snapshot = snapshot_layer(layer, self.selected_only.isChecked())
        except (EpochError, SourceError) as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        self.source_layer = layer
        errors = self.check.errors.get(layer.id(), 0)
        question = tr("The check before upload found {n} feature with errors that block an EU upload. Screen the "
                      "layer anyway?") if takes_singular(errors) else tr(
            "The check before upload found {n} features with errors that block an EU upload. Screen the layer anyway?")
        if errors and not self.confirm(question.format(n=integer_text(errors))):
            return
        gpkg = default_results_path()
        name = f"screening_{'facilities' if kind == 'facility' else 'plots'}_{layer_slug(layer.name())}"
        options = self.options()
        show_status(self.status, tr("Screening '{layer}' ...").format(layer=layer.name()))
        title = tr("Screening {layer}").format(layer=layer.name())
        def work(progress, cancel):
            outcome = screen_to_gpkg(client, snapshot, kind, options, gpkg, name, progress=progress, cancel=cancel)
            return split_sources(outcome, cancel=cancel) if kind == "facility" else outcome

        task = OperationTask(title, work, notify=self._notify,
                             on_done=lambda outcome, layers: self._show(outcome, layers, kind, options))
        self.task_bar.run(task)

    def addresses_file(self) -> str:
        """The CSV/XLSX to geocode: the file chosen, else the file behind the layer chosen."""
        path = self.file_widget.filePath().strip()
        layer = self.layer_combo.currentLayer()
        if not path and layer is not None and layer.providerType() in ("ogr", "delimitedtext"):
            source = layer.source().split("|")[0].split("?")[0]
            path = source[len("file://"):] if source.startswith("file://") else source
        return path

    def preview_geocoding(self) -> None:
        """Geocode the addresses file in a task; the points become the layer to screen once checked."""
        try:
            path = check_file(self.addresses_file())
            client = self.session.client()
        except EpochError as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        gpkg, name = default_results_path(), f"geocoded_{layer_slug(path.stem)}"
        show_status(self.status, tr("Geocoding '{file}' ...").format(file=path.name))

        def done(outcome, layers):
            if layers:  # the points, not the file, are what is screened next
                self.file_widget.setFilePath("")
                self.layer_combo.setLayer(layers[0])
                self.location_combo.setCurrentIndex(self.location_combo.findData("facility"))
                self.commodity.setCurrentIndex(0)  # each facility's own commodity column, unless chosen again
                zoom_to_new(self.iface, layers)
            return (Qgis.MessageLevel.Warning if outcome.not_placed else Qgis.MessageLevel.Success,
                    outcome.summary())

        task = OperationTask(tr("Geocoding {file}").format(file=path.name), lambda progress, cancel:
                             preview_geocoding_to_gpkg(client, path, gpkg, name, progress=progress, cancel=cancel),
                             notify=self._notify, on_done=done)
        self.task_bar.run(task)

    def _show(self, outcome, layers, kind, options) -> None:
        layer = layers[0] if layers else None
        if layer is not None and len(layers) > 1:  # the facilities' Article 10 sources, related to them
            link_sources(layer, layers[1], outcome.layer.layer_name)
            start_off_the_map(layers[1], self.sources_list.sources)
        self.show_result(layer, outcome.counts, kind, options)
        self.sources_list.follow(layer, layers[1] if layer is not None and len(layers) > 1 else None)

    def show_result(self, layer: Optional[QgsVectorLayer], counts: Dict[str, int], kind: str,
                    options: Optional[Dict[str, Any]] = None) -> None:
        """Cards and table for a screening result layer; the other tabs get a :class:`ScreeningResult`."""
        options = dict(options or {})
        self.sources_list.follow(None, None)
        self.location = kind
        self.result_layer = layer
        cards = card_specs(kind)
        if self.cards is not None:
            self.cards.setParent(None)
        self.cards = SummaryCards(cards, self)
        self.cards.setObjectName("screening_cards")
        self.cards_holder.addWidget(self.cards)
        self.cards.set_counts(counts)
        result_kind = kind_for_location(kind)
        self.model.set_columns(own_columns(layer, result_kind) + translated(result_kind.columns()),
                               partial(colour_of, result_kind.key))
        self.result = ScreeningResult(layer, self.source_layer, kind, options.get("commodity_type"), options,
                                      dict(counts))
        old, self._table = self._table, table_of(layer, self.model.keys(), queried=[k for k, _ in self.model.columns],
                                                 search=False)  # no search box here: no search text to keep
        self._size_columns = True  # once the first rows are there
        self.model.set_table(self._table, checked=self.result.ticked)  # ticks go into the result
        old.close()
        if self._sync is not None:
            self._sync.detach()
        self._sync = MapSelectionSync(self.table, self.model, layer, self._zoom_to_selected) if layer else None
        self._set_join_enabled()
        zoom_to_new(self.iface, [layer])
        self.results_ready.emit(self.result)

    def _applied(self) -> None:
        if self._size_columns and self.model.rowCount():
            self._size_columns = False
            self.table.resizeColumnsToContents()  # the rows in view (Qt reads them: held in the layer here)
            fit_known(self.table, self.model, PLOT_STATUSES)  # a status whole, in view in the narrow dock

    def _zoom_to_selected(self) -> None:
        if existing_layer(self.result_layer) is not None and self.iface is not None \
                and self.iface.mapCanvas() is not None:
            self.iface.mapCanvas().zoomToSelected(self.result_layer)

    # check before upload -------------------------------------------------
    def _confirm(self, text: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, "Epoch EUDR", text, buttons.Yes | buttons.No, buttons.No)
        return answer == QMessageBox.StandardButton.Yes

    # results back on the source -----------------------------------------
    def _join_refusal(self) -> str:
        """Why the results cannot be joined to the screened layer now, or ``""`` (both layers must exist)."""
        why = join_refusal(self.result_layer)
        if not why and QgsProject.instance().mapLayer(self.source_layer.id()) is not self.source_layer:
            why = tr("'{layer}' is not a layer of the project (a file picked under 'or file', or a layer since "
                     "removed): there is no layer to show the results on. Copy it with the results, or add it to "
                     "the project and screen that layer.").format(layer=self.source_layer.name())
        return why

    def _set_join_enabled(self) -> None:
        """Join and copy are offered when they can work; the tooltip says why not."""
        ready = existing_layer(self.result_layer) is not None and existing_layer(self.source_layer) is not None
        copy_why = join_refusal(self.result_layer) if ready else ""
        join_why = self._join_refusal() if ready else ""
        self.join_button.setEnabled(ready and not join_why)
        self.copy_button.setEnabled(ready and not copy_why)
        self.join_button.setToolTip(join_why or tr(
            "Show the results on the screened layer's features (a virtual join, fields prefixed epoch_, keyed on the "
            "feature id). The layer's data is not edited: the join and its key field are kept in the project."))
        self.copy_button.setToolTip(copy_why or tr(
            "A new GeoPackage layer: your features with all their attributes, plus the results (fields prefixed "
            "epoch_)."))

    def _layers_gone(self) -> bool:
        """The screened layer or its results were closed (another project opened): said, and buttons off."""
        if existing_layer(self.result_layer) is not None and existing_layer(self.source_layer) is not None:
            return False
        self._set_join_enabled()
        show_status(self.status, tr("The screened layer or its results are no longer in the project: screen the "
                                    "layer again."), Qgis.MessageLevel.Warning)
        return True

    def join_results(self) -> None:
        if self._layers_gone():
            return
        why = self._join_refusal()
        if why:
            self._set_join_enabled()
            show_status(self.status, why, Qgis.MessageLevel.Warning)
            return
        try:
            add_virtual_join(self.source_layer, self.result_layer, kind_for_location(self.location).key)
        except (SourceError, RuntimeError) as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Warning)
            return
        show_status(self.status, tr("Results joined to '{layer}' (fields epoch_...).").format(
            layer=self.source_layer.name()), Qgis.MessageLevel.Success)

    def copy_results(self) -> None:
        if self._layers_gone():
            return
        source, results, kind = self.source_layer, self.result_layer, kind_for_location(self.location).key
        refusal = join_refusal(results)
        if refusal:
            show_status(self.status, refusal, Qgis.MessageLevel.Warning)
            return
        fields = copy_source_fields(source)
        every_result = unfiltered(results)  # the copy carries every result, not only those the filter shows
        args = (QgsVectorLayerFeatureSource(source), fields, source.wkbType(), source.crs(),
                QgsProject.instance().transformContext(), QgsVectorLayerFeatureSource(every_result),
                QgsFields(every_result.fields()))
        extra = {"total": source.featureCount(), "ogr_values": OgrValues.of(source, fields),
                 "fid_column": gpkg_fid_column(source)}
        gpkg, name = default_results_path(), f"{layer_slug(source.name())}_with_results"
        title = tr("{layer} + results").format(layer=source.name())

        def work(progress, cancel, _whole=every_result):  # the layer behind the results' source, kept till the end
            count = copy_with_results(*args, gpkg, name, kind, cancel=cancel, progress=progress, **extra)
            return tr("{n} features copied with their results").format(n=count)

        def done(_result, _layers):
            layer = project_layer_for(gpkg, name)
            if layer is not None:  # copied again into the same table: the layer shown reads it again
                layer.setDataSource(layer_uri(gpkg, name), layer.name(), "ogr")
                layer.loadDefaultStyle()
                layer.triggerRepaint()
            else:
                layer = QgsVectorLayer(layer_uri(gpkg, name), title, "ogr")
                if layer.isValid():
                    QgsProject.instance().addMapLayer(layer)
            reload_file_layers(gpkg, skip=[layer])  # the file's other layers, read again after the write

        task = OperationTask(tr("Copying {layer}").format(layer=source.name()), work, notify=self._notify,
                             on_done=done, add_to_project=False)
        self.task_bar.run(task)

    def checked_fids(self) -> List[int]:
        return sorted(self.model.checked)

    def shutdown(self) -> None:
        self.task_bar.cancel()
        self.facility_card.shutdown()
        if self._sync is not None:
            self._sync.detach()
            self._sync = None
        self._table.close()
