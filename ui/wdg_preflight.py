"""The Screening tab's "Check before upload" box: offline EU checks, issue counts, zoom to problems, fixes."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..core.colours import MESSAGE_COLOURS
from ..core.preflight.codes import CODES
from ..layers.inputs.source import SourceError, check_location_type, snapshot_layer
from ..layers.operations.epoch_api import layer_slug
from ..layers.operations.preflight import CoordinatesUnsure, preflight_to_gpkg, use_coordinate_columns
from ..layers.operations.task import OperationTask
from ..layers.words.language import integer_text, issue_text, refused_text, takes_singular
from ..layers.writer.results import default_results_path
from .preflight_export import export_source, export_traces
from .wdg_common import ScreeningInputs, existing_layer

ERROR_COLOUR, WARNING_COLOUR = MESSAGE_COLOURS["critical"], MESSAGE_COLOURS["warning"]


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightBox", text)


def severity_label(severity: str) -> str:
    return {"error": tr("error"), "warning": tr("warning"), "info": tr("info")}.get(severity, severity)


def issues_of(layers: Sequence[QgsVectorLayer]) -> Tuple[Dict[str, int], Dict[str, List[int]]]:
    """Issue code -> rows that have it, and -> their source feature ids, read from written preflight layers
    (their ``issues`` column: the check of what was written; informational notes left out, as in the check)."""
    counts: Dict[str, int] = {}
    fids: Dict[str, List[int]] = {}
    for layer in layers:
        if existing_layer(layer) is None or layer.fields().indexOf("issues") < 0:
            continue
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(
            ["issues", "source_fid"], layer.fields())
        for feature in layer.getFeatures(request):
            for code in dict.fromkeys(str(feature["issues"] or "").split(",")):
                if code in CODES and CODES[code][0] != "info":
                    counts[code] = counts.get(code, 0) + 1
                    if feature["source_fid"] is not None:
                        fids.setdefault(code, []).append(int(feature["source_fid"]))
    return counts, fids


class PreflightBox(QGroupBox):
    """Checks what ``inputs()`` says is to be screened; says things and starts tasks through its signals.

    ``status_message`` is for the owner's status line, ``notify`` for its status line and the message bar,
    ``task_started`` hands the check's QgsTask to the owner's task bar (one task at a time per tab).
    """

    status_message = pyqtSignal(object, str)  # level, text: a line for the owner's status line only
    notify = pyqtSignal(object, str)
    task_started = pyqtSignal(object)

    def __init__(self, inputs: Callable[[], ScreeningInputs], iface=None, parent=None) -> None:
        super().__init__(tr("Before upload: EU rules, offline"), parent)  # short: a box title does not wrap
        self.inputs, self.iface = inputs, iface
        self.layer: Optional[QgsVectorLayer] = None  # the last preflight result layer
        self.layers: List[QgsVectorLayer] = []  # ... and its points beside its polygons, if any
        self.ask_coordinates = self._ask_coordinates  # (layer name, columns) -> (latitude, longitude) or None
        self.errors: Dict[str, int] = {}  # source layer id -> features with errors
        layout = QVBoxLayout(self)
        self.check_button = QPushButton(tr("Check before upload"), self)
        self.check_button.setObjectName("preflight")
        self.fix_button = QPushButton(tr("Apply fixes to a new layer"), self)
        self.fix_button.setObjectName("preflight_fix")
        self.fix_button.setEnabled(False)
        self.export_button = QPushButton(tr("Export EU-ready GeoJSON"), self)
        self.export_button.setObjectName("preflight_export")
        self.export_button.setToolTip(tr("Write the checked layer (or its fixed copy, after Apply fixes) as the "
                                         "GeoJSON files the EU Information System takes (Processing: Export "
                                         "EU-ready GeoJSON (TRACES)); refused while a feature has errors."))
        self.export_button.setEnabled(False)
        for button in (self.check_button, self.fix_button, self.export_button):
            layout.addWidget(button)  # a row each: side by side they are wider than the dock in French
        self.checked_source: Optional[QgsVectorLayer] = None  # what the export writes: checked, else fixed
        self.checked_as: Tuple[Optional[str], str] = (None, "auto")  # its commodity and location type
        self.issues = QListWidget(self)
        self.issues.setObjectName("preflight_issues")
        self.issues.setMaximumHeight(110)
        self.issues.setWordWrap(True)  # a sentence is longer than the dock is wide: wrapped, never cut
        self.issues.setResizeMode(QListView.ResizeMode.Adjust)
        self.issues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.issues.setToolTip(tr("Click an issue to select and zoom to the features that have it."))
        layout.addWidget(self.issues)
        self.check_button.clicked.connect(lambda: self.run(fix=False))
        self.fix_button.clicked.connect(lambda: self.run(fix=True))
        self.export_button.clicked.connect(lambda: self.export())
        self.issues.itemClicked.connect(self.zoom_to)

    def reset(self) -> None:
        """Another input was chosen: the last check no longer applies."""
        self.issues.clear()
        self.fix_button.setEnabled(False)
        self.checked_source = None
        self.export_button.setEnabled(False)

    def set_idle(self, idle: bool) -> None:
        self.check_button.setEnabled(idle)
        self.export_button.setEnabled(idle and existing_layer(self.checked_source) is not None)

    def run(self, fix: bool) -> None:
        chosen = self.inputs()
        layer, kind = chosen.layer, chosen.location_type
        if layer is None:
            self.status_message.emit(Qgis.MessageLevel.Critical, chosen.refusal or tr("Choose a layer to check."))
            return
        try:
            check_location_type(layer, kind)
            snapshot = snapshot_layer(layer, chosen.selected_only)  # refuses a layer without a real CRS
            self._coordinates(snapshot)  # a table: its coordinate columns, else refused before any task starts
        except SourceError as exc:
            self.status_message.emit(Qgis.MessageLevel.Critical, str(exc))
            return
        commodity = chosen.commodity
        gpkg = default_results_path()
        name = f"{'fixed' if fix else 'preflight'}_{layer_slug(layer.name())}"
        for note in snapshot.notes:
            self.status_message.emit(Qgis.MessageLevel.Info, note)
        layer_id = layer.id()
        title = tr("Fixing {layer}") if fix else tr("Checking {layer}")
        task = OperationTask(title.format(layer=layer.name()),
                             lambda progress, cancel: preflight_to_gpkg(snapshot, kind, commodity, gpkg, name,
                                                                        fix=fix, cancel=cancel),
                             notify=self.notify.emit, on_done=lambda outcome, layers: self._done(
                                 layer_id, outcome, layers, fix, layer, (commodity, kind)))
        self.task_started.emit(task)

    def _coordinates(self, snapshot) -> None:
        """A table's coordinate columns: recognised by their names, else asked; refused when not given."""
        try:
            use_coordinate_columns(snapshot)
        except CoordinatesUnsure as unsure:
            columns = [c for c in snapshot.field_names if c in unsure.candidates] + \
                [c for c in snapshot.field_names if c not in unsure.candidates]
            chosen = self.ask_coordinates(snapshot.name, columns)
            if not chosen:
                raise
            use_coordinate_columns(snapshot, *chosen)

    def _ask_coordinates(self, name: str, columns: Sequence[str]) -> Optional[Tuple[str, str]]:
        latitude, ok = QInputDialog.getItem(self, tr("Coordinates of {layer}").format(layer=name),
                                            tr("Column holding the latitude (decimal degrees):"), list(columns), 0,
                                            False)
        if not ok:
            return None
        longitude, ok = QInputDialog.getItem(self, tr("Coordinates of {layer}").format(layer=name),
                                             tr("Column holding the longitude (decimal degrees):"),
                                             [c for c in columns if c != latitude], 0, False)
        return (latitude, longitude) if ok else None

    def _done(self, layer_id: str, outcome, layers, fix: bool, source=None, checked_as=(None, "auto")):
        """The issues in words (the code in each one's tooltip), worst first; the task's final message says
        what they mean for an upload: a check with errors is a warning, never a success."""
        self.checked_as = checked_as
        self.layers = list(layers)
        self.layer = layers[0] if layers else None
        if fix:  # the list shows the fixed copy, checked again (clicks select its features)
            self.checked_source = layers[0] if layers else None  # the export writes the fixed copy
            counts, fids = issues_of(self.layers)
            self._list(counts, fids, outcome.fixed_severities.get("error", 0),
                       tr("The fixed copy, checked again:"))
            self.export_button.setEnabled(existing_layer(self.checked_source) is not None)
            return self._fixed_text(outcome)
        self.checked_source = source
        errors = outcome.severities.get("error", 0)
        self.errors[layer_id] = errors
        self._list(outcome.counts, outcome.problem_fids, errors)
        self.fix_button.setEnabled(bool(outcome.counts))
        self.export_button.setEnabled(existing_layer(self.checked_source) is not None)
        if errors:
            return Qgis.MessageLevel.Warning, refused_text(errors)
        warnings = outcome.severities.get("warning", 0)
        if warnings:
            return Qgis.MessageLevel.Info, tr("No feature would be refused by the EU system; {n} with warnings: "
                                              "see the list.").format(n=integer_text(warnings))
        return Qgis.MessageLevel.Success, tr("No issue found: ready for an EU upload.")

    def _list(self, counts: Dict[str, int], problem_fids: Dict[str, List[int]], errors: int, title: str = ""):
        """The issues in words, errors first then the most frequent, each a sentence (its code in the tooltip)."""
        self.issues.clear()
        if title:
            self.issues.addItem(title)
        if errors:
            head = QListWidgetItem(refused_text(errors))
            head.setForeground(QColor(ERROR_COLOUR))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setToolTip(head.text())
            self.issues.addItem(head)
        for code, count in sorted(counts.items(), key=lambda kv: (CODES[kv[0]][0] != "error", -kv[1])):
            severity = CODES[code][0]
            item = QListWidgetItem(tr("{issue} ({severity})").format(issue=issue_text(code, count),
                                                                    severity=severity_label(severity)))
            item.setData(Qt.ItemDataRole.UserRole, problem_fids.get(code, []))
            item.setToolTip(tr("Code {code} ({severity}): click to select and zoom to these features.").format(
                code=code, severity=severity_label(severity)) + "\n" + item.text())  # the whole sentence too
            item.setForeground(QColor(ERROR_COLOUR if severity == "error" else WARNING_COLOUR))
            self.issues.addItem(item)
        if not counts:
            self.issues.addItem(tr("No issue found: ready for an EU upload."))

    def _fixed_text(self, outcome):
        left = outcome.fixed_severities.get("error", 0)
        text = (tr("{n} feature written fixed to a new layer.") if takes_singular(outcome.fixed) else
                tr("{n} features written fixed to a new layer.")).format(n=integer_text(outcome.fixed))
        if left:
            return Qgis.MessageLevel.Warning, text + " " + refused_text(left)
        return Qgis.MessageLevel.Success, text + " " + tr("Checked again: none would be refused by the EU system.")

    def export(self, folder: Optional[str] = None) -> None:
        """``epoch_eudr:export_traces_geojson`` on the checked (or fixed) layer, in a task; its message says
        where the files went."""
        layer = existing_layer(self.checked_source)
        if layer is None:
            self.status_message.emit(Qgis.MessageLevel.Warning, tr("Check a layer first: the export writes the checked "
                                                         "layer, or its fixed copy."))
            return
        slug = layer_slug(layer.name())
        if not folder:
            suggested = str(default_results_path().parent / f"EU GeoJSON {slug}")
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the EU GeoJSON files"), suggested)
            if not folder:
                return
        source, (commodity, kind) = export_source(layer), self.checked_as
        target = Path(folder)
        task = OperationTask(tr("Exporting EU-ready GeoJSON of {layer}").format(layer=layer.name()),
                             lambda progress, cancel: export_traces(source, target, slug, commodity, kind, cancel),
                             notify=self.notify.emit, add_to_project=False,
                             on_done=lambda outcome, _layers: (
                                 Qgis.MessageLevel.Warning if outcome.warnings else Qgis.MessageLevel.Success,
                                 outcome.summary()))
        self.task_started.emit(task)

    def zoom_to(self, item) -> None:
        fids = item.data(Qt.ItemDataRole.UserRole) or []
        if not fids or existing_layer(self.layer) is None:
            return
        shown = [layer for layer in (self.layers or [self.layer]) if existing_layer(layer) is not None]
        for layer in shown:  # a collection of points and polygons is in both layers
            layer.selectByExpression(f'"source_fid" IN ({",".join(str(int(f)) for f in fids)})')
        if self.iface is not None and self.iface.mapCanvas() is not None:
            canvas = self.iface.mapCanvas()
            for layer in shown:
                if layer.selectedFeatureCount():
                    canvas.zoomToSelected(layer)
                    break
