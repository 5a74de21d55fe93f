"""The Screening tab's "Check before upload" box: offline EU checks, issue counts, zoom to problems, fixes."""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..core.preflight.codes import CODES
from ..layers.operations import layer_slug
from ..layers.preflight import CoordinatesUnsure, preflight_to_gpkg, use_coordinate_columns
from ..layers.results import default_results_path
from ..layers.source import SourceError, check_location_type, snapshot_layer
from ..layers.tasks import OperationTask
from .wdg_common import ScreeningInputs, live


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightBox", text)


def severity_label(severity: str) -> str:
    return {"error": tr("error"), "warning": tr("warning"), "info": tr("info")}.get(severity, severity)


class PreflightBox(QGroupBox):
    """Checks what ``inputs()`` says is to be screened; says things and starts tasks through its signals.

    ``said`` is for the owner's status line, ``notify`` for its status line and the message bar,
    ``task_started`` hands the check's QgsTask to the owner's task bar (one task at a time per tab).
    """

    said = pyqtSignal(object, str)  # level, text
    notify = pyqtSignal(object, str)
    task_started = pyqtSignal(object)

    def __init__(self, inputs: Callable[[], ScreeningInputs], iface=None, parent=None) -> None:
        super().__init__(tr("Check before upload (offline, EU geolocation rules)"), parent)
        self.inputs, self.iface = inputs, iface
        self.layer: Optional[QgsVectorLayer] = None  # the last preflight result layer
        self.layers: List[QgsVectorLayer] = []  # ... and its points beside its polygons, if any
        self.ask_coordinates = self._ask_coordinates  # (layer name, columns) -> (latitude, longitude) or None
        self.errors: Dict[str, int] = {}  # source layer id -> features with errors
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.check_button = QPushButton(tr("Check before upload"), self)
        self.check_button.setObjectName("preflight")
        self.fix_button = QPushButton(tr("Apply fixes to a new layer"), self)
        self.fix_button.setObjectName("preflight_fix")
        self.fix_button.setEnabled(False)
        row.addWidget(self.check_button)
        row.addWidget(self.fix_button)
        layout.addLayout(row)
        self.issues = QListWidget(self)
        self.issues.setObjectName("preflight_issues")
        self.issues.setMaximumHeight(110)
        self.issues.setToolTip(tr("Click an issue to select and zoom to the features that have it."))
        layout.addWidget(self.issues)
        self.check_button.clicked.connect(lambda: self.run(fix=False))
        self.fix_button.clicked.connect(lambda: self.run(fix=True))
        self.issues.itemClicked.connect(self.zoom_to)

    def reset(self) -> None:
        """Another input was chosen: the last check no longer applies."""
        self.issues.clear()
        self.fix_button.setEnabled(False)

    def set_idle(self, idle: bool) -> None:
        self.check_button.setEnabled(idle)

    def run(self, fix: bool) -> None:
        chosen = self.inputs()
        layer, kind = chosen.layer, chosen.location_type
        if layer is None:
            self.said.emit(Qgis.MessageLevel.Critical, tr("Choose a layer to check."))
            return
        try:
            check_location_type(layer, kind)
            snapshot = snapshot_layer(layer, chosen.selected_only)  # refuses a layer without a real CRS
            self._coordinates(snapshot)  # a table: its coordinate columns, else refused before any task starts
        except SourceError as exc:
            self.said.emit(Qgis.MessageLevel.Critical, str(exc))
            return
        commodity = chosen.commodity
        gpkg = default_results_path()
        name = f"{'fixed' if fix else 'preflight'}_{layer_slug(layer.name())}"
        for note in snapshot.notes:
            self.said.emit(Qgis.MessageLevel.Info, note)
        layer_id = layer.id()
        title = tr("Fixing {layer}") if fix else tr("Checking {layer}")
        task = OperationTask(title.format(layer=layer.name()),
                             lambda progress, cancel: preflight_to_gpkg(snapshot, kind, commodity, gpkg, name,
                                                                        fix=fix, cancel=cancel),
                             notify=self.notify.emit, on_done=lambda outcome, layers: self._done(layer_id, outcome,
                                                                                                 layers, fix))
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

    def _done(self, layer_id: str, outcome, layers, fix: bool) -> None:
        if fix:
            return  # the task's message says how many features were written fixed
        self.layers = list(layers)
        self.layer = layers[0] if layers else None
        self.errors[layer_id] = outcome.severities.get("error", 0)
        self.issues.clear()
        for code, count in sorted(outcome.counts.items(), key=lambda kv: (CODES[kv[0]][0] != "error", -kv[1])):
            severity = CODES[code][0]
            item = QListWidgetItem(tr("{count} x {code} ({severity})").format(count=count, code=code,
                                                                              severity=severity_label(severity)))
            item.setData(Qt.ItemDataRole.UserRole, outcome.problem_fids.get(code, []))
            item.setForeground(QColor("#b91c1c" if severity == "error" else "#b45309"))
            self.issues.addItem(item)
        if not outcome.counts:
            self.issues.addItem(tr("No issue found: ready for an EU upload."))
        self.fix_button.setEnabled(bool(outcome.counts))

    def zoom_to(self, item) -> None:
        fids = item.data(Qt.ItemDataRole.UserRole) or []
        if not fids or live(self.layer) is None:
            return
        shown = [layer for layer in (self.layers or [self.layer]) if live(layer) is not None]
        for layer in shown:  # a collection of points and polygons is in both layers
            layer.selectByExpression(f'"source_fid" IN ({",".join(str(int(f)) for f in fids)})')
        if self.iface is not None and self.iface.mapCanvas() is not None:
            canvas = self.iface.mapCanvas()
            for layer in shown:
                if layer.selectedFeatureCount():
                    canvas.zoomToSelected(layer)
                    break
