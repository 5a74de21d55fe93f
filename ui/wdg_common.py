"""What the dock's tabs share: their base class (:class:`DockTab`), summary cards, a task runner bar, message
helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Optional, Set, Tuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.api.errors import EpochError
from ..core.colours import CAPTION_GREY, CARD_BORDER, MESSAGE_COLOURS
from ..layers.words.language import error_text

#: A tab's results table is never shorter than this (about seven rows): every tab scrolls (``wdg_dock``), so on a
#: short screen the tab scrolls rather than the table shrinking to a row.
TABLE_MIN_HEIGHT = 220


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskBar", text)


@dataclass
class ScreeningResult:
    """What a screening run hands to the other tabs: its layers, what was screened, and the ticked rows.

    ``commodity`` and ``options`` are those the run used (the Screening tab's combo may have changed
    since); ``ticked`` is the set of result feature ids ticked in the Screening table (kept up to date by
    that table's model).
    """

    layer: Optional[QgsVectorLayer]
    source: Optional[QgsVectorLayer]
    location_type: str
    commodity: Optional[str] = None
    options: Dict[str, Any] = field(default_factory=dict)
    counts: Dict[str, int] = field(default_factory=dict)
    ticked: Set[int] = field(default_factory=set)


@dataclass
class ScreeningInputs:
    """What the Screening form says now: the input layer, its location type, commodity, selected-only, and
    why there is no layer when a file was chosen that cannot be opened."""

    layer: Optional[QgsVectorLayer]
    location_type: str
    commodity: Optional[str]
    selected_only: bool
    refusal: str = ""


class SummaryCards(QWidget):
    """A row of cards: a big number over a caption, coloured per card."""

    VALUE_STYLE = "font-size: {size}pt; font-weight: bold; color: {colour};"

    def __init__(self, cards: Iterable[Tuple[str, ...]], parent: Optional[QWidget] = None) -> None:
        """``cards``: (key, caption, colour), or (key, caption, colour, rule): the rule that puts a row on the card,
        its tooltip when it has none of its own (:meth:`set_tips`)."""
        super().__init__(parent)
        self._rules: Dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.values: Dict[str, QLabel] = {}
        self.frames: Dict[str, QFrame] = {}
        self._colours: Dict[str, str] = {}
        for key, caption, colour, *rule in cards:
            self._rules[key] = rule[0] if rule else ""
            frame = QFrame(self)
            name = "card_" + "".join(c if c.isalnum() else "_" for c in key)  # a valid style-sheet selector
            frame.setObjectName(name)
            frame.setStyleSheet(f"QFrame#{name} {{ border: 1px solid {CARD_BORDER}; border-top: 3px solid {colour}; "
                                "border-radius: 4px; background: palette(base); }")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(4, 2, 4, 2)
            inner.setSpacing(0)
            value = QLabel("–", frame)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet(self.VALUE_STYLE.format(size=15, colour=colour))
            self._colours[key] = colour
            # "3 %" never wrapped before its "%", nor a line begun by the "·" between a class and its share
            label = QLabel(caption.replace(" %", "\u00a0%").replace(" · ", "\u00a0· "), frame)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(f"font-size: 8pt; color: {CAPTION_GREY};")
            inner.addWidget(value)
            inner.addWidget(label)
            layout.addWidget(frame)
            self.values[key] = value
            self.frames[key] = frame
            frame.setToolTip(self._rules.get(key, ""))

    def set_counts(self, counts: Dict[str, int], of: Optional[Dict[str, int]] = None) -> None:
        """The counts; ``of``: the counts without the filters, each card then saying "3 of 13"."""
        for key, label in self.values.items():
            if of is None:
                label.setText(str(counts.get(key, 0)))
            else:
                label.setText(tr("{shown} of {total}").format(shown=counts.get(key, 0), total=of.get(key, 0)))
            label.setStyleSheet(self.VALUE_STYLE.format(size=15 if of is None else 11, colour=self._colours[key]))

    def set_tips(self, tips: Dict[str, str]) -> None:
        """Each card's tooltip (what its number counts); a card not in ``tips`` shows its rule, if it has one."""
        for key, frame in self.frames.items():
            frame.setToolTip(tips.get(key) or self._rules.get(key, ""))

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("–")


class TaskBar(QWidget):
    """Progress bar + Cancel for one task at a time; the tab's buttons are disabled while it runs."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.task = None
        self.on_idle: Optional[Callable[[bool], None]] = None
        self.setVisible(False)

    def run(self, task) -> None:
        """Start ``task`` (a QgsTask) in QGIS's task manager and follow it."""
        self.task = task
        self.progress.setValue(0)
        self.progress.setFormat(task.description() + " %p%")
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        task.taskCompleted.connect(self._done)  # bound slots: a lambda on a task outliving this widget crashed
        task.taskTerminated.connect(self._done)
        self.setVisible(True)
        if self.on_idle:
            self.on_idle(False)
        QgsApplication.taskManager().addTask(task)

    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self) -> None:
        if self.sender() is not self.task:
            return  # an earlier task ending after a newer one started (its on_done started the next)
        self.task = None
        self.setVisible(False)
        if self.on_idle:
            self.on_idle(True)


def existing_layer(layer: Optional[QgsVectorLayer]) -> Optional[QgsVectorLayer]:
    """``layer`` while it exists, else ``None``: opening or closing a project deletes the layers the dock
    holds, and touching a deleted one from a slot would abort QGIS."""
    return layer if layer is not None and not sip.isdeleted(layer) else None


class PrivateLayersHidden(QObject):
    """A layer combo box of the dock that does not offer the project's private layers (the one a join of results
    reads, ``layers/writer/join.py``): QGIS 3.24 and later leave them out of every combo box, QGIS 3.22 listed them.
    A child of the combo box: its connection to the project ends with it."""

    def __init__(self, combo) -> None:
        super().__init__(combo)
        self.combo = combo
        QgsProject.instance().layersAdded.connect(self.update)
        self.update()

    def update(self, *_added) -> None:
        self.combo.setExceptedLayerList([layer for layer in QgsProject.instance().mapLayers().values()
                                         if layer.flags() & QgsMapLayer.LayerFlag.Private])


def zoom_to_new(iface, layers: Iterable[Optional[QgsVectorLayer]]) -> bool:
    """Once, when result layers are added: show them if the map shows nothing of them (a fresh project, or
    the map elsewhere); a map already on them is left where the user put it. ``True`` when it zoomed."""
    canvas = iface.mapCanvas() if iface is not None and hasattr(iface, "mapCanvas") else None
    if canvas is None:
        return False
    target = canvas.mapSettings().destinationCrs()
    extent = QgsRectangle()
    for layer in layers:
        layer = existing_layer(layer)
        if layer is None or not layer.isValid() or layer.extent().isNull():
            continue
        found = layer.extent()
        if target.isValid() and layer.crs().isValid() and layer.crs() != target:
            try:
                found = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance()).transformBoundingBox(found)
            except QgsCsException:
                continue
        if extent.isNull():
            extent = QgsRectangle(found)
        else:
            extent.combineExtentWith(found)
    if extent.isNull():
        return False
    shown = canvas.extent()
    if not shown.isEmpty() and shown.intersects(extent):
        return False
    if extent.width() == 0 and extent.height() == 0:  # one point: a small box around it
        extent.grow(0.01)
    extent.scale(1.1)
    canvas.setExtent(extent)
    canvas.refresh()
    return True


def status_label(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server text is shown as text, never as live links
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_status(label: QLabel, text: str, level: int = Qgis.MessageLevel.Info) -> None:
    colour = MESSAGE_COLOURS[{Qgis.MessageLevel.Critical: "critical", Qgis.MessageLevel.Warning: "warning",
                              Qgis.MessageLevel.Success: "success"}.get(level, "info")]
    label.setStyleSheet(f"color: {colour};")
    label.setText(text)


def follow_sort(view: QTableView, model) -> None:
    """The header's sort arrow on the column ``model``'s rows are sorted by (``model.sort_column()``), in their
    direction, or on none: Qt keeps the arrow on a section number, which names another column once the columns
    change (the Screening tab's: the screened layer's own fields come first)."""
    header = view.horizontalHeader()
    section = model.sort_column()
    order = Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder
    if section < 0:
        order = header.sortIndicatorOrder()
    if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (section, order):
        header.setSortIndicator(section, order)  # the view sorts by it again: the same query, nothing asked


class DockTab(QWidget):
    """The base of the dock's tabs: the shared connection ``session``, the dock's ``notify`` (message bar and
    log), a ``status`` line and a ``task_bar`` (one task at a time), the session's client and the tables' look.

    A tab builds its own layout and places ``task_bar`` and ``status`` in it; it calls :meth:`_client` before a
    request and hands :meth:`_notify` to its tasks, so their last word shows in the tab and in the bar.
    """

    def __init__(self, session, notify: Callable[[int, str], None], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.notify = notify
        self.task_bar = TaskBar(self)
        self.status = status_label(self)

    def _notify(self, level: int, text: str) -> None:
        """A task's message: on the tab's status line and in the dock's message bar and log."""
        show_status(self.status, text, level)
        self.notify(level, text)

    def _client(self):
        """The session's client, or ``None`` with the reason shown (no login, bad URL ...)."""
        try:
            return self.session.client()
        except EpochError as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return None

    def _table_view(self, name: str, model) -> QTableView:
        """A results table as every tab shows one: sortable, whole rows selected, compact fixed-height rows,
        columns fitted to the rows in view (never measured over the whole model)."""
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # rows are never measured
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # compact: more rows in view
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setResizeContentsPrecision(0)  # fit columns to the rows in view, not 1,000 rows
        view.horizontalHeader().setHighlightSections(False)  # else each paint asks every selected row's flags
        if hasattr(model, "sort_column"):  # after the view's own sort (connected first): a column not sorted by
            for signal in (model.modelReset, model.layoutChanged, view.horizontalHeader().sortIndicatorChanged):
                signal.connect(lambda *_: follow_sort(view, model))  # (the check sample's marks) gets no arrow
        return view
